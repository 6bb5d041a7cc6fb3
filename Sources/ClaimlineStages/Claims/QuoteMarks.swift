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
    /// A quote-mark token, its family and the paragraph it is in; the lean of its original
    /// glyph, and whether a space (or bracket, dash) stands before and after it: read once
    /// when the mark is found, asked several times while pairing.
    struct Mark {
        var token: Int
        var family: Family
        var paragraph: Int
        var glyph: Glyph
        var spaceBefore: Bool
        var spaceAfter: Bool

        /// Space (or an opening bracket, dash) before the mark, a letter after: it opens.
        var opensByContext: Bool { spaceBefore && !spaceAfter }
        var closesByContext: Bool { !spaceBefore && spaceAfter }
        /// It leans open: by its glyph or by the space before it.
        var leansOpen: Bool { glyph == .opening || (glyph == .neutral && opensByContext) }
    }

    /// The mark at token `t`, `span` in the view `v` (`"` or `'`), `original` its original glyph.
    static func mark(_ t: Int, span: ScalarSpan, original: Unicode.Scalar, paragraph: Int, v: UnsafeBufferPointer<Unicode.Scalar>) -> Mark {
        let before = span.start - 1, after = span.end
        return Mark(token: t, family: family(view: v[span.start], original: original), paragraph: paragraph, glyph: glyph(original),
                    spaceBefore: before < 0 || v[before].isSpace || opensAfter(v[before]),
                    spaceAfter: after == v.count || v[after].isSpace || closesBefore(v[after]))
    }

    /// The paragraphs and marks the tagging pass found (`TokenTags.classifyWords`): for each
    /// token, whether it starts a paragraph; each paragraph's first token; the quote marks in
    /// text order (each knows its paragraph: no per-token paragraph array).
    var paragraphStart: [Bool] { text.paragraphStart }
    var paragraphFirst: [Int] { text.paragraphFirst }
    var marks: [Mark] { text.quoteMarks }

    init(_ text: ClaimsText) {
        self.text = text
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

    static func glyph(_ original: Unicode.Scalar) -> Glyph {
        switch original {
        case "\u{201C}", "\u{AB}", "\u{2018}", "\u{201E}", "\u{201A}", "\u{2039}": return .opening
        case "\u{201D}", "\u{BB}", "\u{2019}", "\u{203A}": return .closing
        default: return .neutral
        }
    }

    /// An opening bracket or a dash: before a mark, it stands for a space.
    private static func opensAfter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "[", "{", "-": return true
        default: return false
        }
    }

    /// Punctuation that follows a closing mark ("…," said), as a space does.
    private static func closesBefore(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", ")", "]", "-": return true
        default: return false
        }
    }

    /// True when the token before the mark ends a clause: the mark most likely closes.
    func afterClausePunctuation(_ t: Int) -> Bool {
        guard t > 0 && text.tokens[t - 1].kind == .punctuation else { return false }
        switch text.scalar(t - 1) {
        case ",", ".", "!", "?", ";": return true
        default: return false
        }
    }
}
