/// Claims, matched per document. How:
/// - `claims.tuple`: a system claim is a true positive when an unmatched gold claim of the
///   same document has the same tuple: speaker, predicate, polarity, subject and time value.
///   Speakers and subjects agree when they name the same canonical entity, or, for a gold
///   mention with no canonical id, when the mentions overlap; a missing speaker, subject or
///   time agrees only with a missing one. Offsets play no part: a claim stated twice in gold
///   must be found twice.
/// - `claims.aligned`: claims paired one-to-one by place: the system claim's evidence span
///   must overlap the gold claim's trigger; among candidates, the pair agreeing on more
///   fields wins, then the larger overlap.
/// - `claims.<field>`: over those aligned pairs, a true positive is a pair that agrees on
///   the field; every other system claim is a false positive and every other gold claim a
///   false negative, so field scores never exceed `claims.aligned`.
enum ClaimScorer {
    enum Field: CaseIterable {
        case speaker, predicate, polarity, subject, time

        var metric: Metric {
            switch self {
            case .speaker: .claimSpeaker
            case .predicate: .claimPredicate
            case .polarity: .claimPolarity
            case .subject: .claimSubject
            case .time: .claimTime
            }
        }

        func agrees(gold g: EvalClaim, system s: EvalClaim) -> Bool {
            switch self {
            case .speaker: ClaimScorer.agrees(gold: g.speaker, system: s.speaker)
            case .predicate: g.predicate == s.predicate
            case .polarity: g.polarity == s.polarity
            case .subject: ClaimScorer.agrees(gold: g.subject, system: s.subject)
            case .time: g.time == s.time
            }
        }
    }

    static func agrees(gold: EvalRef?, system: EvalRef?) -> Bool {
        guard let gold else { return system == nil }
        return system?.matches(gold: gold) ?? false
    }

    static func agreement(_ g: EvalClaim, _ s: EvalClaim) -> Int {
        Field.allCases.filter { $0.agrees(gold: g, system: s) }.count
    }

    static func score(gold g: [EvalClaim], system s: [EvalClaim], document: String,
                      into sheet: inout ScoreSheet, diff: inout [DiffEntry]) {
        let tuple = Alignment(gold: g.count, system: s.count) { i, j in agreement(g[i], s[j]) == Field.allCases.count ? 1 : nil }
        sheet.add(.claimTuple, tuple.score)
        for (label, score) in tuple.perLabel(gold: { g[$0].predicate }, system: { s[$0].predicate }) {
            sheet.add(.claimTuple, label: label, score)
        }
        let aligned = Alignment(gold: g.count, system: s.count) { i, j in
            guard let overlap = Alignment.spanScore(g[i].anchor, s[j].anchor) else { return nil }
            return agreement(g[i], s[j]) * 1_000_000 + min(overlap, 999_999)
        }
        sheet.add(.claimAligned, aligned.score)
        for field in Field.allCases {
            sheet.add(field.metric, aligned.agreeing { field.agrees(gold: g[$0], system: s[$1]) })
        }
        addDiff(gold: g, system: s, tuple: tuple, aligned: aligned, document: document, into: &diff)
    }

    /// Claims whose tuple found no partner, each with the claim it was aligned with, if any.
    private static func addDiff(gold g: [EvalClaim], system s: [EvalClaim], tuple: Alignment, aligned: Alignment,
                                document: String, into diff: inout [DiffEntry]) {
        let systemOf = Dictionary(uniqueKeysWithValues: aligned.pairs.map { ($0.gold, $0.system) })
        let goldOf = Dictionary(uniqueKeysWithValues: aligned.pairs.map { ($0.system, $0.gold) })
        for i in tuple.unmatchedGold {
            let near = systemOf[i].map { s[$0] }
            diff.append(DiffEntry(document: document, layer: "claim", kind: near == nil ? .falseNegative : .mismatch,
                                  span: g[i].anchor, text: g[i].text, label: g[i].tupleLabel, rule: near?.rule,
                                  note: near.map { "system: " + $0.tupleLabel }))
        }
        for j in tuple.unmatchedSystem where goldOf[j] == nil {
            diff.append(DiffEntry(document: document, layer: "claim", kind: .falsePositive, span: s[j].anchor,
                                  text: s[j].text, label: s[j].tupleLabel, rule: s[j].rule))
        }
    }
}
