import ClaimlineCore
import ClaimlineRules

/// One document as the claims stage reads it: the view's tokens, each tagged once with the
/// cue, predicate and marker phrases that start at it, the entity mention and date that
/// cover it, and its sentence. Built in one pass; every later step reads these arrays.
final class ClaimsText {
    let doc: Document
    let tables: ClaimTables
    let words: FunctionWords
    let v: [Unicode.Scalar]
    let tokens: [Token]
    let hashes: [UInt64]
    /// Longest phrase starting at each token: row index, or -1; and its length in tokens.
    let cue: [Int32], cueLength: [UInt8]
    let predicate: [Int32], predicateLength: [UInt8]
    let marker: [Int32], markerLength: [UInt8]
    /// The kind of the marker starting at each token (read very often, so stored directly).
    let markerKinds: [MarkerKind?]
    /// The kind of the cue starting at each token.
    let cueKinds: [CueKind?]
    /// Index in `doc.entities` / `doc.dates` of the mention covering each token, or -1.
    let entity: [Int32]
    let date: [Int32]
    let sentence: [Int32]
    /// Tokens inside boilerplate regions.
    let boilerplate: [Bool]

    init(_ doc: Document, tables: ClaimTables, words: FunctionWords) {
        self.doc = doc
        self.tables = tables
        self.words = words
        v = doc.view.scalars
        tokens = doc.tokens
        let tags = TokenTags(doc, tables: tables)
        hashes = tags.hashes
        cue = tags.cue; cueLength = tags.cueLength
        predicate = tags.predicate; predicateLength = tags.predicateLength
        marker = tags.marker; markerLength = tags.markerLength
        markerKinds = tags.marker.map { $0 >= 0 ? tables.markers[Int($0)].kind : nil }
        cueKinds = tags.cue.map { $0 >= 0 ? tables.cues[Int($0)].kind : nil }
        entity = tags.entity; date = tags.date; sentence = tags.sentence
        boilerplate = tags.boilerplate
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
    /// True when token `t` is the word whose hash is `h` (case-insensitive).
    func isWord(_ t: Int, _ h: UInt64) -> Bool { hashes[t] == h }
    func isWord(_ t: Int) -> Bool { tokens[t].kind == .word || tokens[t].kind == .number }
    func isCapitalised(_ t: Int) -> Bool {
        guard tokens[t].kind == .word else { return false }
        let c = scalar(t)
        return c.isASCII ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }
    /// ".", "!" or "?" followed by a space, a quote mark or the end ("7.7.2013" ends nothing).
    func isSentenceEnd(_ t: Int) -> Bool {
        guard tokens[t].view.length == 1, scalar(t) == "." || scalar(t) == "!" || scalar(t) == "?" else { return false }
        if t > 0 && markerKinds[t - 1] == .title { return false }  // "Col. Nur"
        let next = tokens[t].view.end
        return next >= v.count || v[next].properties.isWhitespace || v[next] == "\"" || v[next] == "'" || v[next] == ")"
    }

    @inline(__always)
    func markerKind(_ t: Int) -> MarkerKind? { markerKinds[t] }
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
        for i in from..<to where doc.scalars[i] == "\u{2014}" || doc.scalars[i] == "\u{2013}" || doc.scalars[i] == "\u{2015}" || doc.scalars[i] == "\u{2012}"
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

/// Hashes of the few function words the stage's grammar names ("that", "by", prepositions);
/// short lists, searched linearly, which beats hashing a hash.
struct FunctionWords: Sendable {
    let that = Self.hash("that"), by = Self.hash("by"), of = Self.hash("of"), from = Self.hash("from"), and = Self.hash("and"), his = Self.hash("his"), i = Self.hash("I")
    let prepositions: [UInt64] = ["of", "for", "in", "at", "from", "with"].map(Self.hash)
    /// Prepositions of place and direction: an unknown name after one is a place ("near Gao").
    let locatives: [UInt64] = ["in", "near", "at", "from", "into", "to", "across", "outside", "around", "towards", "toward", "inside", "throughout", "between"].map(Self.hash)
    /// Particles joined to a name by a hyphen ("al-Muhajir", "ag-Ghaly"), unlike "mid-November".
    let particles: [UInt64] = ["al", "el", "ag", "ben", "bin", "ibn", "abu", "abou", "ad", "ar", "as", "at", "an", "ash", "az", "ul", "ould", "wuld"].map(Self.hash)

    static func hash(_ word: String) -> UInt64 { TokenHash.phrase(word)[0] }
}

/// The per-token arrays of `ClaimsText`, filled in one pass (a value type, so filling them
/// costs no exclusivity checks).
private struct TokenTags {
    var hashes: [UInt64]
    var cue: [Int32], cueLength: [UInt8]
    var predicate: [Int32], predicateLength: [UInt8]
    var marker: [Int32], markerLength: [UInt8]
    var entity: [Int32], date: [Int32], sentence: [Int32]
    var boilerplate: [Bool]

    init(_ doc: Document, tables: ClaimTables) {
        let v = doc.view.scalars, tokens = doc.tokens, n = tokens.count
        hashes = [UInt64](repeating: 0, count: n)
        cue = [Int32](repeating: -1, count: n); cueLength = [UInt8](repeating: 0, count: n)
        predicate = cue; predicateLength = cueLength
        marker = cue; markerLength = cueLength
        entity = cue; date = cue; sentence = cue
        boilerplate = [Bool](repeating: false, count: n)
        for i in 0..<n { hashes[i] = TokenHash.of(v, tokens[i].view.start, tokens[i].view.end) }
        for i in 0..<n where tables.mayStartPhrase(hashes[i]) {
            // One lookup for the three tables; the first (longest) match of each table wins.
            let (rows, lengths) = tables.allPhrases.longestByTag(at: i, in: hashes)
            if rows.0 >= 0 { cue[i] = rows.0; cueLength[i] = UInt8(min(lengths.0, 255)) }
            if rows.1 >= 0 { predicate[i] = rows.1; predicateLength[i] = UInt8(min(lengths.1, 255)) }
            if rows.2 >= 0 { marker[i] = rows.2; markerLength[i] = UInt8(min(lengths.2, 255)) }
        }
        cover(doc)
    }

    /// Marks each token with its sentence, entity mention, date and boilerplate flag.
    private mutating func cover(_ doc: Document) {
        let tokens = doc.tokens
        for (s, sent) in doc.sentences.enumerated() {
            for t in sent.firstToken..<(sent.firstToken + sent.tokenCount) where t < tokens.count { sentence[t] = Int32(s) }
        }
        for (k, e) in doc.entities.enumerated() { Self.mark(&entity, tokens, view: doc.view.map.toDerived(e.span), value: k) }
        for (k, d) in doc.dates.enumerated() { Self.mark(&date, tokens, view: doc.view.map.toDerived(d.span), value: k) }
        for r in doc.regions where r.kind == .boilerplate {
            let span = doc.view.map.toDerived(r.span)
            var t = Self.firstToken(tokens, atOrAfter: span.start)
            while t < tokens.count && tokens[t].view.start < span.end { boilerplate[t] = true; t += 1 }
        }
    }

    private static func mark(_ array: inout [Int32], _ tokens: [Token], view span: ScalarSpan, value: Int) {
        var t = firstToken(tokens, atOrAfter: span.start)
        while t < tokens.count && tokens[t].view.end <= span.end {
            if array[t] < 0 { array[t] = Int32(value) }
            t += 1
        }
    }

    static func firstToken(_ tokens: [Token], atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].view.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
