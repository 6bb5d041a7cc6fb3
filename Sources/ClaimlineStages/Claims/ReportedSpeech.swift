import ClaimlineCore
import ClaimlineRules

extension AttributionFinder {
    /// How deep reported speech nests: a reporting cue inside this many attributions starts
    /// none of its own, and its words stay content of the innermost. Real statements nest a
    /// few levels ("according to X, Y said that Z denied that …"); each level's content runs
    /// to the end of its sentence and each chain holds the chains around it, so a sentence of
    /// N nested cues made records of N times its length.
    static let maxDepth = 8

    /// How far a report's content and speaker lie from its cue, in tokens, either side. Reports
    /// side by side in one sentence ("A, ANI said, B, Reuters said, …") each took the sentence
    /// from its start: N of them wrote it N times. Twice a clause's reach
    /// (`ClaimFinder.clauseReach`); no report of real text comes near it.
    static let reportReach = 2 * ClaimFinder.clauseReach
    /// Tokens an aside after a speaker's name may span: "a senior fellow at the Hoover
    /// Institution and a former United States ambassador to Russia" has sixteen.
    static let asideReach = 20

    /// A reporting cue outside any quote it already serves: reported speech ("he said that
    /// …", "…, the spokesman said", "according to X, …"), a relay that names an interviewer
    /// ("spoke with an ANI journalist"), a statement header, or a passive source ("announced
    /// … by the Malian army").
    mutating func attributeCue(at c: Int) {
        guard let rule = text.cueRule(c) else { return }
        // "claimed responsibility" is a predicate, not a reporting verb ("claimed the attack was
        // staged" is one).
        if text.predicate[c] >= 0 && text.predicateLength[c] > text.cueLength[c] && !text.reportsClause(predicate: c) { return }
        let end = cueEnd(c)
        let sentence = text.sentenceRange(c)
        let parent = innermost(c)
        if let parent, found[parent].depth >= Self.maxDepth {
            if tooDeep == 0 { firstTooDeep = c }
            tooDeep += 1
            return
        }
        var floor = max(parent.map { max(found[$0].first, sentence.lowerBound) } ?? sentence.lowerBound, c - Self.reportReach)
        // "said that hospital staff had told her …": the outer report's "that" is no part of the inner speaker.
        if let parent, floor == found[parent].first, floor + 1 < c, text.isWord(floor, text.words.that) { floor += 1 }
        // "NIAMEY, May 12 (AFP) - The group claimed …, according to …": not the dateline.
        if let dash = author.datelineEnd, floor <= dash, dash < c { floor = dash + 1 }
        // "Jalalabad, 4 May: Security forces have killed …, the ministry said": a place and a date
        // before a colon open the sentence as a dateline does.
        if floor + 2 < c, text.isCapitalised(floor), text.isPunct(floor + 1, ","),
           let colon = ((floor + 3)..<min(c, floor + 7)).first(where: { text.isPunct($0, ":") }), text.date[colon - 1] >= 0 { floor = colon + 1 }
        // "CATARMAN, Northern Samar — Four suspected …, the army said": a place in capitals and a
        // dash that open the paragraph are a dateline too.
        if let start = afterCapitalsDateline(floor, before: c) { floor = start }
        var ceiling = min(parent.map { min(found[$0].last, sentence.upperBound) } ?? sentence.upperBound, end + Self.reportReach)
        // "Alfredo R. (who asked that his surname not be published) told us …": a cue inside
        // parentheses, a few words after the opening one, reports up to the closing one.
        if end < ceiling, let open = (max(floor, c - 8)..<c).last(where: { text.isPunct($0, "(") || text.isPunct($0, ")") }), text.isPunct(open, "("),
           let close = ((end + 1)...ceiling).first(where: { text.isPunct($0, ")") }) { ceiling = close - 1 }
        var a = Attribution(first: 0, last: 0, direct: false, cue: c...end, cueRule: rule.id, implies: rule.implies, speaker: nil, parent: parent, rule: "")
        switch rule.kind {
        case .speech, .relay:
            // "the “continued aggression”", "the reported death", "a written question": a participle
            // after a determiner, or after a quote mark or an ordinal that follows one, describes the
            // noun after it or is one ("the third accused").
            if c == end, c > floor, text.endsInEd(c) || text.isWord(c, text.words.written), reader.isDeterminer(c - 1)
                || (c - 1 > floor && (text.flags[c - 1].contains(.quoteMark) || text.words.ordinals.contains(text.hashes[c - 1])) && reader.isDeterminer(c - 2)) { return }
            // ("a statement posted on Telegram": nor a verb of speech of more words after one.)
            if c == end || rule.kind == .speech, text.describesMessage(c) { return }
            // "Speaking to students at Drexel University this week, Biden responded …": a relay's
            // participle that opens its sentence frames the main clause; it reports nothing itself.
            if rule.kind == .relay, c == sentence.lowerBound, text.endsInIng(c) { return }
            // "Asked about that account, a spokesman said …": so does a participle in "-ed" whose
            // clause a comma closes (not "Added Ms Hart: “…”", the verb before its speaker).
            if c == sentence.lowerBound, text.endsInEd(c), end < ceiling,
               let mark = ((end + 1)...min(ceiling, end + Self.asideReach)).first(where: {
                   text.isPunct($0, ",") || text.isPunct($0, ":") || text.flags[$0].contains(.quoteMark) }),
               text.isPunct(mark, ",") { return }
            // `would "add a layer of Ottawa paperwork"`: a verb that opens quoted words after a
            // modal is their predicate, no report of its own (not after "has": `has "denied" …`).
            if c - 2 >= floor, text.flags[c - 1].contains(.quoteMark), text.words.isFinite(text.hashes[c - 2]),
               !text.words.perfect.contains(text.hashes[c - 2]) { return }
            // "had published statements", "broadcast a new video": a word for a message is what
            // was made public, no words the verb reports.
            if rule.implies == .announcement || text.words.issuedBy.contains(text.hashes[end]), end + 1 <= ceiling, !text.isWord(end + 1, text.words.that),
               case let k = reader.isDeterminer(end + 1) ? end + 2 : end + 1, k <= ceiling,
               let m = (k...min(ceiling, k + 2)).first(where: { text.markerKind($0) == .utterance || text.words.messages.contains(text.hashes[$0]) }),
               (k..<m).allSatisfy({ text.isWord($0) && !text.isCapitalised($0) && text.cue[$0] < 0 }) { return }
            // "He wrote a letter after …", "wrote the book": what was written, not what it said.
            if c == end, text.words.writeForms.contains(text.hashes[c]), end + 1 <= ceiling, reader.isDeterminer(end + 1),
               !text.isWord(end + 1, text.words.that) { return }
            // "was more circumspect than her fellow Democrats": a comparison, no words; nor "said so"
            // before punctuation or a preposition ("I have said so in square brackets").
            if end + 1 <= ceiling, text.isWord(end + 1, text.words.than) { return }
            if end + 1 <= ceiling, text.isWord(end + 1, text.words.so),
               end + 2 > ceiling || text.tokens[end + 2].kind == .punctuation || reader.isPreposition(end + 2) { return }
            // "competing claims that have clouded the talks": a plural verb right after "that" makes it a relative pronoun.
            if end + 2 <= ceiling, text.isWord(end + 1, text.words.that), text.words.pluralBe.contains(text.hashes[end + 2]) { return }
            // "The exchange continued intermittently for hours": "continue" reports only before a
            // colon, a comma, a quote, "that", or at its sentence's end ("“…,” he continued.").
            if text.words.continueForms.contains(text.hashes[c]), end + 1 <= ceiling, !text.isPunct(end + 1, ":"), !text.isPunct(end + 1, ","),
               !text.isSentenceEnd(end + 1), !text.flags[end + 1].contains(.quoteMark), !text.isWord(end + 1, text.words.that) { return }
            // "are a smokescreen intended to hide", "a ceasefire agreed between": a participle after an
            // indefinite object, with its preposition or infinitive, describes it.
            if c == end, c - 3 >= floor, end + 1 <= ceiling, text.endsInEd(c), text.isWord(c - 1), !text.isCapitalised(c - 1),
               text.isIndefiniteArticle(c - 2), text.isWord(c - 3), !text.isCapitalised(c - 3),
               opensComplement(end + 1) || text.markerKind(end + 1) == .infinitive || text.isWord(end + 1, text.words.between) { return }
            // "the circumstances remain disputed", "the shells they had been promised for the week": a
            // participle after "remain" or "been" with no clause or infinitive of its own is a state.
            if c == end, c > floor, text.endsInEd(c), text.words.remainOrBeen.contains(text.hashes[c - 1]),
               end + 1 > ceiling || !(text.isWord(end + 1, text.words.that) || text.isWord(end + 1, text.words.by)
                                      || text.markerKind(end + 1) == .infinitive || text.isPunct(end + 1, ":")) { return }
            // "A UN report said …": a word for a statement after its determiner that a verb
            // follows heads the subject; it reports nothing itself.
            if rule.kind == .speech, text.markerKind(c) == .utterance, end + 1 <= ceiling,
               text.isFiniteVerb(end + 1) || text.cueKinds[end + 1] == .speech, isNounAfterDeterminer(c, floor: floor) { return }
            // "the group's claims frequently cannot be verified", "the group's claims about …": a noun
            // of speech after a possessive or determiner that an adverb, a verb or "about" follows
            // is a noun phrase; no words follow it ("the claims of X that …" do).
            if rule.kind == .speech, c > floor, end + 1 <= ceiling, text.tokens[end + 1].kind == .word, !text.isCapitalised(end + 1),
               text.markerKind(end + 1) == .adverb || text.markerKind(end + 1) == .auxiliary || text.endsInLy(end + 1) || text.isFiniteVerb(end + 1)
                || text.isWord(end + 1, text.words.about),
               reader.isPossessiveMark(c - 1) || reader.isPossessive(c - 1) || reader.isDeterminer(c - 1) { return }
            // "his plan that matches his rhetoric", "the plan that …", "any plan that cut …": a word
            // of intention right after a determiner, "any" or "every", or a possessive is a noun, no
            // verb of the one who intends (not after a pronoun's "'s": "he's sought to protect …").
            if rule.implies == .intention, c == end, c > floor,
               reader.isDeterminer(c - 1) || text.words.anyEvery.contains(text.hashes[c - 1]) || reader.isPluralPossessive(c - 1)
                || reader.isPossessive(c - 1) && text.markerKind(c - 1) != .pronounPerson && text.markerKind(c - 1) != .pronounGroup { return }
            // "Credible reports indicate that …", "Media reports said": a plural noun of speech before
            // a verb of speech of its own is that verb's subject ("denies claims that", "claims
            // reports are false": a plural after the verb is its object).
            if rule.kind == .speech, c == end, end + 1 <= ceiling, text.cueKinds[end + 1] == .speech, !text.endsInIng(end + 1),
               !text.words.sayingVerbs.contains(text.hashes[c]), reader.endsInPluralS(c), !reader.endsInPluralS(end + 1) { return }
            // "Russian claims about Kotlyne are false": after a capitalised modifier too, before
            // "about" and what it is about, a name or a determiner's noun, not a count ("Hamas
            // claims about 30 fighters", "Witnesses said about thirty armed men" report).
            if rule.kind == .speech, c > floor, end + 2 <= ceiling, text.isWord(end + 1, text.words.about), text.isCapitalised(c - 1),
               text.isCapitalised(end + 2) || reader.isDeterminer(end + 2) && !text.isIndefiniteArticle(end + 2) { return }
            // "Contrary to what the enemy media claims, the Mujahideen did not withdraw": the
            // verb of a free relative reports its "what"; the clause after the comma is not its
            // (one opened by "that" is: "We deny what the regime claimed, that its soldiers …").
            if rule.kind == .speech, end + 2 <= ceiling, text.isPunct(end + 1, ","), !text.isWord(end + 2, text.words.that),
               let what = (max(floor, c - 6)..<c).last(where: { text.isWord($0, text.words.what) }),
               !((what + 1)..<c).contains(where: { text.tokens[$0].kind == .punctuation }) { return }
            // `has “categorically denied” that …`: a verb in scare quotes, "that" right after them.
            if let close = scareQuotedVerbReport(&a, floor: floor, ceiling: ceiling) {
                consume(close...close)
                break
            }
            guard verbReport(&a, rule: rule, floor: floor, ceiling: ceiling) else { return }
        case .according:
            // "Quoting a spokesman, the radio said …" opens its sentence; elsewhere "quoting X as
            // saying" passes X's words on (`quotedAs`).
            if text.isWord(c, text.words.quotingWord) && text.sentenceRange(c).lowerBound != c { return }
            // "according to X, …" with nothing but punctuation after the comma reports nothing.
            guard let content = according(c, floor: floor, ceiling: ceiling), content.first <= content.last else {
                guard citedObject(&a, floor: floor, ceiling: ceiling) else { return }
                break
            }
            a.first = content.first; a.last = content.last; a.rule = "quote.according_to"
            a.speaker = reportIssuing(content.speaker, within: content.first...content.last)
                ?? content.speaker.map { resolver.resolve($0, at: c) }
            if let issuer = content.issuer { consume(c...issuer) }
        case .passive:
            guard let p = reader.after(end + 1, limit: ceiling) else { return }
            a.first = scopeStart(before: c, floor: floor); a.last = lastContent(ceiling); a.rule = "quote.reported_passive"
            // "in the latest attack claimed by the group": a participle after its noun claims the noun only.
            if let noun = nounBefore(participle: c, floor: floor) { a.first = noun.lowerBound; a.last = noun.upperBound }
            a.speaker = resolver.resolve(p, at: c); a.speakerTokens = p.extent; a.isQuote = false
        case .header:
            guard let content = header(c, end: end) else { return }
            a.first = content.first; a.last = content.last; a.direct = true; a.rule = "quote.statement_header"
            a.speaker = content.speaker.map { resolver.resolve($0, at: c) }
        case .label:
            // "Ayaba Tanyi, who describes himself as a spokesman, told": an aside on the speaker;
            // so is a participle's ("al-Murtada, described as a field commander, gave …").
            if end + 1 <= ceiling, c > floor, text.words.relatives.contains(text.hashes[c - 1]),
               text.words.reflexives.contains(text.hashes[end + 1]) { return }
            if c > floor, text.isPunct(c - 1, ","), text.endsInEd(c), end + 1 < ceiling,
               let close = (end + 1..<min(ceiling, end + Self.asideReach)).first(where: { text.isPunct($0, ",") || text.isSentenceEnd($0) }),
               text.isPunct(close, ","), text.isFiniteVerb(close + 1) || text.cueKinds[close + 1] == .speech
                || text.words.irregularPast.contains(text.hashes[close + 1]) { return }
            // "Then I called a former subordinate of mine": an article right after the verb opens its object, no label.
            if end + 1 <= ceiling, text.isIndefiniteArticle(end + 1), !quoteMark(after: end, within: 8, ceiling: ceiling) { return }
            // "quoting what it described as a military official": the label's object is "what",
            // before it, and no words of the speaker's are quoted ("what he called a “rant”" quotes some).
            if c - 2 >= floor, text.isWord(c - 2, text.words.what) || text.isWord(c - 1, text.words.what),
               !quoteMark(after: end, within: 3, ceiling: ceiling) { return }
            guard let last = labelEnd(cue: c, end: end, ceiling: ceiling), let speaker = speakerBefore(c, floor: floor) else { return }
            a.first = end + 1; a.last = last; a.rule = "quote.reported_label"; a.speaker = speaker
            // A label that calls it false denies it ("called Al-Shabaab's claims baseless").
            if last > end, (end + 1...last).contains(where: { text.markerKind($0) == .denial }) { a.implies = .denial }
        case .statement, .document:  // a `document` rule's kind is `speech`
            return
        }
        guard a.first <= a.last else { return }
        // "“I think the French believe he is dead,” he said": a report inside a direct quote is
        // the quoted speaker's words, one quote, not a statement of its own. It stays the scope
        // of its own voice, and an announcement, denial or confirmation there still gives its
        // claim (`addCueClaims`).
        if let parent, found[parent].direct { a.isQuote = false }
        consume(c...end)
        add(&a)
    }

