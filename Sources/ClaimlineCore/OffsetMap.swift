/// Maps scalar offsets of a derived text (after normalisation) back to the text it came from,
/// and forward again. Each derived scalar `i` comes from the source range
/// `[sourceStart[i], sourceEnd[i])`; several derived scalars may share one source range
/// ("…" → "...") and one derived scalar may cover several source scalars ("e" + U+0301 → "é").
/// An identity map stores nothing.
public struct OffsetMap: Sendable, Equatable {
    private var sourceStart: [Int32]
    private var sourceEnd: [Int32]
    /// Length of the derived text in scalars.
    public let derivedLength: Int
    /// Length of the source text in scalars.
    public let sourceLength: Int

    public static func identity(length: Int) -> OffsetMap {
        OffsetMap(sourceStart: [], sourceEnd: [], derivedLength: length, sourceLength: length)
    }

    private init(sourceStart: [Int32], sourceEnd: [Int32], derivedLength: Int, sourceLength: Int) {
        self.sourceStart = sourceStart
        self.sourceEnd = sourceEnd
        self.derivedLength = derivedLength
        self.sourceLength = sourceLength
    }

    public var isIdentity: Bool { sourceStart.isEmpty && derivedLength == sourceLength }

    /// Maps a span of the derived text to the smallest source span that produced it.
    public func toSource(_ span: ScalarSpan) -> ScalarSpan {
        if isIdentity { return span }
        if span.isEmpty {
            let s = span.start < derivedLength ? Int(sourceStart[span.start]) : sourceLength
            return ScalarSpan(s, s)
        }
        return ScalarSpan(Int(sourceStart[span.start]), Int(sourceEnd[span.end - 1]))
    }

    /// Maps a source offset to the first derived offset at or after it.
    public func toDerived(_ offset: Int) -> Int {
        if isIdentity { return offset }
        var lo = 0, hi = derivedLength
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(sourceStart[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Maps a source span to the derived span covering exactly the derived scalars whose
    /// source lies inside it (for spans on chunk boundaries, the inverse of `toSource`).
    public func toDerived(_ span: ScalarSpan) -> ScalarSpan {
        if isIdentity { return span }
        let start = toDerived(span.start)
        var end = start
        while end < derivedLength && Int(sourceEnd[end]) <= span.end { end += 1 }
        return ScalarSpan(start, max(start, end))
    }

    /// The map from the source of `self` to the derived text of `next`, where `next` maps
    /// the derived text of `self` further.
    public func then(_ next: OffsetMap) -> OffsetMap {
        precondition(next.sourceLength == derivedLength, "maps do not chain")
        if next.isIdentity { return self }
        if isIdentity { return next }
        var starts = [Int32](), ends = [Int32]()
        starts.reserveCapacity(next.derivedLength)
        ends.reserveCapacity(next.derivedLength)
        for i in 0..<next.derivedLength {
            let mid = next.toSource(ScalarSpan(i, i + 1))
            if mid.isEmpty {
                let s = mid.start < derivedLength ? sourceStart[mid.start] : Int32(sourceLength)
                starts.append(s); ends.append(s)
            } else {
                starts.append(sourceStart[mid.start]); ends.append(sourceEnd[mid.end - 1])
            }
        }
        return OffsetMap(sourceStart: starts, sourceEnd: ends, derivedLength: next.derivedLength, sourceLength: sourceLength)
    }

    /// Builds a map piece by piece, in source order.
    public struct Builder: Sendable {
        private var starts: [Int32] = []
        private var ends: [Int32] = []
        private var changed = false
        private var source = 0

        public init(capacity: Int = 0) {
            starts.reserveCapacity(capacity)
            ends.reserveCapacity(capacity)
        }

        /// `count` derived scalars copied one for one from the source.
        public mutating func copy(_ count: Int) {
            for k in 0..<count {
                starts.append(Int32(source + k)); ends.append(Int32(source + k + 1))
            }
            source += count
        }

        /// `derivedCount` derived scalars that replace `sourceCount` source scalars as a whole.
        public mutating func replace(source sourceCount: Int, derived derivedCount: Int) {
            if sourceCount != 1 || derivedCount != 1 { changed = true }
            for _ in 0..<derivedCount {
                starts.append(Int32(source)); ends.append(Int32(source + sourceCount))
            }
            source += sourceCount
        }

        public func build() -> OffsetMap {
            if !changed { return .identity(length: starts.count) }
            return OffsetMap(sourceStart: starts, sourceEnd: ends, derivedLength: starts.count, sourceLength: source)
        }
    }
}
