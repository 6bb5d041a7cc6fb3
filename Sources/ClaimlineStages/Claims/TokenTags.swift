import ClaimlineCore
import ClaimlineRules

/// Word classes the grammar asks about again and again, set once per token.
struct TokenFlags: OptionSet {
    let rawValue: UInt8
    /// A word or a number.
    static let word = TokenFlags(rawValue: 1 << 0)
    /// A word starting with a capital letter.
    static let capitalised = TokenFlags(rawValue: 1 << 1)
    /// Part of a name: a capitalised word that is no cue, predicate or function word
    /// (particles, roles and organisation anaphors aside). A token inside an entity mention and
    /// a lower-case particle joined to a capitalised name ("al-Muhajir") are name parts too,
    /// asked of the few tokens a walk reads rather than set for every one (`ClaimsText.isNamePart`).
    static let namePart = TokenFlags(rawValue: 1 << 2)
    /// A plain lower-case word that may modify a role noun ("senior", "military"), unless it
    /// is a preposition, likewise asked when read (`ClaimsText.isPreposition`).
    static let modifier = TokenFlags(rawValue: 1 << 3)
    /// ".", "!" or "?" followed by a space, a quote mark or the end ("7.7.2013" ends nothing),
    /// and not after a title ("Col. Nur").
    static let sentenceEnd = TokenFlags(rawValue: 1 << 5)
    /// A `"` or `'` standing alone as punctuation: a quote mark (see `QuoteMarks`).
    static let quoteMark = TokenFlags(rawValue: 1 << 6)
}

/// The per-token arrays of `ClaimsText`, filled in a few passes over the tokens (a value
/// type, so filling them costs no exclusivity checks). The stage keeps one and refills it for
/// each document: once the previous document's `ClaimsText` is gone its arrays are unique
/// again, and refilling reuses their storage instead of allocating a score of arrays.
struct TokenTags {
    /// The case-folded hash of each token: the document's, which the segment stage made while
    /// cutting the tokens (computed here only for tokens that came without them).
    var hashes: [UInt64] = []
    /// The original span of each token.
    var originals: [ScalarSpan] = []
    /// Longest phrase of each table starting at each token: row index, or -1; and its length in tokens.
    var cue: [Int32] = [], cueLength: [UInt8] = []
    var predicate: [Int32] = [], predicateLength: [UInt8] = []
    var marker: [Int32] = [], markerLength: [UInt8] = []
    var cueKinds: [CueKind?] = []
    var markerKinds: [MarkerKind?] = []
    var entity: [Int32] = [], date: [Int32] = [], sentence: [Int32] = []
    var boilerplate: [Bool] = []
    var flags: [TokenFlags] = []
    /// The tokens that start a relay or "according to" cue, in text order: a sentence with none
    /// names no relay, and its tokens need not be walked.
    var relayCues: [Int32] = []
    /// Whether each token starts a paragraph, each paragraph's first token, and the quote marks
    /// in text order (see `QuoteMarks`), found by `classifyWords`.
    var paragraphStart: [Bool] = []
    var paragraphFirst: [Int] = []
    var quoteMarks: [QuoteMarks.Mark] = []
    /// Where the phrase index writes each tag's rows and lengths: set for each document, kept
    /// so that the pointer lists are not allocated again.
    private var phraseRows: [UnsafeMutablePointer<Int32>] = []
    private var phraseLengths: [UnsafeMutablePointer<UInt8>] = []
    /// The tokens where a cue, predicate or marker starts, in text order: the first
    /// `phraseStartCount` elements.
    private var phraseStarts: [Int32] = []
    private var phraseStartCount = 0

    /// Refills every array for `doc`.
    mutating func fill(_ doc: Document, tables: ClaimTables, words: FunctionWords) {
        let n = doc.tokens.count
        if doc.tokenHashes.count == n { hashes = doc.tokenHashes } else { Self.hash(doc, into: &hashes) }
        doc.view.map.toSource(tokens: doc.tokens, into: &originals)
        findPhrases(tables.phrases)
        cueKinds.refill(repeating: nil, count: n); markerKinds.refill(repeating: nil, count: n)
        entity.refill(repeating: -1, count: n); date.refill(repeating: -1, count: n); sentence.refill(repeating: -1, count: n)
        boilerplate.refill(repeating: false, count: n)
        flags.refill(repeating: [], count: n)
        cover(doc)
        classifyWords(doc)
        classifyTagged(doc, tables: tables, words: words)
    }

