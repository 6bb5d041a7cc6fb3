/// Maps scalar offsets of a derived text (after normalisation) back to the text it came from,
/// and forward again. Each derived scalar comes from a source range; several derived scalars
/// may share one source range ("…" → "...") and one derived scalar may cover several source
/// scalars ("e" + U+0301 → "é").
///
/// Only the changes are stored: most of a derived text is copied one for one, and between
/// two changes derived scalar `d` comes from source scalar `d + shift`, the shift left by the
/// change before. Building a map costs the changes, not the length, and a walk in order
/// (`toSource(tokens:into:)`) maps a span inside a copied stretch by one addition. An
/// identity map stores nothing.
public struct OffsetMap: Sendable, Equatable {
    /// `derivedCount` derived scalars at `derived` made from the `sourceCount` source scalars
    /// at `source`. Changes follow each other in both texts; the stretches between them map
    /// one for one.
    private struct Change: Sendable {
        var derived: Int32
        var derivedCount: Int32
        var source: Int32
        var sourceCount: Int32
        /// -1 when every derived scalar comes from the whole source range; otherwise where the
        /// derived scalars' own ranges begin in `rangeStarts` and `rangeEnds`.
        var firstRange: Int32
    }

    private var changes: [Change]
    /// Source ranges of the changes that have their own, counted from the change's `source`.
    private var rangeStarts: [Int32]
    private var rangeEnds: [Int32]
    /// For each block of 64 derived scalars, the last change that starts at or before the
    /// block's first scalar (-1 for none): a lookup starts there, a step or two from its change.
    private var blockChanges: [Int32]
    /// Length of the derived text in scalars.
    public let derivedLength: Int
    /// Length of the source text in scalars.
    public let sourceLength: Int

    public static func identity(length: Int) -> OffsetMap {
        OffsetMap(changes: [], rangeStarts: [], rangeEnds: [], derivedLength: length, sourceLength: length)
    }

    private init(changes: [Change], rangeStarts: [Int32], rangeEnds: [Int32], derivedLength: Int, sourceLength: Int) {
        self.changes = changes
        self.rangeStarts = rangeStarts
        self.rangeEnds = rangeEnds
        self.derivedLength = derivedLength
        self.sourceLength = sourceLength
        blockChanges = []
        if changes.isEmpty { return }
        blockChanges.reserveCapacity(derivedLength >> 6 &+ 1)
        var c = -1
        for block in 0...(derivedLength >> 6) {
            while c &+ 1 < changes.count && Int(changes[c &+ 1].derived) <= block << 6 { c &+= 1 }
            blockChanges.append(Int32(truncatingIfNeeded: c))
        }
    }

    /// A map without changes maps each scalar to itself.
    public var isIdentity: Bool { changes.isEmpty }

    /// Two maps are equal when they map every derived scalar alike, however they were built.
    public static func == (a: OffsetMap, b: OffsetMap) -> Bool {
        guard a.derivedLength == b.derivedLength, a.sourceLength == b.sourceLength else { return false }
        return (0..<a.derivedLength).allSatisfy { a.range(of: $0) == b.range(of: $0) }
    }

    /// The last change that starts at or before derived offset `d` (at most `derivedLength`), or -1.
    /// (Read through buffers, as `stretch(after:)`: the lookups of every span, unchecked.)
    @inline(__always)
    private func change(at d: Int) -> Int {
        if changes.isEmpty { return -1 }
        return changes.withUnsafeBufferPointer { changes in
            var c = Int(blockChanges.withUnsafeBufferPointer { $0[d >> 6] })
            while c &+ 1 < changes.count && Int(changes[c &+ 1].derived) <= d { c &+= 1 }
            return c
        }
    }

    /// The source range of derived scalar `d` (below `derivedLength`); `c` is `change(at: d)`.
    @inline(__always)
    private func range(of d: Int, after c: Int) -> (start: Int32, end: Int32) {
        guard c >= 0 else { return (Int32(truncatingIfNeeded: d), Int32(truncatingIfNeeded: d &+ 1)) }
        let change = changes[c]
        let k = Int32(truncatingIfNeeded: d) &- change.derived
        if k < change.derivedCount {
            if change.firstRange < 0 { return (change.source, change.source &+ change.sourceCount) }
            let r = Int(change.firstRange &+ k)
            return (change.source &+ rangeStarts[r], change.source &+ rangeEnds[r])
        }
        let s = change.source &+ change.sourceCount &+ (k &- change.derivedCount)
        return (s, s &+ 1)
    }

    private func range(of d: Int) -> (start: Int32, end: Int32) { range(of: d, after: change(at: d)) }

