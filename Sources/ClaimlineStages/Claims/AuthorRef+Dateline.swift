import ClaimlineCore

extension AuthorRef {
    /// Tokens before a dateline's parenthesis at most ("ISTANBUL, Turkey", "BAMAKO, Jan. 12").
    static let datelineLead = 8

    /// "MOSCOW (AP)_ …", "ISTANBUL, Turkey (AP) — …", "BAMAKO, Jan 12 (Reuters) - …": the news
    /// agency named in parentheses right after the place that opens the text, before a dash.
    /// The place starts with a capital and holds no sentence end; "The Islamic State (IS)
    /// claimed" is no dateline (no dash follows). `dash`: where `datelineDash` found its end.
    static func dateline(_ text: ClaimsText, dash: Int) -> MentionRef? {
        let e = text.entity[dash - 2]
        guard e >= 0 else { return nil }
        return text.doc.entities.withUnsafeBufferPointer { entities in
            guard entities[Int(e)].isOrganisation else { return nil }
            return MentionRef(span: entities[Int(e)].span, entity: entities[Int(e)].entity,
                              name: entities[Int(e)].name ?? entities[Int(e)].text, role: "author")
        }
    }

    /// The token of the dash that ends such a dateline (of an agency the tables know, or a word or two) at the
    /// start of the text or of the line after its headline: what the first sentence reports
    /// starts after it.
    static func datelineDash(_ text: ClaimsText) -> Int? {
        if let dash = datelineDash(text, from: 0) { return dash }
        let headline = text.headline
        return headline.last >= 0 ? datelineDash(text, from: headline.last + 1) : nil
    }

    private static func datelineDash(_ text: ClaimsText, from start: Int) -> Int? {
        var open = start
        while open < text.count && open - start <= datelineLead && !text.isPunct(open, "(") {
            if text.isSentenceEnd(open) && text.date[open] < 0 || text.lineBreak(after: open) { return nil }
            open += 1
        }
        guard open > start, open - start <= datelineLead, start < text.count, text.isCapitalised(start), open + 3 < text.count else { return nil }
        // The agency the tables know, or one or two words of its own ("Beirut (dpa) -").
        let e = text.entity[open + 1]
        var close = open + 1
        if e >= 0 {
            while close < text.count && text.entity[close] == e { close += 1 }
        } else {
            while close < text.count && close - open <= 2 && text.isWord(close) { close += 1 }
        }
        guard close + 1 < text.count, text.isPunct(close, ")"), datelineDashes.contains(text.scalar(close + 1)),
              text.tokens[close + 1].view.length == 1 else { return nil }
        return close + 1
    }

    private static let datelineDashes: Set<Unicode.Scalar> = ["-", "_", "\u{2013}", "\u{2014}", ":"]
}
