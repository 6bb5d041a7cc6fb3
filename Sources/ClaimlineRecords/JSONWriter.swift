import ClaimlineCore

/// Writes JSON into a byte buffer by hand: several times faster than JSONEncoder and with a
/// fixed key order, so records diff cleanly. Callers write keys and values in order; the
/// writer inserts the commas.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    public mutating func beginObject() { separator(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separator(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    public mutating func key(_ k: StaticString) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A key that is not known at compile time (metadata carried along).
    public mutating func key(_ k: String) {
        string(k)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ s: String) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Appends UTF-8 with JSON escapes, copying the runs between escapes at once.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C { i += 1; continue }
            if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
            escape(b)
            i += 1
            runStart = i
        }
        if n > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
    }

    /// The text of `span` in `scalars` as a JSON string, encoded straight from the scalars
    /// (no intermediate `String` per span).
    public mutating func text(_ scalars: [Unicode.Scalar], _ span: ScalarSpan) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        for s in scalars[span.start..<span.end] {
            let v = s.value
            if v < 0x80 {
                let b = UInt8(truncatingIfNeeded: v)
                if b >= 0x20 && b != 0x22 && b != 0x5C { bytes.append(b) } else { escape(b) }
            } else {
                bytes.append(contentsOf: UTF8.encode(s)!)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }

    /// Digits written straight into the buffer (`String(v)` would allocate for every offset).
    public mutating func int(_ v: Int) {
        separator()
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        var n = v.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var i = 20
            repeat {
                i -= 1
                digits[i] = UInt8(truncatingIfNeeded: 48 + n % 10)
                n /= 10
            } while n > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
        }
        needsComma = true
    }

    public mutating func double(_ v: Double) {
        separator()
        bytes.append(contentsOf: (v.isFinite ? String(v) : "null").utf8)
        needsComma = true
    }

    public mutating func bool(_ v: Bool) {
        separator()
        bytes.append(contentsOf: (v ? "true" : "false").utf8)
        needsComma = true
    }

    public mutating func null() {
        separator()
        bytes.append(contentsOf: "null".utf8)
        needsComma = true
    }

    /// Inserts already-encoded JSON (a metadata value read from input, kept as it was).
    public mutating func raw(_ json: String) {
        separator()
        bytes.append(contentsOf: json.utf8)
        needsComma = true
    }

    public mutating func newline() { bytes.append(UInt8(ascii: "\n")); needsComma = false }

    /// The bytes written, in an array of their own size. Handing out `bytes` itself would
    /// share the writer's buffer, so the next `reset` would copy it at full capacity and
    /// every record kept waiting (for ordered output) would hold a buffer that large.
    public func copyOfBytes() -> [UInt8] { bytes.withUnsafeBufferPointer { Array($0) } }
    public mutating func reset() { bytes.removeAll(keepingCapacity: true); needsComma = false }

    private mutating func separator() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func escape(_ b: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        }
    }
}
