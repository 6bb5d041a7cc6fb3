import ClaimlineCore
import ClaimlineRules

/// One document as the claims stage reads it: the view's tokens, each tagged once with the
/// cue, predicate and marker phrases that start at it, the entity mention and date that
/// cover it, and its sentence. Built in one pass; every later step reads these arrays.
struct ClaimsText {
    let doc: Document
    let tables: ClaimTables
    let v: [Unicode.Scalar]
    let tokens: [Token]
    var hashes: [UInt64]
    /// Longest phrase starting at each token: row index, or -1; and its length in tokens.
    var cue: [Int32], cueLength: [UInt8]
    var predicate: [Int32], predicateLength: [UInt8]
    var marker: [Int32], markerLength: [UInt8]
    /// Index in `doc.entities` / `doc.dates` of the mention covering each token, or -1.
    var entity: [Int32]
    var date: [Int32]
    var sentence: [Int32]
    /// Tokens inside boilerplate regions.
    var boilerplate: [Bool]

    init(_ doc: Document, tables: ClaimTables) {
        self.doc = doc
        self.tables = tables
        v = doc.view.scalars
        tokens = doc.tokens
        let n = tokens.count
        hashes = [UInt64](repeating: 0, count: n)
        cue = [Int32](repeating: -1, count: n); cueLength = [UInt8](repeating: 0, count: n)
        predicate = cue; predicateLength = cueLength
        marker = cue; markerLength = cueLength
        entity = cue; date = cue; sentence = cue
        boilerplate = [Bool](repeating: false, count: n)
        for i in 0..<n { hashes[i] = TokenHash.of(v, tokens[i].view.start, tokens[i].view.end) }
        for i in 0..<n { tagPhrases(at: i) }
        coverTokens()
    }

    private mutating func tagPhrases(at i: Int) {
        if let m = tables.cueIndex.longest(at: i, in: hashes) { cue[i] = Int32(m.row); cueLength[i] = UInt8(min(m.length, 255)) }
        if let m = tables.predicateIndex.longest(at: i, in: hashes) { predicate[i] = Int32(m.row); predicateLength[i] = UInt8(min(m.length, 255)) }
        if let m = tables.markerIndex.longest(at: i, in: hashes) { marker[i] = Int32(m.row); markerLength[i] = UInt8(min(m.length, 255)) }
    }

    /// Marks each token with its sentence, entity mention, date and boilerplate flag (spans sorted).
    private mutating func coverTokens() {
        for (s, sent) in doc.sentences.enumerated() {
            for t in sent.firstToken..<(sent.firstToken + sent.tokenCount) where t < tokens.count { sentence[t] = Int32(s) }
        }
        for (k, e) in doc.entities.enumerated() { mark(&entity, view: doc.view.map.toDerived(e.span), value: k) }
        for (k, d) in doc.dates.enumerated() { mark(&date, view: doc.view.map.toDerived(d.span), value: k) }
        for r in doc.regions where r.kind == .boilerplate {
            let span = doc.view.map.toDerived(r.span)
            var t = firstToken(atOrAfter: span.start)
            while t < tokens.count && tokens[t].view.start < span.end { boilerplate[t] = true; t += 1 }
        }
    }

    private func mark(_ array: inout [Int32], view span: ScalarSpan, value: Int) {
        var t = firstToken(atOrAfter: span.start)
        while t < tokens.count && tokens[t].view.end <= span.end {
            if array[t] < 0 { array[t] = Int32(value) }
            t += 1
        }
    }

    /// Index of the first token starting at or after a view offset (binary search).
    func firstToken(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].view.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    var count: Int { tokens.count }

    // MARK: token tests

    func scalar(_ t: Int) -> Unicode.Scalar { v[tokens[t].view.start] }
    func isPunct(_ t: Int, _ c: Unicode.Scalar) -> Bool { tokens[t].view.length == 1 && scalar(t) == c }
    func isWord(_ t: Int) -> Bool { tokens[t].kind == .word || tokens[t].kind == .number }
    func isCapitalised(_ t: Int) -> Bool {
        guard tokens[t].kind == .word else { return false }
        let c = scalar(t)
        return c.isASCII ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }
    func isSentenceEnd(_ t: Int) -> Bool {
        tokens[t].view.length == 1 && (scalar(t) == "." || scalar(t) == "!" || scalar(t) == "?")
    }

    func markerKind(_ t: Int) -> MarkerKind? { marker[t] >= 0 ? tables.markers[Int(marker[t])].kind : nil }
    func cueRule(_ t: Int) -> CueRule? { cue[t] >= 0 ? tables.cues[Int(cue[t])] : nil }

    /// True when the whitespace between tokens `a` and `a + 1` holds a line break.
    func lineBreak(after a: Int) -> Bool {
        guard a + 1 < tokens.count else { return true }
        var i = tokens[a].view.end
        while i < tokens[a + 1].view.start { if v[i] == "\n" { return true }; i += 1 }
        return false
    }

    /// The original span of a dash standing as a word between tokens `a` and `a + 1`
    /// ("… claimed) – Stressing"), also where normalisation left the dash out of the view.
    func dashGap(after a: Int) -> ScalarSpan? {
        guard a >= 0, a + 1 < tokens.count else { return nil }
        let from = original(a, a).end, to = original(a + 1, a + 1).start
        guard from < to else { return nil }
        for i in from..<to where doc.scalars[i] == "\u{2014}" || doc.scalars[i] == "\u{2013}" || doc.scalars[i] == "\u{2015}"
            || (doc.scalars[i] == "-" && (i == from || doc.scalars[i - 1].properties.isWhitespace)) {
            return ScalarSpan(i, i + 1)
        }
        return nil
    }

    // MARK: spans

    /// The original span of tokens `a...b`.
    func original(_ a: Int, _ b: Int) -> ScalarSpan {
        doc.view.original(ScalarSpan(tokens[a].view.start, tokens[b].view.end))
    }
    func original(view span: ScalarSpan) -> ScalarSpan { doc.view.original(span) }
    func text(_ a: Int, _ b: Int) -> String { doc.view.string(ScalarSpan(tokens[a].view.start, tokens[b].view.end)) }

    /// The sentence token range holding token `t` (the token alone if it has no sentence).
    func sentenceRange(_ t: Int) -> ClosedRange<Int> {
        let s = Int(sentence[t])
        guard s >= 0 else { return t...t }
        let sent = doc.sentences[s]
        return sent.firstToken...(sent.firstToken + max(sent.tokenCount, 1) - 1)
    }
}