    /// The report of a verb set in quote marks of its own, with its adverbs and auxiliaries
    /// only, whose "that" follows the closing mark (`The ministry has “categorically denied”
    /// that …`): the writer marks the word as the speaker's, who still reports the clause.
    /// The closing mark's index, or nil. Not words quoted with the verb (`he “confirms the
    /// criminal nature” of …`), nor a verb whose object comes first (`“rejects” the account that`).
    private mutating func scareQuotedVerbReport(_ a: inout Attribution, floor: Int, ceiling: Int) -> Int? {
        let c = a.cue!.lowerBound, end = a.cue!.upperBound
        // ("“rejected” that, blaming …": "that" is the object when punctuation follows it.)
        guard end + 3 <= ceiling, text.flags[end + 1].contains(.quoteMark), text.isWord(end + 2, text.words.that),
              text.tokens[end + 3].kind != .punctuation || text.flags[end + 3].contains(.quoteMark) else { return nil }
        var open = c - 1
        while open > floor && (text.endsInLy(open) || text.markerKind(open) == .adverb || text.markerKind(open) == .auxiliary) { open -= 1 }
        guard open > floor, text.flags[open].contains(.quoteMark), !text.isSentenceEnd(open - 1),
              let p = reader.before(open - 1, floor: floor),
              let clause = complement(after: end + 1, ceiling: ceiling, relay: false) else { return nil }
        a.first = clause; a.last = continued(reportEnd(from: clause, ceiling), within: a.parent); a.rule = "quote.reported_that"
        a.speaker = resolver.resolve(p, at: c)
        return end + 1
    }

