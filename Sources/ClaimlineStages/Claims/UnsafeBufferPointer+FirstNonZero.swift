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
        while t < end && self[t] == 0 { t &+= 1 }
        return t
    }
}
