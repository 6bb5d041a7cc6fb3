import ClaimlineCore
import ClaimlineRules

/// Content attributed to a speaker: a direct quote, reported speech, or the scope of a
/// statement ("announced ... by the Malian army"). Token indexes are on the view.
struct Attribution {
    var first: Int
    var last: Int
    /// A quoted span's tokens with its marks (`first`…`last` are the words inside): the
    /// quote record's span, as attribution corpora mark direct quotes.
    var marked: ClosedRange<Int>?
    var direct: Bool
    var cue: ClosedRange<Int>?
    /// The cue's original span when it is no token of the view.
    var cueSpan: ScalarSpan?
    var cueRule: String?
    var implies: CueImplication = .neutral
    var speaker: Speaker?
    /// Tokens of the speaker phrase, kept out of the subjects of the claims inside.
    var speakerTokens: ClosedRange<Int>?
    var chain: [MentionRef] = []
    /// Whom the words were addressed to, when no relay cue names it ("maintained ANI: …").
    var addressee: MentionRef?
    var parent: Int?
    /// How many attributions hold this one's words, itself included (1 outside any other).
    var depth = 1
    var rule: String
    /// False for scopes that are not quotes of their own (a passive "announced by X").
    var isQuote = true
    /// Words quoted inside reported speech, spoken in the report's voice (speaker rule
    /// `speaker.mixed_quote`): they take the report's chain.
    var mixedQuote = false

    func contains(_ t: Int) -> Bool { first <= t && t <= last }

    /// Quoted words with their marks, direct or in a mixed quote: a piece a next quote may continue.
    var holdsMarks: Bool { direct || marked != nil }
}

/// Finds every attribution of a document in one left-to-right pass: quoted spans as they
/// open, reporting cues as they come; earlier speakers are known when later ones are read.
struct AttributionFinder {
    let text: ClaimsText
    var resolver: SpeakerResolver
    var found: [Attribution]
    /// Those of `found` that may hold the tokens the walk has yet to reach.
    var live: LiveAttributions
    /// Cue tokens already used, so one cue gives one attribution.
    var consumed: [Bool]
    /// Reporting cues left inside reported speech nested `maxDepth` deep, and the first of them.
    var tooDeep = 0
    var firstTooDeep: Int?
    /// `relaysAround`'s answer for the sentence it last read.
    var sentenceRelays: SentenceRelays?
    /// How many paragraphs open with a label in capitals or a handle and a colon (`turnLabel`),
    /// counted when the first such paragraph is met.
    var labelledTurns: Int?
    /// The names that turns' labels in initials stand for (`nameOfInitials`), read at each label's first turn.
    var namesOfInitials: [UInt64: Phrase?] = [:]
    /// The paragraphs that answer an interview printed as plain questions and answers
    /// (`plainAnswers`), their first tokens in order, read when the first paragraph is met.
    var plainAnswerStarts: [Int]?
    // The reader and the author are made from fields when asked for, not stored: the walk's
    // methods take a copy of `self` for each call, and a smaller finder is cheaper to copy.
    var reader: PhraseReader { PhraseReader(text: text) }
    var author: AuthorRef { resolver.author }

    /// `consumed` holds `false` for each token of `text`; `history`, `found` and `live` are
    /// empty (emptied ones keep their storage).
    init(_ text: ClaimsText, consumed: [Bool], history: consuming SpeakerHistory, found: consuming [Attribution],
         live: consuming LiveAttributions) {
        self.text = text
        resolver = SpeakerResolver(text, author: AuthorRef(text), history: history)
        self.consumed = consumed
        self.found = found
        self.live = live
    }

