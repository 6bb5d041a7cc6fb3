import ClaimlineCore
import ClaimlineRules

extension ClaimFinder {
    /// A denial, confirmation or announcement whose content states no predicate of its own
    /// ("the group denied the report") is a claim of that kind about the first entity in it,
    /// negated when the cue is ("did not confirm …").
    /// Content that names no entity ("denied that account", "announced nothing for two weeks")
    /// says nothing checkable and gives no claim.
    mutating func addCueClaims() {
        // Attributions that already gave a claim, marked once rather than searched for each;
        // marked only on meeting one that implies something, which most documents hold none of.
        var sourced: [Bool] = []
        // Most attributions imply nothing: they are passed over without being copied. A report
        // inside a direct quote is no quote of its own but still gives its claim ("“We announce
        // the union of …”").
        for index in attributions.indices where attributions[index].implies != .neutral
            && (attributions[index].isQuote || insideDirectQuote(index)) {
            if sourced.isEmpty {
                sourced.refill(repeating: false, count: attributions.count)  // not `Array(repeating:count:)`: see `QuoteRecords`
                for case let i? in sources { sourced[i] = true }
            }
            // "denied reports that …": reports of no one named, inside another's, claim nothing.
            if sourced[index] || attributions[index].speaker == nil && attributions[index].parent != nil { continue }
            let a = attributions[index]
            let predicate: String
            switch a.implies {
            case .denial: predicate = "denies"
            case .confirmation: predicate = "confirms"
            case .announcement: predicate = "announces"
            case .neutral, .intention: continue
            }
            let text = self.text
            let subject = (a.first...a.last).first { text.entity[$0] >= 0 }.map { k -> MentionRef in
                let e = text.doc.entities[Int(text.entity[k])]
                return MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text)
            }
            guard !subject.isNone else { continue }
            // The content, as far as a predicate's evidence reaches (`evidence(of:_:_:)`).
            let evidence = text.original(a.first, min(a.last, a.first + 2 * Self.clauseReach))
            claims.append(Claim(id: text.ids.claim(claims.count + 1), speaker: a.speaker?.ref, chain: a.chain, predicate: predicate,
                                polarity: a.cue.map { text.negatesCue($0.lowerBound) } == true ? .negated : .asserted,
                                subject: subject, stance: [], time: nil, evidence: evidence,
                                quote: nil, rule: (a.cueRule ?? "cue") + "+claim.cue_implication"))
            sources.append(index)
        }
    }

    private func insideDirectQuote(_ index: Int) -> Bool {
        attributions[index].parent.map { attributions[$0].direct } ?? false
    }
}
