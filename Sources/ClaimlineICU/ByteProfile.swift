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

    /// Scalars stored by `init(_:scalars:)`: those of the bytes when they are valid UTF-8.
    private(set) var scalarCount = 0

    /// Profiles `bytes`; with `scalars` (room for one per byte), also stores the scalars they
    /// decode to on the way, which are the text's when `isValidUTF8`, so that a valid text is
    /// read once, not once here and again to decode it. Storing stops at the first ill-formed
    /// sequence: the scalars of such bytes are not used, and a large binary file would
    /// otherwise fill room four times its size.
    init(_ bytes: UnsafeBufferPointer<UInt8>, scalars room: UnsafeMutablePointer<Unicode.Scalar>? = nil) {
        byteCount = bytes.count
        var scalars = room
        var i = 0, m = 0
        let n = bytes.count
        while i < n {
            if i &+ 16 <= n {
                let block = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: SIMD16<UInt8>.self)
                if let scalars {
                    // Sixteen bytes widened, kept up to the first that is not plain ASCII (`m`
                    // never passes `i`, so the sixteen stores stay inside the room).
                    let wide = UnsafeMutableRawPointer(scalars + m)
                    wide.storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: block.lowHalf), as: SIMD8<UInt32>.self)
                    wide.storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: block.highHalf), toByteOffset: 32, as: SIMD8<UInt32>.self)
                }
                let plain = Self.plainPrefix(block, bytes, at: i)
                i &+= plain
                m &+= plain
                if plain == 16 { continue }
            }
            let b = bytes[i]
            if b < 0x80 {
                countControl(b)
                scalars?[m] = Unicode.Scalar(b)
                m &+= 1
                i += 1
                continue
            }
            let length = Self.sequenceLength(bytes, at: i)
            if length > 0 {
                validMultibyte += 1
                scalars?[m] = Self.decode(bytes, at: i, length: length)
                i += length
            } else {
                markInvalid(at: i, byte: b)
                scalars = nil
                i += Self.maximalSubpart(bytes, at: i)
            }
            m &+= 1
        }
        scalarCount = m
    }

    /// The scalar of the well-formed sequence of `length` bytes at `i`.
    @inline(__always)
    private static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar {
        let lead = UInt32(b[i])
        var v: UInt32
        switch length {
        case 2: v = (lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        case 3: v = (lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        default: v = (lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        }
        // `sequenceLength` accepted the sequence: no surrogate, nothing above U+10FFFF.
        return unsafeBitCast(v, to: Unicode.Scalar.self)
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

    /// How many of the sixteen bytes `v`, read at `i`, are plain text before the first that is not (16
    /// when all are): ASCII, and no control byte that `countControl` counts. The loop then
    /// steps straight to that byte, instead of testing the block again at each byte up to it.
    /// Lane arithmetic, not comparisons: it compiles to a few vector instructions.
    @inline(__always)
    private static func plainPrefix(_ v: SIMD16<UInt8>, _ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let del = v ^ SIMD16(repeating: 0x7F)  // a DEL byte becomes 0
        // Bit 7 of each lane above 0x7F, of each DEL and of each lane below 0x20 (lanes do
        // not carry into each other).
        let marked = (v | (del &- SIMD16(repeating: 1)) & ~del | ~(v &+ SIMD16(repeating: 0x60))) & SIMD16(repeating: 0x80)
        var (low, high) = unsafeBitCast(marked, to: (UInt64, UInt64).self)
        var base = 0
        if low == 0 { (low, base) = (high, 8) }
        while low != 0 {
            let bit = low.trailingZeroBitCount
            let byte = b[i &+ base &+ bit >> 3]
            // Tab, line feed, vertical tab, form feed, carriage return and escape are text.
            guard byte &- 0x09 < 5 || byte == 0x1B else { return base &+ bit >> 3 }
            low &= low &- 1
            if low == 0 && base == 0 { (low, base) = (high, 8) }
        }
        return 16
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
