import ClaimlineCore

/// The byte-level encoders behind `JSONWriter`: each writes at `start` in a buffer that
/// the caller made large enough, and returns the index after its last byte.
extension JSONWriter {
    private static let quote = UInt8(ascii: "\"")
    /// Eight spaces: the padding of a short tail loaded as one word (a space needs no escape).
    private static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// `utf8` as a JSON string with its quote marks. Nearly every string needs no escape:
    /// it is checked and copied sixteen bytes at a time, its last sixteen (or its two
    /// halves, or one padded word) overlapping bytes already copied, which have the same
    /// values. Only a string that needs an escape goes byte by byte from the first block
    /// that does (the caller leaves eight bytes of room beyond the worst case).
    @inline(__always)
    static func quoted(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        out[start] = quote
        var n = start &+ 1
        let count = utf8.count
        guard let source = utf8.baseAddress, count > 0 else { out[n] = quote; return n &+ 1 }
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(out)
        var i = 0
        if count >= 16 {
            while i &+ 16 <= count {
                let block = from.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                if needsEscape(block) { break }
                to.storeBytes(of: block, toByteOffset: n, as: SIMD16<UInt8>.self)
                i &+= 16; n &+= 16
            }
            let rest = count &- i
            if rest < 16 {
                let block = from.loadUnaligned(fromByteOffset: count &- 16, as: SIMD16<UInt8>.self)
                if !needsEscape(block) {
                    to.storeBytes(of: block, toByteOffset: n &+ rest &- 16, as: SIMD16<UInt8>.self)
                    return closed(out, at: n &+ rest)
                }
            }
        } else if count >= 8 {
            let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            if !needsEscape(unsafeBitCast((head, tail), to: SIMD16<UInt8>.self)) {
                to.storeBytes(of: head, toByteOffset: n, as: UInt64.self)
                to.storeBytes(of: tail, toByteOffset: n &+ count &- 8, as: UInt64.self)
                return closed(out, at: n &+ count)
            }
        } else {
            let word = shortWord(source, count: count)
            if !needsEscape(word) {
                to.storeBytes(of: word, toByteOffset: n, as: UInt64.self)
                return closed(out, at: n &+ count)
            }
        }
        while i < count {
            let b = source[i]
            if b < 0x20 || b == quote || b == UInt8(ascii: "\\") {
                n = writeEscape(b, into: out, at: n)
            } else {
                out[n] = b; n &+= 1
            }
            i &+= 1
        }
        return closed(out, at: n)
    }

    /// `count` (0 to 15) bytes held in `short`, padded with spaces (as `StoredUTF8` loads
    /// them), as a JSON string with its quote marks: one check and one store of sixteen
    /// bytes, the spaces after the string overwritten later (the caller leaves room for them).
    @inline(__always)
    static func quoted(short: SIMD16<UInt8>, count: Int, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        out[start] = quote
        if !needsEscape(short) {
            UnsafeMutableRawPointer(out).storeBytes(of: short, toByteOffset: start &+ 1, as: SIMD16<UInt8>.self)
            return closed(out, at: start &+ 1 &+ count)
        }
        var n = start &+ 1
        for i in 0..<count {
            let b = short[i]
            if b < 0x20 || b == quote || b == UInt8(ascii: "\\") {
                n = writeEscape(b, into: out, at: n)
            } else {
                out[n] = b; n &+= 1
            }
        }
        return closed(out, at: n)
    }

    /// Writes the closing quote mark at `n`; returns the index after it.
    @inline(__always)
    private static func closed(_ out: UnsafeMutablePointer<UInt8>, at n: Int) -> Int {
        out[n] = quote
        return n &+ 1
    }

    /// The `count` (1 to 7) bytes at `p` as one word padded with spaces: two loads that
    /// may overlap (an overlapping byte has the same value in both), no loop.
    @inline(__always)
    private static func shortWord(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        let word: UInt64
        if count >= 4 {
            word = UInt64(raw.loadUnaligned(as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)) << ((count &- 4) &* 8)
        } else if count >= 2 {
            word = UInt64(raw.loadUnaligned(as: UInt16.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self)) << ((count &- 2) &* 8)
        } else {
            word = UInt64(p[0])
        }
        return word | spaces << (count &* 8)
    }

