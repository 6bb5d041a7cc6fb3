import ClaimlineCore
import ClaimlineRules

/// One document as the claims stage reads it: the view's tokens, each tagged once with the
/// cue, predicate and marker phrases that start at it, the entity mention and date that
/// cover it, and its sentence. Built in one pass; every later step reads these arrays.
final class ClaimsText {
    let doc: Document
    let tables: ClaimTables
    let words: FunctionWords
    /// The sex each listed given name says.
    let genders: GivenNameGenders
    /// Quote and claim ids, made once per plan.
    let ids: SerialIDs
    let v: [Unicode.Scalar]
    let tokens: [Token]
    let hashes: [UInt64]
    /// The original span of each token.
    let originals: [ScalarSpan]
    /// Longest phrase starting at each token: row index, or -1; and its length in tokens.
    let cue: [Int32], cueLength: [UInt8]
    let predicate: [Int32], predicateLength: [UInt8]
    let marker: [Int32], markerLength: [UInt8]
    /// The kind of the marker starting at each token (read very often, so stored directly).
    let markerKinds: [MarkerKind?]
    /// The kind of the cue starting at each token.
    let cueKinds: [CueKind?]
    /// The tokens starting a relay or "according to" cue, in text order.
    let relayCues: [Int32]
    /// Index in `doc.entities` / `doc.dates` of the mention covering each token, or -1.
    let entity: [Int32]
    let date: [Int32]
    let sentence: [Int32]
    /// Tokens inside boilerplate regions.
    let boilerplate: [Bool]
    /// Word classes of each token, read in every loop (see `TokenFlags`).
    let flags: [TokenFlags]
    /// Whether each token starts a paragraph; the first token of each paragraph; the lone
    /// quote marks (see `QuoteMarks`). All found while the tokens are classed.
    let paragraphStart: [Bool]
    let paragraphFirst: [Int]
    let quoteMarks: [QuoteMarks.Mark]
    /// Roles and person mentions, searchable by span.
    private(set) lazy var mentions = MentionIndex(doc)
    /// The headline, read by the attribution and the claim walks.
    private(set) lazy var headline = Headline(self)