    /// "Clinton cited derogatory comments Trump had made about Machado", "…, citing a threat to
    /// public health": what is cited, when it names no source, is put forward by the subject, as
    /// what one says is. False when the cue is no lone form of "cite" or nobody cites.
    private mutating func citedObject(_ a: inout Attribution, floor: Int, ceiling: Int) -> Bool {
        let c = a.cue!.lowerBound
        // Not "the deaths cited were …", a participle after its noun.
        guard a.cue!.upperBound == c, text.words.citeForms.contains(text.hashes[c]), c + 1 <= ceiling, text.isWord(c + 1),
              !text.isWord(c + 1, text.words.that), !text.isFiniteVerb(c + 1) else { return false }
        let last = reportEnd(from: c + 1, ceiling)
        guard c + 1 <= last else { return false }
        // Not a source after all: "citing a military source", "citing an initial GKNB post", "cited
        // an official as saying …"; nor an aside before the subject's own verb ("State media,
        // citing a military source, said …").
        let object = (c + 1)...last
        if let head = reader.after(c + 1, limit: last), head.kind == .role || head.kind == .person { return false }
        if (c + 1...min(last, c + 4)).contains(where: { text.markerKind($0) == .utterance || text.words.sourceNouns.contains(text.hashes[$0]) })
            || object.contains(where: { text.isWord($0, text.words.as) && $0 < last && text.cueKinds[$0 + 1] == .speech }) { return false }
        if let comma = object.first(where: { text.isPunct($0, ",") }), comma < last,
           text.cue[comma + 1] >= 0 || text.isFiniteVerb(comma + 1) { return false }
        guard let speaker = speakerBefore(c, floor: floor) else { return false }
        a.first = c + 1; a.last = last; a.rule = "quote.reported_cited"; a.speaker = speaker
        return true
    }

    /// A quote mark among the `within` tokens after `end`, up to `ceiling`.
    private func quoteMark(after end: Int, within: Int, ceiling: Int) -> Bool {
        end + 1 <= ceiling && ((end + 1)...min(ceiling, end + within)).contains { text.flags[$0].contains(.quoteMark) }
    }

