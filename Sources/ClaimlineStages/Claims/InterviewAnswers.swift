import ClaimlineCore

extension AttributionFinder {
    static let interviewAnswer = "quote.interview_answer", transcriptLabel = "quote.transcript_label"

    /// True for an answer found by its paragraph ("A:", "Abu Talha:"), which has a speaker and no cue.
    static func isAnswer(_ a: Attribution) -> Bool { a.rule == interviewAnswer || a.rule == transcriptLabel || a.rule == turnLabel }

    /// "A: These reports are exaggerated.", "Answer: …". In an interview printed as Q:/A:, each
    /// answer is a direct quote with no cue, spoken by the interviewee: the first person named
    /// in the text after the headline, else in the headline ("Interview with the spokesman …,
    /// Adnan Abu Walid al-Sahrawi"); in a transcript, the person named before the colon.
    /// Nothing when token `t` opens no answer.
    mutating func attributeAnswer(at t: Int, paragraphStart: [Bool], headline: Headline) {
        guard paragraphStart[t], t + 2 < text.count else { return }
        if text.tokens[t].view.length == 1 && text.scalar(t) == "A" || text.isWord(t, text.words.answer), text.isPunct(t + 1, ":") {
            guard let last = paragraphLast(after: t + 2, paragraphStart: paragraphStart) else { return }
            var a = Attribution(first: t + 2, last: last, direct: true, cue: nil, cueRule: nil, speaker: nil, parent: innermost(t),
                                rule: Self.interviewAnswer)
            a.speaker = interviewee(before: t, after: headline.last)
            add(&a)
        } else {
            // A digest's item is neither a turn nor an organisation's report.
            let colon = turnLabelColon(at: labelStart(t))
            if colon != nil && countTurns() == 0 { return }
            if !attributeLabelled(at: t, paragraphStart: paragraphStart) {
                if let colon { attributeTurn(at: labelStart(t), colon: colon, paragraphStart: paragraphStart) }
                attributePlainAnswer(at: t, paragraphStart: paragraphStart, headline: headline)
            }
        }
    }

    /// "Have you judged anyone for what happened in January?\n\nThat is an internal matter.": in
    /// an interview printed as questions and answers with no labels or quote marks, the paragraph
    /// after a question is the interviewee's words (a direct quote with no cue).
    private mutating func attributePlainAnswer(at t: Int, paragraphStart: [Bool], headline: Headline) {
        if plainAnswerStarts == nil { plainAnswerStarts = plainAnswers(after: headline.last) }
        guard let answers = plainAnswerStarts, !answers.isEmpty, Self.holds(answers, t),
              let last = paragraphLast(after: t, paragraphStart: paragraphStart), last - t >= 2,
              let answerIndex = text.paragraphFirst.firstIndex(of: answers[0]), answerIndex > 0,
              // Named before the first question: an explainer's questions for headings are
              // answered by its writer, and the first person its answers name is no interviewee.
              let speaker = interviewee(before: text.paragraphFirst[answerIndex - 1], after: headline.last) else { return }
        var a = Attribution(first: t, last: lastContent(last), direct: true, cue: nil, cueRule: nil, speaker: nil, parent: innermost(t),
                            rule: Self.interviewAnswer)
        a.speaker = speaker
        add(&a)
    }

