import ClaimlineCore
import ClaimlineRules

/// Pairs of claims about the same subject that cannot both hold, from the conflict table
/// (alive vs killed; a predicate asserted vs the same predicate negated).
struct ConflictFinder {
    let rules: [ConflictRule]

    func conflicts(_ claims: [Claim]) -> [ClaimConflict] {
        var result: [ClaimConflict] = []
        let keys = claims.map(Self.subjectKey)
        for i in claims.indices {
            guard let key = keys[i] else { continue }
            for j in claims.indices where j > i && keys[j] == key {
                guard let rule = rules.first(where: { Self.matches($0, claims[i], claims[j]) || Self.matches($0, claims[j], claims[i]) }) else { continue }
                result.append(ClaimConflict(claims: [claims[i].id, claims[j].id], subject: claims[i].subject?.entity ?? claims[i].subject?.name,
                                            reason: "\(rule.id): \(rule.reason)"))
            }
        }
        return result
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
