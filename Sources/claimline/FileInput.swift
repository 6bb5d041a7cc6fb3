import ClaimlineCore
import ClaimlineRules
import Foundation

/// Files and folders named on the command line, read in order into `InputItem`s.
/// A file's id is its name without `.txt`; a folder's documents are named by their path
/// relative to it. Metadata comes from `--date`/`--meta`, then `meta.tsv`, then `NAME.meta.json`.
struct FileInput {
    let maxBytes: Int
    let defaults: DocumentMetadata

    func read(_ paths: [String], emit: (InputItem) throws -> Void) throws {
        for path in paths {
            var st = stat()
            if stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR {
                try readFolder(path, emit: emit)
            } else {
                let name = (path as NSString).lastPathComponent
                let sidecar = name.hasSuffix(".txt") ? String(path.dropLast(4)) + ".meta.json" : nil
                try emit(item(path: path, id: name.hasSuffix(".txt") ? String(name.dropLast(4)) : name,
                              sidecar: sidecar.flatMap { access($0, F_OK) == 0 ? $0 : nil }, base: defaults))
            }
        }
    }

    private func readFolder(_ root: String, emit: (InputItem) throws -> Void) throws {
        var tables: [MetaTable] = []
        try FolderWalker(root: root).walk { entry in
            switch entry {
            case .metaTable(let path, let folder):
                do { tables.append(try MetaTable(path: path, folder: folder)) } catch { throw CLIError.cannotStart("\(error)") }
            case .file(let path, let id, let sidecar):
                let listed = tables.reversed().lazy.compactMap { $0.metadata(for: id) }.first  // the deepest table wins
                try emit(item(path: path, id: id, sidecar: sidecar, base: listed.map(withDefaults) ?? defaults))
            case .problem(let path, let id, let code, let message):
                try emit(InputItem(id: id, path: path, line: nil, payload: .failed(code: code, message: message, bytes: 0)))
            }
            return true
        }
    }

    /// Sidecar metadata on top of the command line's defaults.
    private func withDefaults(_ meta: DocumentMetadata) -> DocumentMetadata {
        var m = meta
        m.date = m.date ?? defaults.date
        m.source = m.source ?? defaults.source
        m.translator = m.translator ?? defaults.translator
        m.language = m.language ?? defaults.language
        for (key, json) in defaults.extra where !m.extra.contains(where: { $0.key == key }) { m.extra.append((key, json)) }
        return m
    }

    /// One file with its metadata and sidecar; a worker reads it.
    private func item(path: String, id: String, sidecar: String?, base: DocumentMetadata) -> InputItem {
        var meta = base
        meta.path = path
        return InputItem(id: id, path: path, line: nil, payload: .file(sidecar: sidecar, meta, maxBytes: maxBytes))
    }
}

/// Whole-file reads with the checks that keep a run from hanging or exhausting memory.
enum FileBytes {
    struct Failure: Error {
        let code: String
        let message: String
        let bytes: Int
    }

    static func read(_ path: String, maxBytes: Int) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore it.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno == ELOOP ? "symlink_loop" : "unreadable"
            return .failure(Failure(code: code, message: "cannot open \(path): \(String(cString: strerror(errno)))", bytes: 0))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            return .failure(Failure(code: "unreadable", message: "cannot stat \(path): \(String(cString: strerror(errno)))", bytes: 0))
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            return .failure(Failure(code: "not_a_file", message: "\(path) is not a regular file", bytes: 0))
        }
        let size = Int(st.st_size)
        guard size <= maxBytes else {
            return .failure(Failure(code: "too_large", message: "\(path) has \(size) bytes, more than --max-bytes \(maxBytes)", bytes: size))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var got = 0
        while got < size {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, size - got) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return .failure(Failure(code: "unreadable", message: "cannot read \(path): \(String(cString: strerror(errno)))", bytes: got)) }
            if n == 0 { break }
            got += n
        }
        if got < size { bytes.removeSubrange(got...) }
        return .success(bytes)
    }
}
