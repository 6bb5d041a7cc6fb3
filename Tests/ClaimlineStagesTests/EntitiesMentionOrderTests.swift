import ClaimlineRules
@testable import ClaimlineStages
import Testing

/// Mentions are written in text order, longer first at one start, and equal spans keep the
/// order the passes found them in: `sortMentions` must give what a stable sort gives, for
/// the few sorted runs the passes make and for lists far from sorted.
@Suite struct EntitiesMentionOrderTests {
    /// Candidates over parts one scalar apart, `runs` runs of `count` each, tagged by their
    /// index so that equal spans can be told apart.
    static func scan(runs: Int, count: Int, seed: UInt64) -> NameScan {
        var scan = NameScan()
        scan.parts = (0..<64).map { NamePart(start: Int32($0), end: Int32($0 + 1), hash: 0) }
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        for _ in 0..<runs {
            var firsts = (0..<count).map { _ in next(60) }
            firsts.sort()
            for first in firsts {
                let tag = Int32(scan.mentions.count)
                scan.mentions.append(Candidate(first: first, last: first + next(3), scan: scan, entry: tag, rule: .form(tag)))
            }
        }
        return scan
    }

    @Test("as a stable sort, for sorted runs and for lists far from sorted", arguments: [(1, 30), (3, 10), (4, 40), (60, 5), (200, 3)])
    func asStableSort(runs: Int, count: Int) {
        for seed in 1...20 {
            var scan = Self.scan(runs: runs, count: count, seed: UInt64(seed))
            var expected = scan.mentions
            expected.sort { $0.viewStart != $1.viewStart ? $0.viewStart < $1.viewStart : $0.viewEnd > $1.viewEnd }
            scan.sortMentions()
            #expect(scan.mentions.map(\.entry) == expected.map(\.entry))
        }
    }
}
