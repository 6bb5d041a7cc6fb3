import Foundation

/// Standard input, read as one document or as JSON Lines. JSON Lines are read in chunks
/// and handed on line by line, so memory holds one chunk and the lines in flight, never
/// the whole stream.
struct StandardInput {
    let maxBytes: Int

    enum Whole {
        case bytes([UInt8])
        case tooLarge(Int)
        case unreadable(String)
    }

    /// All of standard input, up to `maxBytes`.
    func readWhole() -> Whole {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return .unreadable(String(cString: strerror(errno))) }
            if n == 0 { return .bytes(bytes) }
            if bytes.count + n > maxBytes { return .tooLarge(bytes.count + n) }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    enum Line {
        case text([UInt8], number: Int)
        /// A line longer than `maxBytes`: skipped without being held in memory.
        case tooLong(bytes: Int, number: Int)
    }

    /// Calls `emit` for each non-blank line (line numbers still count blank ones);
    /// `beforeBlocking` runs before a read that would wait.
    func readLines(beforeBlocking: () throws -> Void, emit: (Line) throws -> Void) throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var pending: [UInt8] = []
        var pendingLength = 0  // bytes of the current line, including those dropped when too long
        var number = 0
        func endLine() throws {
            number += 1
            defer { pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20); pendingLength = 0 }
            if pendingLength > maxBytes { try emit(.tooLong(bytes: pendingLength, number: number)); return }
            if pending.last == 0x0D { pending.removeLast() }
            // A blank line is not a document (a trailing empty line, a separator): no record.
            if pending.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            try emit(.text(pending, number: number))
        }
        var atStreamStart = true
        while true {
            if !Self.inputReady() { try beforeBlocking() }
            var n = Self.read(into: &chunk, at: 0)
            if n <= 0 { break }
            var start = 0
            if atStreamStart {
                // A UTF-8 byte order mark opening the stream (files saved by Windows tools)
                // is framing, not part of line 1: skipped, so line 1 parses and byte
                // positions in its errors count from after the mark. One elsewhere stays.
                atStreamStart = false
                while n < Self.bom.count && chunk[..<n].elementsEqual(Self.bom.prefix(n)) {
                    let more = Self.read(into: &chunk, at: n)
                    if more <= 0 { break }
                    n += more
                }
                if chunk[..<min(n, Self.bom.count)].elementsEqual(Self.bom) { start = Self.bom.count }
            }
            while start < n {
                let end = Self.newline(in: chunk, from: start, to: n)
                pendingLength += end - start
                if pendingLength <= maxBytes { pending.append(contentsOf: chunk[start..<end]) }
                if end == n { break }
                try endLine()
                start = end + 1
            }
        }
        if pendingLength > 0 { try endLine() }
    }

    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Reads what standard input has into `chunk[offset...]`: the byte count, 0 at the
    /// end, negative on an error (an interrupted read is retried).
    private static func read(into chunk: inout [UInt8], at offset: Int) -> Int {
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            return n
        }
    }

    /// The index of the first line feed in `bytes[start..<end]`, or `end` (memchr: lines
    /// are long, and a byte loop costs several instructions a byte).
    private static func newline(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            guard let found = memchr(raw.baseAddress! + start, 0x0A, end - start) else { return end }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }

    /// True when a read of standard input would return at once (data or end of input).
    private static func inputReady() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }
}
