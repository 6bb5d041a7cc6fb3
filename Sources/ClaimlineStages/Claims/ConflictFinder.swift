import ClaimlineCore
import ClaimlineRules

/// Pairs of claims about the same subject that cannot both hold, from the conflict table
/// (alive vs killed; a predicate asserted vs the same predicate negated).
struct ConflictFinder {
    let rules: [ConflictRule]

    func conflicts(_ claims: [Claim]) -> [ClaimConflict] {
        guard claims.count > 1 else { return [] }  // a pair needs two claims
        // Claims grouped by subject, so a long document costs pairs within a subject only.
        var groups: [String: [Int]] = [:]
        groups.reserveCapacity(claims.count)
        for i in claims.indices { if let key = Self.subjectKey(claims[i].subject) { groups[key, default: []].append(i) } }
        guard groups.count < claims.count else { return [] }  // every subject once: no pair
        // The readings alone, so that trying the rules copies no claim.
        let readings = claims.map { Reading(predicate: $0.predicate, polarity: $0.polarity.rawValue) }
        var found: [(Int, Int, ConflictRule)] = []
        for members in groups.values where members.count > 1 {
            for (x, i) in members.enumerated() {
                for j in members[(x + 1)...] {
                    let a = readings[i], b = readings[j]
                    guard let rule = rules.first(where: { Self.matches($0, a, b) || Self.matches($0, b, a) }) else { continue }
                    found.append((i, j, rule))
                }
            }
        }
        return found.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { i, j, rule in
            ClaimConflict(claims: [claims[i].id, claims[j].id], subject: claims[i].subject?.entity ?? claims[i].subject?.name,
                          reason: "\(rule.id): \(rule.reason)")
        }
    }

    static func subjectKey(_ subject: MentionRef?) -> String? {
        guard let s = subject else { return nil }
        return s.entity ?? s.name.map(SpeakerResolver.fold)
    }

    struct Reading {
        var predicate: String
        var polarity: String
    }

    static func matches(_ rule: ConflictRule, _ a: Reading, _ b: Reading) -> Bool {
        guard a.polarity == rule.first.polarity, b.polarity == rule.second.polarity else { return false }
        if rule.first.predicate == "*" || rule.second.predicate == "*" { return a.predicate == b.predicate }
        return a.predicate == rule.first.predicate && b.predicate == rule.second.predicate
    }
}
