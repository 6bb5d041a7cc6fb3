import ClaimlineCore
import ClaimlineRules

/// Pairs of claims about the same subject that cannot both hold, from the conflict table
/// (alive vs killed; a predicate asserted vs the same predicate negated).
///
/// Each claim is paired with the `window` claims about its subject before it, not with all
/// of them: a long document with hundreds of claims about one subject would otherwise list
/// the square of that many pairs. Such a subject gets a warning saying so.
struct ConflictFinder {
    let rules: [ConflictRule]
    var window = 16

    struct Found {
        var conflicts: [ClaimConflict] = []
        var warnings: [Warning] = []
    }

    func conflicts(_ claims: [Claim]) -> Found {
        guard claims.count > 1 else { return Found() }  // a pair needs two claims
        // Claims ordered by subject, so a long document costs pairs within a subject only.
        let keyed = Self.bySubject(claims)
        guard zip(keyed, keyed.dropFirst()).contains(where: { $0.key == $1.key }) else { return Found() }  // no subject twice
        // The readings alone, so that trying the rules copies no claim.
        let readings = claims.map { Reading(predicate: $0.predicate, polarity: $0.polarity.rawValue) }
        var found: [(Int, Int, ConflictRule)] = []
        var result = Found()
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count && keyed[end].key == keyed[start].key { end += 1 }
            for x in start..<end {
                for y in (x + 1)..<min(end, x + 1 + window) {
                    let i = keyed[x].index, j = keyed[y].index, a = readings[i], b = readings[j]
                    guard let rule = rules.first(where: { Self.matches($0, a, b) || Self.matches($0, b, a) }) else { continue }
                    found.append((i, j, rule))
                }
            }
            if end - start > window + 1 {
                let claim = claims[keyed[start].index]
                result.warnings.append(Warning(code: "conflicts.window",
                    message: "\(end - start) claims about \(Self.subject(claim) ?? "one subject"): each is checked for conflicts with the \(window) before it only",
                    span: claim.subject?.span))
            }
            start = end
        }
        result.conflicts = found.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { i, j, rule in
            ClaimConflict(claims: [claims[i].id, claims[j].id], subject: Self.subject(claims[i]), reason: "\(rule.id): \(rule.reason)")
        }
        return result
    }

    static func subject(_ claim: Claim) -> String? { claim.subject?.entity ?? claim.subject?.name }

    /// A claim's subject key and its index in the claims.
    struct Keyed {
        let key: SpeakerKey
        let index: Int
    }

    /// The claims that have a subject, ordered by subject key and then by position: the claims
    /// about one subject form a run, in document order (a sort, not a dictionary of arrays,
    /// which cost more for the few claims of a document).
    static func bySubject(_ claims: [Claim]) -> [Keyed] {
        var keyed: [Keyed] = []
        keyed.reserveCapacity(claims.count)
        // Read through the buffer, field by field: indexing the array copied each claim, and
        // binding the subject copied its mention (three strings) for the two read.
        claims.withUnsafeBufferPointer { claims in
            for i in claims.indices {
                if let key = SpeakerKey(entity: claims[i].subject?.entity, name: claims[i].subject?.name) {
                    keyed.append(Keyed(key: key, index: i))
                }
            }
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        return keyed
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