    /// The token after a dateline's dash when the paragraph opens at `floor` with a word in
    /// capitals, then capitalised words, commas and a date only ("CATARMAN, Northern Samar —").
    private func afterCapitalsDateline(_ floor: Int, before c: Int) -> Int? {
        guard floor < c, text.paragraphStart[floor], text.tokens[floor].view.length >= 3, text.isCapitals(floor) else { return nil }
        var k = floor
        while k + 1 < c && k - floor < 8 {
            if text.dashGap(after: k) != nil { return k + 1 }
            if text.isDash(k + 1) { return k + 2 < c ? k + 2 : nil }
            // "QUETTA: The banned …": a place in capitals and a colon.
            if k == floor, text.isPunct(k + 1, ":"), k + 2 < c, text.isCapitalised(k + 2) { return k + 2 }
            // "NYALA, Sudan (Darfur Monitor) —": the outlet in parentheses.
            if text.isPunct(k + 1, "("), let close = text.parenthesisClose(openingAt: k + 1, limit: min(c - 1, k + 8)) { k = close; continue }
            // "BEIRUT, June 11 —": a date may follow the place.
            guard text.isPunct(k + 1, ",") || text.isPunct(k + 1, "/") || text.isCapitalised(k + 1) || text.date[k + 1] >= 0 else { return nil }
            k += 1
        }
        return nil
    }

