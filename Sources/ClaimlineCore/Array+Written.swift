extension Array where Element: BitwiseCopyable {
    /// What `Array(unsafeUninitializedCapacity:initializingWith:)` makes, allocated without
    /// its run-time look-up of the storage's generic metadata (some 460 instructions a call,
    /// in the standard library's unspecialized `_allocateBufferUninitialized`): `body` writes
    /// elements from the start of the buffer (room for `capacity`) and returns how many.
    @inlinable
    public init(writingUpTo capacity: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Int) {
        self.init()
        appendWritten(upTo: capacity, body)
    }

    /// Appends what `body` writes after the last element, as `init(writingUpTo:_:)` does; an
    /// array emptied with its capacity kept allocates only when `capacity` is more than it had.
    /// The room is appended unwritten (`append(contentsOf:)` is specialized where it is used,
    /// and elements without references need no initialization), then cut to what was written.
    @inlinable
    public mutating func appendWritten(upTo capacity: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Int) {
        guard capacity > 0 else { return }
        let start = count
        append(contentsOf: UnwrittenElements<Element>(count: capacity))
        let written = withUnsafeMutableBufferPointer { body(UnsafeMutableBufferPointer(rebasing: $0[start...])) }
        precondition(written >= 0 && written <= capacity, "appendWritten: \(written) written, room for \(capacity)")
        removeLast(capacity - written)
    }
}

/// `count` elements that `append(contentsOf:)` takes as written without writing them: the
/// caller writes them before anything reads them.
@usableFromInline
struct UnwrittenElements<Element: BitwiseCopyable>: Sequence {
    @usableFromInline let count: Int

    @inlinable
    init(count: Int) { self.count = count }

    @inlinable
    var underestimatedCount: Int { count }

    @inlinable
    func makeIterator() -> EmptyCollection<Element>.Iterator { EmptyCollection.Iterator() }

    @inlinable
    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>)
        -> (EmptyCollection<Element>.Iterator, UnsafeMutableBufferPointer<Element>.Index) {
        (EmptyCollection.Iterator(), count)
    }
}
