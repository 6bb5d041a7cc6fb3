import ClaimlineCore

/// The attributions that are quotes, as `Quote` annotations in document order (`q1`, `q2`, …).
struct QuoteRecords {
    var quotes: [Quote] = []
    /// Index in `quotes` of each attribution's quote, -1 for scopes that are not quotes.
    private var quoteIndex: [Int32]

    /// Takes the chains and rule ids of the attributions that are quotes: they are read no
    /// more, and a moved string or array is neither retained nor released.
    init(text: ClaimsText, attributions: inout [Attribution]) {
        // Refilled from empty: `Array(repeating:count:)` looked up the array's generic
        // metadata at run time on every call, which cost more than the array.
        quoteIndex = []
        quoteIndex.refill(repeating: -1, count: attributions.count)
        var order: [Int] = []
        order.reserveCapacity(attributions.count)
        for i in attributions.indices where attributions[i].isQuote { order.append(i) }
        order.sort { text.tokens[attributions[$0].first].view.start < text.tokens[attributions[$1].first].view.start }
        quotes.reserveCapacity(order.count)
        for index in order {
            quoteIndex[index] = Int32(quotes.count)
            // Fields read one by one: an attribution is never copied whole.
            let (first, last) = (attributions[index].first, attributions[index].last)
            let content = first <= last ? first...last : nil
            let speakerEnd = attributions[index].speaker?.ref.span.end ?? 0
            let cue = attributions[index].cue.map { verbGroup($0, outside: content, after: speakerEnd, text) } ?? attributions[index].cueSpan
            var cueRule: String? = nil, rule = ""
            swap(&cueRule, &attributions[index].cueRule)
            swap(&rule, &attributions[index].rule)
            let tokens = attributions[index].marked ?? attributions[index].first...attributions[index].last
            quotes.append(Quote(id: text.ids.quote(quotes.count + 1), span: text.original(tokens.lowerBound, tokens.upperBound),
                                direct: attributions[index].direct, cue: cue, cueRule: consume cueRule,
                                speaker: attributions[index].speaker?.ref, speakerRule: attributions[index].speaker?.rule,
                                rule: consume rule))
            // Swapped in place: the quote is not copied again.
            swap(&quotes[quotes.count - 1].chain, &attributions[index].chain)
        }
    }

    /// The cue's span with the auxiliaries and adverbs before it that make one verb group with
    /// it ("has also said", "is warning", "repeatedly denied"), as PolNeAR marks cues; never
    /// over the speaker (ending at scalar `speakerEnd`) or the content's tokens. Given those,
    /// not the attribution: an attribution passed out of its array was copied whole.
    private func verbGroup(_ cue: ClosedRange<Int>, outside content: ClosedRange<Int>?, after speakerEnd: Int,
                           _ text: ClaimsText) -> ScalarSpan {
        let reader = PhraseReader(text: text)
        // "is warning", not "There are reports": a form of "be" only before a participle.
        let participle = text.endsInIng(cue.lowerBound)
        var first = cue.lowerBound
        while first > 0, content?.contains(first - 1) != true, text.originals[first - 1].start >= speakerEnd,
              text.markerKind(first - 1) == .adverb || (participle && text.markerKind(first - 1) == .auxiliary)
                || reader.mannerAdverb(first - 1, floor: 0) {
            first -= 1
        }
        return text.original(first, cue.upperBound)
    }

    /// Sets each claim's quote id from the attribution it came from.
    func link(_ claims: inout [Claim], sources: [Int?]) {
        for i in claims.indices {
            if let s = sources[i] { claims[i].quote = quoteIndex[s] >= 0 ? quotes[Int(quoteIndex[s])].id : nil }
        }
    }
}