    /// `tags` filled for `doc`. Inlined into the stage's one call: out of line, each array's
    /// copy went through an outlined copy function.
    @inline(__always)
    init(_ doc: Document, tags: TokenTags, tables: ClaimTables, words: FunctionWords, genders: GivenNameGenders, ids: SerialIDs) {
        self.doc = doc
        self.tables = tables
        self.words = words
        self.genders = genders
        self.ids = ids
        v = doc.view.scalars
        tokens = doc.tokens
        hashes = tags.hashes
        originals = tags.originals
        cue = tags.cue; cueLength = tags.cueLength
        predicate = tags.predicate; predicateLength = tags.predicateLength
        marker = tags.marker; markerLength = tags.markerLength
        markerKinds = tags.markerKinds
        cueKinds = tags.cueKinds
        relayCues = tags.relayCues
        entity = tags.entity; date = tags.date; sentence = tags.sentence
        boilerplate = tags.boilerplate
        flags = tags.flags
        paragraphStart = tags.paragraphStart; paragraphFirst = tags.paragraphFirst; quoteMarks = tags.quoteMarks
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
    /// Inlined: phrase, clause and cue walks ask it tens of thousands of times per thousand documents.
    @inline(__always)
    func isPunct(_ t: Int, _ c: Unicode.Scalar) -> Bool { tokens[t].view.length == 1 && scalar(t) == c }
    /// Token `k` stands after a "(" at or after token `start` that no ")" closes before `k`
    /// (after a "[" and "]" for `square`).
    func inParenthesis(_ k: Int, from start: Int, square: Bool = false) -> Bool {
        let open: Unicode.Scalar = square ? "[" : "(", close: Unicode.Scalar = square ? "]" : ")"
        var j = k - 1
        while j >= start {
            if isPunct(j, close) { return false }
            if isPunct(j, open) { return true }
            j -= 1
        }
        return false
    }
    /// `isPunct` for walks that read the tokens and the view through buffers.
    @inline(__always)
    static func isPunct(_ tokens: UnsafeBufferPointer<Token>, _ v: UnsafeBufferPointer<Unicode.Scalar>, _ t: Int, _ c: Unicode.Scalar) -> Bool {
        tokens[t].view.length == 1 && v[tokens[t].view.start] == c
    }
    /// True when token `t` is the word whose hash is `h` (case-insensitive).
    func isWord(_ t: Int, _ h: UInt64) -> Bool { hashes[t] == h }
    func isWord(_ t: Int) -> Bool { flags[t].contains(.word) }
    func isCapitalised(_ t: Int) -> Bool { flags[t].contains(.capitalised) }
    /// "of", "for", "in", "at", "from", "with". Asked of the few words a phrase walk reads: a
    /// class stored for every word cost a test for every word.
    func isPreposition(_ t: Int) -> Bool { tokens[t].kind == .word && words.isPreposition(hashes[t]) }
    /// A hyphen or a dash of the original ("-", "–", "—") standing as a token of its own.
    func isDash(_ t: Int) -> Bool {
        guard isPunct(t, "-") else { return false }
        let o = doc.scalars[original(t, t).start]
        return o == "\u{2014}" || o == "\u{2013}" || o == "\u{2012}" || o == "\u{2015}" || o == "-"
    }
    /// A participle of issuing right after a word for a message ("an audio message broadcast on
    /// Radio Andalus"): it describes the message and reports nothing.
    func describesMessage(_ t: Int) -> Bool { t > 0 && markerKind(t - 1) == .utterance && words.issuedBy.contains(hashes[t]) }
    /// A negator among the three tokens before the cue at `c`, not before `floor` ("did not
    /// confirm", "could not immediately confirm").
    func negatesCue(_ c: Int, floor: Int = 0) -> Bool {
        (max(floor, c - 3)..<c).contains { markerKind($0) == .negator }
    }

    /// Part of a name: a token flagged so, inside an entity mention, or a joined particle
    /// (see `TokenFlags.namePart`).
    func isNamePart(_ t: Int) -> Bool { flags[t].contains(.namePart) || entity[t] >= 0 || isJoinedParticle(t) }
    /// A lower-case particle joined by a hyphen to a capitalised name ("al-Muhajir", "ould-Hamaha"),
    /// a name part: asked likewise.
    @inline(__always)
    func isJoinedParticle(_ t: Int) -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
        v.withUnsafeBufferPointer { v in
        flags.withUnsafeBufferPointer { flags in Self.isJoinedParticle(tokens, v, flags, t, words: words) }}}
    }
    /// `isJoinedParticle` for walks that read the tokens, the view and the classes through buffers.
    @inline(__always)
    static func isJoinedParticle(_ tokens: UnsafeBufferPointer<Token>, _ v: UnsafeBufferPointer<Unicode.Scalar>,
                                 _ flags: UnsafeBufferPointer<TokenFlags>, _ t: Int, words: FunctionWords) -> Bool {
        tokens[t].kind == .word && !flags[t].contains(.capitalised) && TokenTags.isJoinedParticle(tokens[t], v: v, words: words)
    }
    /// ".", "!" or "?" followed by a space, a quote mark or the end ("7.7.2013" ends nothing).
    func isSentenceEnd(_ t: Int) -> Bool { flags[t].contains(.sentenceEnd) }
    /// A form of "be" (the auxiliary markers), a negated auxiliary ("didn't") or another
    /// auxiliary or modal ("has", "would"): a word that makes the words before it a clause.
    func isFiniteVerb(_ t: Int) -> Bool {
        markerKind(t) == .auxiliary || words.isFinite(hashes[t])
    }

    /// A predicate phrase that starts with a reporting verb and a finite verb follows: the
    /// verb reports a clause whose subject ends the phrase ("claimed the attack was staged").
    func reportsClause(predicate t: Int) -> Bool {
        let after = t + Int(predicateLength[t])
        return cue[t] >= 0 && predicateLength[t] > cueLength[t] && after < count && isFiniteVerb(after)
    }

    @inline(__always)
    func markerKind(_ t: Int) -> MarkerKind? { markerKinds[t] }
    /// The first token of the adverb whose words end at token `t` (one word, or several: "went on to").
    func adverbStart(endingAt t: Int) -> Int? {
        if markerKinds[t] == .adverb && markerLength[t] <= 1 { return t }
        return (max(0, t - 3)..<t).last { markerKinds[$0] == .adverb && $0 + Int(markerLength[$0]) - 1 == t }
    }
    /// An auxiliary, negator or adverb: a word inside a verb's group ("will not even be killed").
    func isVerbFiller(_ t: Int) -> Bool {
        let kind = markerKinds[t]
        return kind == .auxiliary || kind == .negator || kind == .adverb
    }
    func cueRule(_ t: Int) -> CueRule? { cue[t] >= 0 ? tables.cues[Int(cue[t])] : nil }

    /// True when one of tokens `range` is the one-scalar punctuation `c` (read through buffers:
    /// clause walks ask this of a dozen tokens at a time).
    func holdsPunct(_ c: Unicode.Scalar, in range: ClosedRange<Int>) -> Bool {
        v.withUnsafeBufferPointer { v in
            tokens.withUnsafeBufferPointer { tokens in
                for t in range where Self.isPunct(tokens, v, t, c) { return true }
                return false
            }
        }
    }

    /// The first token of the verb group of cue `c`: "used to" before it ("My grandfather used to
    /// say"), whose subject stands before "used"; a verb of speech it is joined to ("did not
    /// confirm or deny", "neither confirmed nor denied"); "here" or "there" after the subject
    /// ("Officials here say"); else the cue itself.
    func verbGroupStart(_ c: Int) -> Int {
        if c >= 2 && markerKind(c - 1) == .infinitive && isWord(c - 2, words.used) { return c - 2 }
        if c >= 2 && tokens[c - 1].kind == .word && !isCapitalised(c - 1) && words.hereThere.contains(hashes[c - 1])
            && tokens[c - 2].kind == .word && !isFiniteVerb(c - 2) { return c - 1 }
        if c >= 2 && cueKinds[c - 2] == .speech && cueLength[c - 2] == 1 && words.verbJoiners.contains(hashes[c - 1]) {
            return c >= 3 && isWord(c - 3, words.neither) ? c - 3 : c - 2
        }
        return c
    }

    /// A word in "-ing" of five letters or more ("saying", "warning"): a participle or gerund
    /// (not "king" or "ring").
    func endsInIng(_ t: Int) -> Bool {
        let view = tokens[t].view
        return view.length > 4 && v[view.end - 1] == "g" && v[view.end - 2] == "n" && v[view.end - 3] == "i"
    }

    /// "led by", "loyal to", "affiliated with" at `p - 1...p`: the name after them says whose
    /// followers the noun before them are ("FARC dissidents led by Ivan Mordisco").
    func isFollowing(_ p: Int) -> Bool {
        guard p >= 1, tokens[p].kind == .word else { return false }
        if isWord(p, words.by) { return isWord(p - 1, words.led) || endsInEd(p - 1) }
        return (isWord(p, words.to) || isPreposition(p)) && words.following.contains(hashes[p - 1])
    }

    /// "this is a lie", "which is pure propaganda", "these are lies", "this too is false" from
    /// token `j`: a word pointing back, an adverb perhaps, a form of "be", then within three
    /// words a denial marker. What was said before it is called false.
    func callsItFalse(_ j: Int) -> Bool {
        guard j + 2 < count, words.pointingBack.contains(hashes[j]) else { return false }
        let be = markerKind(j + 1) == .adverb || isWord(j + 1, words.too) ? j + 2 : j + 1
        return verdict(at: be) != nil
    }

    /// "are lies", "is absolutely false": a form of "be" at `j`, then within three words a
    /// denial marker; its token, or nil.
    func verdict(at j: Int) -> Int? {
        guard j + 1 < count, markerKind(j) == .auxiliary else { return nil }
        var k = j + max(1, Int(markerLength[j]))
        let last = min(count - 1, k + 3)
        while k <= last && tokens[k].kind == .word {
            if markerKind(k) == .denial { return k }
            // Only a few plain words between ("mere", "absolutely", "a"), no verb of its own.
            if markerKind(k) == .auxiliary || predicate[k] >= 0 || cue[k] >= 0 { return nil }
            k += 1
        }
        return nil
    }

    /// "a" or "an".
    func isIndefiniteArticle(_ t: Int) -> Bool { isWord(t, words.a) || isWord(t, words.an) }

    /// A word in "-ly" ("frequently"): most are adverbs, which the marker table lists only in part.
    func endsInLy(_ t: Int) -> Bool {
        let view = tokens[t].view
        return view.length > 4 && v[view.end - 1] == "y" && v[view.end - 2] == "l"
    }

    /// A lower-case finite verb or auxiliary at `k`: the verb of a clause whose subject came before
    /// (`"mujahideen" had launched`, "the ship named by the group was safe").
    func opensVerb(_ k: Int) -> Bool {
        tokens[k].kind == .word && !isCapitalised(k) && (isFiniteVerb(k) || markerKind(k) == .auxiliary)
    }

    /// A lower-case word in "-ly" that is no noun of the few that end so ("family", "assembly").
    func isAdverbInLy(_ t: Int) -> Bool {
        tokens[t].kind == .word && !isCapitalised(t) && endsInLy(t) && !words.nounsInLy.contains(hashes[t])
    }

    func endsInEd(_ t: Int) -> Bool {
        let view = tokens[t].view
        return view.length > 3 && v[view.end - 1] == "d" && v[view.end - 2] == "e"
    }

    /// A word in "-ing" right after a comma ("defended the remark, saying"): its subject is
    /// the clause's, never the phrase before the comma.
    func participleAfterComma(_ t: Int) -> Bool { t > 0 && isPunct(t - 1, ",") && endsInIng(t) }
    /// "he paused, then said": a second verb of the same subject after a comma and "then" (the
    /// cue at `t` may hold the "then").
    func thenAfterComma(_ t: Int) -> Bool {
        t > 1 && (isWord(t, words.then) && isPunct(t - 1, ",") || isWord(t - 1, words.then) && isPunct(t - 2, ","))
    }
    /// The same with the comma inside a closing quote mark: `said forces “hold the village,” adding`.
    func participleAfterQuotesComma(_ t: Int) -> Bool { t > 1 && endsInIng(t) && flags[t - 1].contains(.quoteMark) && isPunct(t - 2, ",") }

    /// The "(" of a short parenthesis whose ")" is token `close` ("Sen. Graham (R-S.C.) told").
    /// `reach`: how many tokens back the "(" may stand (a name's other spelling "(also spelled
    /// … in some state media translations)" runs longer than a party and state).
    func parenthesisOpen(closingAt close: Int, floor: Int, reach: Int = 8) -> Int? {
        guard close > floor, isPunct(close, ")") else { return nil }
        return (max(floor, close - reach)..<close).last(where: { isPunct($0, "(") })
    }

    /// The ")" of a short parenthesis opening at token `open` ("Rep. Moore (D-Wis.) said").
    func parenthesisClose(openingAt open: Int, limit: Int) -> Int? {
        guard open < limit, isPunct(open, "(") else { return nil }
        return (open + 1...min(limit, open + 8)).first(where: { isPunct($0, ")") })
    }

    /// "(D-Mo.)", "(R-S.C.)", "(R)": a party (and a state) after a legislator's name, no name of its own.
    func isAffiliation(_ open: Int, _ close: Int) -> Bool {
        guard open + 1 < close else { return false }
        let start = tokens[open + 1].view.start, end = tokens[close - 1].view.end
        // "(R)", "(D)": the party alone.
        if end - start == 1 { return "DRI".unicodeScalars.contains(v[start]) }
        guard end - start >= 3 && end - start <= 8 else { return false }
        return "DRI".unicodeScalars.contains(v[start]) && v[start + 1] == "-" && v[start + 2].properties.isUppercase
    }

    /// Word `k` is capitalised, has two scalars at least and no lower-case letter ("NARRATOR",
    /// "AMB"). Read at every paragraph's start: ASCII by its values, the rest by its properties.
    func isCapitals(_ k: Int) -> Bool {
        let view = tokens[k].view
        guard view.length >= 2, isCapitalised(k) else { return false }
        for i in view.start..<view.end {
            let c = v[i].value
            if c &- 0x61 < 26 || c >= 0x80 && v[i].properties.isLowercase { return false }
        }
        return true
    }

    /// True when token `k` is a hyphen joined to the tokens on both sides ("Al-Shabaab", "AK-47").
    func isJoiningHyphen(_ k: Int) -> Bool {
        k > 0 && k + 1 < tokens.count && isPunct(k, "-")
            && tokens[k - 1].view.end == tokens[k].view.start && tokens[k].view.end == tokens[k + 1].view.start
    }

    /// True when the colon at token `k` joins two numbers with no space ("15:12"): a time, no colon of speech.
    func isTimeColon(_ k: Int) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k - 1].kind == .number && tokens[k + 1].kind == .number
            && tokens[k - 1].view.end == tokens[k].view.start && tokens[k].view.end == tokens[k + 1].view.start
    }

    /// True when the whitespace between tokens `a` and `a + 1` holds a line break.
    func lineBreak(after a: Int) -> Bool {
        guard a + 1 < tokens.count else { return true }
        var i = tokens[a].view.end
        while i < tokens[a + 1].view.start { if v[i] == "\n" { return true }; i += 1 }
        return false
    }

    /// The original span of a dash standing as a word between tokens `a` and `a + 1`
    /// ("… claimed) – Stressing"), also where normalisation left the dash out of the view.
    @inline(__always)
    func dashGap(after a: Int) -> ScalarSpan? {
        guard a >= 0, a + 1 < tokens.count else { return nil }
        let from = originals[a].end, to = originals[a + 1].start
        // Most gaps are a single space (clause walks ask at every token): no dash there.
        guard from < to, to - from > 1 || doc.scalars[from] != " " else { return nil }
        return dash(from: from, to: to)
    }

    private func dash(from: Int, to: Int) -> ScalarSpan? {
        let o = doc.scalars
        for i in from..<to {
            switch o[i].value {
            case 0x2014, 0x2013, 0x2015, 0x2012: return ScalarSpan(i, i + 1)
            case 0x2D where i == from || o[i - 1].isSpace: return ScalarSpan(i, i + 1)
            default: continue
            }
        }
        return nil
    }

    // MARK: spans

    /// The original span of tokens `a...b`.
    func original(_ a: Int, _ b: Int) -> ScalarSpan {
        a <= b ? ScalarSpan(originals[a].start, originals[b].end)
            : doc.view.original(ScalarSpan(tokens[a].view.start, tokens[b].view.end))
    }
    func original(view span: ScalarSpan) -> ScalarSpan { doc.view.original(span) }
    /// The first person at token `t`: "I" and its contractions, and "me" after "let" ("Let me say …").
    func isFirstPerson(_ t: Int) -> Bool {
        words.firstPerson.contains(hashes[t]) || t > 0 && isWord(t, words.me) && isWord(t - 1, words.letWord)
    }
    /// The pronoun of token `k` without a contraction after it ("he's", "I'd", "we'll": "he", "I", "we").
    func pronounSpan(_ k: Int) -> ScalarSpan {
        let span = original(k, k), s = doc.scalars
        guard span.length > 2, let mark = (span.start + 1..<span.end - 1).last(where: { s[$0] == "'" || s[$0] == "\u{2019}" }) else { return span }
        let suffix = String(String.UnicodeScalarView(s[(mark + 1)..<span.end])).lowercased()
        return ["s", "d", "ll", "ve", "m", "re"].contains(suffix) ? ScalarSpan(span.start, mark) : span
    }

    /// `span` without a final "'s" or "’s" ("the army's claim": the army speaks).
    func withoutPossessive(_ span: ScalarSpan) -> ScalarSpan {
        let s = doc.scalars
        guard span.length > 2, s[span.end - 1] == "s", s[span.end - 2] == "'" || s[span.end - 2] == "\u{2019}" else { return span }
        return ScalarSpan(span.start, span.end - 2)
    }
    func text(_ a: Int, _ b: Int) -> String { doc.view.string(ScalarSpan(tokens[a].view.start, tokens[b].view.end)) }

    /// True when a relay or "according to" cue starts at a token of `range` (binary search).
    func hasRelayCue(in range: ClosedRange<Int>) -> Bool {
        var lo = 0, hi = relayCues.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(relayCues[mid]) < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        return lo < relayCues.count && Int(relayCues[lo]) <= range.upperBound
    }

    /// The sentence token range holding token `t` (the token alone if it has no sentence).
    /// Inlined: asked several times for every cue and claim.
    @inline(__always)
    func sentenceRange(_ t: Int) -> ClosedRange<Int> {
        let s = Int(sentence[t])
        guard s >= 0 else { return t...t }
        let sent = doc.sentences[s]
        return sent.firstToken...(sent.firstToken + max(sent.tokenCount, 1) - 1)
    }
}