    /// The longest cue, predicate and marker phrase starting at each token.
    private mutating func findPhrases(_ phrases: ClaimlineRules.PhraseIndex) {
        let n = hashes.count
        cue.refill(repeating: -1, count: n); predicate.refill(repeating: -1, count: n); marker.refill(repeating: -1, count: n)
        cueLength.refill(repeating: 0, count: n); predicateLength.refill(repeating: 0, count: n); markerLength.refill(repeating: 0, count: n)
        // Room for every token, never cleared: only the first `phraseStartCount` are read.
        if phraseStarts.count < n { phraseStarts = [Int32](repeating: 0, count: n) }
        phraseStartCount = 0
        guard n > 0 else { return }
        phraseStartCount = hashes.withUnsafeBufferPointer { hashes in
        phraseStarts.withUnsafeMutableBufferPointer { starts in
        cue.withUnsafeMutableBufferPointer { cue in
        predicate.withUnsafeMutableBufferPointer { predicate in
        marker.withUnsafeMutableBufferPointer { marker in
        cueLength.withUnsafeMutableBufferPointer { cueLength in
        predicateLength.withUnsafeMutableBufferPointer { predicateLength in
        markerLength.withUnsafeMutableBufferPointer { markerLength in
            phraseRows.refill(repeating: cue.baseAddress!, count: ClaimlineRules.PhraseIndex.tags)
            phraseLengths.refill(repeating: cueLength.baseAddress!, count: ClaimlineRules.PhraseIndex.tags)
            (phraseRows[ClaimTables.predicateTag], phraseLengths[ClaimTables.predicateTag]) = (predicate.baseAddress!, predicateLength.baseAddress!)
            (phraseRows[ClaimTables.markerTag], phraseLengths[ClaimTables.markerTag]) = (marker.baseAddress!, markerLength.baseAddress!)
            return phrases.longestByTag(in: hashes, rows: phraseRows, lengths: phraseLengths, starts: starts.baseAddress!)
        }}}}}}}}
    }

    /// The hash of every token, for a document whose tokens came without them.
    private static func hash(_ doc: Document, into hashes: inout [UInt64]) {
        hashes.refill(repeating: 0, count: doc.tokens.count)
        for (i, token) in doc.tokens.enumerated() { hashes[i] = TokenHash.of(doc.view.scalars, token.view.start, token.view.end) }
    }

    @inline(never)
    private static func isUppercase(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }

    /// Whether the part of a word before its first hyphen is a particle and a capital follows
    /// the hyphen ("al-Muhajir", not "mid-November"). Particles are short ("al", "ould",
    /// "abou"): the hyphen comes within five letters.
    @inline(__always)
    static func isJoinedParticle(_ token: Token, v: UnsafeBufferPointer<Unicode.Scalar>, words: FunctionWords) -> Bool {
        let start = token.view.start, end = token.view.end
        // Most words have no hyphen in the four scalars after their first (a word starts with a
        // letter or digit), one vector test. Asked before the word's length, which follows no
        // pattern a branch predictor could learn: a hyphen after a short word only sends it on.
        if start &+ 5 <= v.count {
            let next4 = UnsafeRawPointer(v.baseAddress! + (start &+ 1)).loadUnaligned(as: SIMD4<UInt32>.self)
            guard any(next4 .== SIMD4(repeating: 0x2D)) else { return false }
        }
        // Two letters, a hyphen and a capital at least.
        guard end &- start >= 4 else { return false }
        let limit = min(end, start &+ 5)
        var j = start
        while j < limit && v[j] != "-" { j += 1 }
        guard j < limit, j + 1 < end, v[j + 1].value >= 65 && v[j + 1].value <= 90 else { return false }
        var h = TokenHash.seed
        for k in start..<j { h = TokenHash.step(h, v[k]) }
        return words.particles.contains(h)
    }

