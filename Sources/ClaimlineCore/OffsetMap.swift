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

    /// Builds a map piece by piece, in source order. The pieces are noted as runs and the
    /// arrays written once, at `build`, each entry in place: a text whose pieces are all one
    /// for one gets the identity map and no arrays at all.
    ///
    /// Built `over` a base map (whose derived text is this builder's source), it yields the
    /// composition directly, `base.then(built)`, without materialising the map in between.
    public struct Builder: Sendable {
        /// `derivedCount` derived scalars from the `sourceCount` source scalars at `source`.
        private struct Run {
            enum Kind { case copy, replace, ranges }
            var kind: Kind
            var source: Int32
            var sourceCount: Int32
            var derivedCount: Int32
            /// For `.ranges`: where its ranges begin in `rangeStarts` and `rangeEnds`.
            var firstRange: Int32 = 0
        }

        private var runs: [Run] = []
        /// The ranges of `.ranges` runs, counted from the run's first source scalar.
        private var rangeStarts: [Int32] = []
        private var rangeEnds: [Int32] = []
        /// Whether some run is not one for one.
        private var changed = false
        private var source = 0
        private var derived = 0
        private let base: OffsetMap

        public init(over base: OffsetMap? = nil) {
            self.base = base ?? .identity(length: 0)
        }

        /// `count` derived scalars copied one for one from the source.
        public mutating func copy(_ count: Int) {
            if count == 0 { return }
            if let last = runs.indices.last, runs[last].kind == .copy {
                runs[last].sourceCount &+= Int32(truncatingIfNeeded: count)
                runs[last].derivedCount &+= Int32(truncatingIfNeeded: count)
            } else {
                add(Run(kind: .copy, source: Int32(truncatingIfNeeded: source),
                                sourceCount: Int32(truncatingIfNeeded: count), derivedCount: Int32(truncatingIfNeeded: count)))
            }
            source += count; derived += count
        }

        /// `derivedCount` derived scalars that replace `sourceCount` source scalars as a whole.
        public mutating func replace(source sourceCount: Int, derived derivedCount: Int) {
            if sourceCount == 1 && derivedCount == 1 { copy(1); return }
            add(Run(kind: .replace, source: Int32(truncatingIfNeeded: source),
                            sourceCount: Int32(truncatingIfNeeded: sourceCount), derivedCount: Int32(truncatingIfNeeded: derivedCount)))
            changed = true
            source += sourceCount; derived += derivedCount
        }

        /// The next `sourceCount` source scalars, whose derived scalars come from the source
        /// ranges `starts[k]..<ends[k]` counted from the first of them: a piece of text derived
        /// in steps of its own, whose ranges may overlap (a word transliterated as a whole over
        /// a folded accent).
        public mutating func append(source sourceCount: Int, starts: [Int32], ends: [Int32]) {
            if Self.isOneForOne(starts, ends, count: sourceCount) { copy(sourceCount); return }
            add(Run(kind: .ranges, source: Int32(truncatingIfNeeded: source), sourceCount: Int32(truncatingIfNeeded: sourceCount),
                            derivedCount: Int32(truncatingIfNeeded: starts.count), firstRange: Int32(truncatingIfNeeded: rangeStarts.count)))
            rangeStarts.append(contentsOf: starts); rangeEnds.append(contentsOf: ends)
            changed = true
            source += sourceCount; derived += starts.count
        }

        private mutating func add(_ run: Run) {
            // Room for a document's usual few dozen changes at once, not grown step by step.
            if runs.isEmpty { runs.reserveCapacity(64) }
            runs.append(run)
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

        public func build() -> OffsetMap {
            let composes = !base.isIdentity
            if !changed { return composes ? base : .identity(length: source) }
            var ends: [Int32] = []
            let starts = [Int32](unsafeUninitializedCapacity: derived) { starts, startCount in
                ends = [Int32](unsafeUninitializedCapacity: derived) { ends, endCount in
                    if composes {
                        base.sourceStart.withUnsafeBufferPointer { baseStarts in
                            base.sourceEnd.withUnsafeBufferPointer { baseEnds in
                                write(into: starts, ends, through: Composition(starts: baseStarts, ends: baseEnds, sourceLength: base.sourceLength))
                            }
                        }
                    } else {
                        write(into: starts, ends, through: nil)
                    }
                    endCount = derived
                }
                startCount = derived
            }
            return OffsetMap(sourceStart: starts, sourceEnd: ends, derivedLength: derived,
                             sourceLength: composes ? base.sourceLength : source)
        }

        /// The base map's arrays, while `build` writes through them.
        private struct Composition {
            let starts: UnsafeBufferPointer<Int32>
            let ends: UnsafeBufferPointer<Int32>
            let sourceLength: Int
            /// The base source range of the range `start..<end` of this builder's source.
            func range(_ start: Int, _ end: Int) -> (Int32, Int32) {
                if start == end {
                    let s = start < starts.count ? starts[start] : Int32(truncatingIfNeeded: sourceLength)
                    return (s, s)
                }
                return (starts[start], ends[end - 1])
            }
        }

        /// Every run's entries, in order.
        private func write(into starts: UnsafeMutableBufferPointer<Int32>, _ ends: UnsafeMutableBufferPointer<Int32>,
                           through base: Composition?) {
            var k = 0
            for run in runs {
                let source = Int(run.source), count = Int(run.derivedCount)
                switch run.kind {
                case .copy:
                    if let base {
                        for m in 0..<count { starts[k &+ m] = base.starts[source &+ m]; ends[k &+ m] = base.ends[source &+ m] }
                    } else {
                        // A plain count, which the compiler turns into vector stores.
                        for m in 0..<count {
                            starts[k &+ m] = run.source &+ Int32(truncatingIfNeeded: m)
                            ends[k &+ m] = run.source &+ Int32(truncatingIfNeeded: m &+ 1)
                        }
                    }
                case .replace:
                    let (s, e) = Self.range(source, source + Int(run.sourceCount), through: base)
                    for m in 0..<count { starts[k &+ m] = s; ends[k &+ m] = e }
                case .ranges:
                    for m in 0..<count {
                        let r = Int(run.firstRange) + m
                        (starts[k &+ m], ends[k &+ m]) = Self.range(source + Int(rangeStarts[r]), source + Int(rangeEnds[r]), through: base)
                    }
                }
                k &+= count
            }
        }

        private static func range(_ start: Int, _ end: Int, through base: Composition?) -> (Int32, Int32) {
            if let base { return base.range(start, end) }
            return (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end))
        }
    }
}