/// Hashes of the few function words the stage's grammar names ("that", "by", prepositions);
/// the lists read at every word are short and searched linearly, which beats hashing a hash.
/// A class: each document's `ClaimsText` holds the plan's one instance, where a copy of the
/// lists retained and released its 23 arrays and sets per document.
final class FunctionWords: Sendable {
    /// Particles that make a label's verb another verb ("calling out Trump for his lies").
    let verbParticles = WordHashSet(["out", "up", "off", "back"].map(FunctionWords.hash))
    /// Common verbs whose past tense does not end in "-ed" ("witnesses saw", "residents fled").
    let irregularPast = WordHashSet(["saw", "fled", "took", "fought", "shot", "left", "went", "came", "held", "lost", "found",
                                     "gave", "heard", "ran", "struck", "won", "began", "fell", "rose", "sent", "stole", "threw",
                                     "knew", "hit", "spent", "brought", "caught", "sought", "beat", "stood", "kept", "put", "made"].map(FunctionWords.hash))
    /// Past forms of speech that do not end in "-ed".
    let pastOfSpeech = WordHashSet(["said", "told", "wrote", "spoke"].map(FunctionWords.hash))
    let what = FunctionWords.hash("what"), which = FunctionWords.hash("which"), on = FunctionWords.hash("on"), `while` = FunctionWords.hash("while"), `for` = FunctionWords.hash("for")
    let that = FunctionWords.hash("that"), by = FunctionWords.hash("by"), of = FunctionWords.hash("of"), from = FunctionWords.hash("from"), and = FunctionWords.hash("and"), but = FunctionWords.hash("but"), his = FunctionWords.hash("his"), i = FunctionWords.hash("I")
    let prepositions: [UInt64] = ["of", "for", "in", "at", "from", "with"].map(FunctionWords.hash)
    /// Words after a past form that make it the participle of the noun before it ("a statement
    /// read on national television", "read by the general"); not "in" ("read in part: …").
    let afterParticiple = WordHashSet(["on", "by", "at", "over", "during", "to", "out", "aloud", "from", "across", "through"].map(FunctionWords.hash))
    /// Prepositions of a date right after a reporting verb ("announced on Thursday the death of …").
    let datePrepositions: [UInt64] = ["on", "in", "at"].map(FunctionWords.hash)
    /// Words that may stand before a date opening a sentence ("Late on Tuesday", "Early this morning").
    let dateLeads: [UInt64] = ["late", "early", "earlier", "later", "on", "in", "at", "by", "since"].map(FunctionWords.hash)
    /// Prepositions that join a complement to the noun of a speaker phrase besides `prepositions`
    /// ("experts on North Korea", "people close to him").
    let postmodifierPrepositions: [UInt64] = ["on", "to", "near", "inside", "within", "across", "against"].map(FunctionWords.hash)
    /// Prepositions that a verb's object follows: a phrase read back ends after them when a verb
    /// stands before them ("asked about residents of Mamund who said"; not "a campaign against …").
    let objectPrepositions = WordHashSet(["about", "against", "into", "upon", "toward", "towards", "via", "than"].map(FunctionWords.hash))
    /// "time" after "last", "every" or an ordinal (`ordinals`): an occasion, which opens a clause
    /// ("The last time officials in Peshawar insisted"), no word of its subject.
    let occasionWords = WordHashSet(["time", "times"].map(FunctionWords.hash))
    let occasionLeads = WordHashSet(["last", "next", "every", "each", "only"].map(FunctionWords.hash))
    /// Prepositions that name the channel a statement went through ("a claim through its outlet saying").
    let channelPrepositions = WordHashSet(["through", "via"].map(FunctionWords.hash))
    /// Prepositions that open a phrase of time or place before a clause ("During his years in
    /// office, Mr. Obama said, …").
    let frameOpeners: [UInt64] = ["in", "at", "on", "during", "after", "before", "since", "over", "within", "throughout",
                                  "for", "from", "until", "under"].map(FunctionWords.hash)
    /// Participles after a statement naming who received or passed it on, not who issued it
    /// ("a statement received by ANI", not "issued by the army").
    let receivedBy: [UInt64] = ["received", "obtained", "seen", "carried", "relayed", "quoted", "cited", "reported", "sent"].map(FunctionWords.hash)
    /// Verbs that report a past act of their subject in the perfect infinitive ("claimed to have
    /// killed"); "believed to have", "alleged to have" are passives of a noun before them.
    let claimsOwnAct: [UInt64] = ["claim", "claims", "claimed", "claiming", "boasted", "boasts"].map(FunctionWords.hash)
    /// "a statement attributed to AQIM"; "at least" before a count.
    let attributed = FunctionWords.hash("attributed"), least = FunctionWords.hash("least")
    /// "dissidents led by X": a participle too short for `endsInEd`.
    let led = FunctionWords.hash("led")
    /// Words that point back to what was just said ("…, and this is a lie").
    let pointingBack: [UInt64] = ["this", "that", "which", "it", "these", "all"].map(FunctionWords.hash)
    /// "this too is false" ("Too" is a name stop of the marker tables, so no adverb there).
    let too = FunctionWords.hash("too")
    /// "Answer:" opening an interview's answer, as "A:" does.
    let answer = FunctionWords.hash("answer")
    /// Prepositions beside `frameOpeners` before an event taken as given ("following the attack").
    let givenOpeners: [UInt64] = ["following", "despite", "amid"].map(FunctionWords.hash)
    /// Words opening an aside on a count ("11 civilians, including children, were killed").
    let countAsides: [UInt64] = ["including", "among", "mostly", "mainly", "most", "all", "many", "some", "both"].map(FunctionWords.hash)
    /// Verbs before an infinitive that say its act was done ("managed to kill"); "able" only
    /// after a past "be" ("were able to kill", not "will be able to"); "made it possible to".
    let achieved: [UInt64] = ["managed", "succeeded"].map(FunctionWords.hash)
    let able = FunctionWords.hash("able"), possible = FunctionWords.hash("possible"), made = FunctionWords.hash("made")
    let pastBe: [UInt64] = ["was", "were", "been"].map(FunctionWords.hash)
    /// Verbs after which a participle is a state ("remain disputed", "had been promised").
    let remainOrBeen: [UInt64] = ["remain", "remains", "remained", "been"].map(FunctionWords.hash)
    /// Reporting verbs whose object is whom they address ("warned the population that …").
    /// ("told" is a relay: whom it was told is read before its clause anyway.)
    let addressing = WordHashSet(["warn", "warns", "warned", "warning", "reassure", "reassures", "reassured", "reassuring",
                                  "remind", "reminds", "reminded", "promise", "promises", "promised"].map(FunctionWords.hash))
    /// Adjectives of a following before "to" or "with" ("fighters loyal to Haftar"), and the
    /// participles of where a body sits ("a rebel group based in southern Libya").
    let following: [UInt64] = ["loyal", "close", "linked", "allied", "affiliated", "aligned", "tied", "attached",
                               "based", "headquartered", "stationed"].map(FunctionWords.hash)
    /// Forms of "write", whose object with a determiner is what was written ("wrote a letter").
    let writeForms: [UInt64] = ["write", "writes", "wrote", "written", "writing"].map(FunctionWords.hash)
    /// "put out a statement": a phrasal verb of issuing, its verb and its particle.
    let put: [UInt64] = ["put", "puts"].map(FunctionWords.hash), out = FunctionWords.hash("out")
    /// Participles after a statement naming who issued it ("a statement signed by the council"),
    /// or where ("a statement read on national television", "broadcast on state radio").
    let issuedBy = WordHashSet(["signed", "issued", "released", "published", "posted", "read", "broadcast", "aired", "televised", "shared", "uploaded", "circulated", "sent", "unleashed"].map(FunctionWords.hash))
    /// Where a statement was made public, after one of those: "posted on Telegram", "online".
    let madePublicAt: [UInt64] = ["on", "in", "via", "through", "to"].map(FunctionWords.hash), online = FunctionWords.hash("online")
    /// Of those, the ones whose agent speaks for the statement, not only made it public.
    let signs: [UInt64] = ["signed", "issued"].map(FunctionWords.hash)
    /// Plural nouns without the "s": "people familiar with the matter".
    let irregularPlurals: [UInt64] = ["people", "men", "women", "children", "police", "personnel", "staff", "mujahideen", "mujahidin", "mujahedeen", "mujahedin"].map(FunctionWords.hash)
    /// Conjunctions that open a clause about the act of saying ("…, lawmakers said, as they
    /// bristled at …"), not the rest of what was said. Not "until", "unless", "if", "because":
    /// those more often bound what was said ("…, Mr. Clarke said, until it went bankrupt").
    let subordinators: [UInt64] = FunctionWords.subordinatorWords.map(FunctionWords.hash)
    private static let subordinatorWords = ["as", "since", "while", "when", "whenever", "although", "though", "whereas", "after", "before"]
    /// Conjunctions that open a clause of their own inside what was said ("that we will act
    /// again if we have evidence"): the subordinators and those that bound what was said.
    let clauseOpeners = WordHashSet((FunctionWords.subordinatorWords
                                     + ["if", "unless", "until", "because", "whether", "once", "where", "than", "so"]).map(FunctionWords.hash))
    /// Words before a participle whose speaker is its sentence's subject ("by saying"; not
    /// "before": "the group usually waits weeks before confirming the death of a leader" says
    /// what the group does, not what it said).
    let participleOpeners: [UInt64] = ["by", "while", "despite"].map(FunctionWords.hash)
    /// Prepositions that join a noun's complement and open no clause ("praise from Putin"; not
    /// "for": "asked for the convoy to be sent" reports what follows it).
    let complementPrepositions: [UInt64] = ["of", "from", "with"].map(FunctionWords.hash)
    /// Verbs that put words in someone's mouth: "ANI quoted the spokesman as saying …".
    let quoting: [UInt64] = ["quoted", "quotes", "quoting", "cited", "cites", "citing"].map(FunctionWords.hash)
    let quotingWord = FunctionWords.hash("quoting")
    /// Nouns for what a report counted, which a reporter's apposition names ("…, a figure that
    /// could not be verified", "…, a toll the army disputes").
    let countNouns: [UInt64] = ["figure", "figures", "toll", "tally", "number", "count"].map(FunctionWords.hash)
    /// Nouns for what was said that no cue lists, which a reporter's apposition names ("…, an
    /// accusation the government rejected").
    let reportNouns: [UInt64] = ["accusation", "accusations", "allegation", "allegations", "charge", "charges", "assertion", "version"].map(FunctionWords.hash)
    /// Relative pronouns: "who" or "which" after a comma opens an aside, not a clause of its own.
    let relatives: [UInt64] = ["who", "whom", "which", "whose"].map(FunctionWords.hash)
    let whose = FunctionWords.hash("whose"), who = FunctionWords.hash("who"), about = FunctionWords.hash("about")
    /// Participles of a group's or a person's beginnings, which open an aside about them
    /// ("The group, founded in 2012, said").
    let founded: [UInt64] = ["founded", "formed", "created", "established", "born", "set"].map(FunctionWords.hash)
    /// Nouns in "-ly" ("the family said"), which `isAdverbInLy` leaves to the phrase.
    let nounsInLy = WordHashSet(["family", "assembly", "rally", "supply", "monopoly", "anomaly", "homily", "daily", "weekly"].map(FunctionWords.hash))
    /// Words in "-ing" that name no act: prepositions, times of day, pronouns.
    let notGerunds = WordHashSet(["during", "including", "following", "regarding", "concerning", "according", "excluding",
                                  "considering", "pending", "involving", "morning", "evening", "nothing", "something",
                                  "anything", "everything", "notwithstanding"].map(FunctionWords.hash))
    /// The perfect's auxiliaries ("has claimed", "had told").
    let perfect: [UInt64] = ["has", "have", "had"].map(FunctionWords.hash)
    /// Auxiliaries and modals, and their negated forms, besides the forms of "be" that the
    /// marker table lists.
    let finite = WordHashSet(["has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
                              "did", "does", "isn't", "aren't", "wasn't", "weren't", "hasn't",
                              "haven't", "hadn't", "won't", "wouldn't", "couldn't", "can't", "cannot", "didn't", "doesn't",
                              "shouldn't", "mustn't"].map(FunctionWords.hash))
    /// A bit per preposition hash (mod 64), and per its next six bits: most words are no
    /// preposition and fail one of these tests (one alone let a word in seven through).
    private let prepositionBits: UInt64, prepositionHighBits: UInt64
    /// Prepositions of place and direction: an unknown name after one is a place ("near Gao").
    let locatives: [UInt64] = ["in", "near", "at", "from", "into", "to", "across", "outside", "around", "towards", "toward", "inside", "throughout", "between"].map(FunctionWords.hash)
    /// Prepositions of where an event took place ("a ship in the Red Sea", "troops near Gao").
    let places: [UInt64] = ["in", "near", "at", "off", "outside", "inside", "around", "across", "throughout"].map(FunctionWords.hash)
    /// Particles joined to a name by a hyphen ("al-Muhajir", "ag-Ghaly"), unlike "mid-November".
    let particles: [UInt64] = ["al", "el", "ag", "ben", "bin", "ibn", "abu", "abou", "ad", "ar", "as", "at", "an", "ash", "az", "ul", "ould", "wuld"].map(FunctionWords.hash)

