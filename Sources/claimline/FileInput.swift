import ClaimlineCore
import Foundation

/// Files and folders named on the command line, turned in order into `InputItem`s
/// (workers read the files).
/// A file's id is its name without `.txt`; a folder's documents are named by their path
/// relative to it. Metadata comes from `--date`/`--meta`, then `meta.tsv`, then `NAME.meta.json`.
struct FileInput {
    let maxBytes: Int
    let defaults: DocumentMetadata

    func read(_ paths: [String], emit: (InputItem) throws -> Void) throws {
        for path in paths {
            var st = stat()
            let found = stat(path, &st) == 0
            if found && st.st_mode & S_IFMT == S_IFDIR {
                try readFolder(path, emit: emit)
            } else {
                let name = (path as NSString).lastPathComponent
                let sidecar = name.hasSuffix(".txt") ? String(path.dropLast(4)) + ".meta.json" : nil
                try emit(item(path: path, id: name.hasSuffix(".txt") ? String(name.dropLast(4)) : name,
                              sidecar: sidecar.flatMap { access($0, F_OK) == 0 ? $0 : nil }, base: defaults,
                              size: found ? Int(st.st_size) : 0))
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
                var st = stat()
                let size = stat(path, &st) == 0 ? Int(st.st_size) : 0
                try emit(item(path: path, id: id, sidecar: sidecar, base: listed.map(withDefaults) ?? defaults, size: size))
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

    /// One file with its metadata and sidecar; a worker reads it. Its size as listed (0 when
    /// it cannot be read: the worker reports why) keeps a batch of large files small.
    private func item(path: String, id: String, sidecar: String?, base: DocumentMetadata, size: Int) -> InputItem {
        var meta = base
        meta.path = path
        return InputItem(id: id, path: path, line: nil, payload: .file(sidecar: sidecar, meta, maxBytes: maxBytes, size: size))
    }
}
