import ClaimlineCore

extension AttributionFinder {
    /// How far back, in tokens, the statement that "the statement" refers to is looked for.
    static let utteranceLookBack = 160

    /// "The statement said …", "the group's video added that …": a statement, message or video
    /// that speaks for whoever issued it. The speaker is the organisation or person named
    /// before the noun ("the AQIM statement"), else the issuer of the statement the last earlier
    /// sentence names ("AQIM issued a statement on Monday."), else, when no sentence names one,
    /// the speaker of the last attribution before it ("In a statement, AQIM said …"), else the
    /// statement itself, unnamed, right before its verb. Nil when the word before the verb is no
    /// statement opened by "the", "this" or "that".
    mutating func utteranceSpeaker(_ cue: Int, floor: Int) -> Speaker? {
        // "The statement further asserted": past an adverb before the verb.
        var c = cue
        while c - 1 > floor && (text.markerKind(c - 1) == .adverb || text.isAdverbInLy(c - 1)) { c -= 1 }
        let issued = issuedAndDated(before: c, floor: floor)
        guard c - 1 > floor, let phrase = utterancePhrase(ending: issued ?? c - 1, floor: floor, issued: issued != nil) else { return nil }
        let k = phrase.first
        let nameToken = (k...phrase.last).last { text.entity[$0] >= 0 }
        // The speaker's span is the statement's phrase; the issuer gives its entity and name.
        let span = text.original(k, phrase.last)
        func named(_ s: Speaker, _ rule: String) -> Speaker {
            s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name, role: s.ref.role), rule: rule)
        }
        if let nameToken, let p = issuerPhrase(at: nameToken, limit: c - 1) { return named(resolver.resolve(p, at: c), "speaker.utterance_issuer") }
        // "A new report says …": a statement of its own, no earlier one's; it speaks, unnamed.
        if text.isIndefiniteArticle(k) { return resolver.resolve(phrase, at: c).restated(rule: "speaker.utterance") }
        // "The army's statement read": a possessor no table lists issued it all the same.
        // Not the "that" opening a clause before it ("said that Saddam's message called for").
        var owner: Phrase? = nil
        if nameToken == nil, reader.isPossessor(k), let p = reader.before(k, floor: floor), !p.isPronoun {
            owner = text.isWord(p.extent.lowerBound, text.words.that) ? reader.before(k, floor: p.extent.lowerBound + 1) : p
            if owner == nil { return nil }
        }
        func ownerSpeaker(_ owner: Phrase) -> Speaker {
            let s = resolver.resolve(owner, at: c)
            // ("Saddam's message": the owner's name without its possessive.)
            let name = s.ref.entity == nil && owner.extent.upperBound == k ? s.ref.name.map { n in
                n.hasSuffix("'s") || n.hasSuffix("\u{2019}s") ? String(n.dropLast(2)) : n } : s.ref.name
            return s.restated(ref: MentionRef(span: text.original(owner.extent.lowerBound, phrase.last), entity: s.ref.entity, name: name,
                                              role: s.ref.role), rule: "speaker.utterance_issuer")
        }
        // A named owner, whatever statement was named before ("Saddam's message").
        if let owner, owner.kind == .person || owner.kind == .named { return ownerSpeaker(owner) }
        // "The BankSA Trends bulletin says", "the IMF report stated": capitalised words that are
        // no entity's name its issuer, whatever statement was named before (not one word that may
        // be a language or a people's: "the Arabic text says" is the statement's before).
        if k + 1 < phrase.last, let first = ((k + 1)..<phrase.last).first(where: { text.isCapitalised($0) }),
           case let last = ((first + 1)..<phrase.last).prefix(while: { text.isCapitalised($0) }).last ?? first,
           last > first || text.isCapitals(first) {
            return named(resolver.resolve(Phrase(kind: .named, first: first, last: last, extent: first...last), at: c), "speaker.utterance_issuer")
        }
        let earlier = issuerOfEarlierStatement(before: k, at: c)
        if case .some(let s?) = earlier { return named(s, "speaker.utterance_issuer") }
        // "The group's statement": the statement named before, else the group.
        if let owner { return ownerSpeaker(owner) }
        // A statement named before whose issuer is no name read here: not the previous speaker's;
        // the statement speaks, unnamed, as it does when nobody spoke before.
        if case .none = earlier, let previous = lastKnownSpeaker(before: c) { return named(previous, "speaker.utterance_previous") }
        // (Not when an aside stands before the verb: "The communique, issued by the general staff, said" is the signer's.)
        guard issued == nil, phrase.last + 1 == c, text.cue[cue] >= 0 else { return nil }
        return resolver.resolve(phrase, at: c).restated(rule: "speaker.utterance")
    }

    /// The issuer of the statement named before, when a paragraph that names it ("the
    /// statement", "the communiqué") ends in a colon and quote `q` opens the next paragraph.
    mutating func issuerOfIntroducedStatement(_ q: QuotedSpan, paragraphStart: [Bool]) -> Speaker? {
        guard let open = q.open, open > 2, paragraphStart[open], text.isPunct(open - 1, ":") else { return nil }
        let sentence = text.sentenceRange(open - 1)
        // "Published on the army's page, attributed to the office of its spokesman, Brig. Gen. X:",
        // "signed by the “Official Spokesperson of the RSF”:": who the words are attributed to or
        // signed by, right before the colon, speaks.
        if sentence.lowerBound + 1 < open - 2, let by = ((sentence.lowerBound + 1)..<(open - 2)).last(where: {
            text.isWord($0, text.words.to) && text.isWord($0 - 1, text.words.attributed)
                || text.isWord($0, text.words.by) && text.words.signs.contains(text.hashes[$0 - 1])
        }) {
            let end = text.flags[open - 2].contains(.quoteMark) ? open - 3 : open - 2
            if end > by, let p = reader.before(end, floor: by + 1) { return resolver.resolve(p, at: open).restated(rule: "speaker.utterance_issuer") }
        }
        // (A colon that opens its sentence names no statement before it.)
        guard sentence.lowerBound + 1 < open - 1,
              let u = ((sentence.lowerBound + 1)..<(open - 1)).first(where: { text.markerKind($0) == .utterance && text.isWord($0 - 1, text.words.the) }),
              case .some(let issuer?) = issuerOfEarlierStatement(before: u, at: open) else { return nil }
        return issuer.restated(rule: "speaker.utterance_issuer")
    }

    /// "The office issued a short statement. It reads: “…”": "it" before a verb of what a text
    /// says is the statement; its issuer speaks.
    mutating func statementPronounSpeaker(_ c: Int) -> Speaker? {
        guard c > 0, text.isWord(c - 1, text.words.it), text.cueRule(c)?.afterUtterance == true,
              case .some(let issuer?) = issuerOfEarlierStatement(before: c - 1, at: c) else { return nil }
        let it = text.original(c - 1, c - 1)
        return issuer.restated(ref: MentionRef(span: it, entity: issuer.ref.entity, name: issuer.ref.name, role: issuer.ref.role),
                               rule: "speaker.utterance_issuer")
    }

    /// "The army has issued a new statement saying …", "The group released a video claiming …":
    /// a participle right after a word for a statement that a verb of issuing takes as its object
    /// speaks for that verb's subject.
    /// "published a claim on 24 April saying": a word for a claim too, and a date before the participle.
    mutating func issuerOfObject(participle c: Int, floor: Int) -> Speaker? {
        guard c - 2 > floor, text.endsInIng(c) else { return nil }
        // "published a claim through its az-Zallaqa outlet saying": past the channel it went through.
        if let through = (max(floor + 1, c - 6)..<(c - 1)).last(where: { text.words.channelPrepositions.contains(text.hashes[$0]) }),
           reader.isDeterminer(through + 1) || reader.isPossessive(through + 1),
           !((through + 1)..<c).contains(where: { text.tokens[$0].kind != .word || text.cue[$0] >= 0 }) {
            return issuerOfObject(endingAt: through - 1, at: c, floor: floor)
        }
        return issuerOfObject(endingAt: c - 1, at: c, floor: floor)
    }

    /// The same for the word for a statement that ends at token `end`, before the verb at `c`
    /// ("posted a notice which said …": the relative pronoun's antecedent).
    mutating func issuerOfObject(endingAt end: Int, at c: Int, floor: Int) -> Speaker? {
        guard end - 1 >= floor else { return nil }
        var e = end
        if text.date[e] >= 0 {
            let date = text.date[e]
            while e > floor && text.date[e] == date { e -= 1 }
            if text.words.datePrepositions.contains(text.hashes[e]) { e -= 1 }
        }
        // "posted a statement in Urdu saying": the language after the statement's word.
        if e - 2 > floor, text.isCapitalised(e), text.entity[e] < 0, text.isWord(e - 1, text.words.in), text.markerKind(e - 2) == .utterance { e -= 2 }
        guard e - 1 >= floor, let m = (max(floor, e - 2)...e).first(where: {
            text.markerKind($0) == .utterance && $0 + max(1, Int(text.markerLength[$0])) - 1 == e || $0 == e && isReportNoun($0)
        }) else { return nil }
        // Back to the determiner over at most three words ("a new statement", "a short video").
        var k = m - 1
        while k > floor && m - k <= 3 && text.tokens[k].kind == .word && text.markerKind(k) != .determiner && !reader.isPossessive(k) { k -= 1 }
        guard k >= floor, text.markerKind(k) == .determiner || reader.isPossessive(k), k > 0 else { return nil }
        // "put out a statement this morning saying": the verb before its particle.
        let phrasal = k - 2 > floor && text.isWord(k - 1, text.words.out) && text.words.put.contains(text.hashes[k - 2])
        guard phrasal || text.words.issuedBy.contains(text.hashes[k - 1]) else { return nil }
        // "Amaq published a claim … saying": the verb that made the phrase a report's content
        // is that report's cue, its speaker the issuer.
        if k == floor, let parent = innermost(c), found[parent].cue?.upperBound == k - 1 { return found[parent].speaker }
        guard k - 1 > floor else { return nil }
        // "has issued": the subject stands before the auxiliary.
        var verb = phrasal ? k - 2 : k - 1
        if verb - 1 > floor, text.isFiniteVerb(verb - 1), !text.isCapitalised(verb - 1) { verb -= 1 }
        // "the Inter-Services Public Relations (ISPR) issued": the name in the parenthesis, or before it.
        var subjectEnd = verb - 1
        if let parenthesis = shortName(inParenthesesClosingAt: subjectEnd, floor: floor) {
            if let inner = parenthesis.known { return resolver.resolve(inner, at: c).restated(rule: "speaker.utterance_issuer") }
            subjectEnd = parenthesis.before
        }
        // Not the last of a list ("The ambassadors of Hungary, Poland and the Czech Republic issued").
        guard let p = reader.before(subjectEnd, floor: floor),
              p.extent.lowerBound == floor || !text.isWord(p.extent.lowerBound - 1, text.words.and)
        else { return nil }
        return resolver.resolve(p, at: c).restated(rule: "speaker.utterance_issuer")
    }

    /// "A UN report released on Monday said", "A statement posted on Telegram said": the token
    /// before a participle of issuing and the date or the place after it, which stand between a
    /// statement's noun and the verb.
    func issuedAndDated(before c: Int, floor: Int) -> Int? {
        var k = c - 1
        while k > floor && (text.date[k] >= 0 || text.words.datePrepositions.contains(text.hashes[k])) { k -= 1 }
        // Where it was made public: "posted online", "posted on Telegram", "published on its
        // website". A word for a statement is looked for first: most verbs have none before them.
        if k > floor, !text.words.issuedBy.contains(text.hashes[k]),
           ((max(floor, k - 7))..<k).contains(where: { text.markerKind($0) == .utterance }) {
            if text.isWord(k, text.words.online) {
                k -= 1
            } else if let place = reader.before(k, floor: floor), place.extent.upperBound == k, madePublicAt(place, floor: floor) {
                k = place.extent.lowerBound - 2
            } else if let preposition = ((max(floor + 1, k - 4))..<k).last(where: { text.words.madePublicAt.contains(text.hashes[$0]) }),
                      text.words.issuedBy.contains(text.hashes[preposition - 1]),
                      ((preposition + 1)...k).allSatisfy({ text.isWord($0) && !text.isFiniteVerb($0) && text.cue[$0] < 0 }) {
                // A place no phrase reads: "read on national television", "aired on state radio".
                k = preposition - 1
            }
        }
        return k > floor && k < c - 1 && text.words.issuedBy.contains(text.hashes[k]) ? k - 1 : nil
    }

    /// Phrase `p` is where something was made public: a participle of issuing and a preposition
    /// before it ("posted on Telegram").
    func madePublicAt(_ p: Phrase, floor: Int) -> Bool {
        let preposition = p.extent.lowerBound - 1
        return preposition - 1 > floor && text.words.madePublicAt.contains(text.hashes[preposition])
            && text.words.issuedBy.contains(text.hashes[preposition - 1])
    }

    /// "The statement", "this video", "the latest AQIM video", "AQIM's statement", "a UN
    /// report" ending at token `e`: a statement named before, or whose issuer is named. Not
    /// "an audio statement claiming …", a new one.
    /// `issued`: a participle of issuing follows the noun, then the reporting verb ("A statement
    /// posted on Telegram said"), which makes an indefinite statement the verb's subject too.
    func utterancePhrase(ending e: Int, floor: Int, issued: Bool = false) -> Phrase? {
        // The word's marker ends at `e`: one word, or two or three ("audio message", "press release").
        guard e >= floor, let m = (max(floor, e - 2)...e).first(where: { text.markerKind($0) == .utterance && $0 + max(1, Int(text.markerLength[$0])) - 1 == e })
        else { return nil }
        // Back to the determiner or possessive over at most three words.
        var k = m - 1
        while k >= floor && m - k <= 3 && text.tokens[k].kind == .word && text.markerKind(k) != .determiner && !reader.isPossessive(k) { k -= 1 }
        if k > floor, reader.isPluralPossessive(k) { k -= 1 }
        guard k >= floor else { return nil }
        let namesIssuer = text.markerKind(k) == .determiner && ((k + 1)..<e).contains { text.entity[$0] >= 0 }
        // "A new report says": an indefinite statement that opens a clause and that a reporting
        // verb follows is its subject; not the object of a preposition ("said in a letter
        // published Wednesday") nor a participle's ("a video tape found inside Afghanistan").
        let after = e + 1 + (e + 1 < text.count ? Int(text.cueLength[e + 1]) : 0)
        let opensClause = k == floor || text.tokens[k - 1].kind == .punctuation || text.isWord(k - 1, text.words.that) || text.cueKinds[k - 1] == .speech
        let speaks = text.isIndefiniteArticle(k) && opensClause && (issued || e + 1 < text.count && text.cueKinds[e + 1] == .speech && !text.endsInIng(e + 1)
            && !(after < text.count && (text.isPreposition(after) || text.words.places.contains(text.hashes[after]) || text.isWord(after, text.words.by))))
        guard text.words.definite.contains(text.hashes[k]) || reader.isPossessor(k) || namesIssuer || speaks else { return nil }
        // The possessor's name is part of the phrase ("AQIM's statement").
        if reader.isPossessor(k), text.entity[k] >= 0 { k = max(floor, reader.mentionRange(k).lowerBound) }
        return Phrase(kind: .common, first: k, last: e, extent: k...e)
    }

    /// Who issued the statement named in the last sentence before token `k` that names one and
    /// its issuer, within `utteranceLookBack` tokens: the first organisation or person named before the
    /// statement's noun, or a name of two words or more that the tables do not know ("the
    /// Ministry of National Defence gave a different account in a communiqué"), with no plain
    /// reporting verb between ("Bamberg also said the videos …" names who spoke of the videos,
    /// not who made them); for "In a statement, AQIM said …", the speaker of that sentence.
    /// Nil when no sentence names a statement; `.some(nil)` when some do, but none its issuer.
    private mutating func issuerOfEarlierStatement(before k: Int, at c: Int) -> Speaker?? {
        let reach = max(0, k - Self.utteranceLookBack)
        var u = text.sentenceRange(k).lowerBound - 1
        while u >= reach && text.markerKind(u) != .utterance { u -= 1 }
        guard u >= reach else { return nil }
        // "A Fulfulde audio version followed on Saturday.": a sentence that names a statement and
        // no issuer passes the search on to the sentences before it.
        while u >= reach {
            if let issuer = issuer(ofStatementAt: u, at: c) { return .some(issuer) }
            u = text.sentenceRange(u).lowerBound - 1
            while u >= reach && text.markerKind(u) != .utterance { u -= 1 }
        }
        return .some(nil)
    }

    /// Who issued the statement whose word is token `u`, by the sentence that holds it.
    private mutating func issuer(ofStatementAt u: Int, at c: Int) -> Speaker? {
        // "… a statement published on Sunday by its propaganda agency Amaq": who published it.
        if let p = publisher(after: u) { return resolver.resolve(p, at: c) }
        // "According to Al-Mayadeen, the statement said …": the statement spoke there, for whoever it was found to speak for.
        if let i = latestReport({ $0.cue?.lowerBound == u + 1 && $0.speaker?.key != nil }) { return found[i].speaker }
        // "… aired a statement attributed to the group's security official, Abu Ali al-Askari": whom it is attributed to.
        if u + 3 < text.count, text.isWord(u + 1, text.words.attributed), text.isWord(u + 2, text.words.to),
           let p = reader.after(u + 3, limit: text.sentenceRange(u).upperBound) { return resolver.resolve(p, at: c) }
        var t = text.sentenceRange(u).lowerBound, issuer: Phrase? = nil, quoted = false
        while t < u {
            // Not a name inside the quoted words ("“The crusader French army …,” the statement said").
            if text.flags[t].contains(.quoteMark) { quoted.toggle(); t += 1; continue }
            if quoted { t += 1; continue }
            if issuer != nil {
                // (A verb that reports words: "responded on Wednesday in a post …, followed by a
                // longer statement" is the responder's statement.)
                if text.cueKinds[t] == .speech && text.cueRule(t)?.implies == .neutral && latestReport({ $0.cue?.lowerBound == t }) != nil { issuer = nil }
                t += 1
            } else if t > 0 && (text.isWord(t - 1, text.words.on) || t > 1 && reader.isDeterminer(t - 1) && text.isWord(t - 2, text.words.on)) {
                t += 1  // Where it was made public, not who made it: "posted on X", "on its Telegram channel".
            } else if text.entity[t] >= 0 {
                issuer = issuerPhrase(at: t, limit: u - 1)
                t = reader.mentionRange(t).upperBound + 1
            } else if text.isCapitalised(t), reader.isNamePart(t), let p = reader.after(t, limit: u - 1),
                      p.kind == .named || p.kind == .person, p.last > p.first {
                issuer = p
                t = p.extent.upperBound + 1
            } else {
                t += 1
            }
        }
        if let issuer { return resolver.resolve(issuer, at: c) }
        // "In a statement, AQIM said …", "In a statement emailed to journalists, X said": the
        // statement is the one the sentence's speaker made.
        // "X said in a statement that …": the verb right before the statement's words first.
        if let cue = (max(0, u - 3)...u).first(where: { (text.cueKinds[$0] == .statement || text.cueKinds[$0] == .relay) && $0 + Int(text.cueLength[$0]) > u }),
           case let sentence = text.sentenceRange(cue),
           let a = found.lastIndex(where: { $0.speaker?.key != nil && $0.cue.map { sentence.contains($0.lowerBound) && cue - $0.upperBound >= 1 && cue - $0.upperBound <= 3 } == true })
            ?? earliestCue(in: sentence) {
            return found[a].speaker
        }
        return nil
    }

    /// The attribution with a known speaker whose cue comes first in `sentence` (its main verb
    /// before the reports nested in what it says).
    private func earliestCue(in sentence: ClosedRange<Int>) -> Int? {
        var best: Int? = nil
        for i in found.indices where found[i].speaker?.key != nil {
            guard let cue = found[i].cue, sentence.contains(cue.lowerBound) else { continue }
            if best.map({ found[$0].cue!.lowerBound > cue.lowerBound }) ?? true { best = i }
        }
        return best
    }

    /// "the statement", "this video" starting at token `k`, up to `limit`: a statement named before.
    func utterancePhrase(starting k: Int, limit: Int) -> Phrase? {
        guard k < limit, let m = ((k + 1)...min(limit, k + 4)).first(where: { text.markerKind($0) == .utterance }),
              case let e = min(limit, m + max(1, Int(text.markerLength[m])) - 1),
              let phrase = utterancePhrase(ending: e, floor: k) else { return nil }
        if phrase.first == k { return phrase }
        // "the group's statement", "the Qassam Brigades' statement": the determiner before the possessor.
        guard phrase.first == k + 1, reader.isDeterminer(k) else { return nil }
        return Phrase(kind: .common, first: k, last: phrase.last, extent: k...phrase.last)
    }

    /// The known organisation or person named after "by" when a participle of issuing follows
    /// the statement's noun at `u` ("published on Sunday by its agency Amaq").
    private func publisher(after u: Int) -> Phrase? {
        let end = text.sentenceRange(u).upperBound
        guard let k = publishingBy(after: u, before: end),
              let name = ((k + 1)...min(end, k + 5)).first(where: { text.entity[$0] >= 0 }),
              !((k + 1)..<name).contains(where: { text.tokens[$0].kind == .punctuation }) else { return nil }
        return issuerPhrase(at: name, limit: end)
    }

    /// The "by" after the statement's noun at `u` and a participle of issuing, before `end` and
    /// with no punctuation between ("published on Sunday by"), which names who made it public.
    func publishingBy(after u: Int, before end: Int) -> Int? {
        guard u + 2 < end, text.words.issuedBy.contains(text.hashes[u + 1]) else { return nil }
        var k = u + 2
        while k < end && k - u <= 8 && text.tokens[k].kind != .punctuation && !text.isWord(k, text.words.by) { k += 1 }
        return k < end && text.isWord(k, text.words.by) ? k : nil
    }

    /// The phrase of the organisation or person mention at token `t`, read up to `limit`.
    private func issuerPhrase(at t: Int, limit: Int) -> Phrase? {
        let e = Int(text.entity[t])
        let speaks = text.doc.entities.withUnsafeBufferPointer { $0[e].isOrganisation || $0[e].isPerson }
        guard speaks, let p = reader.after(reader.mentionRange(t).lowerBound, limit: limit),
              p.entity != nil else { return nil }
        return p
    }
}
