import ClaimlineCore

extension AuthorRef {
    /// Lines of the header searched for a byline, and tokens at most.
    static let bylineLines = 4
    static let bylineTokens = 80

    /// "Posted on 20 June 2014 by Anne-Laure Mbaye", "By Thomas Jourdan | March 3", "by the
    /// Desert Dispatch team", "By Sahel Desk – 14.05.2018": the capitalised name after "by" in
    /// the header. An entity mention there gives its entity; any other name of two words or more
    /// is the author with a null entity. Lower-case handles ("by sahelwatch") name no one.
    static func byline(_ text: ClaimsText) -> MentionRef? {
        let the = text.words.the
        var from = 0, lines = 0
        while let (t, linesBefore) = nextBy(text, from: from, lines: lines) {
            var first = t + 1
            if text.isWord(first, the) && first + 1 < text.count { first += 1 }
            if startsByline(t, text), let ref = name(from: first, text) { return ref }
            lines = linesBefore + (text.lineBreak(after: t) ? 1 : 0)
            from = t + 1
        }
        return nil
    }

    /// The next "by" of the header from token `from` on, `lines` line breaks having been passed,
    /// and the line breaks passed before it. The header is read through buffers: it is walked
    /// for every document, and most have no byline.
    private static func nextBy(_ text: ClaimsText, from: Int, lines: Int) -> (Int, Int)? {
        let by = text.words.by
        return text.hashes.withUnsafeBufferPointer { hashes in
        text.tokens.withUnsafeBufferPointer { tokens in
        text.v.withUnsafeBufferPointer { v in
            var t = from, lines = lines
            while t + 1 < tokens.count && t < bylineTokens && lines < bylineLines {
                if hashes[t] == by { return (t, lines) }
                var i = tokens[t].view.end
                while i < tokens[t + 1].view.start { if v[i] == "\n" { lines += 1; break }; i += 1 }
                t += 1
            }
            return nil
        }}}
    }

    /// Words before a byline's "by" on its line at most ("Posted on 20 June 2014 by").
    static let bylineLead = 8

    /// True when the "by" at `t` can open a byline: few words before it on its line and no
    /// sentence end or quote mark among them (not "“… He was not killed by the French"), and
    /// right before it the line's start, a number or a mark ("Posted on 20 June 2014 by",
    /// "– by"), a word of publishing ("Posted by", "Story by") or, in a headline, a word for
    /// statements ("Tessalit: new claims by MNLA"): not another verb or noun ("The attack was
    /// claimed by the Islamic State", "A statement by the ministry described …").
    private static func startsByline(_ t: Int, _ text: ClaimsText) -> Bool {
        if t > 0, !text.lineBreak(after: t - 1), text.tokens[t - 1].kind == .word, !publishing.contains(text.hashes[t - 1]),
           !(text.headline.contains(t) && (text.cue[t - 1] >= 0 || text.markerKind(t - 1) == .utterance)) { return false }
        var k = t - 1
        while k >= 0 && !text.lineBreak(after: k) {
            if t - k > bylineLead || text.isSentenceEnd(k) || text.flags[k].contains(.quoteMark) { return false }
            k -= 1
        }
        return true
    }

    private static func name(from first: Int, _ text: ClaimsText) -> MentionRef? {
        var last = first - 1
        while last + 1 < text.count && text.isCapitalised(last + 1) {
            last += 1
            if text.lineBreak(after: last) { break }
        }
        guard last >= first else { return nil }
        let span = text.original(first, last)
        // An entity mention that is the whole name ("By Sahel Desk" holds the place "Sahel").
        if text.entity[first] >= 0 && text.entity[last] == text.entity[first]
            && (last + 1 >= text.count || text.entity[last + 1] != text.entity[first]) {
            let e = text.doc.entities[Int(text.entity[first])]
            if let id = e.entity { return MentionRef(span: e.span, entity: id, name: e.name ?? e.text, role: "author") }
        }
        // A name the entity tables do not know keeps a null entity: ids are canonical or absent.
        let name = text.text(first, last)
        guard NameKey(name: name).hasSeveralWords else { return nil }
        return MentionRef(span: span, entity: nil, name: name, role: "author")
    }

    /// Words a byline's "by" may follow.
    static let publishing: [UInt64] = ["posted", "published", "written", "edited", "compiled", "translated", "reported", "filed",
                                       "updated", "submitted", "story", "report", "article", "analysis", "words", "photos", "text",
                                       "translation", "commentary"].map(FunctionWords.hash)
}
