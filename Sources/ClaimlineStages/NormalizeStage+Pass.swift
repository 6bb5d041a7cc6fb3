import ClaimlineCore

/// Scratch arrays for one stretch of text around non-ASCII scalars, kept by the stage so
/// that a stretch allocates nothing.
struct StretchScratch {
    /// The stretch folded, and each folded scalar's source range, counted from the stretch's start.
    var folded: [Unicode.Scalar] = []
    var foldedStarts: [Int32] = []
    var foldedEnds: [Int32] = []
    /// Each output scalar's source range, counted from the stretch's start.
    var starts: [Int32] = []
    var ends: [Int32] = []

    mutating func clear() {
        folded.removeAll(keepingCapacity: true)
        foldedStarts.removeAll(keepingCapacity: true); foldedEnds.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true); ends.removeAll(keepingCapacity: true)
    }

    mutating func fold(_ c: Unicode.Scalar, from start: Int, to end: Int) {
        folded.append(c)
        foldedStarts.append(Int32(truncatingIfNeeded: start)); foldedEnds.append(Int32(truncatingIfNeeded: end))
    }

    mutating func output(from start: Int32, to end: Int32) {
        starts.append(start); ends.append(end)
    }
}

extension NormalizeStage {
    /// Folding, then transliteration of the words that still hold non-ASCII, in one pass with
    /// one output and one map. ASCII is copied as it is. A non-ASCII scalar that folds to no
    /// letter (a quote, a dash, a no-break space) and a word whose letters fold to themselves
    /// (Arabic, accented Latin) are written out where they stand; anything else is done on the
    /// stretch around it, which nothing outside depends on.
    func normalize(_ s: [Unicode.Scalar]) throws(StageError) -> ([Unicode.Scalar], OffsetMap) {
        let n = s.count
        var next = Self.firstNonASCII(s, from: 0)
        // ASCII text is its own view: shared, not copied.
        if next == n { return (s, .identity(length: n)) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(Self.room(s.count))
        var builder = OffsetMap.Builder()
        // Nothing before `i` depends on what follows: no cluster or folded word crosses it.
        var i = 0
        while i < n {
            if next < i { next = Self.firstNonASCII(s, from: i) }
            if next == n { out.append(contentsOf: s[i...]); builder.copy(n - i); break }
            if !facts.isCombining(s[next]) && (next + 1 == n || !facts.isCombining(s[next + 1])) {
                if try foldSlot(s[next]).pointee.separates {
                    out.append(contentsOf: s[i..<next]); builder.copy(next - i)
                    try appendFolded(s[next], to: &out, &builder)
                    i = next + 1; continue
                }
                if let end = try plainWordEnd(s, from: next) {
                    var start = next
                    while start > i && Self.isWordScalar(s[start - 1]) { start -= 1 }
                    out.append(contentsOf: s[i..<start]); builder.copy(start - i)
                    try appendWord(s[start..<end], to: &out, &builder)
                    i = end; continue
                }
            }
            var start = next, end = next + 1
            while start > i && !Self.isStretchBoundary(s, start) { start -= 1 }
            while end < n && !Self.isStretchBoundary(s, end) { end += 1 }
            out.append(contentsOf: s[i..<start]); builder.copy(start - i)
            try normalizeStretch(s, start..<end, into: &out, &builder)
            i = end
        }
        return (out, builder.build())
    }

    /// The end of the word that goes on from `next` if each of its scalars is ASCII or a
    /// letter on its own that folds to itself, and the scalar after it is ASCII, no letter,
    /// and takes no combining mark; otherwise nil.
    private func plainWordEnd(_ s: [Unicode.Scalar], from next: Int) throws(StageError) -> Int? {
        let n = s.count
        var j = next
        while j < n {
            let c = s[j]
            if c.isASCII {
                if !Self.isWordScalar(c) { break }
            } else {
                let slot = try foldSlot(c)
                guard slot.pointee.isWord && !slot.pointee.isCombining && slot.pointee.fold == .same else { return nil }
            }
            j += 1
        }
        if j + 1 < n && facts.isCombining(s[j + 1]) { return nil }
        return j
    }

    /// A word of letters that fold to themselves, transliterated as a whole.
    private func appendWord(_ word: ArraySlice<Unicode.Scalar>, to out: inout [Unicode.Scalar],
                            _ builder: inout OffsetMap.Builder) throws(StageError) {
        let latin = plan.transliteration == nil ? nil : try transliterate(word)
        if let latin, !latin.elementsEqual(word) {
            out.append(contentsOf: latin)
            builder.replace(source: word.count, derived: latin.count)
        } else {
            out.append(contentsOf: word); builder.copy(word.count)
        }
    }

    /// Whether the text can be cut before `p` (0 < p < count): an ASCII scalar that is no
    /// letter or digit comes before, so it ends any word and folds to itself, and an ASCII
    /// scalar follows, so no combining mark joins the two.
    @inline(__always)
    static func isStretchBoundary(_ s: [Unicode.Scalar], _ p: Int) -> Bool {
        s[p].isASCII && s[p - 1].isASCII && !isWordScalar(s[p - 1])
    }

    /// Folds `range` of `s`, transliterates the words of the result that still hold
    /// non-ASCII, and appends the text to `out` and its map to `builder`.
    private func normalizeStretch(_ s: [Unicode.Scalar], _ range: Range<Int>, into out: inout [Unicode.Scalar],
                                  _ builder: inout OffsetMap.Builder) throws(StageError) {
        scratch.clear()
        try fold(s, range, into: &scratch)
        if plan.transliteration != nil, Self.firstNonASCII(scratch.folded, from: 0) < scratch.folded.count {
            try transliterateWords(into: &out, &scratch)
            builder.append(source: range.count, starts: scratch.starts, ends: scratch.ends)
        } else {
            out.append(contentsOf: scratch.folded)
            builder.append(source: range.count, starts: scratch.foldedStarts, ends: scratch.foldedEnds)
        }
    }

    /// The most combining marks a cluster takes after its first scalar; the marks after them
    /// start clusters of their own. NFKC sorts a cluster's marks by inserting them one by one,
    /// so a letter under N marks of mixed classes cost N² (100,000 took 33 s). Unicode's
    /// stream-safe text format (UAX #15) allows 30 in a row; the corpora never have two.
    static let maxClusterMarks = 30

    /// Typographic folding and NFKC, cluster by cluster (a base and its combining marks).
    private func fold(_ s: [Unicode.Scalar], _ range: Range<Int>, into scratch: inout StretchScratch) throws(StageError) {
        let origin = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            var j = i + 1
            let limit = min(range.upperBound, j + Self.maxClusterMarks)
            while j < limit && facts.isCombining(s[j]) { j += 1 }
            let start = i - origin, end = j - origin
            if j == i + 1 && c.isASCII {
                scratch.fold(c, from: start, to: end)
            } else if j == i + 1 {
                try foldSingle(c, at: start, into: &scratch)
            } else {
                let cluster = Array(s[i..<j])
                let normalized = try nfkc(cluster)
                if normalized == cluster {
                    for k in 0..<cluster.count { scratch.fold(cluster[k], from: start + k, to: start + k + 1) }
                } else {
                    for c in normalized { scratch.fold(c, from: start, to: end) }
                }
            }
            i = j
        }
    }