    mutating func run() -> [Attribution] {
        let marks = QuoteMarks(text)
        let spans = marks.find()
        found.reserveCapacity(spans.count + 8)  // one growth at most in most documents
        // The next span and the token it opens at (-1 when none is left), kept up to date
        // rather than looked up for every token.
        var next = 0
        func opening(_ k: Int) -> Int { k < spans.count ? spans[k].open ?? spans[k].first : -1 }
        var nextOpen = opening(0)
        let headline = text.headline, text = self.text
        attributeHeadlineLabel()
        // Paragraph starts are listed: between them and the next opening, only cues stop the walk.
        var nextParagraph = 0
        text.cue.withUnsafeBufferPointer { cue in
        text.cueLength.withUnsafeBufferPointer { length in
        marks.paragraphFirst.withUnsafeBufferPointer { paragraphs in
            // A token where no cue starts has length 0 (`PhraseIndex` writes at least 1 where
            // one starts): most tokens, passed over eight at a time.
            var t = 0
            while t < cue.count {
                let paragraph = nextParagraph < paragraphs.count ? paragraphs[nextParagraph] : cue.count
                let stop = nextOpen >= t ? min(paragraph, nextOpen) : paragraph
                t = length.firstNonZero(from: t, to: stop)
                guard t < cue.count else { break }
                if t == paragraph { nextParagraph += 1 }
                live.drop(endingBefore: t, in: found)
                let body = !text.boilerplate[t] && !headline.contains(t)
                // Only a paragraph's first token can open an answer (asked here, before the call).
                if body && t == paragraph {
                    attributeIndentedBlock(at: t, paragraphs: paragraphs, index: nextParagraph - 1)
                    attributeAnswer(at: t, paragraphStart: marks.paragraphStart, headline: headline)
                }
                while nextOpen == t {
                    if body { attributeQuoted(spans[next], paragraphStart: marks.paragraphStart) }
                    next += 1
                    nextOpen = opening(next)
                }
                if cue[t] >= 0 && !consumed[t] && body { attributeCue(at: t) }
                // "in its annual report": the noun inside where the words were given reports nothing of its own.
                t += cue[t] >= 0 && text.cueKinds[t] == .statement ? max(1, Int(length[t])) : 1
            }
        }}}
        // Moved out, so that the stage holds the only reference and keeps the storage.
        return take(&found, leaving: [])
    }

    /// The innermost attribution whose content holds token `t`.
    func innermost(_ t: Int) -> Int? {
        live.last { found[$0].contains(t) && found[$0].isQuote }
    }

    func cueEnd(_ t: Int) -> Int { t + Int(text.cueLength[t]) - 1 }

    mutating func consume(_ range: ClosedRange<Int>) { for k in range { consumed[k] = true } }

    /// Adds an attribution: fills its chain and remembers its speaker for later pronouns and roles.
    /// `a` is moved into `found` and left empty: a copy would retain each of its strings again.
    mutating func add(_ a: inout Attribution) {
        // Content that trailing punctuation took back to before its start holds no words.
        guard a.first <= a.last else { return }
        // "“I said to them, ‘…’,” she said": "I" inside someone's quoted words is that speaker.
        if let p = a.parent, found[p].direct, let s = a.speaker, let outer = found[p].speaker, outer.key != s.key,
           s.ref.span.length == 1, text.doc.scalars[s.ref.span.start] == "I" {
            a.speaker = outer.restated(ref: MentionRef(span: s.ref.span, entity: outer.ref.entity, name: outer.ref.name, role: outer.role),
                                       rule: "speaker.first_person_quoted")
        }
        let cues = relayCues(RelayScope(a), reach: Self.relayReach)
        // Read by index: a loop or a map over the cues copied each one whole.
        var relays: [MentionRef] = []
        if !cues.isEmpty {
            relays.reserveCapacity(cues.count + 1)
            for i in cues.indices { consume(cues[i].cue); relays.append(cues[i].link) }
        }
        if let to = a.addressee, !relays.contains(where: { $0.span == to.span }) { relays.insert(to, at: 0) }
        if a.mixedQuote, let p = a.parent {
            a.chain = found[p].chain  // the same voice as the reported speech around it
        } else if a.speaker != nil {
            // The relays stated here, else those stated earlier for the same speaker.
            let stated = resolver.meet(a.speaker!, relays: relays)
            let links = chain(for: a.speaker!, relays: relays, stated: stated, parent: a.parent)
            a.chain = links
        } else if let p = a.parent {
            a.chain = found[p].chain
        }
        if let p = a.parent { a.depth = found[p].depth + 1 }
        let index = found.count
        live.add(index)
        found.append(Attribution(first: 0, last: -1, direct: false, cue: nil, rule: ""))
        swap(&found[index], &a)
        if let cue = found[index].cue, found[index].first < cue.lowerBound { adoptEarlierReports(into: index) }
    }

    /// "Hamaha was killed, the army said, AQIM denied": content before its cue may hold reports
    /// found before it. They become its inner reports, as if the outer cue had come first: one
    /// level deeper, their chain rebuilt with the outer one after their own relays.
    private mutating func adoptEarlierReports(into outer: Int) {
        let span = found[outer].first...found[outer].last
        var j = outer - 1
        while j >= 0 && outer - j <= Self.recentReports && found[j].last >= span.lowerBound {
            if found[j].parent == found[outer].parent, span.contains(found[j].first), span.contains(found[j].last),
               let speaker = found[j].speaker {
                found[j].parent = outer
                found[j].depth = found[outer].depth + 1
                // "X said Y, a claim Z denied": Z answers Y and passed none of X's words on; a
                // report whose cue stands outside keeps its own chain.
                if found[j].cue.map({ span.contains($0.lowerBound) }) ?? true {
                    found[j].chain = chain(for: speaker, relays: Array(found[j].chain.dropFirst()), stated: [], parent: outer)
                }
            }
            j -= 1
        }
    }
}
