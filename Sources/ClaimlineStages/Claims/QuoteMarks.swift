import ClaimlineCore

/// A span of directly quoted words: the marks around it and its content tokens.
struct QuotedSpan {
    /// Tokens of the opening and closing marks; nil when the mark is missing (unclosed, or a
    /// closing mark with no opening one).
    var open: Int?
    var close: Int?
    /// First and last content tokens.
    var first: Int
    var last: Int
    var singleMarks: Bool
}

/// Finds quoted spans from the quote marks of the view, reading each mark's original glyph
/// (curly, guillemet or straight) and its surroundings to tell opening from closing marks.
/// Handles unclosed quotes (closed at the paragraph end), quotes running over paragraphs
/// (each paragraph reopening with a mark), mismatched marks (“ used to close after a comma)
/// and single-quoted spans, nested or British-style.
struct QuoteMarks {
    enum Family { case double, guillemet, single }
    enum Glyph { case opening, closing, neutral }

    let text: ClaimsText
    /// A quote-mark token, its family and the paragraph it is in.
    struct Mark {
        var token: Int
        var family: Family
        var paragraph: Int
    }

    /// For each token, whether it starts a paragraph; each paragraph's first token.
    let paragraphStart: [Bool]
    let paragraphFirst: [Int]
    /// The quote marks, in text order (each knows its paragraph: no per-token paragraph array).
    let marks: [Mark]

    /// The paragraphs and marks the tagging pass found (`TokenTags.classifyWords`).
    init(_ text: ClaimsText) {
        self.text = text
        paragraphStart = text.paragraphStart
        paragraphFirst = text.paragraphFirst
        marks = text.quoteMarks
    }

    /// A blank line, or a line break after a sentence end, colon or quote mark. Out of line:
    /// few tokens follow more than a space, and the walk asking it stays small.
    @inline(never)
    static func breaksParagraph(_ v: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>, before t: Int) -> Bool {
        var i = tokens[t - 1].view.end, breaks = 0
        while i < tokens[t].view.start { if v[i] == "\n" { breaks += 1 }; i += 1 }
        if breaks == 0 { return false }
        if breaks > 1 { return true }
        let p = v[tokens[t - 1].view.start]
        return tokens[t - 1].kind != .word && ".!?:\"')".unicodeScalars.contains(p)
    }

    func find() -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        guard !marks.isEmpty else { return spans }
        spans.reserveCapacity(marks.count / 2 + 2)
        pair(.double, into: &spans); pair(.guillemet, into: &spans); pair(.single, into: &spans)
        spans.sort { ($0.first, -$0.last) < ($1.first, -$1.last) }
        return spans
    }

    // MARK: marks

    /// The family of a quote mark, `"` or `'` in the view, from its original glyph.
    static func family(view c: Unicode.Scalar, original o: Unicode.Scalar) -> Family {
        switch o {
        case "\u{AB}", "\u{BB}": return .guillemet
        case "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{2039}", "\u{203A}", "`", "\u{2032}": return .single
        default: return c == "'" ? .single : .double
        }
    }

    func glyph(_ t: Int) -> Glyph {
        switch text.doc.scalars[text.original(t, t).start] {
        case "\u{201C}", "\u{AB}", "\u{2018}", "\u{201E}", "\u{201A}", "\u{2039}": return .opening
        case "\u{201D}", "\u{BB}", "\u{2019}", "\u{203A}": return .closing
        default: return .neutral
        }
    }

    /// Space (or an opening bracket, dash) before the mark, a letter after: it opens.
    func opensByContext(_ t: Int) -> Bool { spaceBefore(t) && !spaceAfter(t) }
    func closesByContext(_ t: Int) -> Bool { !spaceBefore(t) && spaceAfter(t) }

    private func spaceBefore(_ t: Int) -> Bool {
        let i = text.tokens[t].view.start
        return i == 0 || text.v[i - 1].isSpace || "([{-".unicodeScalars.contains(text.v[i - 1])
    }

    private func spaceAfter(_ t: Int) -> Bool {
        let i = text.tokens[t].view.end
        return i == text.v.count || text.v[i].isSpace || ".,;:!?)]-".unicodeScalars.contains(text.v[i])
    }

    /// True when the token before the mark ends a clause: the mark most likely closes.
    func afterClausePunctuation(_ t: Int) -> Bool {
        t > 0 && text.tokens[t - 1].kind == .punctuation && ",.!?;".unicodeScalars.contains(text.scalar(t - 1))
    }
}
