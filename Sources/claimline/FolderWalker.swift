import Foundation

/// Walks a folder depth-first in sorted name order and yields every `*.txt` below it, and
/// a problem entry for anything named `*.txt` that cannot be read as a file (a dangling
/// symlink, a FIFO) and for every symlink that leads back into a folder being walked.
/// Hidden names (starting with ".") are skipped. Ids are paths relative to the root,
/// without `.txt`.
struct FolderWalker {
    enum Entry {
        case file(path: String, id: String)
        case problem(path: String, id: String, code: String, message: String)
        /// A `meta.tsv` sidecar of `folder` (relative to the root, "" for the root itself).
        case metaTable(path: String, folder: String)
    }

    let root: String

    /// Calls `visit` for each entry in order; stops early when it returns false.
    func walk(_ visit: (Entry) throws -> Bool) rethrows {
        var ancestors: Set<FileIdentity> = []
        _ = try walkFolder(path: root, relative: "", ancestors: &ancestors, visit)
    }

    private func walkFolder(path: String, relative: String, ancestors: inout Set<FileIdentity>,
                            _ visit: (Entry) throws -> Bool) rethrows -> Bool {
        guard let identity = FileIdentity(path: path) else { return true }
        ancestors.insert(identity)
        defer { ancestors.remove(identity) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        } catch {
            let id = relative.isEmpty ? (path as NSString).lastPathComponent : relative
            return try visit(.problem(path: path, id: id, code: "unreadable", message: "cannot list folder \(path)"))
        }
        if names.contains("meta.tsv") {
            guard try visit(.metaTable(path: join(path, "meta.tsv"), folder: relative)) else { return false }
        }
        for name in names {
            let childPath = join(path, name)
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            guard try visitChild(path: childPath, name: name, relative: childRelative, ancestors: &ancestors, visit) else { return false }
        }
        return true
    }

    private func visitChild(path: String, name: String, relative: String, ancestors: inout Set<FileIdentity>,
                            _ visit: (Entry) throws -> Bool) rethrows -> Bool {
        let isText = name.hasSuffix(".txt")
        let id = isText ? String(relative.dropLast(4)) : relative
        var st = stat()
        if stat(path, &st) != 0 {
            let reason = errno == ELOOP ? "symlink_loop" : "unreadable"
            guard isText || reason == "symlink_loop" else { return true }
            return try visit(.problem(path: path, id: id, code: reason, message: "cannot open \(path): \(String(cString: strerror(errno)))"))
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR:
            if ancestors.contains(FileIdentity(st)) {
                return try visit(.problem(path: path, id: id, code: "symlink_loop",
                                          message: "\(path) leads back to a folder above it; not walked again"))
            }
            return try walkFolder(path: path, relative: relative, ancestors: &ancestors, visit)
        case S_IFREG:
            return isText ? try visit(.file(path: path, id: id)) : true
        default:
            return isText ? try visit(.problem(path: path, id: id, code: "not_a_file", message: "\(path) is not a regular file")) : true
        }
    }

    private func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}

/// Device and inode: the identity of a folder however it was reached.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.init(st)
    }
}
