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
        return text.doc.entities.withUnsafeBufferPointer { entities in
            guard entities[Int(e)].isOrganisation else { return nil }
            return MentionRef(span: entities[Int(e)].span, entity: entities[Int(e)].entity,
                              name: entities[Int(e)].name ?? entities[Int(e)].text, role: "author")
        }
    }

    /// The token of the dash that ends such a dateline (of any agency the tables know) at the
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
            if text.isSentenceEnd(open) || text.lineBreak(after: open) { return nil }
            open += 1
        }
        guard open > start, open - start <= datelineLead, start < text.count, text.isCapitalised(start), open + 3 < text.count else { return nil }
        let e = text.entity[open + 1]
        guard e >= 0 else { return nil }
        var close = open + 1
        while close < text.count && text.entity[close] == e { close += 1 }
        guard close + 1 < text.count, text.isPunct(close, ")"), datelineDashes.contains(text.scalar(close + 1)),
              text.tokens[close + 1].view.length == 1 else { return nil }
        return close + 1
    }

    private static let datelineDashes: Set<Unicode.Scalar> = ["-", "_", "\u{2013}", "\u{2014}", ":"]
}
