/// Strings made from bytes checked here, so that the standard library does not check them
/// again. Its own check goes byte by byte after the first non-ASCII byte, and a document's
/// text nearly always holds one (a curly quote, an accented name): this one goes sixteen
/// ASCII bytes at a time and decodes only the sequences between them.
public enum UTF8Check {
    /// Whether `bytes` is well-formed UTF-8 (the Unicode standard's table 3-7: no overlong
    /// forms, no surrogates, nothing above U+10FFFF), exactly what `String(validating:)` accepts.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        let raw = UnsafeRawPointer(p), high: UInt64 = 0x8080_8080_8080_8080
        while i < n {
            if i &+ 16 <= n {
                // Past the ASCII bytes of the block at once: the first high bit (bytes in
                // memory order, whatever the machine's) is the first non-ASCII byte.
                let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & high
                let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)) & high
                if first | second == 0 { i &+= 16; continue }
                i &+= first != 0 ? first.trailingZeroBitCount >> 3 : 8 &+ second.trailingZeroBitCount >> 3
            } else if i &+ 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & high == 0 {
                i &+= 8
                continue
            }
            let b = p[i]
            if b < 0x80 { i &+= 1; continue }
            let length = sequenceLength(b, p, at: i, count: n)
            if length == 0 { return false }
            i &+= length
        }
        return true
    }

    /// The string of `bytes`, or nil if they are not UTF-8.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard isValid(bytes) else { return nil }
        return String(copying: UTF8Span(unchecked: bytes.span))
    }

    /// The scalar of the well-formed sequence of `length` (2 to 4) bytes at `p`.
    @inline(__always)
    static func scalar(_ p: UnsafePointer<UInt8>, length: Int) -> Unicode.Scalar {
        let b0 = UInt32(p[0]), b1 = UInt32(p[1] & 0x3F)
        let v: UInt32
        switch length {
        case 2: v = (b0 & 0x1F) << 6 | b1
        case 3: v = (b0 & 0x0F) << 12 | b1 << 6 | UInt32(p[2] & 0x3F)
        default: v = (b0 & 0x07) << 18 | b1 << 12 | UInt32(p[2] & 0x3F) << 6 | UInt32(p[3] & 0x3F)
        }
        return unsafeBitCast(v, to: Unicode.Scalar.self)  // well-formed: a scalar value
    }

    /// The length of the multi-byte sequence led by `b` at `i`, or 0 if it is malformed.
    @inline(__always)
    static func sequenceLength(_ b: UInt8, _ p: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i &+ k < n && p[i &+ k] >= low && p[i &+ k] <= high
        }
        switch b {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0...0xEF:
            let (low, high): (UInt8, UInt8) = b == 0xE0 ? (0xA0, 0xBF) : b == 0xED ? (0x80, 0x9F) : (0x80, 0xBF)
            return continuation(1, low, high) && continuation(2) ? 3 : 0
        case 0xF0...0xF4:
            let (low, high): (UInt8, UInt8) = b == 0xF0 ? (0x90, 0xBF) : b == 0xF4 ? (0x80, 0x8F) : (0x80, 0xBF)
            return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
