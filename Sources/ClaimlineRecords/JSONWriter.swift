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
        if s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = s
            copy.withUTF8 { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// A string given as Unicode scalars (a span of a document), encoded to UTF-8 and
    /// escaped straight into the buffer: the same bytes as `string(String(scalars))`
    /// without building the `String`.
    public mutating func string(scalars: ArraySlice<Unicode.Scalar>) {
        separator()
        let start = bytes.count
        // Worst case per scalar: 6 bytes (`\u00XX`); 4 for UTF-8. Plus the two quote marks.
        bytes.append(contentsOf: repeatElement(0, count: scalars.count * 6 + 2))
        let end = bytes.withUnsafeMutableBufferPointer { JSONWriter.encode(scalars, into: $0, at: start) }
        bytes.removeLast(bytes.count - end)
        needsComma = true
    }

    private static func encode(_ scalars: ArraySlice<Unicode.Scalar>, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var n = start
        out[n] = UInt8(ascii: "\""); n += 1
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                if v < 0x20 || v == 0x22 || v == 0x5C {
                    n = writeEscape(UInt8(v), into: out, at: n)
                } else {
                    out[n] = UInt8(v); n += 1
                }
            } else if v < 0x800 {
                out[n] = UInt8(0xC0 | (v >> 6)); out[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
            } else if v < 0x10000 {
                out[n] = UInt8(0xE0 | (v >> 12)); out[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                out[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
            } else {
                out[n] = UInt8(0xF0 | (v >> 18)); out[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                out[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
            }
        }
        out[n] = UInt8(ascii: "\""); n += 1
        return n
    }

    private static func writeEscape(_ b: UInt8, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        out[start] = UInt8(ascii: "\\")
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out[start + 1] = b; return start + 2
        case 0x0A: out[start + 1] = UInt8(ascii: "n"); return start + 2
        case 0x0D: out[start + 1] = UInt8(ascii: "r"); return start + 2
        case 0x09: out[start + 1] = UInt8(ascii: "t"); return start + 2
        default:
            out[start + 1] = UInt8(ascii: "u"); out[start + 2] = 48; out[start + 3] = 48
            out[start + 4] = hexDigit(b >> 4); out[start + 5] = hexDigit(b & 0xF)
            return start + 6
        }
    }

    private static func hexDigit(_ d: UInt8) -> UInt8 { d < 10 ? 48 + d : 87 + d }

    /// Appends UTF-8 bytes, escaping what JSON requires; runs without escapes are copied whole.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var i = 0
        let count = utf8.count
        while i < count {
            let b = utf8[i]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                escape(b)
                runStart = i + 1
            }
            i += 1
        }
        if count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
    }

    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }

    public mutating func int(_ v: Int) {
        separator()
        if v >= 0 && v < 10 {
            bytes.append(48 + UInt8(v))
        } else {
            appendDecimal(v)
        }
        needsComma = true
    }

    /// The decimal digits of `v` (as `String(v)` writes them) without a `String`.
    private mutating func appendDecimal(_ v: Int) {
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for 20 digits
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - n] = 48 + UInt8(magnitude % 10)
                magnitude /= 10
                n += 1
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - n)...]))
        }
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