    /// The content a reporting verb introduces: an unquoted statement after a colon, a passive
    /// source ("announced … by X"), a "that" clause or a bare clause, or preposed content
    /// ("…, the spokesman said"). A relay with none ("spoke with an ANI journalist") only
    /// records the relay for the speaker. False when the verb reports nothing here.
    mutating func verbReport(_ a: inout Attribution, rule: CueRule, floor: Int, ceiling: Int) -> Bool {
        let c = a.cue!.lowerBound, end = a.cue!.upperBound
        if let colon = colonStatement(after: end, ceiling: ceiling) {
            // "denies targeting civilians: its spokesman …": a denial's gerund is its content, up to the colon.
            if rule.implies == .denial, end + 2 < colon, isGerund(end + 1) {
                a.first = end + 1; a.last = colon - 2; a.rule = "quote.reported_that"
                a.speaker = speakerBefore(c, floor: floor)
                return a.speaker != nil
            }
            // "Translator's note: …", "Notes: …": a word for a message right before the colon
            // labels what follows; nobody states it with a verb.
            if colon == end + 2, text.markerKind(c) == .utterance { return false }
            // "X explained: Ali is alive." — an unquoted statement after a colon.
            a.first = colon; a.last = lastContent(ceiling); a.rule = "quote.colon_statement"
            a.speaker = speakerBefore(c, floor: floor)
            return a.speaker != nil
        }
        // "he said:\n\n- the attack was repulsed …;\n- 12 fighters were killed …": the list the
        // colon opens, one statement.
        // "The army said:" is a verb after its subject, not a noun ("Some quick notes:").
        if rule.kind == .speech, let list = listAfterColon(end),
           text.words.sayingVerbs.contains(text.hashes[c]) || !isNounAfterDeterminer(c, floor: floor),
           let speaker = speakerBefore(c, floor: floor) {
            a.first = list.lowerBound; a.last = list.upperBound; a.rule = "quote.colon_list"; a.speaker = speaker
            return true
        }
        // "claims by the Houthis that …": a noun of speech, its source, then its clause; no passive.
        if let passive = passiveSource(after: end, ceiling: ceiling),
           text.endsInEd(end) || !text.isWord(min(text.count - 1, passive.extent.upperBound + 1), text.words.that) {
            // "…, a claim denied by Ukrainian officials": the apposition answers the report before it.
            if let answered = c - 3 >= floor && reader.isDeterminer(c - 2) && isReportNoun(c - 1) ? appositiveReport(endingAt: c - 4, floor: floor)
                : reportAnsweredByPassive(cue: c, floor: floor) {
                a.first = found[answered].first; a.last = found[answered].last; a.rule = "quote.reported_passive"
                a.speaker = resolver.resolve(passive, at: c); a.speakerTokens = passive.extent
                return true
            }
            a.first = scopeStart(before: c, floor: floor); a.last = lastContent(ceiling); a.rule = "quote.reported_passive"
            a.speaker = resolver.resolve(passive, at: c); a.speakerTokens = passive.extent; a.isQuote = false
            return true
        }
        // "…, said Mr. Barrett, the lawyer.": after a comma, a verb whose speaker follows it and
        // closes the sentence reports what came before, not the words after it.
        // Not after the subject and its aside ("A local official, speaking on condition of
        // anonymity, said the attackers arrived …": the official said it).
        // Not a verb and its particle ("…, called on Muslims to …": the phrase before is its subject).
        let particle = end > c && (text.isPreposition(end) || text.isWord(end, text.words.on))
        if rule.kind == .speech, c > floor, text.isPunct(c - 1, ","), !subjectAndAside(before: c, floor: floor), !particle,
           let preposed = preposedContent(cue: c, floor: floor, ceiling: ceiling), let speaker = preposed.speaker {
            a.first = floor; a.last = preposed.last; a.rule = "quote.reported_preposed"
            a.speaker = resolver.resolve(speaker, at: c)
            return true
        }
        // "Trump, speaking to a veterans group, said …": a relay in an aside reports nothing itself.
        // Nor does a past participle in one ("A police officer, asked about the remarks, said …").
        if rule.kind == .relay || text.endsInEd(c), c > floor, text.isPunct(c - 1, ","), isParticiple(c),
           let verb = verbAfterAside(from: end + 1, limit: ceiling), rule.kind == .relay || !text.endsInIng(verb) { return false }
        // "Belmokhtar, who the army says was killed in Libya, appeared", "The raid, which the
        // army says killed 12 militants, …": the relative pronoun is the reported clause's
        // subject, the clause runs to the aside's closing comma, else to the sentence's end.
        // So is a relative clause without its pronoun after a noun ("an allegation the AA said
        // was “a fabrication”"), which ends before the next finite verb too ("The town the army
        // said was captured is quiet").
        if rule.kind == .speech, end + 1 < ceiling,
           case let aside = (text.isFiniteVerb(end + 1) || text.endsInEd(end + 1) && !text.isCapitalised(end + 1)) && inRelativeAside(c, floor: floor),
           aside || text.isFiniteVerb(end + 1) && contactClause(c, floor: floor), let speaker = speakerBefore(c, floor: floor) {
            a.first = end + 1; a.last = clauseComma(in: (end + 2)...ceiling).map { $0 - 1 } ?? lastContent(ceiling)
            // ("…, who it says is the mother of one of the men: “…”": not past a colon before a quote.)
            if end + 2 <= a.last, let colon = ((end + 2)...a.last).first(where: { text.isPunct($0, ":") && $0 + 1 < text.count && text.flags[$0 + 1].contains(.quoteMark) }) {
                a.last = colon - 1
            }
            if !aside, end + 2 <= a.last,
               let verb = ((end + 2)...a.last).first(where: { text.isFiniteVerb($0) && !text.isFiniteVerb($0 - 1) }) {
                a.last = verb - 1
            }
            a.rule = "quote.reported_that"; a.speaker = speaker
            return true
        }
        // "Note also that …": a reporting verb in the imperative opening the sentence is the
        // writer's word to the reader, no one's report.
        if rule.kind == .speech, c == text.sentenceRange(c).lowerBound, isImperative(c) { return false }
        let takesGerund = rule.implies == .denial || rule.implies == .confirmation
        if let clause = complement(after: end, ceiling: ceiling, relay: rule.kind == .relay, gerund: takesGerund,
                                   datedObject: rule.implies != .neutral,
                                   eventObjects: rule.implies == .announcement || rule.implies == .confirmation || rule.implies == .denial) {
            a.first = clause; a.last = continued(reportEnd(from: clause, ceiling), within: a.parent); a.rule = "quote.reported_that"
            // "Tsegay Gebrehiwot – I believe the ministry spells it Tsegaye – says": a report in
            // an aside between dashes ends at the closing dash, where the sentence's verb resumes
            // (not "– Stressing that … – and no Mujahideen were killed").
            if (max(floor, c - 4)..<c).contains(where: { text.isDash($0) }),
               let close = (clause...a.last).first(where: { k in
                   guard text.isDash(k), !text.isDash(k - 1) else { return false }
                   var next = k + 1
                   while next <= a.last && text.isDash(next) { next += 1 }  // "--"
                   return next <= a.last && (text.opensVerb(next) || text.cueKinds[next] == .speech || text.endsInIng(next))
               }) {
                a.last = close - 1
            }
            // The relay phrase between the verb and the clause reports nothing of its own.
            if end + 1 < clause, relayFrame(at: end + 1, ceiling: ceiling) != nil { consume((end + 1)...cueEnd(end + 1)) }
            // "Three months after France said he had been killed, Koufa appeared …": a report in a
            // subordinate clause ends at the comma that closes the clause.
            if let comma = subordinateClauseEnd(cue: c, floor: floor, from: clause, to: a.last) { a.last = comma - 1 }
            if let comma = relativeAsideEnd(cue: c, floor: floor, from: clause, to: a.last) { a.last = comma - 1 }
            // "The claims of the Malian army that Hamaha was killed are lies", "AQIM's claim that
            // Hamaha was killed was premature": the noun's clause ends before the sentence's verb,
            // or before the verdict on it, whose verb is among the last few words.
            // So is a noun of speech right after a verb, a preposition, a quote mark or a name ("said
            // claims that … are false", "said Houthi claims that …").
            // (The outer report's content may start at the noun: the floor is no bar to reading before it.)
            if c > floor && (reader.isDeterminer(c - 1) || reader.isPossessive(c - 1) || reader.isPossessiveMark(c - 1))
                || c > 0 && (text.cue[c - 1] >= 0 || reader.isPreposition(c - 1) || text.flags[c - 1].contains(.quoteMark))
                || c > 1 && text.isCapitalised(c - 1) && (text.cue[c - 2] >= 0 || reader.isDeterminer(c - 2))
                || c == text.sentenceRange(c).lowerBound, text.isWord(clause, text.words.that),
               let verb = sentenceVerb(afterNounClause: clause, last: a.last)
                ?? (max(clause + 2, a.last - 5)...max(clause + 2, a.last)).first(where: { text.verdict(at: $0).map { v in
                    v >= a.last || !((v + 1)...a.last).contains(where: { text.isWord($0) }) } ?? false }) {
                a.last = verb - 1
            }
            // "A former officer who said he attended the ceremony confirmed …": a report in a relative
            // clause with no commas ends before the sentence's own reporting verb after a noun.
            if c - 1 > floor, text.words.relatives.contains(text.hashes[c - 1]), !text.isPunct(c - 2, ","),
               let verb = ((clause + 2)...max(clause + 2, a.last)).first(where: { t in
                   t <= a.last && (text.cueKinds[t] == .speech || text.cueKinds[t] == .relay) && text.isWord(t - 1)
                       && text.markerKind(t - 1) != .auxiliary && !isSubjectPronoun(t - 1)
                       && !text.isWord(t - 1, text.words.that) && !text.words.relatives.contains(text.hashes[t - 1])
               }) {
                // Its auxiliary too ("… in Kogi State has claimed").
                a.last = text.isFiniteVerb(verb - 1) && verb - 2 >= clause ? verb - 2 : verb - 1
            }
            // "Hamaha, whom the French said they had killed, is alive": a report in a relative
            // aside ends with the aside.
            if inRelativeAside(c, floor: floor), let comma = clauseComma(in: clause...a.last) {
                a.last = comma - 1
            }
            // "rejected that account": "that" with a noun and no verb is a determiner, not a
            // clause; content that short is no report either way (checked before the speaker is sought).
            guard a.last - a.first >= 2 || (a.first...a.last).contains(where: { text.predicate[$0] >= 0 }) else { return false }
            // "who testified anonymously under a registration number": how the words were given, no content.
            if text.isAdverbInLy(a.first), a.first < a.last, opensComplement(a.first + 1),
               !(a.first...a.last).contains(where: { text.isFiniteVerb($0) || text.flags[$0].contains(.quoteMark) }) { return false }
            if let quoted = quotedAs(c, floor: floor) ?? attributedUtterance(c, floor: floor) {
                // The one quoting passes the words on, as an agency that "quoted" them does.
                a.speaker = resolver.resolve(quoted.speaker, at: c)
                a.addressee = quoted.relay.map(relayLink)
            } else {
                // "It was reported by a humanitarian source in Kaya that …": after an expletive "it"
                // and a passive "be", who reported it follows "by".
                if rule.kind == .relay, c - 2 >= floor, text.markerKind(c - 1) == .auxiliary, text.isWord(c - 2, text.words.it),
                   end + 1 < clause, let source = reader.after(end + 1, limit: clause - 1) {
                    a.speaker = resolver.resolve(source, at: c)
                } else if rule.kind == .relay, c - 1 >= floor, text.markerKind(c - 1) == .auxiliary, end + 2 < clause, text.isWord(end + 1, text.words.by),
                          let source = reader.after(end + 2, limit: clause - 1) ?? (reader.isPlural(end + 2) ? reader.bareNoun(end + 2) : nil) {
                    // "I am told by friends that …": so after any subject, who was told.
                    a.speaker = resolver.resolve(source, at: c)
                } else {
                    a.speaker = speakerBefore(c, floor: floor) ?? nounSource(after: end, ceiling: clause - 1)
                }
                a.addressee = publisher(inAsideBefore: c, floor: floor).map { reader.link($0, role: "agency") }
            }
            // Without "that", only a named speaker or a statement the text names ("The statement
            // said the hostages were alive") makes a verb a report ("this confirms the …" is not one).
            let bare = !text.isWord(clause, text.words.that)
            // "it could not verify the identity of the caller": what was not confirmed or denied
            // without a clause of its own is no report.
            if bare && takesGerund && text.negatesCue(c, floor: floor) { return false }
            // Nor does a subject and the rest of the clause in quote marks.
            return !bare || a.speaker != nil || (c - 1 > floor && utterancePhrase(ending: c - 1, floor: floor) != nil)
                || subjectThenQuotedWords(a.first...a.last)
        }
        // "The group vowed to continue the fight": an intention's infinitive, said by the subject.
        if rule.implies == .intention, let first = infinitive(after: end, ceiling: ceiling), let speaker = speakerBefore(c, floor: floor) {
            a.first = first; a.last = continued(reportEnd(from: first, ceiling), within: a.parent); a.rule = "quote.reported_intention"
            // "whenever Ansar Allah has wanted to be heard abroad, the voice …": to the subordinate clause's comma.
            if let comma = subordinateClauseEnd(cue: c, floor: floor, from: first, to: a.last)
                ?? relativeAsideEnd(cue: c, floor: floor, from: first, to: a.last) { a.last = comma - 1 }
            a.speaker = speaker
            return true
        }
        // "Al-Shabaab claimed to have killed 30 soldiers": a perfect infinitive after a claiming
        // verb is a past act the subject reports (not after "has been claimed": no speaker).
        // "Shekau, whom the army has repeatedly claimed to have killed, appeared": in a relative
        // aside, to the aside's closing comma.
        if rule.kind == .speech, end + 3 <= ceiling, text.words.claimsOwnAct.contains(text.hashes[end]),
           text.isWord(end + 1, text.words.to), text.isWord(end + 2, text.words.have),
           !(c > floor && text.markerKind(c - 1) == .auxiliary), let speaker = speakerBefore(c, floor: floor) {
            a.first = end + 1; a.last = continued(reportEnd(from: end + 1, ceiling), within: a.parent); a.rule = "quote.reported_infinitive"
            if inRelativeAside(c, floor: floor), let comma = clauseComma(in: (end + 3)...ceiling) { a.last = min(a.last, comma - 1) }
            a.speaker = speaker
            return true
        }
        // "Advisers to Mr. Obama say, the president has grown …": a comma, then a clause with a
        // subject of its own, when no content stands before the verb ("The town, officials say,
        // has fallen"), at most a phrase of time or place ("In recent days, officials say, …").
        if rule.kind == .speech, end + 3 <= ceiling, text.isPunct(end + 1, ","), opensSubject(end + 2),
           startsClause(end + 2, ceiling: ceiling), verbSoon(after: end + 2, ceiling: ceiling),
           preposedContent(cue: c, floor: floor, ceiling: ceiling).map({ adverbialOnly(floor..<($0.speaker?.extent.lowerBound ?? c)) }) ?? true,
           let speaker = speakerBefore(c, floor: floor) {
            a.first = end + 2; a.last = continued(reportEnd(from: end + 2, ceiling), within: a.parent); a.rule = "quote.reported_that"
            a.speaker = speaker
            return true
        }
        // "As a phone rang, the announcer said, “…”": the verb introduces the quote after it.
        if introducesQuote(after: end) { return false }
        // "… has said nothing": no words, before it or after.
        if end + 1 <= ceiling && text.isWord(end + 1, text.words.nothing) { return false }
        // "Al-Mourabitoun, in a message to Al Jazeera, said …": after a comma, what follows a relay
        // is whom the words went to, not a speaker of the words before it.
        // Nor after the subject and its aside ("The statement, signed by the emir, warned France
        // against …": the statement warned).
        if !(rule.kind == .relay && c > floor && text.isPunct(c - 1, ",")), !subjectAndAside(before: c, floor: floor), !particle,
           let preposed = preposedContent(cue: c, floor: floor, ceiling: ceiling) {
            if let answered = appositiveReport(endingAt: preposed.last, floor: floor) {
                a.first = found[answered].first; a.last = found[answered].last
            } else {
                a.first = floor; a.last = preposed.last
            }
            a.rule = "quote.reported_preposed"
            // "…, the statement said.": whoever issued the statement.
            a.speaker = utteranceSpeaker(c, floor: floor) ?? preposed.speaker.map { resolver.resolve($0, at: c) }
            return true
        }
        // Not consumed: a quote after it ("told reporters: «…»") still takes it as its cue.
        // "A spokesman, Ahmed Mustafa, rejected the report. “…,” he said.": who denied or
        // confirmed something is the one a pronoun after it names.
        if rule.kind == .relay || rule.implies == .denial || rule.implies == .confirmation, let s = speakerBefore(c, floor: floor) {
            resolver.remember(s, chain: rule.kind == .relay ? relaysAround(cue: c...end) : [])
        }
        return false
    }

