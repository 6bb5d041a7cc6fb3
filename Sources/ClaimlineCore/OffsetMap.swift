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

    /// `toSource` of the view span of every token, in one pass over the map's arrays, written
    /// into `spans` (resized, not cleared first: every element is written) so that a caller
    /// that keeps the array reuses its storage.
    public func toSource(tokens: [Token], into spans: inout [ScalarSpan]) {
        if spans.count > tokens.count {
            spans.removeLast(spans.count - tokens.count)
        } else if spans.count < tokens.count {
            spans.append(contentsOf: repeatElement(ScalarSpan(0, 0), count: tokens.count - spans.count))
        }
        let identity = isIdentity
        tokens.withUnsafeBufferPointer { tokens in
            spans.withUnsafeMutableBufferPointer { spans in
                if identity {
                    for i in tokens.indices { spans[i] = tokens[i].view }
                    return
                }
                sourceStart.withUnsafeBufferPointer { starts in
                    sourceEnd.withUnsafeBufferPointer { ends in
                        for i in tokens.indices {
                            let view = tokens[i].view
                            spans[i] = view.isEmpty ? toSource(view)
                                : ScalarSpan(Int(starts[view.start]), Int(ends[view.end - 1]))
                        }
                    }
                }
            }
        }
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
        var starts = [Int32](repeating: 0, count: next.derivedLength)
        var ends = [Int32](repeating: 0, count: next.derivedLength)
        let end = Int32(sourceLength)
        for i in 0..<next.derivedLength {
            let midStart = Int(next.sourceStart[i]), midEnd = Int(next.sourceEnd[i])
            if midStart == midEnd {
                let s = midStart < derivedLength ? sourceStart[midStart] : end
                starts[i] = s; ends[i] = s
            } else {
                starts[i] = sourceStart[midStart]; ends[i] = sourceEnd[midEnd - 1]
            }
        }
        return OffsetMap(sourceStart: starts, sourceEnd: ends, derivedLength: next.derivedLength, sourceLength: sourceLength)
    }

    /// Builds a map piece by piece, in source order. While every piece is one for one the
    /// builder only counts; the arrays are filled in at the first change of length. After
    /// that, one-for-one pieces in a row are counted and written out together.
    ///
    /// Built `over` a base map (whose derived text is this builder's source), it yields the
    /// composition directly, `base.then(built)`, without materialising the map in between.
    public struct Builder: Sendable {
        private var starts: [Int32] = []
        private var ends: [Int32] = []
        private var changed = false
        private var source = 0
        /// One-for-one scalars just before `source` not yet written out (after a change).
        private var pending = 0
        private let capacity: Int
        private let base: OffsetMap

        public init(capacity: Int = 0, over base: OffsetMap? = nil) {
            self.capacity = capacity
            self.base = base ?? .identity(length: 0)
        }

        /// `count` derived scalars copied one for one from the source.
        public mutating func copy(_ count: Int) {
            if changed { pending += count }
            source += count
        }

        /// `derivedCount` derived scalars that replace `sourceCount` source scalars as a whole.
        public mutating func replace(source sourceCount: Int, derived derivedCount: Int) {
            if !changed {
                if sourceCount == 1 && derivedCount == 1 { source += 1; return }
                materialize()
            }
            writePending()
            let (start, end) = sourceCount == 0 ? (baseOffset(source), baseOffset(source))
                : (baseStart(source), baseEnd(source + sourceCount - 1))
            for _ in 0..<derivedCount { starts.append(start); ends.append(end) }
            source += sourceCount
        }

        /// The next `sourceCount` source scalars, whose derived scalars come from the source
        /// ranges `starts[k]..<ends[k]` counted from the first of them: a piece of text derived
        /// in steps of its own, whose ranges may overlap (a word transliterated as a whole over
        /// a folded accent). A piece whose every scalar is its own source is only counted.
        public mutating func append(source sourceCount: Int, starts pieceStarts: [Int32], ends pieceEnds: [Int32]) {
            if Self.isOneForOne(pieceStarts, pieceEnds, count: sourceCount) { copy(sourceCount); return }
            if !changed { materialize() }
            writePending()
            for k in pieceStarts.indices {
                let first = source + Int(pieceStarts[k]), end = source + Int(pieceEnds[k])
                let (start, stop) = first == end ? (baseOffset(first), baseOffset(first)) : (baseStart(first), baseEnd(end - 1))
                starts.append(start); ends.append(stop)
            }
            source += sourceCount
        }

        /// The next `piece.sourceLength` source scalars, mapped as `piece` maps them.
        public mutating func append(_ piece: OffsetMap) {
            if piece.isIdentity { copy(piece.sourceLength); return }
            append(source: piece.sourceLength, starts: piece.sourceStart, ends: piece.sourceEnd)
        }

        private static func isOneForOne(_ starts: [Int32], _ ends: [Int32], count: Int) -> Bool {
            guard starts.count == count else { return false }
            for k in 0..<count where starts[k] != Int32(truncatingIfNeeded: k) || ends[k] != Int32(truncatingIfNeeded: k + 1) {
                return false
            }
            return true
        }

        private var composes: Bool { !base.isIdentity }
        private func baseStart(_ i: Int) -> Int32 { composes ? base.sourceStart[i] : Int32(i) }
        private func baseEnd(_ i: Int) -> Int32 { composes ? base.sourceEnd[i] : Int32(i + 1) }
        /// Where an empty span at `i` of the source lies in the base's source.
        private func baseOffset(_ i: Int) -> Int32 {
            guard composes else { return Int32(i) }
            return i < base.derivedLength ? base.sourceStart[i] : Int32(base.sourceLength)
        }

        /// Writes out the one-for-one prefix counted so far.
        private mutating func materialize() {
            changed = true
            starts.reserveCapacity(max(capacity, source) + 16)
            ends.reserveCapacity(max(capacity, source) + 16)
            appendOneForOne(from: 0, count: source)
        }

        private mutating func writePending() {
            if pending > 0 { appendOneForOne(from: source - pending, count: pending) }
            pending = 0
        }

        /// Source scalars `first..<first+count`, each its own derived scalar.
        private mutating func appendOneForOne(from first: Int, count: Int) {
            if composes {
                starts.append(contentsOf: base.sourceStart[first..<(first + count)])
                ends.append(contentsOf: base.sourceEnd[first..<(first + count)])
                return
            }
            if count == 0 { return }
            // The arrays are lengthened (appending a repeated value is a plain fill), then
            // the offsets counted in place: appending a computed sequence to an array goes
            // element by element, and a scratch buffer would be copied twice.
            let old = starts.count
            starts.append(contentsOf: repeatElement(0, count: count))
            ends.append(contentsOf: repeatElement(0, count: count))
            starts.withUnsafeMutableBufferPointer { starts in
                ends.withUnsafeMutableBufferPointer { ends in
                    var value = Int32(truncatingIfNeeded: first)
                    for k in old..<(old &+ count) {
                        starts[k] = value
                        value &+= 1
                        ends[k] = value
                    }
                }
            }
        }

        public mutating func build() -> OffsetMap {
            if !changed { return composes ? base : .identity(length: source) }
            writePending()
            let sourceLength = composes ? base.sourceLength : source
            return OffsetMap(sourceStart: starts, sourceEnd: ends, derivedLength: starts.count, sourceLength: sourceLength)
        }
    }
}