    init() {
        prepositionBits = prepositions.reduce(0) { $0 | 1 << ($1 & 63) }
        prepositionHighBits = prepositions.reduce(0) { $0 | 1 << ($1 >> 6 & 63) }
    }

    func isPreposition(_ h: UInt64) -> Bool {
        // The two bit tests joined before the one branch: which words fail which follows no pattern.
        prepositionBits >> (h & 63) & prepositionHighBits >> (h >> 6 & 63) & 1 != 0 && prepositions.contains(h)
    }

    /// Reporting verbs that are never nouns ("The army said:", not "Some quick notes:").
    let sayingVerbs = WordHashSet(["said", "says", "told", "tells", "wrote", "writes", "added", "adds", "stated", "states", "declared"].map(FunctionWords.hash))
    /// Words of a publication's own labels in capitals ("UPDATE:", "EDITOR'S NOTE:"), which name no speaker.
    let editorialLabels = WordHashSet(["update", "updated", "updates", "breaking", "note", "editor", "editors", "correction", "clarification",
                                       "exclusive", "watch", "read", "also", "photo", "photos", "video", "source", "sources", "related",
                                       "live", "latest", "analysis", "opinion", "warning", "background", "context", "summary", "transcript"]
                                        .map(FunctionWords.hash))
    /// Words of time that open a sentence before its date ("Later on Tuesday, …").
    let timeAdverbs = WordHashSet(["later", "earlier", "late", "early", "then", "also", "again", "meanwhile"].map(FunctionWords.hash))
    /// Adverbs of time that may stand between a verb of speech and the clause it reports ("said afterwards she would …").
    let reportAdverbs: [UInt64] = ["later", "earlier", "then", "also", "again", "afterwards", "afterward", "subsequently", "initially"].map(FunctionWords.hash)
    /// "a relative of his", "a friend of theirs": a possessive after "of" that ends a noun phrase.
    let ofPossessives: [UInt64] = ["his", "hers", "theirs", "ours", "mine", "yours"].map(FunctionWords.hash)
    /// "it", "we" as the subject where an organisation speaks: that organisation.
    let groupPronouns: [UInt64] = ["it", "we"].map(FunctionWords.hash)
    /// "its fighters", "our forces": an organisation's people, who act for it.
    let groupPossessives: [UInt64] = ["its", "their", "our"].map(FunctionWords.hash)
    /// Of those and `groupPronouns`, the ones that point to whom a speaker addresses ("warn
    /// France that its soldiers", "that it will pay").
    let addresseeWords: [UInt64] = ["its", "their", "it"].map(FunctionWords.hash)
    /// Verbs of a speaker withholding more, after "but" or "and", before "no" or "to" ("but gave
    /// no details", "but declined to comment").
    let reticent: [UInt64] = ["gave", "provided", "offered", "declined", "refused"].map(FunctionWords.hash)
    /// Verbs of telling more ("but would not elaborate", "but did not give details", "declined to comment").
    let withheld: [UInt64] = ["say", "comment", "elaborate", "give", "provide", "offer", "specify", "identify", "name", "confirm",
                              "disclose", "reveal", "explain", "discuss"].map(FunctionWords.hash)
    /// "the group", "the movement": the organisation speaking names itself.
    let groupSelves: [UInt64] = ["group", "movement", "organisation", "organization"].map(FunctionWords.hash)
    /// Verbs after which "on" names who is blamed ("blamed the attack on JNIM").
    let blames: [UInt64] = ["blame", "blames", "blamed", "blaming"].map(FunctionWords.hash)
    /// "the Underwood family", "the Zouma clan": a name and the kin it names.
    let kinNouns: [UInt64] = ["family", "clan", "tribe", "dynasty"].map(FunctionWords.hash)
    let the = FunctionWords.hash("the")
    let groupNouns: [UInt64] = ["fighters", "forces", "troops", "men", "mujahideen", "militants", "soldiers", "units",
                                "combatants", "brigades", "members", "brothers", "commanders", "leaders", "officers"].map(FunctionWords.hash)
    /// Determiners of something named before ("the statement", "this video").
    let definite: [UInt64] = ["the", "this", "that"].map(FunctionWords.hash)
    /// The speaker and the one spoken to, as subjects.
    let personal: [UInt64] = ["i", "we", "you"].map(FunctionWords.hash)
    /// "I" and its contractions ("I'd also note", "I'll say this"): the first person.
    let firstPerson = WordHashSet(["I", "I'd", "I'll", "I've", "I'm"].map(FunctionWords.hash))
    let me = FunctionWords.hash("me"), letWord = FunctionWords.hash("let")
    /// The speaker's own words in the first person besides "I" and "we" ("our units", "told us").
    let firstPersonOwn: [UInt64] = ["our", "us", "my", "me"].map(FunctionWords.hash)
    /// Pronouns that are a verb's object ("told us", "told them").
    let objectPronouns: [UInt64] = ["us", "me", "him", "them"].map(FunctionWords.hash)
    let percent = FunctionWords.hash("percent"), only = FunctionWords.hash("only")
    let them = FunctionWords.hash("them"), nothing = FunctionWords.hash("nothing")
    let `do` = FunctionWords.hash("do"), have = FunctionWords.hash("have"), to = FunctionWords.hash("to"), a = FunctionWords.hash("a"), an = FunctionWords.hash("an"), `as` = FunctionWords.hash("as")
    /// Pronouns that are no clause's subject before a verb ("the man he met", not "the mail it").
    let him = FunctionWords.hash("him"), it = FunctionWords.hash("it"), this = FunctionWords.hash("this")
    let he = FunctionWords.hash("he"), she = FunctionWords.hash("she")
    /// "Abdu Said Musa": the verb that is also a name; "a statement in Urdu".
    let said = FunctionWords.hash("said"), `in` = FunctionWords.hash("in")
    /// "read in part:".
    let part = FunctionWords.hash("part")
    /// Words before a noun that no determiner list holds ("any plan that …").
    let anyEvery: [UInt64] = ["any", "every", "each", "no"].map(FunctionWords.hash)
    /// Abbreviations that end a company's name with a full stop ("Xerox Corp.").
    let companySuffixes: [UInt64] = ["corp", "inc", "co", "ltd", "cos", "bros"].map(FunctionWords.hash)
    /// "told AP by phone": means after "by" that say how the words were given.
    let means = WordHashSet(["phone", "telephone", "email", "e-mail", "text", "satellite", "radio", "video", "videolink"].map(FunctionWords.hash))
    /// Verbs that report only before a colon, a comma, a quote mark, "that" or their sentence's
    /// end ("The exchange continued for hours", "The talks concluded on Friday", "answered
    /// distress calls", "summed up the report in two lines", "mocked the minister" report nothing).
    let continueForms = WordHashSet(["continue", "continues", "continued", "concluded", "concludes", "observe", "observes", "observed", "observing",
                                     "answer", "answers", "answered", "sigh", "sighs", "sighed", "summarise", "summarises", "summarised",
                                     "summarize", "summarizes", "summarized", "sum", "sums", "summed", "mock", "mocks", "mocked", "mocking"].map(FunctionWords.hash))
    /// Plurals of words for a message ("had published statements").
    let messages = WordHashSet(["statements", "videos", "messages", "communiques", "communiqués", "recordings", "letters"].map(FunctionWords.hash))
    let used = FunctionWords.hash("used"), then = FunctionWords.hash("then"), responded = FunctionWords.hash("responded")
    /// Forms of "cite" that put forward what they cite, when it names no source.
    let citeForms: [UInt64] = ["cite", "cites", "cited", "citing"].map(FunctionWords.hash)
    /// Nouns for whoever gave the words ("citing a military source").
    let sourceNouns: [UInt64] = ["source", "sources", "witness", "witnesses", "resident", "residents"].map(FunctionWords.hash)
    /// Where the subject is, after it ("Officials here say").
    let hereThere: [UInt64] = ["here", "there"].map(FunctionWords.hash)
    /// Words that join two verbs of speech ("confirm or deny", "neither confirmed nor denied").
    let verbJoiners: [UInt64] = ["or", "nor"].map(FunctionWords.hash)
    let neither = FunctionWords.hash("neither")
    let written = FunctionWords.hash("written"), between = FunctionWords.hash("between"), with = FunctionWords.hash("with")
    let than = FunctionWords.hash("than"), so = FunctionWords.hash("so")
    /// Words whose preposition completes the phrase of who speaks ("people familiar with the matter").
    let takesComplement = WordHashSet(["familiar", "affiliated", "aligned", "allied", "linked", "connected"].map(FunctionWords.hash))
    /// Plural verbs no demonstrative "that" takes as its subject ("claims that have clouded the talks").
    let pluralBe = WordHashSet(["have", "are", "were"].map(FunctionWords.hash))
    /// "describes himself as": the one labelled is the one speaking.
    let reflexives: [UInt64] = ["himself", "herself", "itself", "themselves", "myself", "ourselves"].map(FunctionWords.hash)
    /// Words that open an aside after a name ("Wilson, of Springfield,", "Newkirk, a writer for …,",
    /// "Al-Mourabitoun, in a message sent to Al Jazeera,", "Abu Walid, who leads the group,",
    /// "an official in Mondoro, about 30 km to the north,").
    /// "Colonel X, as his name is spelled on the ministry's page, added": "as" too.
    let asideOpeners = WordHashSet(["who", "whom", "which", "whose", "of", "a", "an", "from", "in", "on", "at", "during", "after", "before", "with", "via",
                                    "through", "under", "about", "around", "nearly", "some", "as"].map(FunctionWords.hash))
    /// Two words that open a count before its number ("at least 30").
    let countOpeners: [(UInt64, UInt64)] = [("at", "least"), ("more", "than"), ("fewer", "than"), ("less", "than")]
        .map { (FunctionWords.hash($0.0), FunctionWords.hash($0.1)) }
    /// Words that count a noun ("one official", "several sources").
    let quantifiers = WordHashSet(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some",
                                   "many", "several", "few", "both", "another", "other", "most"].map(FunctionWords.hash))

    /// Words of a phrase that say a woman or a man speaks ("a mother of four", "the
    /// spokesman", "Mrs Kamara"): "she" passes over a man, "he" over a woman.
    let femaleWords = WordHashSet(["woman", "mother", "wife", "widow", "daughter", "sister", "girl", "grandmother", "aunt", "niece",
                                   "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "policewoman", "mrs", "ms", "madam",
                                   "madame", "mme", "lady", "queen", "princess"].map(FunctionWords.hash))
    let maleWords = WordHashSet(["man", "father", "husband", "son", "brother", "boy", "grandfather", "uncle", "nephew", "spokesman",
                                 "chairman", "congressman", "businessman", "policeman", "mr", "king", "prince"].map(FunctionWords.hash))

    /// Words that rank a noun among others ("a second resident", "the third soldier").
    let ordinals = WordHashSet(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        .map(FunctionWords.hash))

    func isFinite(_ h: UInt64) -> Bool { finite.contains(h) }
    func isQuantifier(_ h: UInt64) -> Bool { quantifiers.contains(h) }

    static func hash(_ word: String) -> UInt64 { TokenHash.phrase(word)[0] }
}

extension Unicode.Scalar {
    /// White space (the Unicode property), answered without a property lookup for ASCII.
    var isSpace: Bool {
        isASCII ? value == 32 || (value >= 9 && value <= 13) : Self.isWhitespaceProperty(self)
    }

    /// Out of line: inlined, the property lookup made every caller set up a frame for the
    /// resilient `Properties` type on each call, ASCII or not.
    @inline(never)
    private static func isWhitespaceProperty(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
}
