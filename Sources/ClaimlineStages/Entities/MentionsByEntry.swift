/// The mentions of each entry, for the role pass's questions about the whole document ("is
/// this person named?", "the last mention of him before here"): built once per document
/// on first need, so each question is a binary search, not a walk over every mention.
///
/// Mentions must be in text order and cover disjoint parts (as after the stage's sort):
/// then within one entry both the index and `last` grow together.
struct MentionsByEntry {
    /// (entry, mention index) of every mention with an entry, sorted.
    private let pairs: [(entry: Int32, mention: Int32)]
    private let lasts: [Int]

    init(_ mentions: [Candidate]) {
        var pairs: [(entry: Int32, mention: Int32)] = []
        pairs.reserveCapacity(mentions.count)
        for (m, c) in mentions.enumerated() where c.entry >= 0 { pairs.append((c.entry, Int32(m))) }
        pairs.sort { $0.entry != $1.entry ? $0.entry < $1.entry : $0.mention < $1.mention }
        self.pairs = pairs
        self.lasts = mentions.map(\.last)
    }

    func contains(_ entry: Int32) -> Bool { first(entry) != nil }

    /// The first mention of `entry` in the text.
    func first(_ entry: Int32) -> Int32? {
        let k = lowerBound { $0.entry < entry }
        return k < pairs.count && pairs[k].entry == entry ? pairs[k].mention : nil
    }

    /// The last mention of `entry` whose last part comes before part `part`.
    func last(_ entry: Int32, endingBefore part: Int) -> Int32? {
        let k = lowerBound { $0.entry < entry || ($0.entry == entry && lasts[Int($0.mention)] < part) }
        return k > 0 && pairs[k - 1].entry == entry ? pairs[k - 1].mention : nil
    }

    /// The first pair for which `isBefore` is false (`pairs` is partitioned by it).
    private func lowerBound(_ isBefore: ((entry: Int32, mention: Int32)) -> Bool) -> Int {
        var lo = 0, hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isBefore(pairs[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
