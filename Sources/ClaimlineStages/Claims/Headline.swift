import ClaimlineCore

/// The document's headline: its first line when that line is short, does not end as a
/// sentence or a header does (".", "!", "?", ":", before any closing quote marks) and more
/// text follows; lines of boilerplate before it (an invocation, "In the name of God, the Most
/// Gracious, the Most Merciful") are passed over. Headlines restate the body, so they hold no
/// quotes and no claims.
struct Headline {
    /// The first token of the headline's line.
    let first: Int
    /// The last token of the headline, or -1 when there is none.
    let last: Int

    /// Longest first line, in tokens, still read as a headline.
    static let maxTokens = 30

    init(_ text: ClaimsText) {
        var first = 0
        while first < text.count && text.boilerplate[first] { first += 1 }
        // "[Translated from Arabic]": a note in brackets on a line of its own heads nothing.
        while first < text.count, text.isPunct(first, "["), let close = Self.bracketedLineEnd(text, from: first) {
            first = close + 1
            while first < text.count && text.boilerplate[first] { first += 1 }
        }
        var t = first
        while t - first < Self.maxTokens && t + 1 < text.count && !text.lineBreak(after: t) { t += 1 }
        let isHeadline = t - first < Self.maxTokens && t + 1 < text.count && !Self.endsStatement(text, t)
        self.first = first
        last = isHeadline ? t : -1
    }

    /// The "]" that closes the line opened by the "[" at `open`, if the line ends with it.
    private static func bracketedLineEnd(_ text: ClaimsText, from open: Int) -> Int? {
        var t = open
        while t - open < maxTokens && t + 1 < text.count && !text.lineBreak(after: t) { t += 1 }
        return text.isPunct(t, "]") && text.lineBreak(after: t) ? t : nil
    }

    private static func endsStatement(_ text: ClaimsText, _ last: Int) -> Bool {
        var t = last
        while t > 0 && text.tokens[t].view.length == 1 && closingMarks.contains(text.scalar(t)) { t -= 1 }
        return text.tokens[t].view.length == 1 && enders.contains(text.scalar(t))
    }

    private static let closingMarks: [Unicode.Scalar] = ["\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}"]
    private static let enders: [Unicode.Scalar] = [".", "!", "?", ":"]

    func contains(_ t: Int) -> Bool { t <= last }
}
