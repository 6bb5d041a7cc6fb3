extension Document {
    /// The scalars of `text`, decoded from its UTF-8 directly (faster than `unicodeScalars`).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, initialized in
                guard let source = utf8.baseAddress, let target = out.baseAddress else { initialized = 0; return }
                var i = 0, n = 0
                while i < utf8.count {
                    if i &+ 16 <= utf8.count {
                        // Sixteen bytes widened to sixteen scalars, no decoding (a SIMD8 conversion
                        // compiles to a few vector unpacks; a loop over the bytes does not). The
                        // ASCII bytes before the first non-ASCII one are kept (`n` never passes `i`,
                        // so the sixteen stores stay inside the buffer); the rest is decoded below.
                        let word = UnsafeRawPointer(source + i)
                        let low = word.loadUnaligned(as: SIMD8<UInt8>.self), high = word.loadUnaligned(fromByteOffset: 8, as: SIMD8<UInt8>.self)
                        let to = UnsafeMutableRawPointer(target + n)
                        to.storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: low), as: SIMD8<UInt32>.self)
                        to.storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: high), toByteOffset: 32, as: SIMD8<UInt32>.self)
                        let ascii = asciiPrefix(unsafeBitCast(low, to: UInt64.self), unsafeBitCast(high, to: UInt64.self))
                        i &+= ascii
                        n &+= ascii
                        if ascii == 16 { continue }
                    }
                    let b = UInt32(source[i])
                    var v = b
                    if b < 0x80 { i += 1 } else if b < 0xE0 {
                        v = (b & 0x1F) << 6 | UInt32(source[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0 {
                        v = (b & 0x0F) << 12 | UInt32(source[i + 1] & 0x3F) << 6 | UInt32(source[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b & 0x07) << 18 | UInt32(source[i + 1] & 0x3F) << 12 | UInt32(source[i + 2] & 0x3F) << 6 | UInt32(source[i + 3] & 0x3F); i += 4
                    }
                    // A String holds valid UTF-8, so `v` is a scalar value.
                    (target + n).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                    n += 1
                }
                initialized = n
            }
        }
    }

    /// How many of the sixteen bytes in `low` then `high` (little-endian words) come before
    /// the first one that is not ASCII.
    @inline(__always)
    private static func asciiPrefix(_ low: UInt64, _ high: UInt64) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let l = low & highBits, h = high & highBits
        if l != 0 { return l.trailingZeroBitCount >> 3 }
        return h == 0 ? 16 : 8 &+ (h.trailingZeroBitCount >> 3)
    }
}