    /// A capitalised verb in its base form ("Note", "Recall"): not in "-s", "-ed" or "-ing"
    /// ("Reports that …" is a noun, "Asked about …" a participle).
    private func isImperative(_ c: Int) -> Bool {
        let view = text.tokens[c].view
        guard text.isCapitalised(c), view.length > 2, !text.endsInIng(c), !text.endsInEd(c) else { return false }
        return text.v[view.end - 1] != "s"
    }

    /// Clause `range` is a determiner, a noun or two, and quoted words to its end ("the operation
    /// "was prepared for two months"").
    private func subjectThenQuotedWords(_ range: ClosedRange<Int>) -> Bool {
        let first = range.lowerBound, last = range.upperBound
        guard reader.isDeterminer(first), last > first + 3, text.isPunct(last, "\""),
              let mark = ((first + 1)...(first + 3)).first(where: { !text.isWord($0) }) else { return false }
        return mark > first + 1 && text.isPunct(mark, "\"")
    }

    /// Tokens a label's quoted words may span after its object ("called the village "a grey
    /// zone in the literal sense -- nobody lives there and nobody holds it"" has seventeen).
    static let labelQuoteReach = 24

    /// The last token of what label cue `c…end` names: its object, then words in quote marks (to
    /// the closing mark) or a noun phrase opened by "a" or "an" (to the end of the clause).
    /// Nil for any other reading ("called the agency to say", "called off the talks").
    func labelEnd(cue c: Int, end: Int, ceiling: Int) -> Int? {
        var k = end + 2
        // Not a passive with no object ("was described as “unhinged”"; "what he described as
        // “an intentional act”" names its object before the verb).
        guard k <= ceiling, text.isWord(end + 1), !text.isPunct(end + 1, "\""),
              !(text.isWord(end + 1, text.words.as) && isPassiveCue(c)), !text.words.verbParticles.contains(text.hashes[end + 1]) else { return nil }
        while k <= ceiling && k - end <= 10 {
            if text.isSentenceEnd(k) || text.isWord(k, text.words.to) || text.isPunct(k, ",") || text.isPunct(k, ";") { return nil }
            if text.isPunct(k, "\"") {
                var close = k + 1
                while close <= ceiling && close - k <= Self.labelQuoteReach && !text.isPunct(close, "\"") { close += 1 }
                return close <= ceiling && close - k <= Self.labelQuoteReach && close > k + 1 ? close : nil
            }
            // "called the reports baseless and fabricated": a word that calls it false.
            if text.isIndefiniteArticle(k) || text.markerKind(k) == .denial { return reportEnd(from: k, ceiling) }
            k += 1
        }
        return nil
    }