    /// The first tokens of the paragraphs that answer an interview printed as plain questions and
    /// answers: each paragraph right after one that ends in a question (opening with no quote mark
    /// or label), when at least three questions come, each followed by a paragraph that asks
    /// none, questions are a quarter of the paragraphs from the first on, and two answers in three
    /// speak in the first person. Empty for any other text.
    private func plainAnswers(after headlineEnd: Int) -> [Int] {
        let firsts = text.paragraphFirst
        func last(_ i: Int) -> Int { i + 1 < firsts.count ? firsts[i + 1] - 1 : text.count - 1 }
        func asks(_ i: Int) -> Bool {
            var k = last(i)
            if k > firsts[i], text.flags[k].contains(.quoteMark) { k -= 1 }
            return text.isPunct(k, "?")
        }
        guard let q0 = firsts.indices.first(where: { firsts[$0] > headlineEnd && asks($0) }) else { return [] }
        var questions = 0
        for i in q0..<firsts.count where asks(i) {
            guard i + 1 < firsts.count, !asks(i + 1) else { return [] }
            questions += 1
        }
        guard questions >= 3, questions * 4 >= firsts.count - q0 else { return [] }
        // Only the paragraph right after each question: a later one may be the writer's own ("In a
        // written statement sent to our newsroom after the interview, the ministry said …"). Not
        // one a label or a quote mark opens (read as such), and not a colon among its first words.
        let answers = ((q0 + 1)..<firsts.count).filter { i in
            asks(i - 1) && !text.flags[firsts[i]].contains(.quoteMark)
                && !(firsts[i]..<min(last(i), firsts[i] + 8)).contains(where: { text.isPunct($0, ":") })
        }
        // Answers speak in the first person ("I reject that", "we comply"); an explainer's
        // paragraphs under questions for headings ("What did Hamas say?") mostly do not.
        let personal = answers.filter { i in (firsts[i]...last(i)).contains { text.words.personal.contains(text.hashes[$0]) || text.words.firstPersonOwn.contains(text.hashes[$0]) } }
        return personal.count * 3 >= answers.count * 2 ? answers.map { firsts[$0] } : []
    }