    /// Whether any of the eight bytes is a control character, `"` or a backslash (exact, by the
    /// usual "has a byte less than n / equal to c" word tricks).
    @inline(__always)
    static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w & high
        let q = w ^ (ones &* 0x22), quote = (q &- ones) & ~q & high
        let b = w ^ (ones &* 0x5C), backslash = (b &- ones) & ~b & high
        return (control | quote | backslash) != 0
    }

    /// `needsEscape` for sixteen bytes: the same tests lane by lane, which compile to a
    /// dozen vector instructions (the lanes' high bits are then gathered as two words).
    @inline(__always)
    static func needsEscape(_ v: SIMD16<UInt8>) -> Bool {
        let (low, high) = escapeBits(v)
        return low | high != 0
    }

    /// The index of the first of the sixteen bytes that needs an escape, if one does.
    @inline(__always)
    static func firstEscape(_ v: SIMD16<UInt8>) -> Int? {
        let (low, high) = escapeBits(v)
        if low != 0 { return UInt64(littleEndian: low).trailingZeroBitCount >> 3 }
        if high != 0 { return 8 &+ UInt64(littleEndian: high).trailingZeroBitCount >> 3 }
        return nil
    }

    /// The index of the first of the sixteen bytes that needs an escape or is not ASCII.
    @inline(__always)
    static func firstEscapeOrNonASCII(_ v: SIMD16<UInt8>) -> Int? {
        let (escapeLow, escapeHigh) = escapeBits(v)
        let (asciiLow, asciiHigh) = unsafeBitCast(v & SIMD16(repeating: 0x80), to: (UInt64, UInt64).self)
        let low = escapeLow | asciiLow, high = escapeHigh | asciiHigh
        if low != 0 { return UInt64(littleEndian: low).trailingZeroBitCount >> 3 }
        if high != 0 { return 8 &+ UInt64(littleEndian: high).trailingZeroBitCount >> 3 }
        return nil
    }

    /// The high bit of each lane that needs an escape, as two words (lanes 0-7, 8-15).
    @inline(__always)
    private static func escapeBits(_ v: SIMD16<UInt8>) -> (UInt64, UInt64) {
        let control = (v &- SIMD16(repeating: 0x20)) & ~v
        let q = v ^ SIMD16(repeating: 0x22), quote = (q &- SIMD16(repeating: 1)) & ~q
        let b = v ^ SIMD16(repeating: 0x5C), backslash = (b &- SIMD16(repeating: 1)) & ~b
        return unsafeBitCast((control | quote | backslash) & SIMD16(repeating: 0x80), to: (UInt64, UInt64).self)
    }

    /// Scalars as a JSON string with its quote marks, encoded to UTF-8 on the way. Most spans
    /// are ASCII: sixteen scalars become sixteen bytes at once (checked in vector registers),
    /// then eight, and the last few are done as one block of eight that overlaps bytes
    /// already written (with the same values), or for four to seven scalars as two
    /// overlapping blocks of four. A scalar that needs encoding or escaping (a curly quote)
    /// is encoded alone, and the blocks go on after it.
    static func encode(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        var n = start
        out[n] = quote; n &+= 1
        let count = scalars.count
        guard let source = UnsafeRawPointer(scalars.baseAddress) else { return closed(out, at: n) }
        let to = UnsafeMutableRawPointer(out)
        var i = 0
        while i &+ 16 <= count {
            let wide = source.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<UInt32>.self)
            // Narrowing compiles to vector packs.
            let block = SIMD16<UInt8>(truncatingIfNeeded: wide)
            to.storeBytes(of: block, toByteOffset: n, as: SIMD16<UInt8>.self)
            if isASCII(wide.lowHalf | wide.highHalf) && !needsEscape(block) {
                n &+= 16
                i &+= 16
                continue
            }
            // The bytes stored are right up to the first scalar that needs encoding or
            // escaping (there is one in the block): keep those, encode it, go on after it.
            var plain = 0
            while isPlain(scalars[i &+ plain]) { plain &+= 1 }
            n = encode(scalars[i &+ plain], into: out, at: n &+ plain)
            i &+= plain &+ 1
        }
        if count >= 8 {
            if i &+ 8 <= count {
                if let word = asciiWord(source + i &* 4), !needsEscape(word) {
                    to.storeBytes(of: word, toByteOffset: n, as: SIMD8<UInt8>.self)
                    n &+= 8
                } else {
                    for k in i..<(i &+ 8) { n = encode(scalars[k], into: out, at: n) }
                }
                i &+= 8
            }
            // The overlapping tail is right even after a block with multi-byte scalars: the
            // scalars it writes again are ASCII, so each took one byte, just before `n`.
            let rest = count &- i
            if let word = asciiWord(source + (count &- 8) &* 4), !needsEscape(word) {
                to.storeBytes(of: word, toByteOffset: n &+ rest &- 8, as: SIMD8<UInt8>.self)
                return closed(out, at: n &+ rest)
            }
        } else if count >= 4, let head = asciiWord4(source), let tail = asciiWord4(source + (count &- 4) &* 4),
                  !needsEscape(unsafeBitCast((head, tail), to: SIMD8<UInt8>.self)) {
            to.storeBytes(of: head, toByteOffset: n, as: SIMD4<UInt8>.self)
            to.storeBytes(of: tail, toByteOffset: n &+ count &- 4, as: SIMD4<UInt8>.self)
            return closed(out, at: n &+ count)
        }
        while i < count {
            n = encode(scalars[i], into: out, at: n)
            i &+= 1
        }
        return closed(out, at: n)
    }

    /// One scalar as UTF-8, escaped if JSON needs it.
    @inline(__always)
    private static func encode(_ scalar: Unicode.Scalar, into out: UnsafeMutablePointer<UInt8>, at n: Int) -> Int {
        let v = scalar.value
        if v < 0x20 || v == 0x22 || v == 0x5C { return writeEscape(UInt8(v), into: out, at: n) }
        return ScalarString.encode(scalar, into: out, at: n)
    }

    /// Whether the scalar is written as its one ASCII byte, unescaped.
    @inline(__always)
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v >= 0x20 && v < 0x80 && v != 0x22 && v != 0x5C
    }

    /// The eight scalars at `p` as eight bytes, if all of them are ASCII.
    @inline(__always)
    private static func asciiWord(_ p: UnsafeRawPointer) -> SIMD8<UInt8>? {
        let scalars = p.loadUnaligned(as: SIMD8<UInt32>.self)
        guard isASCII(scalars) else { return nil }
        return SIMD8<UInt8>(truncatingIfNeeded: scalars)
    }

    /// The four scalars at `p` as four bytes, if all of them are ASCII.
    @inline(__always)
    private static func asciiWord4(_ p: UnsafeRawPointer) -> SIMD4<UInt8>? {
        let scalars = p.loadUnaligned(as: SIMD4<UInt32>.self)
        let (a, b) = unsafeBitCast(scalars, to: (UInt64, UInt64).self)
        guard (a | b) & 0xFFFF_FF80_FFFF_FF80 == 0 else { return nil }
        return SIMD4<UInt8>(truncatingIfNeeded: scalars)
    }

    /// Whether all eight scalar values are below 0x80 (lanes folded, then tested as words).
    @inline(__always)
    private static func isASCII(_ v: SIMD8<UInt32>) -> Bool {
        let (a, b) = unsafeBitCast(v.lowHalf | v.highHalf, to: (UInt64, UInt64).self)
        return (a | b) & 0xFFFF_FF80_FFFF_FF80 == 0
    }

    /// `needsEscape` for eight bytes, in a vector register.
    @inline(__always)
    static func needsEscape(_ v: SIMD8<UInt8>) -> Bool {
        let control = (v &- SIMD8(repeating: 0x20)) & ~v
        let q = v ^ SIMD8(repeating: 0x22), quote = (q &- SIMD8(repeating: 1)) & ~q
        let b = v ^ SIMD8(repeating: 0x5C), backslash = (b &- SIMD8(repeating: 1)) & ~b
        return unsafeBitCast((control | quote | backslash) & SIMD8(repeating: 0x80), to: UInt64.self) != 0
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

    /// "00" to "99": two digits per division when writing decimals.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// `writeDecimal` for 0 <= v < 10,000: one or two digit pairs, no loop.
    @inline(__always)
    static func writeBelow10k(_ v: Int, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        let pairs = digitPairs.utf8Start
        if v < 10 { out[start] = 48 &+ UInt8(truncatingIfNeeded: v); return start &+ 1 }
        if v < 100 {
            out[start] = pairs[v &* 2]; out[start &+ 1] = pairs[v &* 2 &+ 1]
            return start &+ 2
        }
        let (high, low) = v.quotientAndRemainder(dividingBy: 100)
        var n = start
        if high < 10 {
            out[n] = 48 &+ UInt8(truncatingIfNeeded: high); n &+= 1
        } else {
            out[n] = pairs[high &* 2]; out[n &+ 1] = pairs[high &* 2 &+ 1]; n &+= 2
        }
        out[n] = pairs[low &* 2]; out[n &+ 1] = pairs[low &* 2 &+ 1]
        return n &+ 2
    }

    /// The decimal digits of `v` (as `String(v)` writes them): at most 20 bytes. Wrapping
    /// arithmetic: every index stays within those 20 bytes.
    static func writeDecimal(_ v: Int, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        // Offsets in a document are nearly always below 10,000: at most one division.
        if UInt(bitPattern: v) < 10_000 { return writeBelow10k(v, into: out, at: start) }
        var n = start
        if v < 0 { out[n] = UInt8(ascii: "-"); n &+= 1 }
        var magnitude = v.magnitude
        // Offsets and counts are mostly under 100,000: compare before dividing.
        var digits = magnitude < 10 ? 1 : magnitude < 100 ? 2 : magnitude < 1000 ? 3 : magnitude < 10_000 ? 4 : 5
        if magnitude >= 100_000 {
            var scan = magnitude / 100_000
            while scan > 0 { scan /= 10; digits &+= 1 }
        }
        let pairs = digitPairs.utf8Start
        var i = n &+ digits
        while magnitude >= 100 {
            let (rest, last) = magnitude.quotientAndRemainder(dividingBy: 100)
            let pair = Int(truncatingIfNeeded: last) &* 2
            magnitude = rest
            i &-= 2
            out[i] = pairs[pair]; out[i &+ 1] = pairs[pair &+ 1]
        }
        if magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude) &* 2
            out[i &- 2] = pairs[pair]; out[i &- 1] = pairs[pair &+ 1]
        } else {
            out[i &- 1] = 48 &+ UInt8(truncatingIfNeeded: magnitude)
        }
        return n &+ digits
    }
}
