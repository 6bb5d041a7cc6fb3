extension UnsafeBufferPointer<UInt8> {
    /// The first index in `start..<end` whose byte is not 0, else `end` (`start` when it is
    /// past `end`). The phrase length arrays are mostly zeros: read eight bytes at a time, and
    /// the byte found in its word by the word's bits, not by a loop whose end no branch
    /// predictor could foresee.
    func firstNonZero(from start: Int, to end: Int) -> Int {
        guard let base = baseAddress.map(UnsafeRawPointer.init) else { return Swift.max(start, end) }
        var t = start
        while t &+ 8 <= end {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: t, as: UInt64.self))
            if word != 0 { return t &+ word.trailingZeroBitCount >> 3 }
            t &+= 8
        }
        // The last bytes before `end` (a walk stops at every paragraph and quote): one word
        // masked to them, where a byte loop mispredicted its exit at each stop.
        if t < end && t &+ 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: t, as: UInt64.self)) & (1 &<< UInt64((end &- t) &* 8) &- 1)
            return word == 0 ? end : t &+ word.trailingZeroBitCount >> 3
        }
        while t < end && self[t] == 0 { t &+= 1 }
        return t
    }
}
