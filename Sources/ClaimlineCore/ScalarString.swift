/// Builds a `String` from scalars by writing their UTF-8 bytes directly: several times faster
/// than appending scalars to a `String.UnicodeScalarView`, which matters when records carry
/// the text of every span.
public enum ScalarString {
    /// The bytes go to a scratch buffer on the stack, then into a string of their exact
    /// size: one of up to 15 bytes (most names and words) needs no memory of its own, and
    /// bytes encoded from scalars are UTF-8 by construction, so they are not checked again.
    public static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.isEmpty { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count &* 4) { buffer in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n &+= 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n &+ 1] = UInt8(0x80 | (v & 0x3F)); n &+= 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n &+ 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n &+ 2] = UInt8(0x80 | (v & 0x3F)); n &+= 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n &+ 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n &+ 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n &+ 3] = UInt8(0x80 | (v & 0x3F)); n &+= 4
                }
            }
            let utf8 = UnsafeBufferPointer(rebasing: buffer[..<n])
            return String(copying: UTF8Span(unchecked: utf8.span))
        }
    }
}