    /// Where the copied stretch after change `c` (-1: before the first) begins in the derived
    /// text, where the next change begins, and what to add to a derived offset between them.
    @inline(__always)
    private func stretch(after c: Int) -> (start: Int, end: Int, shift: Int) {
        changes.withUnsafeBufferPointer { changes in
            let end = c &+ 1 < changes.count ? Int(changes[c &+ 1].derived) : derivedLength
            guard c >= 0 else { return (0, end, 0) }
            let change = changes[c]
            let start = Int(change.derived &+ change.derivedCount)
            return (start, end, Int(change.source &+ change.sourceCount) &- start)
        }
    }

    /// Maps a span of the derived text to the smallest source span that produced it.
    public func toSource(_ span: ScalarSpan) -> ScalarSpan {
        if isIdentity { return span }
        let c = change(at: span.start)
        let here = stretch(after: c)
        // Inside the copied stretch it starts in (an empty span at the end of the text too).
        if span.start >= here.start && span.end <= here.end { return ScalarSpan(span.start &+ here.shift, span.end &+ here.shift) }
        if span.isEmpty {
            let s = span.start < derivedLength ? Int(range(of: span.start, after: c).start) : sourceLength
            return ScalarSpan(s, s)
        }
        return ScalarSpan(Int(range(of: span.start, after: c).start), Int(range(of: span.end &- 1).end))
    }