    /// The word classes of each token as if no phrase started at it (see `TokenFlags`): most
    /// tokens start none, and this loop reads none of the phrase arrays. The same walk over
    /// the tokens and the gaps between them finds the paragraphs and quote marks.
    private mutating func classifyWords(_ doc: Document) {
        // Filled as locals (their buffers kept from document to document), then put back.
        var firsts = paragraphFirst, marks = quoteMarks
        paragraphFirst = []; quoteMarks = []
        firsts.removeAll(keepingCapacity: true); marks.removeAll(keepingCapacity: true)
        defer { paragraphFirst = firsts; quoteMarks = marks }
        paragraphStart.refill(repeating: false, count: doc.tokens.count)
        guard !doc.tokens.isEmpty else { return }
        paragraphStart[0] = true; firsts.append(0)
        doc.view.scalars.withUnsafeBufferPointer { v in
        doc.tokens.withUnsafeBufferPointer { tokens in
        paragraphStart.withUnsafeMutableBufferPointer { paragraphStart in
        flags.withUnsafeMutableBufferPointer { flags in
            var previousEnd = tokens[0].view.start
            for t in tokens.indices {
                let token = tokens[t]
                var f = Self.classes(of: token, v: v)
                if f.contains(.sentenceEnd) && Self.endsInitial(tokens, v, t) { f.remove(.sentenceEnd) }
                flags[t] = f
                // Most tokens follow the one before with no gap or a single space: no line break.
                let gap = token.view.start &- previousEnd
                if gap > 0 && (gap > 1 || v[previousEnd] != " ") && QuoteMarks.breaksParagraph(v, tokens, before: t) {
                    paragraphStart[t] = true; firsts.append(t)
                }
                previousEnd = token.view.end
                if f.contains(.quoteMark) {
                    // A mark the view inserted has an empty original span: its own scalar stands in.
                    let from = originals[t].start, original = from < originals[t].end ? doc.scalars[from] : v[token.view.start]
                    marks.append(QuoteMarks.mark(t, span: token.view, original: original, paragraph: firsts.count &- 1, v: v))
                }
            }
        }}}}
    }

    /// At each token where a cue, predicate or marker starts: the kinds of the cue and marker,
    /// and the word classes narrowed by them (the phrase index listed those tokens).
    private mutating func classifyTagged(_ doc: Document, tables: ClaimTables, words: FunctionWords) {
        let cues = tables.cues, markers = tables.markers
        // Filled as a local (its buffer kept from document to document), then put back.
        var relays = relayCues
        relayCues = []
        relays.removeAll(keepingCapacity: true)
        defer { relayCues = relays }
        cue.withUnsafeMutableBufferPointer { cue in
        predicate.withUnsafeBufferPointer { predicate in
        marker.withUnsafeBufferPointer { marker in
        markerLength.withUnsafeBufferPointer { markerLength in
        cueLength.withUnsafeBufferPointer { cueLength in
        cueKinds.withUnsafeMutableBufferPointer { cueKinds in
        markerKinds.withUnsafeMutableBufferPointer { markerKinds in
        flags.withUnsafeMutableBufferPointer { flags in
        phraseStarts.withUnsafeBufferPointer { starts in
            let n = flags.count
            func opensColon(_ k: Int) -> Bool { k < n && doc.tokens[k].view.length == 1 && doc.view.scalars[doc.tokens[k].view.start] == ":" }
            // "The summary read in part:".
            func colonAfter(_ t: Int) -> Bool {
                opensColon(t + 1) || t + 3 < n && hashes[t + 1] == words.in && hashes[t + 2] == words.part && opensColon(t + 3)
            }
            for s in 0..<phraseStartCount {
                let t = Int(starts[s])
                // "a think tank": a longer role noun that starts with a cue's word is no cue.
                if cue[t] >= 0, marker[t] >= 0, markerLength[t] > cueLength[t], markers[Int(marker[t])].kind == .role { cue[t] = -1 }
                // `“…,” the statement reads`: a cue of a text only right after a word for one
                // (its marker, tagged at an earlier start, ends at `t`), and not a past form
                // that is the noun's participle ("a statement read on television").
                // Before a colon, the text may be named a few words back ("The editorial then
                // states:"), and by "it" before a colon or "that" ("It reads:", "It states that");
                // after quoted words, "he" or "she" reads them out.
                if cue[t] >= 0 && cues[Int(cue[t])].afterUtterance {
                    let named = (max(0, t - 3)..<t).contains(where: { markerKinds[$0] == .utterance && $0 + Int(markerLength[$0]) == t })
                        || colonAfter(t) && (max(0, t - 4)..<t).contains(where: { markerKinds[$0] == .utterance })
                        || t > 0 && hashes[t - 1] == words.it && (colonAfter(t) || t + 1 < n && hashes[t + 1] == words.that)
                        // `“…,” he read`: a person reading a text out, after its words; `“…,” it read`: the text.
                        || t > 1 && (hashes[t - 1] == words.he || hashes[t - 1] == words.she || hashes[t - 1] == words.it)
                            && flags[t - 2].contains(.quoteMark)
                    if !named || (doc.view.scalars[doc.tokens[t].view.end - 1] != "s" && t + 1 < n && words.afterParticiple.contains(hashes[t + 1])) {
                        cue[t] = -1
                    }
                }
                // "Abdu Said Musa", "Abdirahman Said Jama": "Said" between two capitalised words is a name's part.
                if cue[t] >= 0, hashes[t] == words.said, t > 0, t + 1 < n, flags[t].contains(.capitalised),
                   flags[t - 1].contains(.capitalised), flags[t + 1].contains(.capitalised) { cue[t] = -1 }
                if cue[t] >= 0 {
                    let kind = cues[Int(cue[t])].kind
                    cueKinds[t] = kind
                    if kind == .relay || kind == .according { relays.append(Int32(t)) }
                }
                let kind: MarkerKind? = marker[t] >= 0 ? markers[Int(marker[t])].kind : nil
                markerKinds[t] = kind
                flags[t] = Self.narrowed(flags[t], marker: kind, tagged: cue[t] >= 0 || predicate[t] >= 0)
                // "Col. Nur": a full stop after a title ends no sentence.
                if kind == .title && t &+ 1 < n { flags[t &+ 1].remove(.sentenceEnd) }
            }
        }}}}}}}}}
    }