    /// The reporting verb right after the first comma from token `k` on, within `asideReach`
    /// tokens and before `limit` or a sentence end: the verb an aside leads to ("…, a writer for
    /// The Atlantic, said").
    func verbAfterAside(from k: Int, limit: Int) -> Int? {
        var j = k
        while j < limit && j - k < Self.asideReach {
            if text.isPunct(j, ",") {
                // "…, was quoted by a daily as saying": a relay's passive (not "…, was agreed").
                if j + 2 <= limit && text.markerKind(j + 1) == .auxiliary { return text.cueKinds[j + 2] == .relay ? j + 2 : nil }
                return text.cueKinds[j + 1] == .speech || text.cueKinds[j + 1] == .relay ? j + 1 : nil
            }
            if text.isSentenceEnd(j) { return nil }
            j += 1
        }
        return nil
    }

    /// A lower-case participle, relative pronoun, "of", "from" or "a" opening an aside after a
    /// name ("Trump, speaking to …,", "Wilson, of Springfield,", "Newkirk, a writer …,").
    func opensAside(_ t: Int) -> Bool {
        text.isWord(t) && !text.isCapitalised(t) && (text.words.asideOpeners.contains(text.hashes[t]) || isParticiple(t)
                                                     || text.words.issuedBy.contains(text.hashes[t]) || text.isWord(t, text.words.led)
                                                     || reader.isCountOf(t))
            || describesByPossessor(t) || isAffiliationAside(t) || isAgeAside(t)
    }

    /// "Ali Musa, 52, said", "Fatima Assane, 34, a fish trader, said": an age between commas at token `t`.
    func isAgeAside(_ t: Int) -> Bool {
        guard t > 0, t + 1 < text.count, text.tokens[t].kind == .number, text.tokens[t].view.length <= 3,
              text.isPunct(t - 1, ","), text.isPunct(t + 1, ",") else { return false }
        return text.v[text.tokens[t].view.start] != "0"
    }

    /// "Mitch McConnell, R-Ky., said": a party and state between commas, from token `t`.
    func isAffiliationAside(_ t: Int) -> Bool {
        guard t > 0, t + 1 < text.count, text.isPunct(t - 1, ","),
              let close = ((t + 1)...min(text.count - 1, t + 3)).first(where: { text.isPunct($0, ",") }) else { return false }
        return text.isAffiliation(t - 1, close)
    }

    /// "al-Qaeda's branch in the Sahel", "the group's leader", "al Shabaab's military operations
    /// spokesman": a possessor (a name of several words, too) and the role it has someone in,
    /// after a named possessor two words before it at most ("the group's new spokesman, Abu
    /// Hamza, said" is the spokesman's apposition), opening an aside that describes the name before it.
    func describesByPossessor(_ t: Int) -> Bool {
        var k = t
        if reader.isDeterminer(k) { k += 1 }
        let named = k < text.count && text.entity[k] >= 0
        if named { k = reader.mentionRange(k).upperBound }
        guard k + 1 < text.count, reader.isPossessive(k) || (text.entity[k] >= 0 && reader.isPossessiveMark(k + 1)) else { return false }
        var role = reader.isPossessive(k) ? k + 1 : k + 2
        while named, role + 1 < text.count, role - k <= 3, !reader.isRole(role), reader.isModifier(role) { role += 1 }
        return role < text.count && reader.isRole(role)
    }

    /// True when a quote mark opens right after the cue or after its comma or colon.
    func introducesQuote(after end: Int) -> Bool {
        var k = end + 1
        if k < text.count && (text.isPunct(k, ",") || text.isPunct(k, ":")) { k += 1 }
        return k < text.count && text.flags[k].contains(.quoteMark)
    }

    /// "the claims of the French army that …", "reports by Reuters that …": the source of a
    /// reporting noun.
    mutating func nounSource(after end: Int, ceiling: Int) -> Speaker? {
        guard end + 2 <= ceiling, text.isWord(end + 1, text.words.of) || text.isWord(end + 1, text.words.by) || text.isWord(end + 1, text.words.from),
              let p = reader.after(end + 2, limit: ceiling), p.kind != .pronoun(group: false) else { return nil }
        return resolver.resolve(p, at: end).restated(rule: "speaker.noun_source")
    }

    /// The first comma in `range` that is no comma between digits ("5,000").
    private func clauseComma(in range: ClosedRange<Int>) -> Int? {
        range.first { k in
            text.isPunct(k, ",") && !(k > 0 && k + 1 < text.count && text.tokens[k - 1].kind == .number && text.tokens[k + 1].kind == .number)
        }
    }

    /// Whether the subject before cue `c` follows a plain noun or a role, with no relative pronoun
    /// between ("an allegation the AA said was …", "a man she said was Haddad", "meddling the
    /// congressman said is designed …"; not "What he said was a lie", nor "the talks that people
    /// say are …", whose "that" the phrase reads).
    private func contactClause(_ c: Int, floor: Int) -> Bool {
        guard let p = reader.before(c - 1, floor: floor), p.extent.upperBound == c - 1, !text.isWord(p.extent.lowerBound, text.words.that),
              case let b = p.extent.lowerBound - 1, b > floor else { return false }
        return text.isWord(b) && !text.isCapitalised(b) && (text.markerKind(b) == nil || text.markerKind(b) == .role)
            && text.cue[b] < 0 && !reader.isPreposition(b)
            && !text.isFiniteVerb(b) && !text.isWord(b, text.words.what) && !text.words.relatives.contains(text.hashes[b])
    }

    /// The first token of the relative pronoun at `k`, with the count and "of" before it ("many of whom"), else `k`.
    func relativeStart(_ k: Int, floor: Int) -> Int {
        k - 3 > floor && reader.isCountOf(k - 2) ? k - 2 : k
    }

    /// True when a relative pronoun after a comma, or after a comma and "and", opens the clause
    /// of cue `c` within a few words: "…, whom the French said …", "…, who the army says …",
    /// "…, some of whom said …".
    /// "Mayor X, who had threatened to veto any plan …, said …", "The minister, who had promised
    /// to resign, said": a report in a relative aside ends at the comma that closes it, before
    /// the main clause's verb. The comma, or nil.
    func relativeAsideEnd(cue c: Int, floor: Int, from first: Int, to last: Int) -> Int? {
        guard first < last, inRelativeAside(c, floor: floor) else { return nil }
        return (first..<last).first { k in
            text.isPunct(k, ",") && !text.isCapitalised(k + 1) && (text.isFiniteVerb(k + 1) || text.cueKinds[k + 1] == .speech)
        }
    }

