/// A half-open range `[start, end)` in Unicode scalar offsets of a text (Python `str` indices).
public struct ScalarSpan: Hashable, Comparable, Sendable, CustomStringConvertible, BitwiseCopyable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// For offsets already known to be in order (a token's): no check.
    @inlinable
    init(ordered start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: ScalarSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: ScalarSpan) -> Bool { start < other.end && other.start < end }

    public static func < (a: ScalarSpan, b: ScalarSpan) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "[\(start), \(end))" }
}
