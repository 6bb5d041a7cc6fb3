import ClaimlineRecords
import Foundation

/// A buffered writer on a file descriptor. Large writes go out in one system call; a
/// closed pipe at the other end becomes `BrokenPipe`, which stops the run quietly.
final class OutputFile {
    let fd: Int32
    /// The bytes not yet written out. A record is written into it by `append`, so the
    /// bytes of a record are never copied on their way out.
    private var buffer: JSONWriter
    private let flushAt: Int

    /// Records are seven times the size of their text: writing them to a file in 256 kB
    /// pieces takes the kernel 0.15 s over the bench corpus, in 32 kB pieces 0.23 s. (A
    /// smaller buffer stays in cache, but the stages' time was the same either way.)
    init(fd: Int32, flushAt: Int = 1 << 18) {
        self.fd = fd
        self.flushAt = flushAt
        buffer = JSONWriter(capacity: flushAt + (1 << 16))
    }

    /// Lets `produce` write one or more whole lines at the end of the buffer; returns what
    /// `produce` returns.
    func append<R>(_ produce: (inout JSONWriter) -> R) throws(OutputError) -> R {
        let result = produce(&buffer)
        if buffer.count >= flushAt { try flush() }
        return result
    }

    /// A large piece (a batch of records) is not copied into the buffer: what the buffer
    /// holds goes out first, then the piece from where it lies.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        if bytes.count < flushAt / 4 {
            buffer.append(raw: bytes)
            if buffer.count >= flushAt { try flush() }
            return
        }
        try flush()
        try writeAll(bytes)
    }

    func flush() throws(OutputError) {
        let failure: OutputError? = buffer.withBytes { bytes in
            do throws(OutputError) { try writeAll(bytes) } catch { return error }
            return nil
        }
        if let failure { throw failure }
        buffer.reset()
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw errno == EPIPE ? .brokenPipe : .failed(String(cString: strerror(errno)))
            }
            offset += n
        }
    }
}

enum OutputError: Error, CustomStringConvertible {
    /// The reader of standard output went away: stop quietly.
    case brokenPipe
    case failed(String)

    var description: String {
        switch self {
        case .brokenPipe: return "standard output was closed"
        case .failed(let reason): return reason
        }
    }
}
