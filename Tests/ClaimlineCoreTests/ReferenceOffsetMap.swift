import ClaimlineCore

/// The offset map as it was first written, kept as the reference `OffsetMap` must agree with:
/// per derived scalar `i` its source range `starts[i]..<ends[i]` (no arrays for an identity
/// map), every lookup done on those arrays, built by the same operations.
struct ReferenceOffsetMap {
    var starts: [Int] = []
    var ends: [Int] = []
    var derivedLength: Int
    var sourceLength: Int

    static func identity(length: Int) -> ReferenceOffsetMap {
        ReferenceOffsetMap(derivedLength: length, sourceLength: length)
    }

    var isIdentity: Bool { starts.isEmpty && derivedLength == sourceLength }

    /// Whether every derived scalar comes from the source scalar at its own offset. The map
    /// as first written also kept arrays, and so was no identity, after an empty
    /// `replace(source: 0, derived: 0)` or a chain that undid itself; `OffsetMap` now says
    /// identity exactly when it maps so.
    var mapsEachScalarToItself: Bool {
        derivedLength == sourceLength && (0..<derivedLength).allSatisfy { range(of: $0) == ScalarSpan($0, $0 + 1) }
    }

    /// The source range of derived scalar `d`.
    func range(of d: Int) -> ScalarSpan { isIdentity ? ScalarSpan(d, d + 1) : ScalarSpan(starts[d], ends[d]) }

    /// Whether both map every derived scalar to the same source range.
    func mapsAlike(_ other: ReferenceOffsetMap) -> Bool {
        derivedLength == other.derivedLength && sourceLength == other.sourceLength
            && (0..<derivedLength).allSatisfy { range(of: $0) == other.range(of: $0) }
    }

    func toSource(_ span: ScalarSpan) -> ScalarSpan {
        if isIdentity { return span }
        if span.isEmpty {
            let s = span.start < derivedLength ? starts[span.start] : sourceLength
            return ScalarSpan(s, s)
        }
        return ScalarSpan(starts[span.start], ends[span.end - 1])
    }

    /// The first derived offset whose range starts at or after `offset`, by binary search.
    func toDerived(_ offset: Int) -> Int {
        if isIdentity { return offset }
        var lo = 0, hi = derivedLength
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func toDerived(_ span: ScalarSpan) -> ScalarSpan {
        if isIdentity { return span }
        let start = toDerived(span.start)
        var end = start
        while end < derivedLength && ends[end] <= span.end { end += 1 }
        return ScalarSpan(start, max(start, end))
    }

    func then(_ next: ReferenceOffsetMap) -> ReferenceOffsetMap {
        precondition(next.sourceLength == derivedLength, "maps do not chain")
        if next.isIdentity { return self }
        if isIdentity { return next }
        var chained = ReferenceOffsetMap(derivedLength: next.derivedLength, sourceLength: sourceLength)
        for i in 0..<next.derivedLength {
            let source = toSource(next.range(of: i))
            chained.starts.append(source.start)
            chained.ends.append(source.end)
        }
        return chained
    }

    /// Notes every derived scalar's range as it comes; a builder that only copied builds
    /// the identity map (or its base).
    struct Builder {
        private var starts: [Int] = []
        private var ends: [Int] = []
        private var changed = false
        private var source = 0
        private let base: ReferenceOffsetMap

        init(over base: ReferenceOffsetMap? = nil) {
            self.base = base ?? .identity(length: 0)
        }

        mutating func copy(_ count: Int) {
            for m in 0..<count {
                starts.append(source + m)
                ends.append(source + m + 1)
            }
            source += count
        }

        mutating func replace(source sourceCount: Int, derived derivedCount: Int) {
            if sourceCount == 1 && derivedCount == 1 { copy(1); return }
            starts += repeatElement(source, count: derivedCount)
            ends += repeatElement(source + sourceCount, count: derivedCount)
            changed = true
            source += sourceCount
        }

        mutating func append(source sourceCount: Int, starts pieceStarts: [Int], ends pieceEnds: [Int]) {
            let oneForOne = pieceStarts.count == sourceCount
                && pieceStarts.indices.allSatisfy { pieceStarts[$0] == $0 && pieceEnds[$0] == $0 + 1 }
            if oneForOne { copy(sourceCount); return }
            starts += pieceStarts.map { source + $0 }
            ends += pieceEnds.map { source + $0 }
            changed = true
            source += sourceCount
        }

        mutating func append(_ piece: ReferenceOffsetMap) {
            if piece.isIdentity { copy(piece.sourceLength); return }
            append(source: piece.sourceLength, starts: piece.starts, ends: piece.ends)
        }

        func build() -> ReferenceOffsetMap {
            let composes = !base.isIdentity
            if !changed { return composes ? base : .identity(length: source) }
            var map = ReferenceOffsetMap(derivedLength: starts.count, sourceLength: composes ? base.sourceLength : source)
            for k in starts.indices {
                let own = ScalarSpan(starts[k], ends[k])
                let range = composes ? base.toSource(own) : own
                map.starts.append(range.start)
                map.ends.append(range.end)
            }
            return map
        }
    }
}