    /// What a scalar without combining marks becomes; most become themselves or one other
    /// scalar, which the scalar's slot remembers. A scalar that becomes one maps to itself.
    @inline(__always)
    private func foldSingle(_ c: Unicode.Scalar, at start: Int, into scratch: inout StretchScratch) throws(StageError) {
        let slot = try foldSlot(c)
        switch slot.pointee.fold {
        case .same:
            scratch.fold(c, from: start, to: start + 1)
        case .one:
            scratch.fold(Unicode.Scalar(slot.pointee.foldedTo)!, from: start, to: start + 1)
        case .several, .unknown:
            for d in try single(c) { scratch.fold(d, from: start, to: start + 1) }
        }
    }

    /// Copies the folded stretch to `out`, each word holding non-ASCII letters replaced by its
    /// transliteration as a whole, and records each output scalar's source range.
    private func transliterateWords(into out: inout [Unicode.Scalar], _ scratch: inout StretchScratch) throws(StageError) {
        let m = scratch.folded.count
        var i = 0
        while i < m {
            let c = scratch.folded[i]
            guard facts.isWordScalar(c) else { copyFolded(i..<(i + 1), to: &out, &scratch); i += 1; continue }
            var j = i + 1
            while j < m && facts.isWordScalar(scratch.folded[j]) { j += 1 }
            let word = scratch.folded[i..<j]
            guard word.contains(where: { !$0.isASCII }) else { copyFolded(i..<j, to: &out, &scratch); i = j; continue }
            let latin = try transliterate(word)
            if latin.elementsEqual(word) { copyFolded(i..<j, to: &out, &scratch) } else {
                out.append(contentsOf: latin)
                let start = scratch.foldedStarts[i], end = scratch.foldedEnds[j - 1]
                for _ in 0..<latin.count { scratch.output(from: start, to: end) }
            }
            i = j
        }
    }

    private func copyFolded(_ range: Range<Int>, to out: inout [Unicode.Scalar], _ scratch: inout StretchScratch) {
        out.append(contentsOf: scratch.folded[range])
        for k in range { scratch.output(from: scratch.foldedStarts[k], to: scratch.foldedEnds[k]) }
    }
}
