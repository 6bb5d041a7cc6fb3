/// Writes JSON into a byte buffer by hand: several times faster than JSONEncoder and with a
/// fixed key order, so records diff cleanly. Callers write keys and values in order; the
/// writer inserts the commas.
///
/// The buffer is kept zero-filled to its capacity and written through a pointer, with
/// `length` marking the end: each write makes room once and copies, instead of going
/// through `Array.append` per piece (which costs about a hundred instructions a call).
public struct JSONWriter {
    private var storage: [UInt8]
    private var length = 0
    private var needsComma = false

    public init(capacity: Int = 4096) { storage = [UInt8](repeating: 0, count: max(capacity, 64)) }

    /// The JSON written so far.
    public var bytes: [UInt8] { Array(storage[..<length]) }

    public mutating func beginObject() { put(UInt8(ascii: "{"), comma: true); needsComma = false }
    public mutating func endObject() { put(UInt8(ascii: "}"), comma: false); needsComma = true }
    public mutating func beginArray() { put(UInt8(ascii: "["), comma: true); needsComma = false }
    public mutating func endArray() { put(UInt8(ascii: "]"), comma: false); needsComma = true }

    public mutating func key(_ k: StaticString) {
        let count = k.utf8CodeUnitCount
        let source = k.utf8Start
        write(maxCount: count + 4) { out, at in
            var n = at
            out[n] = UInt8(ascii: "\""); n += 1
            for i in 0..<count { out[n + i] = source[i] }
            n += count
            out[n] = UInt8(ascii: "\""); out[n + 1] = UInt8(ascii: ":")
            return n + 2
        }
        needsComma = false
    }

    /// A key that is not known at compile time (metadata carried along).
    public mutating func key(_ k: String) {
        string(k)
        put(UInt8(ascii: ":"), comma: false)
        needsComma = false
    }

    public mutating func string(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) == nil {
            var copy = s
            copy.withUTF8 { string(utf8: $0) }
        }
    }

    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }

    /// A string given as Unicode scalars (a span of a document), encoded to UTF-8 and
    /// escaped straight into the buffer: the same bytes as `string(String(scalars))`
    /// without building the `String`.
    public mutating func string(scalars: ArraySlice<Unicode.Scalar>) {
        // Worst case per scalar: 6 bytes (`\u00XX`); 4 for UTF-8. Plus the two quote marks.
        write(maxCount: scalars.count * 6 + 2) { out, at in JSONWriter.encode(scalars, into: out, at: at) }
        needsComma = true
    }

    public mutating func int(_ v: Int) {
        write(maxCount: 20) { out, at in JSONWriter.writeDecimal(v, into: out, at: at) }
        needsComma = true
    }

    public mutating func double(_ v: Double) { raw(v.isFinite ? String(v) : "null") }

    public mutating func bool(_ v: Bool) { raw(v ? "true" : "false") }

    public mutating func null() { raw("null") }

    /// Inserts already-encoded JSON (a metadata value read from input, kept as it was).
    public mutating func raw(_ json: String) {
        var json = json
        json.withUTF8 { utf8 in
            write(maxCount: utf8.count) { out, at in
                for i in 0..<utf8.count { out[at + i] = utf8[i] }
                return at + utf8.count
            }
        }
        needsComma = true
    }

    public mutating func newline() { put(UInt8(ascii: "\n"), comma: false); needsComma = false }
    public mutating func reset() { length = 0; needsComma = false }

    /// Makes room for the separator and `maxCount` bytes, lets `body` write them from the
    /// given index and return the index after the last one.
    @inline(__always)
    private mutating func write(maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>, Int) -> Int) {
        if length + maxCount + 1 > storage.count { grow(to: length + maxCount + 1) }
        let comma = needsComma
        let at = length
        length = storage.withUnsafeMutableBufferPointer { out in
            var n = at
            if comma { out[n] = UInt8(ascii: ","); n += 1 }
            return body(out.baseAddress!, n)
        }
    }

    private mutating func put(_ b: UInt8, comma: Bool) {
        if length + 2 > storage.count { grow(to: length + 2) }
        if comma && needsComma { storage[length] = UInt8(ascii: ","); length += 1 }
        storage[length] = b
        length += 1
    }

    private mutating func grow(to needed: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(needed, storage.count * 2) - storage.count))
    }

    private mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        write(maxCount: utf8.count * 6 + 2) { out, at in
            var n = at
            out[n] = UInt8(ascii: "\""); n += 1
            let count = utf8.count
            var i = 0
            if let source = UnsafeRawPointer(utf8.baseAddress) {
                // Eight bytes at a time while none of them needs an escape.
                while i + 8 <= count {
                    let word = source.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if JSONWriter.needsEscape(word) { break }
                    UnsafeMutableRawPointer(out + n).storeBytes(of: word, as: UInt64.self)
                    i += 8; n += 8
                }
            }
            while i < count {
                let b = utf8[i]
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                    n = JSONWriter.writeEscape(b, into: out, at: n)
                } else {
                    out[n] = b; n += 1
                }
                i += 1
            }
            out[n] = UInt8(ascii: "\"")
            return n + 1
        }
        needsComma = true
    }

    /// Whether any of the eight bytes is a control character, `"` or a backslash (exact, by the
    /// usual "has a byte less than n / equal to c" word tricks).
    @inline(__always)
    private static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w & high
        let q = w ^ (ones &* 0x22), quote = (q &- ones) & ~q & high
        let b = w ^ (ones &* 0x5C), backslash = (b &- ones) & ~b & high
        return (control | quote | backslash) != 0
    }

    private static func encode(_ scalars: ArraySlice<Unicode.Scalar>, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
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

    private static func writeEscape(_ b: UInt8, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
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

    /// The decimal digits of `v` (as `String(v)` writes them): at most 20 bytes.
    private static func writeDecimal(_ v: Int, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        var n = start
        if v < 0 { out[n] = UInt8(ascii: "-"); n += 1 }
        var magnitude = v.magnitude
        var digits = 1
        var scan = magnitude
        while scan >= 10 { scan /= 10; digits += 1 }
        for i in stride(from: n + digits - 1, through: n, by: -1) {
            out[i] = 48 + UInt8(magnitude % 10)
            magnitude /= 10
        }
        return n + digits
    }
}
