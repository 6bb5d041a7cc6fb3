extension Array {
    /// Makes the array `count` copies of `value` in the storage it already has: only the
    /// difference in length is appended or removed, then every element is overwritten (a
    /// memset for plain values). For per-document buffers kept between documents.
    @inlinable
    public mutating func refill(repeating value: Element, count: Int) {
        if self.count > count {
            removeLast(self.count - count)
        } else if self.count < count {
            append(contentsOf: repeatElement(value, count: count - self.count))
        }
        withUnsafeMutableBufferPointer { $0.update(repeating: value) }
    }
}
