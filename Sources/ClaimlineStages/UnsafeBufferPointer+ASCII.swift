extension UnsafeBufferPointer where Element == Unicode.Scalar {
    /// The offset of the first non-ASCII scalar at or after `i`, or the length: sixteen, then
    /// eight scalars are tested at once (wrapping arithmetic: the offsets are within the
    /// buffer's bounds).
    func firstNonASCII(from i: Int) -> Int {
        let n = count
        var j = i
        if let base = baseAddress {
            let raw = UnsafeRawPointer(base)
            let notASCII = SIMD4<UInt32>(repeating: 0xFFFF_FF80)
            while j &+ 16 <= n {
                let at = raw + j &* 4
                let a = at.loadUnaligned(as: SIMD4<UInt32>.self), b = at.loadUnaligned(fromByteOffset: 16, as: SIMD4<UInt32>.self)
                let c = at.loadUnaligned(fromByteOffset: 32, as: SIMD4<UInt32>.self), d = at.loadUnaligned(fromByteOffset: 48, as: SIMD4<UInt32>.self)
                if any((a | b | c | d) & notASCII .!= .zero) { break }
                j &+= 16
            }
            let high: UInt64 = 0xFFFF_FF80_FFFF_FF80
            while j &+ 8 <= n {
                let at = raw + j &* 4
                let a = at.loadUnaligned(as: UInt64.self), b = at.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                let c = at.loadUnaligned(fromByteOffset: 16, as: UInt64.self), d = at.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if (a | b | c | d) & high != 0 { break }
                j &+= 8
            }
        }
        while j < n && self[j].value < 0x80 { j &+= 1 }
        return j
    }

    /// The offset of the first "-" at or after `i`, or the length: sixteen scalars are tested
    /// at once (a lane that equals the hyphen is zero after the xor, and only zero wraps to
    /// the high bit when one is taken away: scalars stay below 0x110000).
    func firstHyphen(from i: Int) -> Int {
        let n = count
        var j = i
        if let base = baseAddress {
            let raw = UnsafeRawPointer(base)
            let hyphen = SIMD4<UInt32>(repeating: 0x2D), one = SIMD4<UInt32>(repeating: 1), high = SIMD4<UInt32>(repeating: 0x8000_0000)
            while j &+ 16 <= n {
                let at = raw + j &* 4
                let a = at.loadUnaligned(as: SIMD4<UInt32>.self), b = at.loadUnaligned(fromByteOffset: 16, as: SIMD4<UInt32>.self)
                let c = at.loadUnaligned(fromByteOffset: 32, as: SIMD4<UInt32>.self), d = at.loadUnaligned(fromByteOffset: 48, as: SIMD4<UInt32>.self)
                let zero = ((a ^ hyphen) &- one) | ((b ^ hyphen) &- one) | ((c ^ hyphen) &- one) | ((d ^ hyphen) &- one)
                if any(zero & high .!= .zero) { break }
                j &+= 16
            }
        }
        while j < n && self[j] != "-" { j &+= 1 }
        return j
    }
}