    /// `toSource` of the view span of every token, written into `spans` (resized, not cleared
    /// first: every element is written) so that a caller that keeps the array reuses its
    /// storage. Tokens come in order: those inside one copied stretch are mapped together,
    /// each by one addition.
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
                var i = 0
                while i < tokens.count {
                    let here = stretch(after: change(at: tokens[i].view.start)), first = i
                    // Starting in the stretch (not at its end, where a dropped scalar may lie
                    // between) and ending in it.
                    while i < tokens.count, UInt(bitPattern: tokens[i].view.start &- here.start) < UInt(bitPattern: here.end &- here.start),
                          tokens[i].view.end <= here.end {
                        spans[i] = ScalarSpan(tokens[i].view.start &+ here.shift, tokens[i].view.end &+ here.shift)
                        i &+= 1
                    }
                    // A token in or across a change.
                    if i == first {
                        spans[i] = toSource(tokens[i].view)
                        i &+= 1
                    }
                }
            }
        }
    }

    /// Maps a source offset to the first derived offset at or after it.
    public func toDerived(_ offset: Int) -> Int {
        if isIdentity { return offset }
        // The first change whose source starts at or after `offset`: the answer lies in the
        // change before it, the stretch before it, or is its start.
        var lo = 0, hi = changes.count
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if Int(changes[mid].source) < offset { lo = mid &+ 1 } else { hi = mid }
        }
        if lo > 0 {
            let before = changes[lo &- 1]
            if before.firstRange >= 0 {
                // The first of its scalars whose range starts at or after `offset`, by binary
                // search (ranges come in source order): one change can be a whole sentence of
                // folded text, and its scalars are looked up one by one.
                var lo = 0, hi = Int(before.derivedCount)
                let first = Int(before.firstRange), target = offset &- Int(before.source)
                while lo < hi {
                    let mid = (lo &+ hi) >> 1
                    if Int(rangeStarts[first &+ mid]) < target { lo = mid &+ 1 } else { hi = mid }
                }
                if lo < Int(before.derivedCount) { return Int(before.derived) &+ lo }
            }
        }
        let here = stretch(after: lo &- 1)
        return min(here.end, here.start &+ max(0, offset &- (here.start &+ here.shift)))
    }

    /// Maps a source span to the derived span covering exactly the derived scalars whose
    /// source lies inside it (for spans on chunk boundaries, the inverse of `toSource`).
    public func toDerived(_ span: ScalarSpan) -> ScalarSpan {
        if isIdentity { return span }
        let start = toDerived(span.start)
        var end = start
        var c = change(at: start)
        while end < derivedLength {
            while c &+ 1 < changes.count && Int(changes[c &+ 1].derived) <= end { c &+= 1 }
            let here = stretch(after: c)
            if end >= here.start {
                // In a copied stretch: the derived scalars up to `span.end - shift` lie inside.
                let stop = span.end &- here.shift
                if stop < here.end { end = max(end, stop); break }
                end = here.end
                continue
            }
            if Int(range(of: end, after: c).end) > span.end { break }
            end &+= 1
        }
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
        for i in 0..<next.derivedLength {
            let (midStart, midEnd) = next.range(of: i)
            let source = toSource(ScalarSpan(Int(midStart), Int(midEnd)))
            starts[i] = Int32(truncatingIfNeeded: source.start); ends[i] = Int32(truncatingIfNeeded: source.end)
        }
        return Self.compacted(starts: starts, ends: ends, sourceLength: sourceLength)
    }

    /// The map whose derived scalar `i` comes from `starts[i]..<ends[i]` (ranges in source
    /// order), its copied stretches found again so that lookups stay a step or two.
    private static func compacted(starts: [Int32], ends: [Int32], sourceLength: Int) -> OffsetMap {
        // Scalar `k` is copied when it maps one for one and the next scalar starts after it:
        // a change must not begin on a source scalar already copied ("…" → "..."), or
        // `toDerived` would look for that scalar in the stretch before the change.
        func copies(_ k: Int) -> Bool {
            ends[k] == starts[k] &+ 1 && (k &+ 1 == starts.count || starts[k &+ 1] > starts[k])
        }
        var builder = Builder()
        var source: Int32 = 0, i = 0
        while i < starts.count {
            if starts[i] == source && copies(i) { builder.copy(1); source &+= 1; i &+= 1; continue }
            // A change: up to the next scalar that is copied past every range in it.
            var j = i, reach = source
            while j < starts.count && !(copies(j) && starts[j] >= reach) {
                reach = max(reach, ends[j]); j &+= 1
            }
            let end = j < starts.count ? starts[j] : Int32(truncatingIfNeeded: sourceLength)
            builder.append(source: Int(end &- source), starts: starts[i..<j].map { $0 &- source }, ends: ends[i..<j].map { $0 &- source })
            source = end; i = j
        }
        builder.replace(source: sourceLength - Int(source), derived: 0)
        return builder.build()
    }

    /// Builds a map piece by piece, in source order: the pieces that are not one for one
    /// become the map's changes.
    ///
    /// Built `over` a base map (whose derived text is this builder's source), it yields the
    /// composition, `base.then(built)`.
    public struct Builder: Sendable {
        private var changes: [Change] = []
        private var rangeStarts: [Int32] = []
        private var rangeEnds: [Int32] = []
        private var source = 0
        private var derived = 0
        private let base: OffsetMap

        public init(over base: OffsetMap? = nil) {
            self.base = base ?? .identity(length: 0)
        }

        /// `count` derived scalars copied one for one from the source.
        public mutating func copy(_ count: Int) {
            source += count; derived += count
        }

        /// `derivedCount` derived scalars that replace `sourceCount` source scalars as a whole.
        public mutating func replace(source sourceCount: Int, derived derivedCount: Int) {
            if sourceCount == 1 && derivedCount == 1 { copy(1); return }
            add(sourceCount: sourceCount, derivedCount: derivedCount, firstRange: -1)
        }

        /// The next `sourceCount` source scalars, whose derived scalars come from the source
        /// ranges `starts[k]..<ends[k]` counted from the first of them: a piece of text derived
        /// in steps of its own, whose ranges may overlap (a word transliterated as a whole over
        /// a folded accent).
        public mutating func append(source sourceCount: Int, starts: [Int32], ends: [Int32]) {
            if Self.isOneForOne(starts, ends, count: sourceCount) { copy(sourceCount); return }
            let first = Int32(truncatingIfNeeded: rangeStarts.count)
            rangeStarts.append(contentsOf: starts); rangeEnds.append(contentsOf: ends)
            add(sourceCount: sourceCount, derivedCount: starts.count, firstRange: first)
        }

        private mutating func add(sourceCount: Int, derivedCount: Int, firstRange: Int32) {
            if sourceCount == 0 && derivedCount == 0 { return }
            // Room for a document's usual few dozen changes at once, not grown step by step.
            if changes.isEmpty { changes.reserveCapacity(64) }
            changes.append(Change(derived: Int32(truncatingIfNeeded: derived), derivedCount: Int32(truncatingIfNeeded: derivedCount),
                                  source: Int32(truncatingIfNeeded: source), sourceCount: Int32(truncatingIfNeeded: sourceCount),
                                  firstRange: firstRange))
            source += sourceCount; derived += derivedCount
        }

        /// The next `piece.sourceLength` source scalars, mapped as `piece` maps them.
        public mutating func append(_ piece: OffsetMap) {
            var done: Int32 = 0
            for change in piece.changes {
                copy(Int(change.source &- done))
                if change.firstRange < 0 {
                    add(sourceCount: Int(change.sourceCount), derivedCount: Int(change.derivedCount), firstRange: -1)
                } else {
                    let ranges = Int(change.firstRange)..<Int(change.firstRange &+ change.derivedCount)
                    append(source: Int(change.sourceCount), starts: Array(piece.rangeStarts[ranges]), ends: Array(piece.rangeEnds[ranges]))
                }
                done = change.source &+ change.sourceCount
            }
            copy(piece.sourceLength - Int(done))
        }

        private static func isOneForOne(_ starts: [Int32], _ ends: [Int32], count: Int) -> Bool {
            guard starts.count == count else { return false }
            for k in 0..<count where starts[k] != Int32(truncatingIfNeeded: k) || ends[k] != Int32(truncatingIfNeeded: k + 1) {
                return false
            }
            return true
        }

        public func build() -> OffsetMap {
            let built = changes.isEmpty ? .identity(length: source)
                : OffsetMap(changes: changes, rangeStarts: rangeStarts, rangeEnds: rangeEnds, derivedLength: derived, sourceLength: source)
            return base.isIdentity ? built : base.then(built)
        }
    }
}
