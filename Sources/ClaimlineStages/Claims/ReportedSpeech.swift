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
        let floor = max(parent.map { max(found[$0].first, sentence.lowerBound) } ?? sentence.lowerBound, c - Self.reportReach)
        let ceiling = min(parent.map { min(found[$0].last, sentence.upperBound) } ?? sentence.upperBound, end + Self.reportReach)
        var a = Attribution(first: 0, last: 0, direct: false, cue: c...end, cueRule: rule.id, implies: rule.implies, speaker: nil, parent: parent, rule: "")
        switch rule.kind {
        case .speech, .relay:
            // "A UN report said …": a word for a statement after its determiner that a verb
            // follows heads the subject; it reports nothing itself.
            if rule.kind == .speech, text.markerKind(c) == .utterance, end + 1 <= ceiling,
               text.isFiniteVerb(end + 1) || text.cueKinds[end + 1] == .speech, isNounAfterDeterminer(c, floor: floor) { return }
            guard verbReport(&a, rule: rule, floor: floor, ceiling: ceiling) else { return }
        case .according:
            guard let content = according(c, floor: floor, ceiling: ceiling) else { return }
            a.first = content.first; a.last = content.last; a.rule = "quote.according_to"
            a.speaker = reportIssuing(content.speaker, within: content.first...content.last)
                ?? content.speaker.map { resolver.resolve($0, at: c) }
        case .passive:
            guard let p = reader.after(end + 1, limit: ceiling) else { return }
            a.first = scopeStart(before: c, floor: floor); a.last = lastContent(ceiling); a.rule = "quote.reported_passive"
            a.speaker = resolver.resolve(p, at: c); a.speakerTokens = p.extent; a.isQuote = false
        case .header:
            guard let content = header(c, end: end) else { return }
            a.first = content.first; a.last = content.last; a.direct = true; a.rule = "quote.statement_header"
            a.speaker = content.speaker.map { resolver.resolve($0, at: c) }
        case .label:
            guard let last = labelEnd(after: end, ceiling: ceiling), let speaker = speakerBefore(c, floor: floor) else { return }
            a.first = end + 1; a.last = last; a.rule = "quote.reported_label"; a.speaker = speaker
        case .statement:
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

    /// The content a reporting verb introduces: an unquoted statement after a colon, a passive
    /// source ("announced … by X"), a "that" clause or a bare clause, or preposed content
    /// ("…, the spokesman said"). A relay with none ("spoke with an ANI journalist") only
    /// records the relay for the speaker. False when the verb reports nothing here.
    mutating func verbReport(_ a: inout Attribution, rule: CueRule, floor: Int, ceiling: Int) -> Bool {
        let c = a.cue!.lowerBound, end = a.cue!.upperBound
        if let colon = colonStatement(after: end, ceiling: ceiling) {
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
        if rule.kind == .speech, let list = listAfterColon(end), !isNounAfterDeterminer(c, floor: floor), let speaker = speakerBefore(c, floor: floor) {
            a.first = list.lowerBound; a.last = list.upperBound; a.rule = "quote.colon_list"; a.speaker = speaker
            return true
        }
        if let passive = passiveSource(after: end, ceiling: ceiling) {
            // "…, a claim denied by Ukrainian officials": the apposition answers the report before it.
            if c - 3 >= floor, reader.isDeterminer(c - 2), isReportNoun(c - 1), let answered = appositiveReport(endingAt: c - 4, floor: floor) {
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
        if rule.kind == .speech, c > floor, text.isPunct(c - 1, ","), !subjectAndAside(before: c, floor: floor),
           let preposed = preposedContent(cue: c, floor: floor, ceiling: ceiling), let speaker = preposed.speaker {
            a.first = floor; a.last = preposed.last; a.rule = "quote.reported_preposed"
            a.speaker = resolver.resolve(speaker, at: c)
            return true
        }
        // "Trump, speaking to a veterans group, said …": a relay in an aside reports nothing itself.
        if rule.kind == .relay, c > floor, text.isPunct(c - 1, ","), isParticiple(c), verbAfterAside(from: end + 1, limit: ceiling) != nil { return false }
        // "Belmokhtar, who the army says was killed in Libya, appeared": the relative pronoun is
        // the reported clause's subject, the clause runs to the aside's closing comma.
        if rule.kind == .speech, end + 1 < ceiling, text.isFiniteVerb(end + 1), inRelativeAside(c, floor: floor),
           let comma = clauseComma(in: (end + 2)...ceiling), let speaker = speakerBefore(c, floor: floor) {
            a.first = end + 1; a.last = comma - 1; a.rule = "quote.reported_that"; a.speaker = speaker
            return true
        }
        let takesGerund = rule.implies == .denial || rule.implies == .confirmation
        if let clause = complement(after: end, ceiling: ceiling, relay: rule.kind == .relay, gerund: takesGerund,
                                   datedObject: rule.implies != .neutral) {
            a.first = clause; a.last = continued(reportEnd(from: clause, ceiling), within: a.parent); a.rule = "quote.reported_that"
            // "The claims of the Malian army that Hamaha was killed are lies", "AQIM's claim that
            // Hamaha was killed was premature": the noun's clause ends before the sentence's verb,
            // or before the verdict on it, whose verb is among the last few words.
            if c > floor && (reader.isDeterminer(c - 1) || reader.isPossessive(c - 1) || reader.isPossessiveMark(c - 1))
                || c == text.sentenceRange(c).lowerBound, text.isWord(clause, text.words.that),
               let verb = sentenceVerb(afterNounClause: clause, last: a.last)
                ?? (max(clause + 2, a.last - 5)...max(clause + 2, a.last)).first(where: { text.verdict(at: $0).map { $0 >= a.last - 1 } ?? false }) {
                a.last = verb - 1
            }
            // "Hamaha, whom the French said they had killed, is alive": a report in a relative
            // aside ends with the aside.
            if inRelativeAside(c, floor: floor), let comma = clauseComma(in: clause...a.last) {
                a.last = comma - 1
            }
            // "rejected that account": "that" with a noun and no verb is a determiner, not a
            // clause; content that short is no report either way (checked before the speaker is sought).
            guard a.last - a.first >= 2 else { return false }
            if let quoted = quotedAs(c, floor: floor) ?? attributedUtterance(c, floor: floor) {
                // The one quoting passes the words on, as an agency that "quoted" them does.
                a.speaker = resolver.resolve(quoted.speaker, at: c)
                a.addressee = quoted.relay.map { reader.link($0, role: "agency") }
            } else {
                a.speaker = speakerBefore(c, floor: floor) ?? nounSource(after: end, ceiling: clause - 1)
            }
            // Without "that", only a named speaker or a statement the text names ("The statement
            // said the hostages were alive") makes a verb a report ("this confirms the …" is not one).
            let bare = !text.isWord(clause, text.words.that)
            // "it could not verify the identity of the caller": what was not confirmed or denied
            // without a clause of its own is no report.
            if bare && takesGerund && text.negatesCue(c, floor: floor) { return false }
            return !bare || a.speaker != nil || (c - 1 > floor && utterancePhrase(ending: c - 1, floor: floor) != nil)
        }
        // "The group vowed to continue the fight": an intention's infinitive, said by the subject.
        if rule.implies == .intention, let first = infinitive(after: end, ceiling: ceiling), let speaker = speakerBefore(c, floor: floor) {
            a.first = first; a.last = continued(reportEnd(from: first, ceiling), within: a.parent); a.rule = "quote.reported_intention"
            a.speaker = speaker
            return true
        }
        // "Al-Shabaab claimed to have killed 30 soldiers": a perfect infinitive after a claiming
        // verb is a past act the subject reports (not after "has been claimed": no speaker).
        if rule.kind == .speech, c == end, end + 3 <= ceiling, text.words.claimsOwnAct.contains(text.hashes[c]),
           text.isWord(end + 1, text.words.to), text.isWord(end + 2, text.words.have),
           !(c > floor && text.markerKind(c - 1) == .auxiliary), let speaker = speakerBefore(c, floor: floor) {
            a.first = end + 1; a.last = continued(reportEnd(from: end + 1, ceiling), within: a.parent); a.rule = "quote.reported_infinitive"
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
        // "Al-Mourabitoun, in a message to Al Jazeera, said …": after a comma, what follows a relay
        // is whom the words went to, not a speaker of the words before it.
        if !(rule.kind == .relay && c > floor && text.isPunct(c - 1, ",")),
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
        if rule.kind == .relay, let s = speakerBefore(c, floor: floor) {
            // Not consumed: a quote after it ("told reporters: «…»") still takes it as its cue.
            resolver.remember(s, chain: relaysAround(cue: c...end))
        }
        return false
    }

    /// The last token of what a label cue names: its object, then words in quote marks (to
    /// the closing mark) or a noun phrase opened by "a" or "an" (to the end of the clause).
    /// Nil for any other reading ("called the agency to say", "called off the talks").
    func labelEnd(after end: Int, ceiling: Int) -> Int? {
        var k = end + 2
        guard k <= ceiling, text.isWord(end + 1), !text.isPunct(end + 1, "\"") else { return nil }
        while k <= ceiling && k - end <= 10 {
            if text.isSentenceEnd(k) || text.isWord(k, text.words.to) || text.isPunct(k, ",") || text.isPunct(k, ";") { return nil }
            if text.isPunct(k, "\"") {
                var close = k + 1
                while close <= ceiling && close - k <= 16 && !text.isPunct(close, "\"") { close += 1 }
                return close <= ceiling && close - k <= 16 && close > k + 1 ? close : nil
            }
            if text.isIndefiniteArticle(k) { return reportEnd(from: k, ceiling) }
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
            if text.isPunct(j, ",") { return text.cueKinds[j + 1] == .speech || text.cueKinds[j + 1] == .relay ? j + 1 : nil }
            if text.isSentenceEnd(j) { return nil }
            j += 1
        }
        return nil
    }

    /// A lower-case participle, relative pronoun, "of", "from" or "a" opening an aside after a
    /// name ("Trump, speaking to …,", "Wilson, of Springfield,", "Newkirk, a writer …,").
    func opensAside(_ t: Int) -> Bool {
        text.isWord(t) && !text.isCapitalised(t) && (text.words.asideOpeners.contains(text.hashes[t]) || isParticiple(t))
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

    /// True when a relative pronoun after a comma opens the clause of cue `c` within a few
    /// words: "…, whom the French said …", "…, who the army says …".
    func inRelativeAside(_ c: Int, floor: Int) -> Bool {
        var k = c - 1
        while k > floor && c - k <= 6 && text.isWord(k) {
            if text.words.relatives.contains(text.hashes[k]) { return text.isPunct(k - 1, ",") }
            k -= 1
        }
        return false
    }

    /// "ANI quoted the spokesman as saying …", "Reuters cited him as saying …": the one quoted
    /// speaks, the one quoting (when the text names it) relays.
    private func quotedAs(_ c: Int, floor: Int) -> (speaker: Phrase, relay: Phrase?)? {
        guard c - 2 >= floor, text.isWord(c - 1, text.words.as),
              let verb = (max(floor, c - 12)...(c - 2)).last(where: { text.words.quoting.contains(text.hashes[$0]) }) else { return nil }
        // "Abu Musab was quoted by Reuters as saying …", "The spokesman was quoted as saying …".
        if let aux = (max(floor, verb - 2)..<verb).first(where: { text.markerKind($0) == .auxiliary && $0 + Int(text.markerLength[$0]) == verb }),
           aux - 1 >= floor, let speaker = reader.before(aux - 1, floor: floor) {
            if verb + 1 == c - 1 { return (speaker, nil) }
            // The relay's phrase may stop short of "as"; a possessor alone is none ("by the
            // group's Andalus radio": the relays read after the cue name the radio).
            guard text.isWord(verb + 1, text.words.by), verb + 2 <= c - 2 else { return nil }
            let relay = reader.after(verb + 2, limit: c - 2)
            return (speaker, relay.flatMap { reader.isPossessive($0.extent.upperBound) ? nil : $0 })
        }
        guard verb <= c - 3, let p = reader.before(c - 2, floor: verb + 1), p.extent == (verb + 1)...(c - 2) else { return nil }
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

    /// "X said", "he stressed"; for a participle opening a clause ("– Stressing that"), the speaker just before.
    mutating func speakerBefore(_ cue: Int, floor: Int) -> Speaker? {
        // "The White House is saying that": the subject of a progressive verb stands before its
        // "be" (not so a passive: "Stumpf was told that" names whom it was told to).
        var c = cue
        if text.endsInIng(cue) {
            var k = cue - 1
            while k > floor && text.markerKind(k) == .adverb { k -= 1 }
            if k > floor && text.markerKind(k) == .auxiliary { c = k }
        }
        // "…, saying they are …": a participle after a comma speaks for its clause's subject,
        // not for the words before the comma ("and"/"but" start no phrase either).
        if let s = sharedSubject(c, floor: floor) { return s }
        // "He then defended the remark, saying …": the phrase before the comma is the clause's
        // object, not who speaks; the clause's subject, when its own reading found none, is the last speaker.
        // "“Hamaha is alive,” the spokesman told ANI, adding that …": first the speaker of a
        // report whose cue stands earlier in the sentence, named or not.
        if c - 1 > floor && text.participleAfterComma(c) {
            return (speakerOfSentence(before: c) ?? lastKnownSpeaker(before: c))?.restated(rule: "speaker.participle_previous")
        }
        if let p = relativeAntecedent(c, floor: floor) { return resolver.resolve(p, at: c) }
        if let open = asideOpening(c, floor: floor) {
            if let p = asideSubject(open: open, floor: floor) { return resolver.resolve(p, at: c) }
            // "The statement, signed by the “Shura council of Al-Mourabitoun”, says": a named signer
            // issued it; "The group's statement, signed by its spokesman, said": the group did.
            let signed = utterancePhrase(ending: open - 1, floor: floor) != nil ? signer(from: open + 1, to: c - 2) : nil
            if let signed, signed.kind == .named || signed.kind == .person { return resolver.resolve(signed, at: c) }
            if let s = utteranceSpeaker(open, floor: floor) { return s }
            if let signed { return resolver.resolve(signed, at: c) }
        }
        if let p = contactClauseSubject(c, floor: floor) { return resolver.resolve(p, at: c) }
        // "Al-Shabaab, however, dismissed …", "The group, for its part, said": past an adverbial aside.
        if let open = adverbialAside(before: c, floor: floor), let p = reader.before(open - 1, floor: floor) { return resolver.resolve(p, at: c) }
        // "Claire McCaskill (D-Mo.) said": the name before a party and state.
        if let open = text.parenthesisOpen(closingAt: c - 1, floor: floor), text.isAffiliation(open, c - 1), open > floor,
           let p = reader.before(open - 1, floor: floor) {
            return resolver.resolve(p, at: c)
        }
        if let p = reader.before(dateBefore(c, floor: floor) ?? c - 1, floor: floor) { return resolver.resolve(p, at: c) }
        // "The Strategic Framework (CSP-DPA) said": the name inside a parenthesis closing at the
        // verb (the short name the text goes on with), else the name before it.
        if let open = text.parenthesisOpen(closingAt: c - 1, floor: floor) {
            if let inner = reader.after(open + 1, limit: c - 2), inner.kind == .named || inner.kind == .person {
                // "The Kurdistan Workers Party (PKK) said": a short name no table lists stands for the known name before it.
                if inner.entity == nil, open - 1 >= floor, let named = reader.before(open - 1, floor: floor), named.entity != nil,
                   named.extent.upperBound == open - 1 {
                    return resolver.resolve(named, at: c)
                }
                return resolver.resolve(inner, at: c)
            }
            if open - 1 >= floor, let p = reader.before(open - 1, floor: floor) { return resolver.resolve(p, at: c) }
        }
        if let s = utteranceSpeaker(c, floor: floor) { return s }
        // A clause opens at a sentence's start or after punctuation or a dash, not where an outer
        // report's content starts after its verb ("denied reports that": the verb's object).
        let opensClause = c == 0 || text.tokens[c - 1].kind == .punctuation || text.dashGap(after: c - 1) != nil
            || (c == floor && text.sentenceRange(c).lowerBound == c)
        // A participle ("– Stressing that …"), not a noun ("Reports that … are false").
        if opensClause, text.endsInIng(c) || text.tokens[c].kind == .word && !text.isCapitalised(c),
           let s = lastKnownSpeaker(before: c) { return s.restated(rule: "speaker.participle_previous") }
        return nil
    }

    /// The comma opening an aside of one to three lower-case words that closes right before
    /// cue `c` ("…, however, said", "…, for its part, denied"): no determiner opens it, and it
    /// holds no role, verb, name or number.
    private func adverbialAside(before c: Int, floor: Int) -> Int? {
        guard c - 3 > floor, text.isPunct(c - 1, ",") else { return nil }
        var open = c - 2
        while open > floor && c - 2 - open < 3 && text.tokens[open].kind == .word && !text.isCapitalised(open) { open -= 1 }
        guard open > floor, open < c - 2, text.isPunct(open, ","), !reader.isDeterminer(open + 1),
              !text.words.relatives.contains(text.hashes[open + 1]),
              !((open + 1)...(c - 2)).contains(where: { reader.isRole($0) || text.isFiniteVerb($0) || text.cue[$0] >= 0 }) else { return nil }
        return open
    }

    /// The speaker of the latest report whose cue stands in `c`'s sentence before it. From the
    /// latest back (attributions come in text order), not past the sentence's start.
    private func speakerOfSentence(before c: Int) -> Speaker? {
        let start = text.sentenceRange(c).lowerBound
        for i in found.indices.reversed() {
            guard let cue = found[i].cue else { continue }
            if cue.lowerBound < start { break }
            if cue.upperBound < c, let s = found[i].speaker { return s }
        }
        return nil
    }

    /// "Wells Fargo just this month announced", "The army on Monday said": the token before a
    /// date (and the adverbs around it) that stands between a subject and its verb.
    func dateBefore(_ c: Int, floor: Int) -> Int? {
        var k = c - 1
        while k > floor && text.markerKind(k) == .adverb { k -= 1 }
        guard k > floor, text.date[k] >= 0 else { return nil }
        let date = text.date[k]
        while k > floor && text.date[k] == date { k -= 1 }
        while k > floor && text.markerKind(k) == .adverb { k -= 1 }
        return k
    }

    /// The speaker of the last attribution ending before token `c` whose speaker is known.
    func lastKnownSpeaker(before c: Int) -> Speaker? {
        // By index: `last(where:)` would copy the attribution it returns.
        found.lastIndex(where: { $0.speaker?.key != nil && $0.last < c }).flatMap { found[$0].speaker }
    }

    /// "Residents who fled the town said", "The minister, who spoke on condition of anonymity,
    /// said", "an architect who said": the verb's subject is the phrase before the relative
    /// pronoun, not the last words of the relative clause.
    private func relativeAntecedent(_ c: Int, floor: Int) -> Phrase? {
        var k = c - 1
        // Back over the relative clause: its words, and the comma closing it.
        if k > floor && text.isPunct(k, ",") { k -= 1 }
        let stop = max(floor + 1, c - 12)
        // A date may stand in the clause: "who in 2010 said".
        while k >= stop && (text.tokens[k].kind == .word || text.date[k] >= 0) && !text.words.relatives.contains(text.hashes[k]) { k -= 1 }
        guard k >= stop, text.tokens[k].kind == .word, text.words.relatives.contains(text.hashes[k]) else { return nil }
        var e = k - 1
        // "The minister, who …": the comma opening the aside.
        let opened = e > floor && text.isPunct(e, ",")
        if opened { e -= 1 }
        // A comma closes the aside only when one opened it.
        let closed = text.isPunct(c - 1, ",")
        guard opened == closed || onlyTimeBetween(k, c), e >= floor else { return nil }
        // "A Malian army officer reached in Gao, who asked not to be named, told": an aside
        // closed before the verb follows the clause's subject, read from its start.
        // Read forward, "A senior Taliban commander" stops at the organisation's name: then
        // read back from the comma.
        if opened && closed && k < c - 1 {
            func opensClause(_ p: Phrase) -> Bool {
                p.extent.lowerBound == floor || (p.extent.lowerBound == floor + 1 && reader.isDeterminer(floor))
            }
            if let subject = reader.after(floor, limit: e), opensClause(subject) {
                let next = subject.extent.upperBound + 1
                if next <= e, reader.isNamePart(next), let whole = reader.before(e, floor: floor), opensClause(whole) { return whole }
                return subject
            }
        }
        guard let p = reader.before(e, floor: floor) else { return nil }
        // "Ted Cruz endorses Trump, who says", "The senator endorsed Trump, who says": the
        // antecedent is the name before the pronoun; a plain word before it may be the main
        // clause's verb, and a name the reading found further back its subject.
        guard reader.isNamePart(e) else { return p }
        var first = e
        while first - 1 >= floor && (reader.isNamePart(first - 1) || reader.isParticle(first - 1)) { first -= 1 }
        // "a frosty relationship with McConnell, who said": after a preposition the name is the
        // antecedent, unless a role heads the phrase ("the spokesman for AQIM, who said").
        if first - 1 > p.extent.lowerBound, reader.isPreposition(first - 1), p.roleToken == nil,
           let name = reader.before(e, floor: first), name.kind == .person || name.kind == .named {
            return name
        }
        guard p.last != e || (p.first < first && reader.isModifier(first - 1)) else { return p }
        return reader.before(e, floor: first)
    }

    /// "who said", "who in 2010 said", "who on Friday also said": only a date and adverbs stand
    /// between the relative pronoun `k` and the verb `c`.
    private func onlyTimeBetween(_ k: Int, _ c: Int) -> Bool {
        var j = k + 1
        while j < c {
            guard text.date[j] >= 0 || text.markerKind(j) == .adverb || (reader.isPreposition(j) && j + 1 < c && text.date[j + 1] >= 0) else { return false }
            j += 1
        }
        return true
    }

    /// "The witnesses I interviewed said", "officials we met say": a relative clause without
    /// its pronoun (a subject pronoun, its verb and a particle) between the verb and its subject,
    /// a role or a plural noun ("the mail they never asked for" names no speaker).
    private func contactClauseSubject(_ c: Int, floor: Int) -> Phrase? {
        var p = c - 1
        while p > floor && c - p <= 3 && text.isWord(p) && !text.isCapitalised(p) && !isSubjectPronoun(p) { p -= 1 }
        guard p > floor, p < c - 1, isSubjectPronoun(p), text.isWord(p + 1), text.cueKinds[p + 1] == nil,
              let subject = reader.before(p - 1, floor: floor), subject.extent.upperBound == p - 1,
              subject.kind == .role || (subject.kind == .common && reader.isPlural(subject.last)) else { return nil }
        return subject
    }

    /// "I", "we", "you", "he", "she", "they": a pronoun that is a clause's subject.
    private func isSubjectPronoun(_ t: Int) -> Bool {
        switch text.markerKind(t) {
        case .pronounPerson?: return !text.isWord(t, text.words.him)
        case .pronounGroup?: return !text.isWord(t, text.words.it)
        default: return text.words.personal.contains(text.hashes[t])
        }
    }

    /// "Trump, speaking to a veterans group in Virginia, said", "Johnnie Wilson, of Springfield,
    /// Va., said", "Vann Newkirk, a writer for The Atlantic, said", "Al-Mourabitoun, in a message
    /// sent to Al Jazeera, said", "The spokesman, quoted by ANI, said": a name or a role before
    /// an aside between commas (opened by a participle, "a" or a preposition) is the verb's subject.
    private func asideSubject(open: Int, floor: Int) -> Phrase? {
        guard let p = reader.before(open - 1, floor: floor),
              p.kind == .person || p.kind == .named || p.kind == .role, p.extent.upperBound == open - 1 else { return nil }
        // "Reached by telephone, a spokesman …, told": a participle's phrase opens the sentence.
        let first = p.extent.lowerBound
        if first < open - 1, isParticiple(first), reader.isPreposition(first + 1) || text.isWord(first + 1, text.words.by)
            || text.isWord(first + 1, text.words.to) { return nil }
        return p
    }

    /// The clause's subject from `floor`, then an aside closed right before cue `c`.
    private func subjectAndAside(before c: Int, floor: Int) -> Bool {
        guard let open = asideOpening(c, floor: floor), let p = asideSubject(open: open, floor: floor) else { return false }
        return p.extent.lowerBound == floor || (p.extent.lowerBound == floor + 1 && reader.isDeterminer(floor))
    }

    /// Who signed or issued a statement, in an aside `first...last` ("signed by the “Shura
    /// council of Al-Mourabitoun”", "issued by the general staff"); a name in quote marks is read inside them.
    private func signer(from first: Int, to last: Int) -> Phrase? {
        guard first + 2 <= last, text.words.issuedBy.contains(text.hashes[first]), text.isWord(first + 1, text.words.by) else { return nil }
        var k = first + 2, end = last
        if reader.isDeterminer(k), k + 1 <= last, text.flags[k + 1].contains(.quoteMark) { k += 1 }
        if text.flags[k].contains(.quoteMark), text.flags[end].contains(.quoteMark), k + 1 <= end - 1 { k += 1; end -= 1 }
        return reader.analyse(k...end) ?? reader.after(k, limit: end)
    }

    /// The comma opening an aside that a comma closes right before cue `c` (", quoted by ANI,").
    private func asideOpening(_ c: Int, floor: Int) -> Int? {
        guard c - 2 > floor, text.isPunct(c - 1, ",") else { return nil }
        var j = c - 2, commas = 0
        let stop = max(floor + 1, c - Self.asideReach)
        while j >= stop && commas < 2 {
            if text.isSentenceEnd(j) { return nil }
            if text.isPunct(j, ",") {
                commas += 1
                if j + 1 < c - 1, opensAside(j + 1) { return j }
            }
            j -= 1
        }
        return nil
    }

    /// A word in "-ing" or "-ed" ("speaking", "asked").
    func isParticiple(_ t: Int) -> Bool {
        let view = text.tokens[t].view
        return text.endsInIng(t) || (view.length >= 4 && text.v[view.end - 1] == "d" && text.v[view.end - 2] == "e")
    }

    /// "The army acknowledged losses but said its units …": a verb after "and" or "but", or a
    /// participle after a comma, "by" or "while" ("Dean began by saying he would …"), with no
    /// subject of its own shares the one that opens the sentence; inside reported speech
    /// ("declared a state of emergency and said …"), the reporting verb's.
    private mutating func sharedSubject(_ c: Int, floor: Int) -> Speaker? {
        guard c - 1 > floor else { return nil }
        let afterOpener = text.endsInIng(c) && text.words.participleOpeners.contains(text.hashes[c - 1])
        guard afterOpener || text.isWord(c - 1, text.words.and) || text.isWord(c - 1, text.words.but)
                || text.participleAfterComma(c) else { return nil }
        // "…, a claim the Israeli military rejected, saying …": after a report whose cue closes
        // its clause (its content before it), the participle is that report's speaker's.
        // Whom it was told may follow the verb ("…, a security source told AFP, adding …").
        if text.participleAfterComma(c), let i = latestReport({ report in
            report.cue.map { cue in
                cue.upperBound <= c - 2 && c - 2 - cue.upperBound <= 4 && report.last < cue.lowerBound
                    && !text.holdsPunct(",", in: cue.upperBound...(c - 2))
            } ?? false
        }),
           let s = found[i].speaker {
            return s.restated(rule: "speaker.shared_subject")
        }
        if let parent = innermost(c), !found[parent].direct {
            return found[parent].speaker?.restated(rule: "speaker.shared_subject")
        }
        guard c - 2 > floor, let p = reader.after(afterOpeningPhrase(floor, before: c - 3), limit: c - 3), p.extent.upperBound + 1 < c - 1 else {
            return afterOpener ? nil : coordinatedSpeaker(c)
        }
        return resolver.resolve(p, at: c).restated(rule: "speaker.shared_subject")
    }

    /// "During a speech on Monday, Trump attacked …": where the clause's subject may start, after
    /// an opening phrase of a preposition or another word that starts no name, up to a comma.
    private func afterOpeningPhrase(_ floor: Int, before limit: Int) -> Int {
        guard text.isPreposition(floor) || text.markerKind(floor) == .notAName else { return floor }
        var k = floor + 1
        while k < limit && !text.isPunct(k, ",") { k += 1 }
        return k < limit ? k + 1 : floor
    }

    /// "Today, in a statement, the group acknowledged his death and announced that …": the
    /// speaker of the outermost report that ends at the "and" (or "but") before the verb.
    private func coordinatedSpeaker(_ c: Int) -> Speaker? {
        guard !text.participleAfterComma(c) else { return nil }
        var best: Int?
        // From the latest back, over the reports a verb so near can share a subject with
        // (attributions come in text order): not a scan of every earlier one.
        for i in found.indices.reversed() {
            guard let cue = found[i].cue else { continue }
            if cue.lowerBound < c - Self.reportReach { break }
            guard found[i].last == c - 2, found[i].speaker != nil else { continue }
            if best.map({ cue.lowerBound < found[$0].cue!.lowerBound }) ?? true { best = i }
        }
        return best.flatMap { found[$0].speaker?.restated(rule: "speaker.shared_subject") }
    }

    /// The first token of the reported content: "that …" (kept, as annotators keep it), or a
    /// clause right after the verb ("said the group would …"), or for a verb that denies or
    /// admits (`gerund`) the act it names ("denied capturing the town"). Nil when none follows.
    func complement(after end: Int, ceiling: Int, relay: Bool, gerund: Bool = false, datedObject: Bool = false) -> Int? {
        var k = end + 1
        // "told reporters the operation had …": a plain plural noun is the one told too.
        if relay, k <= ceiling, let target = reader.after(k, limit: ceiling, describedName: true) ?? (reader.isPlural(k) ? reader.bareNoun(k) : nil) {
            k = target.extent.upperBound + 1
            // "told MSNBC's "Morning Joe" that …": the programme's title after the outlet.
            if let close = quotedTitleEnd(from: k, ceiling: ceiling) { k = close + 1 }
        }
        // "said on Tuesday that", "says in Ohio that": "that" a few words on. Not after a
        // determiner: "went on a shooting rampage that left …" holds a relative clause.
        let determined = k == end + 1 && k <= ceiling && reader.isDeterminer(k) && !text.isWord(k, text.words.that)
            && !(text.words.addressing.contains(text.hashes[end]) && addressedThat(from: k, ceiling: ceiling))
        if !determined, let that = thatAhead(from: k, ceiling: ceiling) {
            guard that < ceiling else { return nil }
            // "denied reports that …", "rejected claims that …": what is denied is the reports,
            // a report of their own inside the content.
            if that > k, speechCue(in: k..<that) { return k }
            return that
        }
        guard k <= ceiling, k > end + 1 || !relay else { return nil }
        if gerund, k == end + 1, k + 1 <= ceiling, isGerund(k) { return k }
        // "said on Twitter it had …", "said in a statement the group would …": where the words
        // were given stands before the clause, as a date does (and a date may follow it).
        var lead = end + 1
        let framed = !relay && k == lead && text.cueKinds[k] == .statement
        if framed { k += max(1, Int(text.cueLength[k])); lead = k }
        guard k <= ceiling else { return nil }
        // "said Monday it was aware", "announced on Thursday the death of …": a date right after
        // the verb, with its preposition, stands before the clause.
        let datedAt = k == lead && k + 1 <= ceiling && text.date[k] < 0 && text.words.datePrepositions.contains(text.hashes[k]) ? k + 1 : k
        let dated = k == lead && text.date[datedAt] >= 0
        if dated {
            let date = text.date[datedAt]
            k = datedAt
            while k <= ceiling && text.date[k] == date { k += 1 }
            // A noun phrase after the date is the verb's object: what an announcement, a
            // confirmation or a denial states ("announced on Thursday the death of …"), not
            // words reported ("claimed on Saturday the attack").
            if !datedObject, k <= ceiling, text.markerKind(k) == .determiner, !text.isWord(k, text.words.that),
               !verbSoon(after: k, ceiling: ceiling) { return nil }
        }
        // A bare clause: a subject right after a reporting verb ("said Hamaha was alive") or
        // after the one told ("told Reuters the group usually waits …").
        // Three words at least, or four tokens: inside reported speech the ceiling is its last
        // word ("According to AFP, the army said Hamaha was killed."), elsewhere the stop.
        guard k == end + 1 || relay || dated || framed, k + 3 <= ceiling || (k + 2 <= ceiling && text.isWord(k + 2)),
              startsClause(k, ceiling: ceiling) else { return nil }
        // "calls on it to remain vigilant", "urged Congress to leave": an object and an infinitive,
        // no clause (after a plain noun "to" may be a preposition: "said cuts to spending hurt").
        if text.markerKind(k + 1) == .infinitive && (isPronoun(k) || reader.isNamePart(k)) { return nil }
        // "maintained ANI this morning: «…»" introduces a quote; it reports no clause of its own
        // (a clause with its verb before the colon is one: "said the mujahideen were "ready":").
        if let colon = (k...min(ceiling, k + 14)).first(where: { text.isPunct($0, ":") }),
           !(k..<colon).contains(where: { text.isFiniteVerb($0) && !text.isCapitalised($0) && text.date[$0] < 0 }) { return nil }
        return k
    }

    /// The closing mark of a title in straight quote marks opening at `k`: at most six words,
    /// the first capitalised.
    private func quotedTitleEnd(from k: Int, ceiling: Int) -> Int? {
        guard k + 2 <= ceiling, text.isPunct(k, "\""), text.isCapitalised(k + 1) else { return nil }
        var j = k + 1
        while j <= min(ceiling, k + 7) && text.isWord(j) { j += 1 }
        return j <= ceiling && j > k + 1 && text.isPunct(j, "\"") ? j : nil
    }

    /// After a verb that addresses someone, "warned the population that the situation …": a
    /// determiner and a plain noun or two, then "that" opening a clause with a subject of its
    /// own (not "a shooting rampage that left …", a relative clause).
    private func addressedThat(from k: Int, ceiling: Int) -> Bool {
        var j = k + 1
        while j <= ceiling && j - k <= 3 && reader.isModifier(j) && text.cue[j] < 0 { j += 1 }
        guard j > k + 1, j + 2 <= ceiling, text.isWord(j, text.words.that) else { return false }
        // The clause's subject: a determiner, a pronoun, a name or a number.
        let s = j + 1
        return reader.isDeterminer(s) || text.markerKind(s) == .pronounPerson || text.markerKind(s) == .pronounGroup
            || text.isCapitalised(s) || text.tokens[s].kind == .number
    }

    /// "that" within eight tokens from `k` (or twelve, after a comma), before a sentence end, a quote mark or another cue
    /// (buffer reads: asked at every reporting verb).
    private func thatAhead(from k: Int, ceiling: Int) -> Int? {
        let that = text.words.that
        return text.hashes.withUnsafeBufferPointer { hashes in
        text.flags.withUnsafeBufferPointer { flags in
        text.cue.withUnsafeBufferPointer { cue in
        text.tokens.withUnsafeBufferPointer { tokens in
        text.v.withUnsafeBufferPointer { v in
            var j = k, passed = false, cueWords = 0
            // Further than eight words only after an aside closed by a comma ("says at a stop in Toledo, Ohio, that")
            // or past an agency that carried the words ("said in a statement carried by its Amaq
            // news agency that …", the cue's own words not counted); not past another reporting
            // verb, "told" included.
            while j <= ceiling && j - k - cueWords < 12 && !flags[j].contains(.sentenceEnd)
                    && !ClaimsText.isPunct(tokens, v, j, "\"") && (j == k || cue[j] < 0 || carriedBy(j)) {
                if hashes[j] == that && (j - k < 8 || passed || ClaimsText.isPunct(tokens, v, j - 1, ",")) && !closesClause(j) { return j }
                if cue[j] >= 0 && carriedBy(j) {
                    // Past the cue's own words ("in a statement published by"), not counted.
                    passed = true
                    cueWords += Int(text.cueLength[j]) - 1
                    j += max(1, Int(text.cueLength[j]))
                    continue
                }
                if j > k && cue[j] >= 0 { passed = true }
                j += 1
            }
            return nil
        }}}}}
    }

    /// Whether a reporting verb stands in `range`, outside the cues of agencies that carried the words.
    private func speechCue(in range: Range<Int>) -> Bool {
        var j = range.lowerBound
        while j < range.upperBound {
            if text.cue[j] >= 0 && carriedBy(j) { j += max(1, Int(text.cueLength[j])); continue }
            if text.cueKinds[j] == .speech { return true }
            j += 1
        }
        return false
    }

    /// A relay cue at `j` naming an agency that carried or quoted the words ("carried by", "quoted by").
    private func carriedBy(_ j: Int) -> Bool {
        text.cueKinds[j] == .relay && text.tables.cues[Int(text.cue[j])].role == "agency"
    }

    /// "said it could change that.": a "that" the sentence end or a semicolon follows is a
    /// pronoun closing the clause, not the word that opens one (a comma may open an aside:
    /// "said that, if elected, he would").
    private func closesClause(_ that: Int) -> Bool {
        let next = that + 1
        return next >= text.count || text.isSentenceEnd(next) || text.isPunct(next, ";") || text.isPunct(next, ".")
            || text.isPunct(next, ")")
    }

    /// The first token after "cue (addressee): " when no quote mark follows the colon.
    func colonStatement(after end: Int, ceiling: Int) -> Int? {
        // Buffer reads: asked at every reporting verb, and few have a colon after them.
        let stop: Int? = text.tokens.withUnsafeBufferPointer { tokens in
        text.v.withUnsafeBufferPointer { v in
        text.cue.withUnsafeBufferPointer { cue in
            var k = end + 1
            while k <= ceiling && k - end <= 5 && !ClaimsText.isPunct(tokens, v, k, ":") {
                if tokens[k].kind == .punctuation || cue[k] >= 0 { return nil }
                k += 1
            }
            return k
        }}}
        guard let k = stop, k < ceiling, text.isPunct(k, ":"), !text.isPunct(k + 1, "\""), !text.isPunct(k + 1, "'"),
              ceiling - k >= 3 else { return nil }
        return k + 1
    }

    /// The items of a list in the paragraphs after a colon that ends the cue's paragraph
    /// ("said:" or "says that:"), from the first item's first word to the last item's last.
    private func listAfterColon(_ end: Int) -> ClosedRange<Int>? {
        var k = end + 1
        if k < text.count, text.isWord(k, text.words.that) { k += 1 }
        guard k + 1 < text.count, text.isPunct(k, ":"), text.paragraphStart[k + 1] else { return nil }
        var p = k + 1, first: Int? = nil, last = k
        while p < text.count, text.paragraphStart[p], let start = listItemStart(p) {
            var e = p
            while e + 1 < text.count && !text.paragraphStart[e + 1] { e += 1 }
            first = first ?? start
            last = lastContent(e)
            p = e + 1
        }
        guard let first, last >= first else { return nil }
        return first...last
    }

    /// Whether the cue at `c` is a noun: a determiner or quantifier before it, past plain
    /// modifiers ("Some quick notes:", "A few remarks").
    private func isNounAfterDeterminer(_ c: Int, floor: Int) -> Bool {
        var j = c - 1
        // Past modifiers and names ("the latest UN report").
        while j > floor && (reader.isModifier(j) && !reader.isRole(j) || text.entity[j] >= 0) { j -= 1 }
        return j >= floor && (reader.isDeterminer(j) || reader.isQuantifier(j))
    }

    /// The first token of a list item at `p` ("1.", "2)", "-", "•"), or nil.
    private func listItemStart(_ p: Int) -> Int? {
        if text.tokens[p].kind == .number, p + 2 < text.count, text.isPunct(p + 1, ".") || text.isPunct(p + 1, ")") { return p + 2 }
        if p + 1 < text.count, isDash(p) || text.isPunct(p, "•") || text.isPunct(p, "*") { return p + 1 }
        return nil
    }

    /// A comma within eight words from `k`, with no verb before it, and a reporting clause of
    /// its own after it ("…, a security source told AFP").
    private func objectBeforeReportingClause(_ k: Int, ceiling: Int) -> Bool {
        var j = k + 1
        while j <= min(ceiling, k + 8) && text.tokens[j].kind != .punctuation {
            if text.isFiniteVerb(j) || text.cue[j] >= 0 || text.predicate[j] >= 0 || text.endsInEd(j) { return false }
            j += 1
        }
        guard j < ceiling, text.isPunct(j, ",") else { return false }
        // A speaker's phrase, then its verb ("a security source told", "Reuters reported"); not
        // a conjunction's clause ("…, while Qantas maintains …").
        guard j + 1 <= ceiling, reader.isDeterminer(j + 1) || reader.isNamePart(j + 1) else { return false }
        var v = j + 1
        while v <= min(ceiling, j + 5) && text.tokens[v].kind == .word && text.cue[v] < 0 { v += 1 }
        return v <= ceiling && v > j + 1 && (text.cueKinds[v] == .speech || text.cueKinds[v] == .relay)
    }

    /// A token that can open a clause: a name, a pronoun, a determiner or "no". Where the word
    /// could as well start the verb's object ("denied his death", "said Friday afternoon"),
    /// a finite verb must follow it ("said his fund has spent", "said officials are").
    func startsClause(_ k: Int, ceiling: Int) -> Bool {
        if text.isWord(k, text.words.and) || text.markerKind(k) == .scopeBreak { return false }
        // "said 30 fighters were killed", "said at least 30 …": a count whose verb follows.
        if let number = countStart(k, ceiling: ceiling) { return verbSoon(after: number, ceiling: ceiling) }
        switch text.markerKind(k) {
        // "who asked not to be named": an infinitive, not a clause.
        case .negator? where k + 1 <= ceiling && text.markerKind(k + 1) == .infinitive: return false
        // "denied the claims, saying …", "rejected the report.": a determiner and a noun that the
        // sentence end or a participle follows are an object.
        case .determiner? where !verbSoon(after: k, ceiling: ceiling) && objectEnds(after: k, ceiling: ceiling):
            return false
        // "have demanded a ransom of 5 million euros, a security source told AFP": an object,
        // then the reporter's clause.
        case .determiner? where objectBeforeReportingClause(k, ceiling: ceiling):
            return false
        case .pronounPerson?, .pronounGroup?, .determiner?, .title?:
            return !text.isWord(k, text.words.his) || verbSoon(after: k, ceiling: ceiling)
        // "said no one was hurt", "says neither …"; "nothing" is an object unless a verb follows
        // ("said nothing was found", not "confirmed nothing about the raid").
        case .negator?: return !text.words.notGerunds.contains(text.hashes[k]) || verbSoon(after: k, ceiling: ceiling)
        // "There was", "I am"; not "In a statement", "Friday afternoon", "from Putin would" (an
        // aside of time or place may stand first: "said after the convention he would …").
        case .notAName?:
            return !text.words.complementPrepositions.contains(text.hashes[k]) && verbSoon(after: k, ceiling: ceiling)
        // "says President Obama …" (a title), "said officials are …" (a plain noun and its verb).
        case .role?: return reader.isNamePart(k) || verbSoon(after: k, ceiling: ceiling)
        // A plain word opens a clause too ("says hackers are …"), and a noun spelt as a verb
        // does when a verb follows ("said praise from Putin would not …"); a preposition or
        // adverb does not.
        default:
            return text.entity[k] >= 0 || (reader.isNamePart(k) && !text.isWord(k, text.words.i)) || reader.isModifier(k)
                || (text.tokens[k].kind == .word && text.markerKind(k) == nil && !reader.isPreposition(k)
                    && verbSoon(after: k, ceiling: ceiling, reach: 3, pastInfinitive: false))
        }
    }

    /// Whether `range` is a phrase of time or place and its comma ("But in recent days,"):
    /// a preposition first, after "but" or "and", and no finite verb.
    private func adverbialOnly(_ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        if k < range.upperBound, text.isWord(k, text.words.but) || text.isWord(k, text.words.and) { k += 1 }
        return k < range.upperBound && text.words.frameOpeners.contains(text.hashes[k]) && !(k..<range.upperBound).contains { text.isFiniteVerb($0) }
    }

    /// A subject can start at `k`: a determiner, a pronoun, a name or a number.
    private func opensSubject(_ k: Int) -> Bool {
        switch text.markerKind(k) {
        case .determiner?, .pronounPerson?, .pronounGroup?: return true
        default: return text.entity[k] >= 0 || reader.isNamePart(k) || text.tokens[k].kind == .number
        }
    }

    /// "to" right after the verb and a lower-case verb after it ("vowed to continue"; not
    /// "agreed to the deal", "promised to Mali"): the token of "to".
    func infinitive(after end: Int, ceiling: Int) -> Int? {
        let to = end + 1, verb = end + 2
        guard verb + 1 <= ceiling, text.isWord(to, text.words.to), text.tokens[verb].kind == .word, !text.isCapitalised(verb),
              text.markerKind(verb) != .determiner, !isPronoun(verb), !text.isPreposition(verb) else { return nil }
        return to
    }

    /// The number of a count that starts at `k`: `k` itself, or the number after "at least",
    /// "more than", "fewer than", "less than".
    private func countStart(_ k: Int, ceiling: Int) -> Int? {
        if text.tokens[k].kind == .number { return k }
        guard k + 2 <= ceiling, text.tokens[k + 2].kind == .number, text.tokens[k].kind == .word, text.tokens[k + 1].kind == .word else { return nil }
        let pair = (text.hashes[k], text.hashes[k + 1])
        return text.words.countOpeners.contains { $0 == pair } ? k + 2 : nil
    }

    /// The sentence end, or a comma and a participle, within three tokens after `k`.
    private func objectEnds(after k: Int, ceiling: Int) -> Bool {
        var j = k + 1
        while j <= min(ceiling, k + 3) {
            if text.isSentenceEnd(j) { return true }
            if text.isPunct(j, ",") { return j + 1 <= ceiling && text.endsInIng(j + 1) }
            if text.tokens[j].kind != .word { return false }
            j += 1
        }
        return false
    }

    private func isPronoun(_ k: Int) -> Bool {
        text.markerKind(k) == .pronounPerson || text.markerKind(k) == .pronounGroup
    }

    /// A finite verb ("is", "has", "would", "didn't") within `reach` words after `k`, with no
    /// punctuation or cue between (nor, unless `pastInfinitive`, an infinitive's "to": "said
    /// goodbye to be …"): the words from `k` are a clause's subject.
    func verbSoon(after k: Int, ceiling: Int, reach: Int = 4, pastInfinitive: Bool = true) -> Bool {
        var j = k + 1, words = 0
        while j <= ceiling && words < reach && text.tokens[j].kind == .word && text.cue[j] < 0
                && (pastInfinitive || text.markerKind(j) != .infinitive) {
            if text.isFiniteVerb(j) { return true }
            // A name counts as one word: "praise from Russian President Vladimir Putin would".
            if !(j > k + 1 && text.isCapitalised(j) && text.isCapitalised(j - 1)) { words += 1 }
            j += 1
        }
        return false
    }

    /// `CONTENT, X said.` / `CONTENT, said X.`: the content before the comma.
    func preposedContent(cue c: Int, floor: Int, ceiling: Int) -> (last: Int, speaker: Phrase?)? {
        let end = cueEnd(c)
        if c - 1 > floor, text.isPunct(c - 1, ",") {
            // "…, saying its fighters remained in position": a participle's speaker is never after it.
            if text.endsInIng(c) { return nil }
            let p = reader.after(end + 1, limit: ceiling)
            // "…, said Brian Baker, a Republican strategist who …": a name's apposition may run on.
            // The phrase may hold the apposition already, when it names a role ("a longtime adviser to …").
            let apposition = p.map { ($0.kind == .person || $0.kind == .named) && $0.extent.upperBound < ceiling
                && (text.isPunct($0.extent.upperBound + 1, ",") || text.isPunct($0.last + 1, ",")) } ?? false
            let phraseEnd = p.map { $0.extent.upperBound } ?? end
            guard apposition || endsSoon(after: phraseEnd, ceiling: ceiling, commaEnds: false) else { return nil }
            // "The spokesman, Abu Obeida, said the fighters were safe": a verb after the phrase
            // makes it a clause's subject, and the words before the comma the speaker's aside.
            guard apposition || !verbSoon(after: phraseEnd, ceiling: ceiling), !subjectWithAside(floor: floor, comma: c - 1) else { return nil }
            return c - 2 >= floor ? (c - 2, p) : nil
        }
        // The few tokens after the cue are tested before the phrase before it is read: most fail.
        guard endsSoon(after: end, ceiling: ceiling) else { return nil }
        // "Sen. Lindsey Graham (R-S.C.) told …": the name before a parenthesis closing at the verb.
        var speakerEnd = c - 1
        if let open = text.parenthesisOpen(closingAt: c - 1, floor: floor) {
            speakerEnd = open - 1
        }
        guard speakerEnd >= floor,
              var p = reader.before(speakerEnd, floor: floor) ?? reader.bareNoun(speakerEnd) ?? utterancePhrase(ending: speakerEnd, floor: floor) else { return nil }
        // "…has hurt the nominee with young voters, Graham said": with no comma before it, the
        // role read as the name's apposition is the content's last words.
        if comma(before: p.extent.lowerBound, floor: floor) == nil, p.first > p.extent.lowerBound, text.isPunct(p.first - 1, ","),
           let name = reader.before(speakerEnd, floor: p.first) {
            p = name
        }
        guard let comma = comma(before: p.extent.lowerBound, floor: floor) else { return nil }
        // "…, as the French claimed." closes its sentence; "Yet, as Mr. Bown observed, …" is an aside.
        if text.isWord(comma + 1, text.words.as) && !endsSoon(after: end, ceiling: ceiling, commaEnds: false) { return nil }
        // "His brigade, the Signed-in-Blood Battalion, has said nothing": a phrase between
        // commas is the subject's apposition, not a speaker after content.
        if p.extent.upperBound < speakerEnd && text.holdsPunct(",", in: (p.extent.upperBound + 1)...speakerEnd) { return nil }
        // "The museum, Mr. Bush said, celebrated …": the content goes on after the reporting clause.
        var k = end + 1
        while k <= ceiling && !text.isPunct(k, ",") && !text.isSentenceEnd(k) { k += 1 }
        // Not "…, lawmakers said Friday, a day after the vote": after words of its own, a
        // determiner or preposition opens an aside; a participle or a conjunction does anywhere
        // ("…, one shopkeeper said, describing …", "…, Graham said, since …").
        // A reporter's apposition too ("…, the UN said, an accusation the government rejected").
        let aside = k + 1 <= ceiling && (text.endsInIng(k + 1) || text.words.subordinators.contains(text.hashes[k + 1])
            || k > end + 1 && (reader.isDeterminer(k + 1) || reader.isPreposition(k + 1) || reader.isQuantifier(k + 1))
            || k + 2 <= ceiling && reader.isDeterminer(k + 1) && isReportNoun(k + 2))
        // "…, the agency said, and Mr. X told AFP …": "and" after the clause opens a sentence of its own.
        if k < ceiling && text.isPunct(k, ",") && !text.isSentenceEnd(k + 1) && text.tokens[k + 1].kind == .word
            && !text.isCapitalised(k + 1) && text.cue[k + 1] < 0 && !aside && !text.isWord(k + 1, text.words.and) { return (lastContent(ceiling), p) }
        return (comma - 1, p)
    }

    /// "Russia said its forces had captured the village, a claim Kyiv denied", "Y, the UN
    /// said, an accusation Mali rejected": a report whose content, or whose cue after its
    /// content, ends at the comma before a determiner and a reporting noun. What the
    /// apposition answers is that content, not the report of it.
    private func appositiveReport(endingAt last: Int, floor: Int) -> Int? {
        let comma = last + 1
        guard comma + 2 < text.count, text.isPunct(comma, ","), reader.isDeterminer(comma + 1), isReportNoun(comma + 2) else { return nil }
        return latestReport { report in
            guard !report.direct, report.first >= floor else { return false }
            if report.last == last { return report.first > floor }
            return report.cue.map { $0.upperBound == last && report.last < $0.lowerBound } ?? false
        }
    }

    /// A reporting cue ("a claim") or a noun for what was said ("an accusation") at `k`.
    private func isReportNoun(_ k: Int) -> Bool {
        text.cueKinds[k] == .speech || text.words.reportNouns.contains(text.hashes[k])
    }

    /// The latest of the last few reports found (`recentReports`) that `matches`: the reports
    /// of the sentence at hand are the last found; a long document's earlier ones are not read.
    func latestReport(_ matches: (Attribution) -> Bool) -> Int? {
        var i = found.count - 1
        while i >= max(0, found.count - Self.recentReports) {
            if matches(found[i]) { return i }
            i -= 1
        }
        return nil
    }

    /// How many of the last reports found `latestReport` and `adoptEarlierReports` read.
    static let recentReports = 8

    /// "The spokesman for the group, Abu Obeida, said …", "The minister, who spoke on condition
    /// of anonymity, said …": the words before the verb's comma are a phrase and an aside
    /// between two commas (a name, a role or a relative clause), not preposed content.
    private func subjectWithAside(floor: Int, comma: Int) -> Bool {
        guard let open = (floor..<comma).first(where: { text.isPunct($0, ",") }), open > floor, open + 1 < comma,
              !text.holdsPunct(",", in: (open + 1)...(comma - 1)),
              let subject = reader.after(floor, limit: open - 1), subject.extent.upperBound == open - 1 else { return false }
        if text.words.relatives.contains(text.hashes[open + 1]) { return true }
        guard let aside = reader.after(open + 1, limit: comma - 1) else { return false }
        return aside.extent.upperBound == comma - 1
    }

    /// A lower-case word in "-ing" that names an act ("capturing", "having"), not a preposition
    /// or noun that ends so ("during", "following", "morning", "nothing").
    private func isGerund(_ t: Int) -> Bool {
        text.tokens[t].kind == .word && !text.isCapitalised(t) && text.endsInIng(t) && text.tokens[t].view.length > 5
            && !text.words.notGerunds.contains(text.hashes[t])
    }

    /// The comma right before the phrase starting at `first`, or before a determiner or a
    /// number that the phrase leaves out.
    private func comma(before first: Int, floor: Int) -> Int? {
        var k = first - 1
        while k > floor && first - k <= 2 && text.tokens[k].kind == .word && (reader.isDeterminer(k) || reader.isQuantifier(k)) { k -= 1 }
        // "…, as the French claimed."
        if k > floor && text.isWord(k, text.words.as) { k -= 1 }
        // "…, a claim the group denied.": a reporting noun in apposition to the content.
        if k - 1 > floor && isReportNoun(k) && reader.isDeterminer(k - 1) { k -= 2 }
        return k > floor && text.isPunct(k, ",") ? k : nil
    }

    /// Only a few words ("on Friday", "last week") stand between `end` and the end of the
    /// sentence or the next comma: the reporting clause closes the sentence. A name counts as
    /// one word ("told The Huffington Post on Thursday").
    func endsSoon(after end: Int, ceiling: Int, commaEnds: Bool = true) -> Bool {
        var k = end + 1, words = 0
        while k <= ceiling && !text.isSentenceEnd(k) && !(commaEnds && text.isPunct(k, ",")) {
            if text.cue[k] >= 0 || text.predicate[k] >= 0 || text.isPunct(k, "\"") || text.isPunct(k, ":") { return false }
            if !(k > end + 1 && text.isCapitalised(k) && text.isCapitalised(k - 1)) { words += 1 }
            if words > 4 { return false }
            k += 1
        }
        return true
    }

    /// `According to X, CONTENT.` or `CONTENT, according to X.`
    func according(_ c: Int, floor: Int, ceiling: Int) -> (first: Int, last: Int, speaker: Phrase?)? {
        let end = cueEnd(c)
        let opensSentence = c == floor || (c > floor && text.tokens[c - 1].kind == .punctuation && !text.isPunct(c - 1, ","))
        var source = reader.after(end + 1, limit: ceiling)
        // "According to exit polls, …", "according to a campaign aide.": the words up to the comma
        // or the stop (not after a one-word cue inside a sentence: "Trump, at the forum, cited problems").
        if end > c || opensSentence, let stop = sourceStop(after: end, ceiling: ceiling), source.map({ $0.extent.upperBound + 1 < stop }) ?? true {
            var last = stop - 1
            // "according to a joint statement received today by ANI": the statement is the source;
            // who received or carried it passed it on.
            if !opensSentence, let u = ((end + 1)..<last).first(where: { text.markerKind($0) == .utterance }),
               text.words.receivedBy.contains(text.hashes[u + 1]) { last = u }
            source = reader.analyse((end + 1)...last) ?? (last == end + 1 ? reader.bareNoun(end + 1) : source)
        }
        guard let p = source else { return nil }
        // "citing military sources" names a source; "citing the collapse of the talks" a reason.
        if end == c && !(p.kind == .person || p.kind == .named || p.kind == .role) { return nil }
        let after = p.extent.upperBound + 1
        if opensSentence {
            if after + 1 <= ceiling, text.isPunct(after, ",") {
                // "According to the SITE Intelligence Group, which monitors jihadist websites, the
                // group said …": the content starts after a relative aside on the source.
                if text.words.relatives.contains(text.hashes[after + 1]), let close = asideClose(from: after + 2, ceiling: ceiling) {
                    return (close + 1, lastContent(ceiling), p)
                }
                // "According to the Syrian Observatory for Human Rights, a Britain-based war
                // monitor, at least 25 …": after an apposition that describes the source, with no
                // verb or number and a singular noun at its end ("a total of 20 soldiers, five …" is content).
                if text.isIndefiniteArticle(after + 1), let close = asideClose(from: after + 2, ceiling: ceiling), close + 1 <= ceiling,
                   !reader.endsInPluralS(close - 1),
                   !((after + 2)..<close).contains(where: { text.isFiniteVerb($0) || text.cue[$0] >= 0 || text.tokens[$0].kind == .number }) {
                    return (close + 1, lastContent(ceiling), p)
                }
                return (after + 1, lastContent(ceiling), p)
            }
            // After a dash "according to X" may close what came before it.
            guard c > floor, isDash(c - 1) else { return nil }
        }
        // "…, according to X" and "… — according to X": the content before the comma or dash.
        if c - 1 > floor, text.dashGap(after: c - 1) != nil { return (floor, c - 1, p) }
        guard c - 1 > floor, text.isPunct(c - 1, ",") || isDash(c - 1) else { return nil }
        return (floor, c - 2, p)
    }

    /// "ISWAP claimed it had killed 15 soldiers, according to a statement carried by the
    /// group's Amaq news agency": a statement whose issuer is not named is that of the report
    /// it holds, whose speaker issued it.
    private func reportIssuing(_ source: Phrase?, within content: ClosedRange<Int>) -> Speaker? {
        guard let source, source.entity == nil, source.kind == .common, text.markerKind(source.last) == .utterance,
              let inner = latestReport({ a in
                  a.cue.map { content.contains($0.lowerBound) } ?? false && content.contains(a.first) && content.contains(a.last)
              }) else { return nil }
        return found[inner].speaker?.restated(rule: "speaker.utterance_issuer")
    }

    /// The comma closing an aside that starts at `k`, within `asideReach` words, before the last word.
    private func asideClose(from k: Int, ceiling: Int) -> Int? {
        var j = k
        while j < ceiling && j - k < Self.asideReach && !text.isSentenceEnd(j) {
            if text.isPunct(j, ",") { return j }
            j += 1
        }
        return nil
    }

    /// The comma or sentence end that closes the source of "according to", when up to ten words
    /// lead to it (a reporting noun among them: "according to a statement from the ministry,").
    private func sourceStop(after end: Int, ceiling: Int) -> Int? {
        var k = end + 1
        while k <= ceiling && k - end <= 10 && text.tokens[k].kind == .word { k += 1 }
        guard k > end + 1, k - end <= 10 else { return nil }
        return k > ceiling || text.isPunct(k, ",") || text.isSentenceEnd(k) ? k : nil
    }

    /// "From the office of X:" — the statement runs from the colon to the end of the text, or
    /// to the next header: a long document of many statements gives each its own.
    func header(_ c: Int, end: Int) -> (first: Int, last: Int, speaker: Phrase?)? {
        guard let colon = headerColon(after: end) else { return nil }
        var last = nextHeaderStart(after: colon) - 1
        while last > colon && text.boilerplate[last] { last -= 1 }
        guard last > colon else { return nil }
        return (colon + 1, last, reader.after(end + 1, limit: colon - 1))
    }

    /// Where the first header after token `t` starts, else the end of the text. Each header's
    /// search stops at the next one, so a document's headers cost one pass in all.
    func nextHeaderStart(after t: Int) -> Int {
        var k = t + 1
        while k < text.count {
            if text.cueKinds[k] == .header && !text.boilerplate[k] && headerColon(after: cueEnd(k)) != nil { return k }
            k += 1
        }
        return text.count
    }

    /// The colon that closes a header cue ending at `end`, a few words on in the same line.
    func headerColon(after end: Int) -> Int? {
        var colon = end + 1
        while colon < text.count && colon - end < 12 && !text.isPunct(colon, ":") && !text.lineBreak(after: colon - 1) { colon += 1 }
        guard colon < text.count, text.isPunct(colon, ":"), colon + 1 < text.count else { return nil }
        return colon
    }

    /// "announced 14th March by the Malian army": the source after "by", a few tokens on.
    func passiveSource(after end: Int, ceiling: Int) -> Phrase? {
        // "said he rated … by the size": a clause follows the verb; "by" belongs to it.
        if end + 1 <= ceiling, text.isWord(end + 1, text.words.that) || text.markerKind(end + 1) == .pronounPerson
            || text.markerKind(end + 1) == .pronounGroup { return nil }
        // Buffer reads: asked at every reporting verb, and "by" follows few of them.
        let by = text.words.by
        let found: Int? = text.hashes.withUnsafeBufferPointer { hashes in
        text.flags.withUnsafeBufferPointer { flags in
        text.cue.withUnsafeBufferPointer { cue in
        text.predicate.withUnsafeBufferPointer { predicate in
            var k = end + 1, steps = 0
            while k <= ceiling && steps < 8 {
                if hashes[k] == by { return k }
                // A quote mark opens the words reported ("said: “I am honored by …”"): a "by" in them is theirs.
                if flags[k].contains(.sentenceEnd) || flags[k].contains(.quoteMark) || cue[k] >= 0 || predicate[k] >= 0 { return nil }
                // "said the panel might be damaged by the move": a verb of its own opens a clause, "by" is its.
                if text.isFiniteVerb(k) { return nil }
                k += 1; steps += 1
            }
            return nil
        }}}}
        guard let k = found else { return nil }
        // "say the program, run by the ministry, has …": a noun after the verb with an aside of
        // its own is the subject of a clause, and "by" is the aside's.
        if text.markerKind(end + 1) == .determiner, k > end + 2, text.holdsPunct(",", in: (end + 2)...(k - 1)) { return nil }
        return reader.after(k + 1, limit: ceiling)
    }

    /// Reported content runs on into a next sentence that opens in lower case or with a dash
    /// ("… on Friday, April 11th. – and no Mujahideen were killed …").
    func continued(_ last: Int, within parent: Int?) -> Int {
        var last = last
        while true {
            var k = last + 1
            while k < text.count && text.isSentenceEnd(k) { k += 1 }
            if k < text.count && isDash(k) { k += 1 }
            // Lower case, not a script without case ("… Afghanistan.  عمر ولد حماها, the emir").
            guard k < text.count, text.tokens[k].kind == .word, !text.isCapitalised(k), text.doc.scalars[text.originals[k].start].properties.isLowercase,
                  text.sentence[k] != text.sentence[last],
                  parent.map({ found[$0].contains(k) }) ?? true else { return last }
            let next = lastContent(text.sentenceRange(k).upperBound)
            guard next > last else { return last }
            last = next
        }
    }

    /// Reported content ends with its sentence, or where the reporter's own voice returns:
    /// before ", but" or another reporting clause (", sources said", ", according to …"), or
    /// before a semicolon and a clause with a subject of its own ("…; the government put the
    /// toll at eight"). A relative or participle clause, or a semicolon before a pronoun or a
    /// list's next item, may still be the speaker's words (as annotators read them), and stays.
    func reportEnd(from first: Int, _ ceiling: Int) -> Int {
        // Buffer reads: the walk goes to the end of the sentence.
        let and = text.words.and, but = text.words.but
        let stop: Int? = text.tokens.withUnsafeBufferPointer { tokens in
        text.v.withUnsafeBufferPointer { v in
        text.hashes.withUnsafeBufferPointer { hashes in
        text.markerKinds.withUnsafeBufferPointer { kinds in
        text.cueKinds.withUnsafeBufferPointer { cueKinds in
            var k = first + 1
            // Whether a finite verb stands in `first..<verbsReadTo`: read on only as far as a
            // word of framing asks, so that the walk stays linear.
            var verbsReadTo = first, verbSeen = false
            while k < ceiling {
                if tokens[k].view.length == 1 {
                    let c = v[tokens[k].view.start]
                    if c == "," && (kinds[k + 1] == .scopeBreak || closesReport(after: k, ceiling)) { return k - 1 }
                    if c == ";" && opensOtherClause(after: k, ceiling) { return k - 1 }
                    // "rejected reports that civilians were killed: “the mujahideen did not …”":
                    // a colon before a quote mark introduces quoted words of their own.
                    if c == ":" && k + 1 < ceiling && tokens[k + 1].view.length == 1
                        && (v[tokens[k + 1].view.start] == "\"" || v[tokens[k + 1].view.start] == "'") { return k - 1 }
                }
                if k > first + 1 && (hashes[k] == and || hashes[k] == but) && coordinatesReport(after: k, ceiling) { return k - 1 }
                // "…, and this is a lie", "…, which is pure propaganda": the reporter's verdict on it.
                if k > first + 1 && (hashes[k] == and || ClaimsText.isPunct(tokens, v, k, ",")) && text.callsItFalse(k + 1) {
                    return ClaimsText.isPunct(tokens, v, k - 1, ",") ? k - 2 : k - 1
                }
                if cueKinds[k] == .statement || cueKinds[k] == .relay && carriedBy(k) {
                    while verbsReadTo < k { verbSeen = verbSeen || text.isFiniteVerb(verbsReadTo); verbsReadTo += 1 }
                    if framesReport(at: k, from: first, clause: verbSeen, ceiling) { return ClaimsText.isPunct(tokens, v, k - 1, ",") ? k - 2 : k - 1 }
                }
                k += 1
            }
            return nil
        }}}}}
        return stop ?? lastContent(ceiling)
    }

    /// "confirmed the death of its commander in a statement released on Sunday", "said its
    /// fighters had killed 20 soldiers, in a statement received by AFP": where the words were
    /// given, or who carried them, at `k`, after a comma or an object (no finite verb before
    /// it: `clause` false), and nothing after it but its own short description (no verb of a
    /// clause) is the reporter's framing, not the speaker's words ("said the group would
    /// publish the names in a statement" may be the speaker's).
    private func framesReport(at k: Int, from first: Int, clause: Bool, _ ceiling: Int) -> Bool {
        // A description of its own is short: one that runs on is more of the speaker's words.
        let j0 = k + max(1, Int(text.cueLength[k]))
        guard k > first + 1, text.isPunct(k - 1, ",") || !clause, ceiling - j0 < Self.framingReach else { return false }
        var j = j0
        while j <= ceiling {
            if text.isFiniteVerb(j) || text.cueKinds[j] == .speech && !text.words.issuedBy.contains(text.hashes[j]) { return false }
            j += 1
        }
        return true
    }

    /// The most tokens of a framing's own description ("in a statement released on Sunday by
    /// its media arm").
    static let framingReach = 16

    /// After the semicolon at `k`, a subject that is no pronoun and a lower-case word of the
    /// clause after it up to the next semicolon ("; Winnipeg, Manitoba; …" is a list's item).
    private func opensOtherClause(after k: Int, _ ceiling: Int) -> Bool {
        let next = k + 1
        guard next < ceiling, opensSubject(next), !isPronoun(next) else { return false }
        var j = next + 1
        while j <= ceiling && !text.isPunct(j, ";") {
            if text.tokens[j].kind == .word && !text.isCapitalised(j) && !text.isPreposition(j)
                && text.markerKind(j) != .determiner && !text.isWord(j, text.words.and) { return true }
            j += 1
        }
        return false
    }

    /// "said she thinks it should be released but said …", "… and added that …", "…, and we
    /// affirm that …": after "and" or "but" at `k`, a reporting verb (a personal pronoun and
    /// adverbs before it) starts the speaker's next statement.
    private func coordinatesReport(after k: Int, _ ceiling: Int) -> Bool {
        var j = k + 1
        if j < ceiling, text.markerKind(j) == .pronounPerson || text.markerKind(j) == .pronounGroup { j += 1 }
        while j < ceiling && text.markerKind(j) == .adverb { j += 1 }
        return j <= ceiling && text.cueKinds[j] == .speech && !text.endsInIng(j)
    }

    /// After the comma at `k`, a reporting clause of its own: "according to", a participle
    /// ("saying"), or a short phrase and a reporting verb that closes the sentence.
    private func closesReport(after k: Int, _ ceiling: Int) -> Bool {
        let next = k + 1
        guard next <= ceiling, text.tokens[next].kind == .word else { return false }
        // "according to" (not a one-word cue such as "citing", whose object may be the speaker's words).
        if text.cueKinds[next] == .according && cueEnd(next) > next { return true }
        if text.words.relatives.contains(text.hashes[next]) { return false }
        // "…, saying that …", "…, adding that …": the same speaker's next statement.
        if text.cueKinds[next] == .speech && text.endsInIng(next) { return true }
        // "…, a claim AQIM has not addressed", "…, a figure that could not be independently
        // verified": a reporting noun, or a noun for what was counted, in apposition to what was said.
        if next + 1 <= ceiling && reader.isDeterminer(next) && !text.isWord(next, text.words.that)
            && (isReportNoun(next + 1) || text.words.countNouns.contains(text.hashes[next + 1])) { return true }
        // "…, figures that could not be independently verified": a plural with its relative clause.
        if next + 1 <= ceiling && text.words.countNouns.contains(text.hashes[next])
            && (text.isWord(next + 1, text.words.that) || text.words.relatives.contains(text.hashes[next + 1])) { return true }
        // "…, after Malian officials accused them of …": a clause about another's words (not
        // "…, as the French claimed", whose words these are).
        if text.words.subordinators.contains(text.hashes[next]) && !text.isWord(next, text.words.as) {
            var j = next + 2
            while j <= min(ceiling, next + 6) && text.tokens[j].kind == .word {
                if text.cueKinds[j] == .speech && !reader.isDeterminer(j - 1) { return true }
                j += 1
            }
        }
        var j = next
        while j <= min(ceiling, next + 4) && text.tokens[j].kind == .word {
            // "…, Paris still refuses to confirm it": an intention and its infinitive close it too.
            // "…, a claim the group denied": a cue after a determiner is a noun, the verb comes later.
            if text.cueKinds[j] == .speech && !(j > next && reader.isDeterminer(j - 1)) {
                return j > next && (endsSoon(after: cueEnd(j), ceiling: ceiling)
                    || (text.cueRule(j)?.implies == .intention && infinitive(after: cueEnd(j), ceiling: ceiling) != nil))
            }
            j += 1
        }
        return false
    }

    /// The finite verb after a noun's "that" clause at `clause` that no clause within it wants:
    /// each verb group answers the clause the noun opened or one a conjunction, relative,
    /// comma, reporting verb (not one of intention: "planning an attack") or subject pronoun
    /// ("evidence he is trying") opened since; a verb group when none is open is
    /// the sentence's own ("… that Hamaha was killed was premature"). Read over a bounded
    /// stretch: a noun's clause longer than that keeps its end.
    private func sentenceVerb(afterNounClause clause: Int, last: Int) -> Int? {
        let and = text.words.and, but = text.words.but, that = text.words.that
        // Clauses that want a verb; whether the token before opened one ("that", "if": a
        // pronoun after it is that clause's subject).
        var open = 1, opened = true
        var k = clause + 1
        while k <= min(last, clause + 40) {
            let opens = text.tokens[k].kind == .punctuation ? text.isPunct(k, ",") || text.isPunct(k, ";")
                : text.hashes[k] == and || text.hashes[k] == but || text.hashes[k] == that
                    || (text.cueKinds[k] == .speech && text.cueRule(k)?.implies != .intention)
                    || text.words.relatives.contains(text.hashes[k]) || text.words.clauseOpeners.contains(text.hashes[k])
                    || (!opened && isSubjectPronoun(k))
            if opens {
                open += 1
            } else if text.isFiniteVerb(k) && !continuesVerbGroup(k) {
                if open == 0 { return k }
                open -= 1
            }
            opened = opens
            k += 1
        }
        return nil
    }

    /// Token `k` follows an auxiliary, a negation or an adverb of its verb group ("may have
    /// been", "was not", "had also"), or "to" ("to get": no finite verb).
    private func continuesVerbGroup(_ k: Int) -> Bool {
        text.isFiniteVerb(k - 1) || text.markerKind(k - 1) == .negator || text.markerKind(k - 1) == .adverb
            || text.markerKind(k - 1) == .infinitive
    }

    /// Where a passive source's scope starts: the sentence, or after a quote that ends in it
    /// without a full stop ("…,"  The announcement, made … by the army, …).
    func scopeStart(before c: Int, floor: Int) -> Int {
        var k = c - 1
        while k > floor && !text.isPunct(k, "\"") { k -= 1 }
        return k > floor || (k == floor && text.isPunct(k, "\"")) ? k + 1 : floor
    }

    /// The last content token before the sentence's final punctuation.
    func lastContent(_ ceiling: Int) -> Int {
        var e = ceiling
        while e > 0 && text.tokens[e].kind == .punctuation && !text.isPunct(e, "\"") { e -= 1 }
        return e
    }
}