    /// True when the full stop at token `t` ends a middle initial ("George W. Bush"): one
    /// capital letter after a space before it, a capitalised word after it (as the segment stage reads it).
    @inline(never)
    private static func endsInitial(_ tokens: UnsafeBufferPointer<Token>, _ v: UnsafeBufferPointer<Unicode.Scalar>, _ t: Int) -> Bool {
        guard t > 0, t + 1 < tokens.count else { return false }
        let letter = tokens[t - 1].view
        return letter.length == 1 && letter.end == tokens[t].view.start && letter.start > 0 && v[letter.start - 1] == " "
            && SegmentStage.isMiddleInitial(v, letter: letter.start, next: tokens[t + 1].view.start)
    }

    /// The classes of one token at which no phrase starts: a word's from its first scalar; a
    /// sentence end from the scalar after it; a quote mark.
    @inline(__always)
    private static func classes(of token: Token, v: UnsafeBufferPointer<Unicode.Scalar>) -> TokenFlags {
        switch token.kind {
        case .word:
            let c = v[token.view.start]
            // Apart, so that the common case's capital is a comparison, not a value merged from two paths.
            guard c.isASCII else { return wordClasses(capitalised: isUppercase(c)) }
            return wordClasses(capitalised: c.value &- 65 < 26)
        case .number:
            return .word
        case .punctuation, .symbol:
            var f: TokenFlags = []
            guard token.view.length == 1 else { return f }
            let c = v[token.view.start]
            if endsSentence(c) {
                let next = token.view.end
                // Not the last stop of a dotted abbreviation before a lower-case word ("U.S. officials").
                let start = token.view.start
                let lowerNext = c == "." && start >= 2 && v[start - 2] == "." && v[start - 1].value &- 65 < 26
                    && next + 1 < v.count && v[next] == " " && v[next + 1].value &- 97 < 26
                if next >= v.count || (v[next].isSpace && !lowerNext) || v[next] == "\"" || v[next] == "'" || v[next] == ")" { f.insert(.sentenceEnd) }
            } else if (c == "\"" || c == "'") && token.kind == .punctuation {
                f.insert(.quoteMark)
            }
            return f
        }
    }

    /// A word's classes, made of bits rather than branches: whether a word is capitalised
    /// follows no pattern a branch predictor could learn (and the compiler turns the selects of
    /// `? :` back into branches).
    @inline(__always)
    private static func wordClasses(capitalised: Bool) -> TokenFlags {
        let capital = unsafeBitCast(capitalised, to: UInt8.self)
        return TokenFlags(rawValue: TokenFlags.word.rawValue | capital &* (TokenFlags.capitalised.rawValue | TokenFlags.namePart.rawValue)
                                    | (capital ^ 1) &* TokenFlags.modifier.rawValue)
    }