    /// Whether sorted `list` holds `value` (a binary search: an interview may run to many paragraphs).
    private static func holds(_ list: [Int], _ value: Int) -> Bool {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] == value
    }

    static let turnLabel = "quote.transcript_turn"
    static let headlineLabel = "quote.headline_label"

    /// "Pat Caddell: Democrat Voters Worried About Clinton's Health", "Sanders: Clinton needs to
    /// …": a first line that a few capitalised words and a colon open puts the words after the
    /// colon in the mouth of whom they name (the colon its cue); not a headline's label
    /// ("BREAKING:", the markers' `kicker`; "The Latest:", a determiner first), a known place
    /// or organisation, the story's topic ("Mali:", "Boko Haram: Shekau appears in new video"),
    /// words in capitals ("COLOMBIA:", a section's), a verb of speech ("Added Ms Hart:"), a time
    /// or a word for a statement.
    mutating func attributeHeadlineLabel() {
        var first = 0
        while first < text.count && text.boilerplate[first] { first += 1 }
        var colon = first
        while colon < text.count && colon - first < Self.headlineLabelWords && text.isWord(colon) && text.isCapitalised(colon)
                && !text.lineBreak(after: colon) { colon += 1 }
        guard colon > first, colon + 3 < text.count, text.isPunct(colon, ":"), !text.isTimeColon(colon), !text.lineBreak(after: colon),
              !(first..<colon).contains(where: { text.markerKind($0) == .kicker || text.markerKind($0) == .utterance
                  || text.markerKind($0) == .notAName || text.markerKind($0) == .determiner || text.cue[$0] >= 0
                  || text.entity[$0] >= 0 && !text.doc.entities[Int(text.entity[$0])].isPerson }),
              !(first..<colon).allSatisfy({ text.isCapitals($0) }),
              text.isCapitalised(colon + 1) || text.flags[colon + 1].contains(.quoteMark) else { return }
        var last = colon + 1
        while last + 1 < text.count && last - colon < Headline.maxTokens && !text.lineBreak(after: last) { last += 1 }
        guard last + 1 == text.count || text.lineBreak(after: last), last - colon >= 3 else { return }
        // The full stop some sites add to a headline is no part of the words.
        if text.isPunct(last, ".") { last -= 1 }
        let label = Phrase(kind: .named, first: first, last: colon - 1, extent: first...(colon - 1))
        var a = Attribution(first: colon + 1, last: last, direct: false, cue: colon...colon, cueRule: "cue.headline_colon", speaker: nil,
                            parent: nil, rule: Self.headlineLabel)
        a.speaker = resolver.resolve(label, at: colon).restated(rule: "speaker.headline_label")
        consume(colon...colon)
        add(&a)
    }

    /// Most capitalised words a headline's label before its colon holds.
    static let headlineLabelWords = 4

    /// "NARRATOR: In the early hours …", "BRIG. GEN. AL-SAADI: Peace be upon you.", "@RSFSudan,
    /// 09:14: Our forces …": in a transcript of turns (two paragraphs at least so opened), a
    /// paragraph opened by a label in capitals or an account's handle and a colon is a direct
    /// quote of who the label names (one "BREAKING:" or "UPDATE:" line is no transcript).
    private mutating func attributeTurn(at t: Int, colon: Int, paragraphStart: [Bool]) {
        guard let last = paragraphLast(after: colon + 1, paragraphStart: paragraphStart) else { return }
        guard countTurns() >= 2 else { return }
        let first = text.isPunct(t, "@") ? t + 1 : t
        var end = first
        while end + 1 < colon && text.tokens[end + 1].kind != .number && !text.isPunct(end + 1, ",") { end += 1 }
        let label = Phrase(kind: .named, first: first, last: end, extent: first...end)
        var a = Attribution(first: colon + 1, last: lastContent(last), direct: true, cue: nil, cueRule: nil, speaker: nil, parent: innermost(t),
                            rule: Self.turnLabel)
        if first == end, let named = nameOfInitials(first) {
            // "AD:" after "Guest: Ambroise Dolo (AD)": the person the initials stand for, spoken of by the label.
            let s = resolver.resolve(named, at: t)
            a.speaker = s.restated(ref: MentionRef(span: text.original(first, end), entity: s.ref.entity, name: s.ref.name ?? text.doc.string(s.ref.span),
                                                   role: s.ref.role), rule: "speaker.transcript_initials")
        } else {
            a.speaker = resolver.resolve(label, at: t).restated(rule: "speaker.transcript_label")
        }
        add(&a)
    }

    /// `nameWithInitials`, read once a label: each reading scans the text before it.
    private mutating func nameOfInitials(_ t: Int) -> Phrase? {
        if let named = namesOfInitials[text.hashes[t]] { return named }
        let named = nameWithInitials(of: t)
        namesOfInitials[text.hashes[t]] = .some(named)
        return named
    }

    /// The name whose initials the label at `t` is ("AD", "CM"): one given before it with the
    /// initials in parentheses after it ("Ambroise Dolo (AD)"), else the last person named
    /// before it whose words start with those letters.
    private func nameWithInitials(of t: Int) -> Phrase? {
        let letters = text.v[text.tokens[t].view.start..<text.tokens[t].view.end]
        guard t > 1, (2...3).contains(letters.count), letters.allSatisfy({ $0.value &- 65 < 26 }), text.entity[t] < 0 else { return nil }
        func initials(_ range: ClosedRange<Int>) -> [Unicode.Scalar] {
            range.filter { text.isWord($0) && text.isCapitalised($0) }.map { text.v[text.tokens[$0].view.start] }
        }
        for k in 1..<t where text.hashes[k] == text.hashes[t] && text.isPunct(k - 1, "(") && k + 1 < t && text.isPunct(k + 1, ")") {
            if k >= 2, let p = reader.before(k - 2, floor: max(0, k - 8)), p.kind == .person || p.kind == .named,
               initials(p.first...p.last).elementsEqual(letters) { return p }
        }
        var person: Phrase?, k = 0
        while k < t {
            if text.entity[k] >= 0, text.doc.entities[Int(text.entity[k])].isPerson {
                let range = reader.mentionRange(k)
                if initials(range).elementsEqual(letters) { person = Phrase(kind: .person, first: range.lowerBound, last: range.upperBound, entity: text.entity[k], extent: range) }
                k = range.upperBound + 1
            } else {
                k += 1
            }
        }
        return person
    }

    /// How many paragraphs open with a turn's label (none in a digest: a labelled paragraph
    /// where none counts as a turn is a digest's item), counted once.
    private mutating func countTurns() -> Int {
        if let n = labelledTurns { return n }
        let turns = text.paragraphFirst.filter { turnLabelColon(at: labelStart($0)) != nil }
        labelledTurns = isDigest(turns) ? 0 : turns.count
        return labelledTurns!
    }

    /// "IRNA: The official news agency quoted …", "KAYHAN: The hardline daily said …": a monitoring
    /// digest's items, each labelled by the outlet it sums up, are no transcript: no label comes
    /// twice, and most items open by naming their outlet again in the third person. Their words
    /// are read as any other paragraph's.
    private func isDigest(_ turns: [Int]) -> Bool {
        guard turns.count >= 3 else { return false }
        var labels = Set<[UInt64]>(), third = 0
        for t in turns {
            let t = labelStart(t)
            guard let colon = turnLabelColon(at: t), labels.insert(Array(text.hashes[t..<colon])).inserted else { return false }
            if opensWithOrganisationWord(colon + 1) { third += 1 }
        }
        return third * 2 >= turns.count
    }

    /// "The London-based Saudi daily", "The official news agency": "the" at `k`, then a word for
    /// an organisation within a few words, before any verb or punctuation but a hyphen.
    private func opensWithOrganisationWord(_ k: Int) -> Bool {
        guard k < text.count, text.isWord(k, text.words.the) else { return false }
        var j = k + 1
        while j < min(text.count, k + 12) && (text.isWord(j) || text.isPunct(j, "-")) && !text.isFiniteVerb(j) {
            if text.markerKind(j) == .orgAnaphor { return true }
            j += 1
        }
        return false
    }

    /// Where a turn's label may start in the paragraph that token `t` opens: past a quote mark
    /// that opens it, as each paragraph of a transcript quoted whole does
    /// ("\"WALLACE: Let's start …" then "\"PENCE: Well, look, …").
    private func labelStart(_ t: Int) -> Int {
        t + 1 < text.count && text.flags[t].contains(.quoteMark) && !text.lineBreak(after: t) ? t + 1 : t
    }

    /// Whether the quote mark at `open` opens a transcript's turn ("\"PENCE: Well, …").
    mutating func opensQuotedTurn(_ open: Int) -> Bool {
        labelStart(open) == open + 1 && turnLabelColon(at: open + 1) != nil && countTurns() >= 2
    }

    /// The colon that ends a turn's label opening a paragraph at `t`: one to five words in
    /// capitals (with the full stops of titles), a role's word ("Spokesperson:"), or "@" and a
    /// handle, then perhaps a comma and a time.
    private func turnLabelColon(at t: Int) -> Int? {
        guard t + 2 < text.count, text.isCapitalised(t) || text.isPunct(t, "@") else { return nil }
        var k = t
        if text.isPunct(t, "@") {
            guard text.isWord(t + 1) else { return nil }
            k = t + 2
            // "@SAF_Spokesman": the handle's parts, written together.
            while k < min(text.count, t + 8) && text.tokens[k].view.start == text.tokens[k - 1].view.end && !text.isPunct(k, ":") && !text.isPunct(k, ",") { k += 1 }
            if k < text.count, text.isPunct(k, ",") {  // ", 09:14"
                k += 1
                while k < min(text.count, t + 8) && (text.tokens[k].kind == .number || text.isPunct(k, ":") && k + 1 < text.count && text.tokens[k + 1].kind == .number) { k += 1 }
            }
        } else {
            // Not a publication's own label: "UPDATE:", "EDITOR'S NOTE:".
            if text.words.editorialLabels.contains(text.hashes[t]) { return nil }
            // "Spokesperson: Yes, Maggie, …": a role's word alone, capitalised, as the label.
            if text.markerKind(t) == .role, text.markerLength[t] <= 1, text.isPunct(t + 1, ":"), !text.paragraphStart[t + 2] { return t + 1 }
            var words = 0
            // On the paragraph's first line ("OPENING REMARKS" above "HAVRYLENKO:" is a heading).
            while k < min(text.count, t + 8) && !(k > t && text.lineBreak(after: k - 1))
                    && (text.isWord(k) && text.isCapitals(k) || text.isPunct(k, ".") && k > t || text.isPunct(k, "-") && k > t) {
                if text.isWord(k) { words += 1 }
                k += 1
            }
            guard words >= 1, words <= 5 else { return nil }
        }
        return k + 1 < text.count && text.isPunct(k, ":") && !text.paragraphStart[k + 1] ? k : nil
    }

    /// "Sanda Ould Boumama: These are lies …": in a transcript, a paragraph opened by a
    /// person's name (a PER mention) and a colon is that person's words. A paragraph that
    /// ends in a question is the interviewer's, and one that ends without a stop a title.
    /// "Amaq News Agency: Islamic State fighters killed 14 soldiers.": an organisation's name
    /// so placed reports what follows (not a direct quote: no marks give its words). The label
    /// is on the paragraph's own line (a heading above it, "REACTIONS", is none of it).
    private mutating func attributeLabelled(at t: Int, paragraphStart: [Bool]) -> Bool {
        guard text.isNamePart(t) || text.markerKind(t) == .title,
              let colon = (t + 1..<min(text.count, t + 7)).first(where: { text.tokens[$0].kind != .word || paragraphStart[$0] }), text.isPunct(colon, ":"),
              colon + 1 < text.count, !paragraphStart[colon + 1],
              let last = paragraphLast(after: colon + 1, paragraphStart: paragraphStart), !text.isPunct(last, "?"),
              text.isSentenceEnd(last) || text.isSentenceEnd(last - 1),
              let label = reader.after(t, limit: colon - 1), label.extent.upperBound == colon - 1 else { return false }
        // "Mr Speaker: Order! Order!": a title and a role, no name, is a person too.
        let titledRole = label.entity == nil && label.kind == .role && text.markerKind(t) == .title
        let person = titledRole || label.entity.map { text.doc.entities[$0].isPerson } == true
        guard person || label.entity.map({ text.doc.entities[$0].isOrganisation }) == true else { return false }
        var a = Attribution(first: colon + 1, last: lastContent(last), direct: person, cue: nil, cueRule: nil, speaker: nil, parent: innermost(t),
                            rule: Self.transcriptLabel)
        a.speaker = resolver.resolve(label, at: t).restated(rule: "speaker.transcript_label")
        add(&a)
        return true
    }

    /// The last token of the paragraph holding `first`, when the paragraph goes on past it.
    private func paragraphLast(after first: Int, paragraphStart: [Bool]) -> Int? {
        var last = first
        while last + 1 < text.count && !paragraphStart[last + 1] { last += 1 }
        return last > first ? last : nil
    }

    /// The interviewee: the first person named after the headline outside the questions and
    /// answers (else in the headline).
    func interviewee(before t: Int, after headlineEnd: Int) -> Speaker? {
        let start = headlineEnd + 1 < text.count ? text.tokens[headlineEnd + 1].view.start : 0
        let limit = text.tokens[t].view.start
        // Not a person a question names ("Q: Is it true that Abou Zeid was killed?"), nor one
        // named anywhere in a question's or an answer's paragraph ("Q (Reuters): Russian media
        // reported that Colonel X was killed. Can you confirm?", "A: Colonel X is alive.").
        let sentences = text.doc.sentences, v = text.doc.view.scalars
        func inExchange(_ m: EntityMention) -> Bool {
            sentences.index(holdingView: m.view.start).map { v[sentences[$0].view.end - 1] == "?" } ?? false
                || opensExchange(paragraphStart(m.view.start))
        }
        func paragraphStart(_ k: Int) -> Int {
            var k = k
            while k > 0 && v[k - 1] != "\n" { k -= 1 }
            return k
        }
        // "Q:", "Q (AFP):", "A:", "Question:", "Answer:".
        func opensExchange(_ k: Int) -> Bool {
            guard k + 1 < v.count else { return false }
            if v[k] == "Q" || v[k] == "A" {
                return v[k + 1] == ":" || v[k + 1] == " " && k + 2 < v.count && (v[k + 2] == "(" || v[k + 2] == ":")
            }
            for label in ["Question:", "Answer:"] where k + label.unicodeScalars.count <= v.count {
                if v[k..<(k + label.unicodeScalars.count)].elementsEqual(label.unicodeScalars) { return true }
            }
            return false
        }
        // Nor one named inside an answer already read in quote marks ("… the commander, Ali Mussa, said: …").
        let quoted = found.filter { $0.direct }.map { text.original($0.first, $0.last) }
        func inQuote(_ m: EntityMention) -> Bool { quoted.contains { $0.start <= m.span.start && m.span.end <= $0.end } }
        guard let e = text.doc.entities.first(where: { $0.isPerson && $0.view.start >= start && $0.view.end <= limit && !inExchange($0) && !inQuote($0) })
                ?? text.doc.entities.first(where: { $0.isPerson && $0.view.end <= start }) else { return nil }
        return Speaker(ref: MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text), rule: "speaker.interviewee",
                       key: SpeakerKey(entity: e.entity, name: e.text), isPerson: true, role: nil, organisation: nil)
    }
}
