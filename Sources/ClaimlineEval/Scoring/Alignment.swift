import ClaimlineCore

/// A one-to-one matching of gold items to system items. Candidate pairs are accepted in
/// order of decreasing score (ties: earlier gold, then earlier system item), each item
/// used at most once, so a duplicate system item finds its gold taken and counts as a
/// false positive. Greedy, not an optimal assignment: with the scores used here
/// (exact span first, then larger overlap) the two rarely differ on real text.
public struct Alignment: Sendable, Equatable {
    public var pairs: [(gold: Int, system: Int)]
    public let goldCount: Int
    public let systemCount: Int

    /// `score(g, s)` is nil for a pair that cannot match, else how good the match is.
    public init(gold goldCount: Int, system systemCount: Int, score: (Int, Int) -> Int?) {
        self.goldCount = goldCount
        self.systemCount = systemCount
        var candidates: [(score: Int, gold: Int, system: Int)] = []
        for g in 0..<goldCount {
            for s in 0..<systemCount {
                if let value = score(g, s) { candidates.append((value, g, s)) }
            }
        }
        candidates.sort { ($0.score, -$0.gold, -$0.system) > ($1.score, -$1.gold, -$1.system) }
        var goldUsed = [Bool](repeating: false, count: goldCount)
        var systemUsed = [Bool](repeating: false, count: systemCount)
        var pairs: [(gold: Int, system: Int)] = []
        for c in candidates where !goldUsed[c.gold] && !systemUsed[c.system] {
            goldUsed[c.gold] = true
            systemUsed[c.system] = true
            pairs.append((c.gold, c.system))
        }
        self.pairs = pairs.sorted { $0.gold < $1.gold }
    }

    public static func == (a: Alignment, b: Alignment) -> Bool {
        a.goldCount == b.goldCount && a.systemCount == b.systemCount
            && a.pairs.map(\.gold) == b.pairs.map(\.gold) && a.pairs.map(\.system) == b.pairs.map(\.system)
    }

    public var score: PRF { PRF(matched: pairs.count, system: systemCount, gold: goldCount) }

    public var unmatchedGold: [Int] {
        let used = Set(pairs.map(\.gold))
        return (0..<goldCount).filter { !used.contains($0) }
    }

    public var unmatchedSystem: [Int] {
        let used = Set(pairs.map(\.system))
        return (0..<systemCount).filter { !used.contains($0) }
    }

    /// The PRF of each label: matches and misses count under the gold item's label,
    /// false positives under the system item's label.
    public func perLabel(gold: (Int) -> String, system: (Int) -> String) -> [String: PRF] {
        var result: [String: PRF] = [:]
        for p in pairs { result[gold(p.gold), default: PRF()].tp += 1 }
        for g in unmatchedGold { result[gold(g), default: PRF()].fn += 1 }
        for s in unmatchedSystem { result[system(s), default: PRF()].fp += 1 }
        return result
    }

    /// Matched pairs that also agree on something more: a PRF whose true positives are those
    /// pairs (as TempEval-3 scores a TIMEX3 attribute over the spans it matched).
    public func agreeing(_ agree: (Int, Int) -> Bool) -> PRF {
        PRF(matched: pairs.filter { agree($0.gold, $0.system) }.count, system: systemCount, gold: goldCount)
    }

    /// Span scores: exact spans score highest, then the longer overlap; no overlap, no pair.
    public static func spanScore(_ gold: ScalarSpan, _ system: ScalarSpan) -> Int? {
        if gold == system { return Int.max / 2 }
        guard gold.overlaps(system) else { return nil }
        return min(gold.end, system.end) - max(gold.start, system.start)
    }
}