    /// The classes `f` of a token where a phrase starts: a capitalised cue or predicate, or a
    /// marker other than a name particle, role or organisation noun, is no name part (unless a
    /// mention covers it: `ClaimsText.isNamePart`); a lower-case word tagged so is no modifier.
    @inline(__always)
    private static func narrowed(_ f: TokenFlags, marker: MarkerKind?, tagged: Bool) -> TokenFlags {
        var f = f
        if f.contains(.capitalised) {
            let nameMarker = marker == nil || marker == .nameParticle || marker == .role || marker == .orgAnaphor
            if tagged || !nameMarker { f.remove(.namePart) }
        } else if tagged || !(marker == nil || marker == .orgAnaphor) {
            f.remove(.modifier)
        }
        return f
    }

    private static func endsSentence(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" }

    /// Marks each token with its sentence, entity mention, date and boilerplate flag.
    private mutating func cover(_ doc: Document) {
        let tokens = doc.tokens, map = doc.view.map
        sentence.withUnsafeMutableBufferPointer { sentence in
            doc.sentences.withUnsafeBufferPointer { sentences in
                for s in sentences.indices {
                    let first = sentences[s].firstToken, end = min(first + sentences[s].tokenCount, sentence.count)
                    if first < end { sentence[first..<end].update(repeating: Int32(s)) }
                }
            }
        }
        // Index loops: a mention is read for its span alone, never copied whole.
        originals.withUnsafeBufferPointer { originals in
            entity.withUnsafeMutableBufferPointer { entity in
                var from = 0
                doc.scalars.withUnsafeBufferPointer { scalars in
                    for k in doc.entities.indices {
                        from = Self.mark(entity, originals, original: doc.entities[k].span, value: k, from: from, possessive: scalars)
                    }
                }
            }
            date.withUnsafeMutableBufferPointer { date in
                var from = 0
                for k in doc.dates.indices { from = Self.mark(date, originals, original: doc.dates[k].span, value: k, from: from) }
            }
        }
        for r in doc.regions where r.kind == .boilerplate {
            let span = map.toDerived(r.span)
            var t = Self.firstToken(tokens, atOrAfter: span.start)
            while t < tokens.count && tokens[t].view.start < span.end { boilerplate[t] = true; t += 1 }
        }
    }

    /// Marks the tokens of the original `span`: from the first token starting at or after its
    /// start, those whose original ends inside it (the view keeps the order of the original).
    /// `from` is that first token for the mention before, returned for the next: mentions come
    /// in text order, so a few steps on from it mostly find the next one, each a branch taken
    /// the same way, where a binary search mispredicted half of its guesses. With the text's
    /// `possessive` scalars, a token that is the span and "'s" ("State's") is marked too: the
    /// name is its possessor's ("Islamic State's Amaq agency", "Ansar Dine's claim").
    private static func mark(_ array: UnsafeMutableBufferPointer<Int32>, _ originals: UnsafeBufferPointer<ScalarSpan>,
                             original span: ScalarSpan, value: Int, from: Int,
                             possessive: UnsafeBufferPointer<Unicode.Scalar>? = nil) -> Int {
        // Before `from` only when out of order: then searched from the start.
        var lo = from > 0 && originals[from - 1].start >= span.start ? 0 : from
        let near = min(originals.count, lo + 32)
        while lo < near && originals[lo].start < span.start { lo += 1 }
        if lo == near {
            var hi = originals.count
            while lo < hi {
                let mid = (lo &+ hi) >> 1  // both within an array's bounds: no overflow
                if originals[mid].start < span.start { lo = mid + 1 } else { hi = mid }
            }
        }
        var t = lo
        while t < originals.count && originals[t].end <= span.end {
            if array[t] < 0 { array[t] = Int32(value) }
            t += 1
        }
        if let scalars = possessive, t < originals.count, array[t] < 0, originals[t].start < span.end,
           originals[t].end == span.end + 2, scalars[span.end + 1] == "s", scalars[span.end] == "'" || scalars[span.end] == "\u{2019}" {
            array[t] = Int32(value)
        }
        return lo
    }

    static func firstToken(_ tokens: [Token], atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo &+ hi) >> 1  // both within an array's bounds: no overflow
            if tokens[mid].view.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
