import Foundation

/// A buffered writer on a file descriptor. Large writes go out in one system call; a
/// closed pipe at the other end becomes `BrokenPipe`, which stops the run quietly.
final class OutputFile {
    let fd: Int32
    private var buffer: [UInt8] = []
    private let flushAt: Int

    init(fd: Int32, flushAt: Int = 1 << 18) {
        self.fd = fd
        self.flushAt = flushAt
        buffer.reserveCapacity(flushAt + (1 << 16))
    }

    func write(_ bytes: [UInt8]) throws(OutputError) {
        try bytes.withUnsafeBufferPointer { (b) throws(OutputError) in try write(b) }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushAt { try flush() }
    }

    func flush() throws(OutputError) {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw errno == EPIPE ? .brokenPipe : .failed(String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
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
