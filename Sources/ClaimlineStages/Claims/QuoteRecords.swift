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
        quotes.reserveCapacity(order.count)
        for index in order {
            let id = "q" + String(quotes.count + 1)
            ids[index] = id
            // Fields read one by one: an attribution is never copied whole.
            let cue = attributions[index].cue.map { text.original($0.lowerBound, $0.upperBound) } ?? attributions[index].cueSpan
            var q = Quote(id: id, span: text.original(attributions[index].first, attributions[index].last), direct: attributions[index].direct,
                          cue: cue, cueRule: attributions[index].cueRule, speaker: attributions[index].speaker?.ref,
                          speakerRule: attributions[index].speaker?.rule, rule: attributions[index].rule)
            q.chain = attributions[index].chain
            quotes.append(q)
        }
    }

    /// Sets each claim's quote id from the attribution it came from.
    func link(_ claims: inout [Claim], sources: [Int?]) {
        for i in claims.indices { if let s = sources[i] { claims[i].quote = ids[s] } }
    }
}
