import Foundation

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
        // Read into uninitialised room: zeroing it first would write every byte twice.
        var readError: Int32 = 0, got = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { room, count in
            while got < size {
                let n = Glibc.read(fd, room.baseAddress! + got, size - got)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { readError = errno; break }
                if n == 0 { break }
                got += n
            }
            count = got
        }
        if readError != 0 {
            return .failure(Failure(code: "unreadable", message: "cannot read \(path): \(String(cString: strerror(readError)))", bytes: got))
        }
        return .success(bytes)
    }
}
