import ClaimlineCore

/// The attributions that are quotes, as `Quote` annotations in document order (`q1`, `q2`, …).
struct QuoteRecords {
    var quotes: [Quote] = []
    /// Quote id of each attribution, nil for scopes that are not quotes.
    private var ids: [String?]

    init(text: ClaimsText, attributions: [Attribution]) {
        ids = Array(repeating: nil, count: attributions.count)
        let order = attributions.indices.filter { attributions[$0].isQuote }
            .sorted { text.tokens[attributions[$0].first].view.start < text.tokens[attributions[$1].first].view.start }
        for index in order {
            let a = attributions[index]
            let id = "q\(quotes.count + 1)"
            ids[index] = id
            var q = Quote(id: id, span: text.original(a.first, a.last), direct: a.direct,
                          cue: a.cue.map { text.original($0.lowerBound, $0.upperBound) } ?? a.cueSpan, cueRule: a.cueRule,
                          speaker: a.speaker?.ref, speakerRule: a.speaker?.rule, rule: a.rule)
            q.chain = a.chain
            quotes.append(q)
        }
    }

    /// Sets each claim's quote id from the attribution it came from.
    func link(_ claims: [Claim], sources: [Int?]) -> [Claim] {
        var claims = claims
        for i in claims.indices { if let s = sources[i] { claims[i].quote = ids[s] } }
        return claims
    }
}
