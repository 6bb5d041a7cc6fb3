/// Builds a `String` from scalars by writing their UTF-8 bytes directly: several times faster
/// than appending scalars to a `String.UnicodeScalarView`, which matters when records carry
/// the text of every span.
public enum ScalarString {
    /// The bytes go to a scratch buffer on the stack, then into a string of their exact
    /// size: one of up to 15 bytes (most names and words) needs no memory of its own, and
    /// bytes encoded from scalars are UTF-8 by construction, so they are not checked again.
    public static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        if scalars.isEmpty { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count &* 4) { buffer in
            let n = utf8(scalars, into: buffer.baseAddress!)
            let utf8 = UnsafeBufferPointer(rebasing: buffer[..<n])
            return String(copying: UTF8Span(unchecked: utf8.span))
        }
    }

    /// The same, for a slice of an array.
    public static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer { make($0) }
    }

    /// Writes the UTF-8 of `scalars` at `out` (room for four bytes a scalar); returns the
    /// byte count. Eight ASCII scalars become eight bytes at once; the last few are one
    /// block of eight overlapping bytes already written (with the same values).
    static func utf8(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        guard let source = UnsafeRawPointer(scalars.baseAddress) else { return 0 }
        let count = scalars.count, to = UnsafeMutableRawPointer(out)
        var i = 0, n = 0
        while i &+ 8 <= count {
            if let bytes = asciiBlock(source + i &* 4) {
                to.storeBytes(of: bytes, toByteOffset: n, as: SIMD8<UInt8>.self)
                i &+= 8; n &+= 8
            } else {
                n = encode(scalars[i], into: out, at: n)
                i &+= 1
            }
        }
        // The scalars written again are ASCII, so each took one byte, just before `n`.
        if i < count, count >= 8, let bytes = asciiBlock(source + (count &- 8) &* 4) {
            to.storeBytes(of: bytes, toByteOffset: n &+ (count &- i) &- 8, as: SIMD8<UInt8>.self)
            return n &+ (count &- i)
        }
        while i < count {
            n = encode(scalars[i], into: out, at: n)
            i &+= 1
        }
        return n
    }

    /// The eight scalars at `p` as eight bytes, if all of them are ASCII.
    @inline(__always)
    private static func asciiBlock(_ p: UnsafeRawPointer) -> SIMD8<UInt8>? {
        let wide = p.loadUnaligned(as: SIMD8<UInt32>.self)
        let (a, b) = unsafeBitCast(wide.lowHalf | wide.highHalf, to: (UInt64, UInt64).self)
        guard (a | b) & 0xFFFF_FF80_FFFF_FF80 == 0 else { return nil }
        return SIMD8<UInt8>(truncatingIfNeeded: wide)
    }

    /// One scalar's UTF-8 at `out[n...]` (room for four bytes); returns the index after it.
    /// Public and inlinable: the JSON writer encodes span texts with it too.
    @inlinable @inline(__always)
    public static func encode(_ scalar: Unicode.Scalar, into out: UnsafeMutablePointer<UInt8>, at n: Int) -> Int {
        let v = scalar.value
        if v < 0x80 {
            out[n] = UInt8(truncatingIfNeeded: v)
            return n &+ 1
        } else if v < 0x800 {
            out[n] = UInt8(0xC0 | (v >> 6)); out[n &+ 1] = UInt8(0x80 | (v & 0x3F))
            return n &+ 2
        } else if v < 0x10000 {
            out[n] = UInt8(0xE0 | (v >> 12)); out[n &+ 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            out[n &+ 2] = UInt8(0x80 | (v & 0x3F))
            return n &+ 3
        }
        out[n] = UInt8(0xF0 | (v >> 18)); out[n &+ 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
        out[n &+ 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[n &+ 3] = UInt8(0x80 | (v & 0x3F))
        return n &+ 4
    }
}
