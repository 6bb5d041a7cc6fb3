/// A fixed set of spans that answers "does any of them overlap this span?" with one binary
/// search, for stages that ask it of every annotation of a long document (a walk over all
/// the spans each time costs their number times the annotations').
public struct SpanOverlaps: Sendable {
    /// The spans' starts, sorted.
    private let starts: [Int]
    /// For each k, the largest end among the spans of the k + 1 smallest starts.
    private let maxEnds: [Int]

    public init<S: Sequence>(_ spans: S) where S.Element == ScalarSpan {
        let sorted = spans.sorted { $0.start < $1.start }
        starts = sorted.map(\.start)
        var ends: [Int] = []
        ends.reserveCapacity(sorted.count)
        for s in sorted { ends.append(max(ends.last ?? Int.min, s.end)) }
        maxEnds = ends
    }

    /// True when some span `r` has `r.overlaps(span)` (`r.start < span.end && span.start < r.end`).
    public func overlapAny(_ span: ScalarSpan) -> Bool {
        // The spans starting before `span.end` are a prefix; one of them must end after its start.
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < span.end { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && maxEnds[lo - 1] > span.start
    }
}

extension Document {
    /// The boilerplate regions as a `SpanOverlaps`: `isBoilerplate` for many spans at once.
    public func boilerplateSpans() -> SpanOverlaps {
        SpanOverlaps(regions.lazy.filter { $0.kind == .boilerplate }.map(\.span))
    }
}