    func inRelativeAside(_ c: Int, floor: Int) -> Bool {
        var k = c - 1
        while k > floor && c - k <= 6 && text.isWord(k) {
            // (", and who asked that …": a second relative clause, joined by "and".)
            if text.words.relatives.contains(text.hashes[k]) {
                k = relativeStart(k, floor: floor)
                return text.isPunct(k - 1, ",") || k - 2 > floor && text.isWord(k - 1, text.words.and) && text.isPunct(k - 2, ",")
            }
            k -= 1
        }
        return false
    }

    /// The chain link of who quoted the words: an outlet named earlier in its paragraph when the
    /// text says "the agency" ("The official news agency quoted a source as saying …").
    func relayLink(_ p: Phrase) -> MentionRef {
        if p.kind == .common || p.kind == .role && resolver.headedByOrganisationWord(p), let s = resolver.resolveOrganisationAnaphor(p, span: text.original(p.first, p.last)) {
            var ref = s.ref
            ref.role = "agency"
            return ref
        }
        return reader.link(p, role: "agency")
    }

    /// "ANI quoted the spokesman as saying …", "Reuters cited him as saying …": the one quoted
    /// speaks, the one quoting (when the text names it) relays.
    func quotedAs(_ c: Int, floor: Int) -> (speaker: Phrase, relay: Phrase?)? {
        guard c - 2 >= floor, text.isWord(c - 1, text.words.as),
              let verb = (max(floor, c - 20)...(c - 2)).last(where: { text.words.quoting.contains(text.hashes[$0]) }) else { return nil }
        // "Abu Musab was quoted by Reuters as saying …", "The spokesman was quoted as saying …".
        if let aux = (max(floor, verb - 2)..<verb).first(where: { text.markerKind($0) == .auxiliary && $0 + Int(text.markerLength[$0]) == verb }),
           aux - 1 >= floor,
           // "The army, asked about the claim, was quoted …": the subject before an aside.
           let speaker = asideOpening(aux, floor: floor).flatMap({ asideSubject(open: $0, floor: floor) }) ?? reader.before(aux - 1, floor: floor) {
            if verb + 1 == c - 1 { return (speaker, nil) }
            // "was quoted in the same article as saying", "was quoted on state television by IRNA
            // as saying": where the words were quoted, in a few words, before the relay's "by".
            var by = verb + 1
            if (text.isPreposition(by) || text.words.afterParticiple.contains(text.hashes[by])) && !text.isWord(by, text.words.by) {
                while by < c - 1 && by - verb <= 8 && !text.isWord(by, text.words.by) && (text.isWord(by) || text.tokens[by].kind == .number)
                        && text.cue[by] < 0 && !text.isFiniteVerb(by) { by += 1 }
                if by == c - 1 { return (speaker, nil) }
            }
            // The relay's phrase may stop short of "as"; a possessor alone is none ("by the
            // group's Andalus radio": the relays read after the cue name the radio).
            guard text.isWord(by, text.words.by), by + 2 <= c - 1 else { return nil }
            let relay = reader.after(by + 1, limit: c - 2)
            return (speaker, relay.flatMap { reader.isPossessive($0.extent.upperBound) ? nil : $0 })
        }
        // "SANA quoted “a military source” on Friday as saying": a date before "as", quote marks around the one quoted.
        var last = c - 2
        // "quoted Zabiullah Mujahid, as the agency spelled his name, as saying": before the aside.
        if last > verb + 1, text.isPunct(last, ","), let comma = ((verb + 1)..<last).first(where: { text.isPunct($0, ",") }) { last = comma - 1 }
        // "quoted “a security source” – a formula it commonly uses – as saying": before the aside between dashes.
        if last > verb + 1, text.isDash(last), let dash = ((verb + 1)..<last).first(where: { text.isDash($0) }) { last = dash - 1 }
        if last > verb, text.date[last] >= 0, let before = dateBefore(last + 1, floor: verb + 1) { last = before }
        // "quoted spokeswoman Anahit Grigoryan (also transliterated Grigorian) as saying": the name before its other spelling.
        if let open = text.parenthesisOpen(closingAt: last, floor: verb + 1, reach: 14), open - 1 > verb { last = open - 1 }
        var first = verb + 1
        if last > first, text.flags[first].contains(.quoteMark), text.flags[last].contains(.quoteMark) { first += 1; last -= 1 }
        guard first <= last, let p = reader.before(last, floor: first), p.extent == first...last else { return nil }
        return (p, verb - 1 >= floor ? reader.before(verb - 1, floor: floor) : nil)
    }

    /// "A statement attributed to AQIM and published by the Mauritanian agency ANI said", "A
    /// video from Islamic State, released by its Amaq agency, said": who issued the statement
    /// speaks, and whoever published it passes the words on.
    private func attributedUtterance(_ c: Int, floor: Int) -> (speaker: Phrase, relay: Phrase?)? {
        guard c - 3 >= floor, let u = (floor...min(c - 3, floor + 3)).first(where: { text.markerKind($0) == .utterance }) else { return nil }
        let words = text.words
        func byAfterVerb(_ k: Int) -> Bool {
            k + 1 < c && (words.issuedBy.contains(text.hashes[k]) || words.receivedBy.contains(text.hashes[k])) && text.isWord(k + 1, words.by)
        }
        // The issuer's preposition: "attributed to", "from", "by", "issued by", "signed by".
        var k = u + 1
        if text.isWord(k, words.attributed) && text.isWord(k + 1, words.to) || byAfterVerb(k) { k += 2 }
        else if text.isWord(k, words.from) || text.isWord(k, words.by) { k += 1 }
        else { return nil }
        // The issuer runs to "and", a comma or the publisher's verb, a name's length at most
        // (each reporting verb of a long sentence asks).
        var e = k
        while e < c && e - k < Self.asideReach && text.tokens[e].kind == .word && !text.isWord(e, words.and) && !byAfterVerb(e) { e += 1 }
        guard e > k, let speaker = reader.before(e - 1, floor: k), speaker.entity != nil || speaker.kind == .person,
              speaker.extent.lowerBound == k else { return nil }
        var j = e
        if j < c && text.isPunct(j, ",") { j += 1 }
        if j < c && text.isWord(j, words.and) { j += 1 }
        var relay: Phrase? = nil
        if byAfterVerb(j) {
            var r = j + 2
            while r < c && r - j < Self.asideReach && text.tokens[r].kind == .word { r += 1 }
            relay = reader.before(r - 1, floor: j + 2)
            guard relay?.extent.lowerBound == j + 2 else { return nil }
            j = r
            if j < c && text.isPunct(j, ",") { j += 1 }
        }
        return j == c ? (speaker, relay) : nil
    }
}
