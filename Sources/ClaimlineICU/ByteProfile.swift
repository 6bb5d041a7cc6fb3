/// One pass over a document's bytes: is it valid UTF-8, and if not, how does the damage look.
///
/// The counts tell three cases apart:
/// - binary data: NUL bytes, or many C0 control bytes (random bytes hold ~12 % of them,
///   text almost none);
/// - damaged UTF-8: valid multi-byte sequences dominate the invalid ones. Legacy
///   single-byte text forms a valid UTF-8 pair only by chance (a letter byte followed by a
///   punctuation byte), so in real windows-1252/1256 text invalid sequences outnumber valid
///   ones many times over; a UTF-8 file with a few bad bytes shows the opposite;
/// - a legacy candidate: everything else, which `TextDecoder` hands to ICU's detector.
struct ByteProfile {
    private(set) var isValidUTF8 = true
    /// Well-formed 2–4 byte sequences.
    private(set) var validMultibyte = 0
    /// Ill-formed sequences (each maximal ill-formed subpart counts once).
    private(set) var invalidSequences = 0
    private(set) var firstInvalidOffset = -1
    private(set) var firstInvalidByte: UInt8 = 0
    private(set) var nulBytes = 0
    /// C0 controls other than tab, line feed, vertical tab, form feed, carriage return, escape; and DEL.
    private(set) var controlBytes = 0
    let byteCount: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        byteCount = bytes.count
        var i = 0
        let n = bytes.count
        while i < n {
            if i &+ 8 <= n {
                let plain = Self.plainPrefix(bytes, at: i)
                i &+= plain
                if plain == 8 { continue }
            }
            let b = bytes[i]
            if b < 0x80 {
                countControl(b)
                i += 1
                continue
            }
            let length = Self.sequenceLength(bytes, at: i)
            if length > 0 {
                validMultibyte += 1
                i += length
            } else {
                markInvalid(at: i, byte: b)
                i += Self.maximalSubpart(bytes, at: i)
            }
        }
    }

    /// A text that mostly is UTF-8 with some bytes damaged (or mixed with another encoding):
    /// at least one valid multi-byte sequence for every four invalid ones.
    var looksLikeUTF8: Bool { validMultibyte > 0 && validMultibyte * 4 >= invalidSequences }

    /// Why the bytes are not text, or nil.
    var binaryReason: String? {
        if nulBytes > 0 { return "the document holds \(nulBytes) NUL byte(s): not text" }
        if controlBytes * 100 > byteCount && controlBytes >= 4 {
            return "the document holds \(controlBytes) control bytes in \(byteCount): not text"
        }
        return nil
    }

    private mutating func countControl(_ b: UInt8) {
        if b >= 0x20 && b != 0x7F { return }
        switch b {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: return
        case 0: nulBytes += 1; controlBytes += 1
        default: controlBytes += 1
        }
    }

    private mutating func markInvalid(at offset: Int, byte: UInt8) {
        if isValidUTF8 {
            isValidUTF8 = false
            firstInvalidOffset = offset
            firstInvalidByte = byte
        }
        invalidSequences += 1
    }

    /// How many of the eight bytes at `i` are plain text before the first that is not (8 when
    /// all are): ASCII, and no control byte that `countControl` counts. The loop then steps
    /// straight to that byte, instead of testing eight bytes again at each byte up to it.
    @inline(__always)
    private static func plainPrefix(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
        let high: UInt64 = 0x8080_8080_8080_8080
        let del = w ^ 0x7F7F_7F7F_7F7F_7F7F  // a DEL byte becomes 0
        // Bit 7 of each byte above 0x7F, of each DEL, and of each byte below 0x20 (where
        // (byte + 0x60) stays below 0x80). A byte above 0x7F or a DEL may also mark bytes
        // after it (a carry, a borrow), never one before: the lowest mark is always right.
        var marks = (w & high) | ((del &- 0x0101_0101_0101_0101) & ~del & high) | (~(w &+ 0x6060_6060_6060_6060) & high)
        while marks != 0 {
            let bit = marks.trailingZeroBitCount
            let byte = UInt8(truncatingIfNeeded: w >> UInt64(bit &- 7))
            // Tab, line feed, vertical tab, form feed, carriage return and escape are text.
            guard byte &- 0x09 < 5 || byte == 0x1B else { return bit >> 3 }
            marks &= marks &- 1
        }
        return 8
    }

    /// Length of the well-formed UTF-8 sequence starting at `i`, or 0 (Unicode Table 3-7).
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = b[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard i + length <= b.count else { return 0 }
        let second = b[i + 1]
        guard second >= low && second <= high else { return 0 }
        for k in 2..<max(2, length) where b[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// How many bytes an ill-formed sequence at `i` spans: the lead and the continuation
    /// bytes that were still acceptable, so a truncated sequence counts once.
    static func maximalSubpart(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = b[i]
        let expected: Int
        switch lead {
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return 1
        }
        var k = 1
        while k < expected && i + k < b.count && b[i + k] & 0xC0 == 0x80 { k += 1 }
        return k
    }
}
