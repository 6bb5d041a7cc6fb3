import ClaimlineCore
import ClaimlineRules

/// Pairs of claims about the same subject that cannot both hold, from the conflict table
/// (alive vs killed; a predicate asserted vs the same predicate negated).
struct ConflictFinder {
    let rules: [ConflictRule]

    func conflicts(_ claims: [Claim]) -> [ClaimConflict] {
        // Claims grouped by subject, so a long document costs pairs within a subject only.
        var groups: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() { if let key = Self.subjectKey(c) { groups[key, default: []].append(i) } }
        var found: [(Int, Int, ConflictRule)] = []
        for members in groups.values where members.count > 1 {
            for (x, i) in members.enumerated() {
                for j in members[(x + 1)...] {
                    guard let rule = rules.first(where: { Self.matches($0, claims[i], claims[j]) || Self.matches($0, claims[j], claims[i]) }) else { continue }
                    found.append((i, j, rule))
                }
            }
        }
        return found.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { i, j, rule in
            ClaimConflict(claims: [claims[i].id, claims[j].id], subject: claims[i].subject?.entity ?? claims[i].subject?.name,
                          reason: "\(rule.id): \(rule.reason)")
        }
    }

    static func subjectKey(_ c: Claim) -> String? {
        guard let s = c.subject else { return nil }
        return s.entity ?? s.name.map(SpeakerResolver.fold)
    }

    static func matches(_ rule: ConflictRule, _ a: Claim, _ b: Claim) -> Bool {
        guard a.polarity.rawValue == rule.first.polarity, b.polarity.rawValue == rule.second.polarity else { return false }
        if rule.first.predicate == "*" || rule.second.predicate == "*" { return a.predicate == b.predicate }
        return a.predicate == rule.first.predicate && b.predicate == rule.second.predicate
    }
}
