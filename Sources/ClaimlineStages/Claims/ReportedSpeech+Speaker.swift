import ClaimlineCore
import ClaimlineRules

/// Who speaks a reported clause: the phrase before the cue, through asides, relative
/// clauses and opening phrases, else an earlier speaker of the same sentence.
extension AttributionFinder {
    /// "Malian officials said they believed …", "Hamaha said he thought …": a pronoun opening the
    /// content of a report (after its "that"), the subject of a verb of its own, is that report's
    /// speaker: "he" or "she" one who is no organisation and no plural, "they" or "it" one who
    /// is no person or a plural.
    private func reporterOfPronoun(_ p: Phrase) -> Speaker? {
        guard case .pronoun(let group) = p.kind, p.first == p.last, !text.isFirstPerson(p.first),
              !text.isWord(p.first, SpeakerResolver.we), let parent = innermost(p.first), !found[parent].direct,
              case let first = found[parent].first, p.first == first || (p.first == first + 1 && text.isWord(first, text.words.that)),
              let s = found[parent].speaker else { return nil }
        let organisation = s.ref.entity.map { !$0.hasPrefix("per.") } ?? false
        let last = text.firstToken(atOrAfter: s.ref.span.end) - 1
        let plural = last >= 0 && last < text.count && reader.endsInPluralS(last)
        guard group ? !s.isPerson || plural : !organisation && !plural && (s.isPerson || s.ref.entity == nil) else { return nil }
        return s.restated(ref: MentionRef(span: text.pronounSpan(p.first), entity: s.ref.entity, name: s.ref.name ?? text.doc.string(s.ref.span),
                                          role: s.ref.role), rule: "speaker.reporter_pronoun")
    }

    /// "The group's spokesman issued a statement in which he said …", "The ministry said …, and
    /// it dismissed …": "he", "she" or "it" right after "in which", or after a comma and "and",
    /// is the sentence's subject: for "he" or "she" a person or a role no other gender's word
    /// names, for "it" no person and no plural.
    private mutating func sentenceSubject(ofPronoun p: Phrase, at c: Int) -> Speaker? {
        guard case .pronoun(let group) = p.kind, p.first == p.last, p.first >= 2,
              text.isWord(p.first - 1, text.words.which) && reader.isPreposition(p.first - 2)
                || text.isWord(p.first - 1, text.words.and) && text.isPunct(p.first - 2, ",") else { return nil }
        let gender = resolver.pronounGender(p.first)
        guard gender != nil || group && text.isWord(p.first, text.words.it) else { return nil }
        // The subject before the sentence's first verb, past a relative clause between commas
        // ("The spokesman, who uses the name Abu Hamza, issued a statement in which he said").
        let start = text.sentenceRange(p.first).lowerBound
        guard start < p.first - 2 else { return nil }
        let verb = (start..<(p.first - 2)).first { text.words.issuedBy.contains(text.hashes[$0]) || text.cueKinds[$0] == .speech }
        guard let subject = verb.flatMap({ relativeAntecedent($0, floor: start) }) ?? subjectOfFirstVerb(from: start, before: p.first - 2) else { return nil }
        if let gender {
            guard subject.kind == .role || subject.kind == .person, resolver.gender(of: subject).map({ $0 == gender }) ?? true else { return nil }
        } else {
            guard subject.kind == .named || subject.kind == .common, !reader.endsInPluralS(subject.last) else { return nil }
        }
        let s = resolver.resolve(subject, at: c)
        return s.restated(ref: MentionRef(span: text.pronounSpan(p.first), entity: s.ref.entity, name: s.ref.name ?? text.doc.string(s.ref.span),
                                          role: s.ref.role), rule: "speaker.sentence_subject")
    }

    /// Whether a colon follows the verb at `cue`, "only" perhaps between ("would say only:").
    private func colonAfter(_ cue: Int) -> Bool {
        var k = cue + max(1, Int(text.cueLength[cue]))
        if k < text.count, text.isWord(k, text.words.only) { k += 1 }
        return k < text.count && text.isPunct(k, ":")
    }

    /// "X said", "he stressed"; for a participle opening a clause ("– Stressing that"), the speaker just before.
    mutating func speakerBefore(_ cue: Int, floor: Int) -> Speaker? {
        // "The White House is saying that": the subject of a progressive verb stands before its
        // "be" (not so a passive: "Stumpf was told that" names whom it was told to).
        var c = text.verbGroupStart(cue)
        if text.endsInIng(cue) {
            var k = cue - 1
            while k > floor && text.markerKind(k) == .adverb { k -= 1 }
            if k > floor && text.markerKind(k) == .auxiliary { c = k }
        }
        // "…, with one official saying the TTP …": the phrase between "with" and a participle speaks.
        if c == cue, c - 2 >= floor, text.endsInIng(c),
           let w = (max(floor, c - 6)...(c - 2)).last(where: { text.isWord($0, text.words.with) || !text.isWord($0) }), text.isWord(w, text.words.with),
           let p = reader.before(c - 1, floor: w + 1) ?? reader.bareNoun(c - 1), p.extent.upperBound == c - 1, p.extent.lowerBound == w + 1, !p.isPronoun {
            return resolver.resolve(p, at: c)
        }
        // "a second man, a relative of the sheikh, had told him": an auxiliary after an aside's comma.
        // (Not a passive's "be", "Elian, …, was found clinging", nor a modal: "networks - ABC FM, … - will broadcast".)
        // A modal only before a colon's words: "A spokesperson, asked whether …, would say only: “…”".
        if c == cue, c - 2 > floor, !text.isCapitalised(c - 1),
           text.words.perfect.contains(text.hashes[c - 1]) || text.words.isFinite(text.hashes[c - 1]) && colonAfter(cue),
           asideOpening(c - 1, floor: floor) != nil { c -= 1 }
        // "- Said that …", and "- Rejected the remarks …, saying …": the list item's speaker.
        if opensListItem(c), let s = listItemSpeaker(c) { return s }
        if text.participleAfterComma(c), case let start = text.sentenceRange(c).lowerBound,
           let verb = (start...min(c, start + 1)).first(where: opensListItem), let s = listItemSpeaker(verb) { return s }
        // "…, saying they are …": a participle after a comma speaks for its clause's subject,
        // not for the words before the comma ("and"/"but" start no phrase either).
        if let s = sharedSubject(c, floor: floor) { return s }
        // "He wanted to stress that …": a verb right after the "to" that opens a wish's words, and
        // "that" after it, speaks for whoever wished (not "plans to announce new products").
        if c > 0, text.markerKind(c - 1) == .infinitive, c + Int(text.cueLength[c]) < text.count, text.isWord(c + Int(text.cueLength[c]), text.words.that),
           let parent = innermost(c), found[parent].first == c - 1, found[parent].implies == .intention {
            return found[parent].speaker?.restated(rule: "speaker.shared_subject")
        }
        if let s = statementPronounSpeaker(c) { return s }
        // "The group had in a statement circulated on Telegram late Saturday claimed": where the
        // words were given stands between the auxiliary and the verb; the subject is before both.
        if let aux = auxiliaryBeforeStatementPhrase(c, floor: floor) { return speakerBefore(aux, floor: floor) }
        if let s = issuerOfObject(participle: c, floor: floor) { return s }
        // "He then defended the remark, saying …": the phrase before the comma is the clause's
        // object, not who speaks; the clause's subject, when its own reading found none, is the last speaker.
        // "“Hamaha is alive,” the spokesman told ANI, adding that …": first the speaker of a
        // report whose cue stands earlier in the sentence, named or not.
        if c - 1 > floor && text.participleAfterComma(c) {
            return (speakerOfSentence(before: c) ?? lastKnownSpeaker(before: c))?.restated(rule: "speaker.participle_previous")
        }
        // "The ministry posted a notice which said …": whoever issued the statement.
        if c - 2 > floor, text.isWord(c - 1, text.words.which), let s = issuerOfObject(endingAt: text.isPunct(c - 2, ",") ? c - 3 : c - 2, at: c, floor: floor) {
            return s
        }
        if let p = relativeAntecedent(c, floor: floor) { return resolver.resolve(p, at: c) }
        // "A man who says he acted as intermediary … has claimed": the speaker of the report in
        // the restrictive relative clause that ends right before the verb.
        let beforeVerb = c - 1 > floor && text.isFiniteVerb(c - 1) ? c - 2 : c - 1
        if let i = latestReport({ $0.last == beforeVerb && $0.cue.map { $0.lowerBound > floor && text.words.relatives.contains(text.hashes[$0.lowerBound - 1]) } ?? false }),
           let s = found[i].speaker { return s.restated(rule: "speaker.relative_report") }
        // "The National Unity Government (NUG), the parallel administration formed by …, said": a
        // name that opens the sentence, then an apposition with "the" between commas.
        if let name = nameBeforeDefiniteApposition(c, floor: floor) ?? indefiniteBeforeDefiniteApposition(c, floor: floor) {
            return resolver.resolve(name, at: c)
        }
        // "The statement, attributed to its spokesman, X, and dated “…”, said": a statement that
        // opens the sentence before an aside of its signer, too long for `asideOpening`.
        if c - 1 > floor, text.isPunct(c - 1, ","), reader.isDeterminer(floor), let statement = utterancePhrase(starting: floor, limit: c - 1), statement.last + 2 < c - 1,
           text.isPunct(statement.last + 1, ","), let signed = signer(from: statement.last + 2, to: c - 2),
           signed.kind == .named || signed.kind == .person { return resolver.resolve(signed, at: c) }
        // "HTS, a jihadist alliance led by …, on Wednesday denied": the aside before a date.
        if let open = asideOpening(c, floor: floor) ?? dateBefore(c, floor: floor).flatMap({ asideOpening($0 + 1, floor: floor) }) {
            // "The statement, posted on Telegram, said": where it was posted does not speak.
            if open + 2 < c, text.words.issuedBy.contains(text.hashes[open + 1]), !text.isWord(open + 2, text.words.by),
               let s = utteranceSpeaker(open, floor: floor) { return s }
            if let p = asideSubject(open: open, floor: floor) {
                // "In a post on X, the Taliban's spokesman, Abdul Wahid Mujahed, said": what the
                // aside follows ends an opening phrase; the aside is the subject, its name who speaks.
                if closesOpeningPhrase(p), let named = namedApposition(open: open, cue: c) { return resolver.resolve(named, at: c) }
                return resolver.resolve(p, at: c)
            }
            // "The statement, signed by the “Shura council of Al-Mourabitoun”, says": a named signer
            // issued it; "The group's statement, signed by its spokesman, said": the group did.
            let statement = utterancePhrase(ending: open - 1, floor: floor)
            let signed = statement != nil ? signer(from: open + 1, to: c - 2) : nil
            // "A JNIM statement, published by its Az-Zallaqa media arm, claimed": a statement
            // that names its issuer is the issuer's, whoever published it (not whoever signed it).
            if let signed, let statement, !onlyPublishes(aside: open, statement), signed.kind == .named || signed.kind == .person {
                return resolver.resolve(signed, at: c)
            }
            if let s = utteranceSpeaker(open, floor: floor) { return s }
            if let signed { return resolver.resolve(signed, at: c) }
            if let head = appositionHeadBeforeRelative(open: open, cue: c, floor: floor) { return resolver.resolve(head, at: c) }
            // "The statement, accompanied by photographs, said": the statement speaks, unnamed,
            // not the last words of the aside.
            if let statement { return resolver.resolve(statement, at: c).restated(rule: "speaker.utterance") }
        }
        // "The police commander, Jorge Muiambo (also written Muyambo), confirmed": a name and its
        // other spelling in parentheses before the comma (a dozen words, where sources say in what).
        if let p = nameBeforeParenthesis(closingBefore: c, floor: floor) { return resolver.resolve(p, at: c) }
        if let p = contactClauseSubject(c, floor: floor) { return resolver.resolve(p, at: c) }
        // "Gang leader Ronald Lamothe — whose surname is also spelled Lamot — said": past an aside between dashes.
        if let last = dashAsideStart(c, floor: floor), let p = reader.before(last, floor: floor), p.extent.upperBound == last,
           p.kind == .person || p.kind == .named || p.kind == .role || p.kind == .common && p.extent.lowerBound == floor {
            return resolver.resolve(p, at: c)
        }
        // "Al-Shabaab, however, dismissed …", "The group, for its part, said": past an adverbial aside.
        if let open = adverbialAside(before: c, floor: floor), let p = reader.before(open - 1, floor: floor) { return resolver.resolve(p, at: c) }
        // The phrase ends before the verb, or before a date between them ("AQIM on Wednesday denied").
        var end = dateBefore(c, floor: floor) ?? c - 1
        // "a claim the government strongly rejected": an adverb in "-ly" the tables do not list.
        if end > floor, text.isAdverbInLy(end) { end -= 1 }
        // "The Islamic State West Africa Province (ISWAP) has claimed": the auxiliary after a parenthesis.
        if end - 1 > floor, text.isFiniteVerb(end), !text.isCapitalised(end), text.isPunct(end - 1, ")") { end -= 1 }
        // "Xerox Corp. has told": the full stop of a company's abbreviation ends no phrase.
        var stop = end
        while stop > floor && text.markerKind(stop) == .adverb { stop -= 1 }
        if stop - 1 > floor, text.isPunct(stop, "."), text.words.companySuffixes.contains(text.hashes[stop - 1]) { end = stop - 1 }
        // "Claire McCaskill (D-Mo.) said": the name before a party and state.
        if let open = text.parenthesisOpen(closingAt: end, floor: floor), text.isAffiliation(open, end), open > floor,
           let p = reader.before(open - 1, floor: floor) {
            return resolver.resolve(p, at: c)
        }
        if let p = reader.before(end, floor: floor) {
            // "UNIFIL, the UN peacekeeping force in southern Lebanon, said": a place after a
            // preposition closes an apposition; the name before the apposition speaks, or no one read here.
            if text.isPunct(end, ","), let e = p.entity, text.doc.entities[e].isPlace,
               case var k = p.extent.lowerBound - 1, k > floor {
                while k > floor && p.extent.lowerBound - k <= 2 && reader.isModifier(k) && !text.isCapitalised(k) { k -= 1 }
                if reader.isPreposition(k) { return appositionSubject(before: k, floor: floor).map { resolver.resolve($0, at: c) } }
            }
            // "a masked man speaking Arabic said": the object of a participle after the noun is not who speaks.
            if case let participle = p.extent.lowerBound - 1, participle - 1 >= floor, text.endsInIng(participle), !text.isCapitalised(participle),
               text.cue[participle] < 0, text.tokens[participle - 1].kind == .word,
               let head = reader.before(participle - 1, floor: floor), !head.isPronoun, head.extent.upperBound == participle - 1 {
                return resolver.resolve(head, at: c)
            }
            // "A blogger with more than half a million followers wrote": the noun before "with" and its object.
            if let head = headBeforeWith(p, floor: floor) { return resolver.resolve(head, at: c) }
            // "A relative reached by phone in Baidoa said": the noun before a past participle's phrase speaks.
            // "A statement issued after a meeting chaired by X called for": past each such phrase, to the statement.
            if !p.isPronoun, let head = participleHead(p, floor: floor) { return resolver.resolve(head, at: c) }
            // "A statement posted on Telegram said": the statement speaks, not where it was
            // posted (and where it was posted speaks for no statement no one issued).
            if madePublicAt(p, floor: floor) { return utteranceSpeaker(c, floor: floor) }
            if let s = reporterOfPronoun(p) { return s }
            if let s = sentenceSubject(ofPronoun: p, at: c) { return s }
            return resolver.resolve(firstConjunct(p, floor: floor) ?? p, at: c)
        }
        // "Residents of Kidal reached by phone said": a participle's phrase may end in a bare noun, no phrase of its own.
        if end > floor, text.isWord(end), !text.isCapitalised(end),
           let head = participleHead(Phrase(kind: .common, first: end, last: end, extent: end...end), floor: floor) {
            return resolver.resolve(head, at: c)
        }
        // "The Strategic Framework (CSP-DPA) said": the name inside a parenthesis closing at the
        // verb (the short name the text goes on with), else the name before it.
        // "The prison agency SNAI (Servicio Nacional de … Libertad) said": the short name before a
        // long form spelt out, which the text goes on with.
        if let open = text.parenthesisOpen(closingAt: end, floor: floor, reach: 14) {
            if open - 1 >= floor, text.isCapitals(open - 1), end - open >= 3, let named = reader.before(open - 1, floor: floor),
               named.extent.upperBound == open - 1, named.kind == .named || named.kind == .role {
                return resolver.resolve(named, at: c)
            }
            // Not a name's other spelling ("Nabil Abdallah (also spelled Nabeel Abdullah) told"): the inner name opens the parenthesis.
            if let inner = reader.after(open + 1, limit: end - 1), inner.kind == .named || inner.kind == .person, inner.extent.lowerBound == open + 1 {
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
        // A participle ("– Stressing that …"), not a noun ("Reports that … are false"), nor a
        // modifier after a figure that opens its line ("3 — disputed Israeli strikes").
        let afterFigure = c >= 2 && text.tokens[c - 2].kind == .number && (text.paragraphStart[c - 2] || text.lineBreak(after: c - 3))
        if opensClause, !afterFigure, text.endsInIng(c) || text.tokens[c].kind == .word && !text.isCapitalised(c),
           let s = lastKnownSpeaker(before: c) { return s.restated(rule: "speaker.participle_previous") }
        return nil
    }

    /// The role or noun that opens the clause before "with" and the object `p` it has, past a
    /// few words of quantity between them ("with more than half a million followers").
    private func headBeforeWith(_ p: Phrase, floor: Int) -> Phrase? {
        var k = p.extent.lowerBound - 1
        while k > floor && p.extent.lowerBound - k <= 4 && text.isWord(k) && !text.isCapitalised(k) && !text.isWord(k, text.words.with)
                && text.cue[k] < 0 && !text.isFiniteVerb(k) { k -= 1 }
        guard k > floor, text.isWord(k, text.words.with), let head = reader.before(k - 1, floor: floor), head.extent.upperBound == k - 1,
              head.kind == .role || head.kind == .common, !head.isPronoun, opensClause(head, floor: floor) else { return nil }
        return head
    }

    /// Phrase `head` opens its clause: a punctuation mark before it, or only its determiner and
    /// modifiers between `floor` and it ("A prominent pro-war military blogger").
    private func opensClause(_ head: Phrase, floor: Int) -> Bool {
        let first = head.extent.lowerBound
        return first == floor || text.tokens[first - 1].kind == .punctuation
            || (floor..<first).allSatisfy({ (text.isWord($0) || text.isJoiningHyphen($0)) && !text.isFiniteVerb($0)
                && text.cue[$0] < 0 && !reader.isPreposition($0) })
    }

    /// The auxiliary ("had", "has") right before a phrase of where the words were given ("in a
    /// statement …") that runs, in words, numbers and dates, up to cue `c`.
    private func auxiliaryBeforeStatementPhrase(_ c: Int, floor: Int) -> Int? {
        var k = c - 1
        while k - 1 > floor && c - k <= 14 && (text.isWord(k) || text.tokens[k].kind == .number) {
            if text.cueKinds[k] == .statement { return text.isFiniteVerb(k - 1) && !text.isCapitalised(k - 1) ? k - 1 : nil }
            k -= 1
        }
        return nil
    }

    /// "A relative reached by phone in Baidoa", "residents displaced by the fighting in Kazgil", "an
    /// armed gang operating in the hills above the capital": the role or noun before a lower-case
    /// participle whose phrase of prepositions and plain words ends with `p` (after a name the
    /// word is its verb: "Politifact seized on Trump's claim").
    private func headBeforeParticiplePhrase(_ p: Phrase, floor: Int) -> Phrase? {
        // `p` is a preposition's object, past its determiner and modifiers ("on a passenger bus").
        var k = p.extent.lowerBound - 1
        while k > floor && p.extent.lowerBound - k <= 3 && text.isWord(k) && !text.isCapitalised(k) && text.cue[k] < 0 && !reader.isQuantifier(k)
                && !opensComplement(k) { k -= 1 }
        guard k > floor, opensComplement(k) else { return nil }
        // Back over the participle's phrase: plain words, names and numbers ("accused of financing
        // the 2022 Al-Shabaab attack on a passenger bus near Elwak"), not into a clause of its own.
        while k > floor && p.extent.lowerBound - k <= 16 && (text.isWord(k) || text.tokens[k].kind == .number || text.isJoiningHyphen(k))
                && !isSubjectPronoun(k) && !text.words.relatives.contains(text.hashes[k]) {
            // ("The report issued by the Australia Institute says": who issued it speaks, read elsewhere.)
            if text.endsInEd(k) || text.endsInIng(k) && k < p.extent.lowerBound - 1, !text.isCapitalised(k), text.markerKind(k - 1) != .auxiliary,
               text.tokens[k - 1].kind == .word,
               !(text.words.issuedBy.contains(text.hashes[k]) && text.isWord(k + 1, text.words.by)),
               opensComplement(k + 1),
               let head = reader.before(k - 1, floor: floor) ?? utterancePhrase(ending: k - 1, floor: floor, issued: true), !head.isPronoun, head.extent.upperBound == k - 1,
               head.kind == .role || head.kind == .common {
                return head
            }
            // A participle may be a cue's word ("accused of"); no other cue stands in the phrase.
            if text.cue[k] >= 0 { return nil }
            k -= 1
        }
        return nil
    }

    /// The noun before the participles' phrases that end with `p`, when it opens its clause ("A
    /// statement issued after a meeting chaired by X": the statement; "…, one of a group of
    /// companies owned by X," is no such head).
    private func participleHead(_ p: Phrase, floor: Int) -> Phrase? {
        guard var head = headBeforeParticiplePhrase(p, floor: floor) else { return nil }
        while let outer = headBeforeParticiplePhrase(head, floor: floor) { head = outer }
        return opensClause(head, floor: floor) ? head : nil
    }

    /// A preposition that opens a participle's complement ("reached by", "operating in", "issued after").
    func opensComplement(_ k: Int) -> Bool {
        reader.isPostmodifierPreposition(k) || text.isWord(k, text.words.by) || text.words.frameOpeners.contains(text.hashes[k])
    }

    /// The last token before an aside set between dashes (tokens of their own, "--" two of
    /// them, or gaps the view left) that closes right before cue `c`: forty tokens back, twice
    /// an aside after a comma, since its dashes mark both ends.
    func dashAsideStart(_ c: Int, floor: Int) -> Int? {
        var closing = c
        while closing - 1 > floor && text.isDash(closing - 1) { closing -= 1 }
        guard closing - 2 > floor, closing < c || text.dashGap(after: c - 1) != nil else { return nil }
        // A closing dash the view left out lies in the gap after `c - 1`: the search starts before it.
        var j = closing < c ? closing - 1 : c - 2
        while j > floor && c - j < 2 * Self.asideReach {
            if text.isSentenceEnd(j) { return nil }
            if text.isDash(j) {
                while j - 1 > floor && text.isDash(j - 1) { j -= 1 }
                return j - 1
            }
            if text.dashGap(after: j) != nil { return j }
            j -= 1
        }
        return nil
    }

    /// The subject that opens the clause at `floor` and ends at a comma before an apposition
    /// opened by an article, with neither a verb nor a cue up to `k`.
    private func appositionSubject(before k: Int, floor: Int) -> Phrase? {
        var j = k - 1
        while j > floor && k - j < Self.asideReach && !text.isPunct(j, ",") {
            if text.isFiniteVerb(j) && !text.isCapitalised(j) || text.cue[j] >= 0 { return nil }
            j -= 1
        }
        guard j > floor, text.isPunct(j, ","), text.isWord(j + 1), reader.isDeterminer(j + 1),
              let p = reader.before(j - 1, floor: floor), p.extent.upperBound == j - 1,
              p.extent.lowerBound == floor || p.extent.lowerBound == floor + 1 && reader.isDeterminer(floor) else { return nil }
        return p
    }

    /// A phrase after a preposition ("on X"), or renamed after a comma ("on X, formerly Twitter"):
    /// the end of a phrase of place or time, no subject.
    private func closesOpeningPhrase(_ p: Phrase) -> Bool {
        var k = p.extent.lowerBound - 1
        if k > 1, text.tokens[k].kind == .word, !text.isCapitalised(k), text.isPunct(k - 1, ","),
           let renamed = reader.before(k - 2, floor: max(0, k - 10)), renamed.extent.upperBound == k - 2 { k = renamed.extent.lowerBound - 1 }
        return k >= 0 && reader.isPostmodifierPreposition(k)
    }

    /// The name that closes the aside from the comma at `open` to cue `c`, after a role and a
    /// comma of its own ("…, the Taliban's chief spokesman, Abdul Wahid Mujahed, said").
    private func namedApposition(open: Int, cue c: Int) -> Phrase? {
        guard open + 2 < c - 2, let comma = ((open + 2)..<(c - 2)).last(where: { text.isPunct($0, ",") }),
              let name = reader.after(comma + 1, limit: c - 2), name.extent.upperBound == c - 2,
              name.kind == .person || name.kind == .named else { return nil }
        return name
    }

    /// "One of them, a former sergeant who surrendered to the army, told": an apposition
    /// opened by an article whose noun a relative clause follows, up to the comma right before
    /// cue `c`, after the subject that opens the clause; the noun is who speaks, as it is with
    /// no clause after it. (Not after an opening phrase: "In a call on Monday, a man who
    /// presented himself as X, the "emir" of the group, said".)
    private func appositionHeadBeforeRelative(open: Int, cue c: Int, floor: Int) -> Phrase? {
        guard text.isPunct(c - 1, ","), open + 3 < c - 1, text.isIndefiniteArticle(open + 1),
              let subject = reader.before(open - 1, floor: floor), subject.extent.upperBound == open - 1,
              opensClause(subject, floor: floor),
              let relative = ((open + 3)..<(c - 1)).first(where: { text.words.relatives.contains(text.hashes[$0]) || !text.isWord($0) }),
              text.words.relatives.contains(text.hashes[relative]),
              let head = reader.before(relative - 1, floor: open + 1), head.extent.lowerBound == open + 1, head.extent.upperBound == relative - 1,
              head.kind == .role || head.kind == .common else { return nil }
        return head
    }

    /// The name or role before a parenthesis that closes with a comma right before cue `c`.
    private func nameBeforeParenthesis(closingBefore c: Int, floor: Int) -> Phrase? {
        guard c - 2 > floor, text.isPunct(c - 1, ","), let open = text.parenthesisOpen(closingAt: c - 2, floor: floor, reach: 14), open - 1 >= floor,
              let p = reader.before(open - 1, floor: floor), p.kind == .person || p.kind == .named || p.kind == .role else { return nil }
        return p
    }

    /// "France and Mali said", "The army and the police said": of two speakers of one kind joined
    /// by "and", the first, who is named first (and both said it).
    private func firstConjunct(_ p: Phrase, floor: Int) -> Phrase? {
        let and = p.extent.lowerBound - 1
        // (Not a clause before "and": "the army disagreed and an independent group said".)
        guard and - 1 >= floor, text.isWord(and, text.words.and), text.isCapitalised(and - 1) || !(text.endsInEd(and - 1) || text.isFiniteVerb(and - 1)),
              let first = reader.before(and - 1, floor: floor),
              first.kind == p.kind, first.extent.upperBound == and - 1, (first.entity != nil) == (p.entity != nil) else { return nil }
        // Nor a verb's object: "the army put the number far lower and an independent group said".
        let prior = first.extent.lowerBound - 1
        if prior >= floor, text.isWord(prior), !text.isCapitalised(prior), text.markerKind(prior) != .adverb,
           !text.words.clauseOpeners.contains(text.hashes[prior]), text.markerKind(prior) != .scopeBreak { return nil }
        return first
    }

    /// The comma opening an aside of one to three lower-case words that closes right before
    /// cue `c` ("…, however, said", "…, for its part, denied"): no determiner opens it, and it
    /// holds no role, verb, name or number. An auxiliary and adverbs may stand between the
    /// aside and the verb ("…, however, have repeatedly said").
    func adverbialAside(before cue: Int, floor: Int) -> Int? {
        var c = cue
        while c - 1 > floor && !text.isCapitalised(c - 1)
                && (text.markerKind(c - 1) == .adverb || text.isAdverbInLy(c - 1) || text.words.isFinite(text.hashes[c - 1])) { c -= 1 }
        guard c - 3 > floor, text.isPunct(c - 1, ",") else { return nil }
        var open = c - 2
        while open > floor && c - 2 - open < 3 && text.tokens[open].kind == .word && !text.isCapitalised(open) { open -= 1 }
        guard open > floor, open < c - 2, text.isPunct(open, ","), !reader.isDeterminer(open + 1),
              !text.words.relatives.contains(text.hashes[open + 1]),
              !((open + 1)...(c - 2)).contains(where: { reader.isRole($0) || text.isFiniteVerb($0) || text.cue[$0] >= 0 }) else { return nil }
        return open
    }

    /// "- Said that …", "• Denied that …": a capitalised verb in the past that opens a list item,
    /// a bullet before it at the start of a line, speaks for whoever the item before it spoke
    /// for, else for the person named last before the list ("Foreign Ministry spokesman Hossein
    /// Mahdavi held his weekly press conference. … the main points of his remarks:"). Not a
    /// noun ("- Claim credibility: high"), nor a participle before a label ("• Estimated size: …").
    private mutating func listItemSpeaker(_ c: Int) -> Speaker? {
        guard text.endsInEd(c) || text.words.pastOfSpeech.contains(text.hashes[c]) || text.words.irregularPast.contains(text.hashes[c]),
              !(c + 2 < text.count && text.isPunct(c + 2, ":")) else { return nil }
        // (Not the source of words the item's verb took as its object: "- Rejected remarks by X".)
        if let i = found.indices.last(where: { found[$0].cue.map { opensListItem($0.lowerBound) } ?? false && found[$0].speaker?.rule == "speaker.list_item" }),
           let s = found[i].speaker {
            return s
        }
        guard let person = (max(0, c - Self.listIntroductionReach)..<(c - 1)).last(where: {
            text.entity[$0] >= 0 && text.doc.entities[Int(text.entity[$0])].isPerson
        }) else { return nil }
        let mention = reader.mentionRange(person)
        guard let p = reader.after(mention.lowerBound, limit: mention.upperBound) else { return nil }
        return resolver.resolve(p, at: c).restated(rule: "speaker.list_item")
    }

    /// A capitalised word right after a bullet that opens a line.
    private func opensListItem(_ c: Int) -> Bool {
        c > 0 && text.isCapitalised(c) && (text.isDash(c - 1) || text.isPunct(c - 1, "•") || text.isPunct(c - 1, "*"))
            && (c - 1 == 0 || text.lineBreak(after: c - 2))
    }

    /// How many tokens before a list item its introduction's person is sought.
    static let listIntroductionReach = 400

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
        // ("The Paris daily argued": "daily" alone before the verb is the paper, no date.)
        guard k > floor, text.date[k] >= 0, text.date[k - 1] == text.date[k] || !text.words.nounsInLy.contains(text.hashes[k]) else { return nil }
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
    private func relativeAntecedent(_ cue: Int, floor: Int) -> Phrase? {
        // "A local official who asked not to be identified, however, said": past an adverb's aside.
        let c = adverbialAside(before: cue, floor: floor) ?? cue
        var k = c - 1
        // "…, further alleged": an adverb before the verb.
        while k > floor && (text.markerKind(k) == .adverb || text.isAdverbInLy(k)) { k -= 1 }
        // Back over the relative clause: its words, and the comma closing it.
        let closedByComma = k > floor && text.isPunct(k, ",")
        if closedByComma { k -= 1 }
        // An aside between commas may run longer than a clause with none ("The Amaq statement,
        // which was accompanied by four photographs showing …, further alleged").
        let stop = max(floor + 1, c - (closedByComma ? 2 * Self.asideReach : 16))
        // A date may stand in the clause: "who in 2010 said".
        // So may a number or a quoted word: "which the army described as “terrorists”, said".
        // Not past a clause of its own: "a man who had been dead for years before the army announced".
        while k >= stop && (text.tokens[k].kind == .word || text.tokens[k].kind == .number || text.date[k] >= 0 || text.flags[k].contains(.quoteMark))
                && !text.words.relatives.contains(text.hashes[k]) {
            // (Nor past "that" and a subject: "“two of the leaders who were in the room” that al-Sudani had mentioned".)
            if k < c - 2, text.isWord(c - 1), text.words.clauseOpeners.contains(text.hashes[k]) || text.isWord(k, text.words.that),
               reader.before(c - 1, floor: k + 1)?.extent.lowerBound == k + 1 { return nil }
            k -= 1
        }
        guard k >= stop, text.tokens[k].kind == .word, text.words.relatives.contains(text.hashes[k]) else { return nil }
        // "the families of the victims, many of whom say": past the count and its "of".
        let pronoun = k
        if case let start = relativeStart(k, floor: floor), start < k, text.isPunct(start - 1, ",") { k = start }
        // "An officer who has followed the group for a decade, and who spoke on condition of
        // anonymity …, told": back to the first of two relative clauses joined by "and".
        var joined = false
        while k - 2 > floor, text.isWord(k - 1, text.words.and),
              let first = (max(floor + 1, k - Self.asideReach)...(k - 2)).last(where: { text.words.relatives.contains(text.hashes[$0]) }),
              text.tokens[first].kind == .word, !((first + 1)..<(k - 1)).contains(where: { text.isSentenceEnd($0) }) {
            k = first
            joined = true
        }
        var e = k - 1
        // "The minister, who …": the comma opening the aside; "The commander (who …": the parenthesis.
        let opened = e > floor && (text.isPunct(e, ",") || text.isPunct(e, "("))
        if opened { e -= 1 }
        // A comma closes the aside only when one opened it.
        let closed = closedByComma
        // "Hayat Tahrir al-Sham (HTS), the Islamist alliance which dominates the Idlib region,
        // said": a relative clause ends an apposition; the name before the apposition speaks.
        if closed && !opened, e - 1 > floor, let comma = (max(floor + 1, e - 8)...e).last(where: { text.isPunct($0, ",") }),
           reader.isDeterminer(comma + 1), !((comma + 1)...e).contains(where: { text.isFiniteVerb($0) || text.cue[$0] >= 0 }) {
            var end = comma - 1
            if let open = text.parenthesisOpen(closingAt: end, floor: floor), open > floor { end = open - 1 }
            if let p = reader.before(end, floor: floor), p.extent.upperBound == end, p.kind == .named || p.kind == .person || p.kind == .role {
                return p
            }
            // "A fisherman I spoke to in Baga on 2 March, a man in his sixties who …, said": the clause's subject, read from its start.
            if let subject = reader.after(floor, limit: end), subject.extent.lowerBound <= floor + 1, subject.kind == .role || subject.kind == .common {
                return subject
            }
        }
        guard opened == closed || joined || onlyTimeBetween(pronoun, c), e >= floor else { return nil }
        // "the date on which the French claim he was killed": a subject of its own between the
        // pronoun and the verb speaks, not the antecedent.
        // (Its subject opens with a determiner, a name or a pronoun: "who monitor Cambodian affairs" is a verb's.)
        if !opened, k + 1 < c, !onlyTimeBetween(pronoun, c), reader.isDeterminer(k + 1) || text.isCapitalised(k + 1) || isSubjectPronoun(k + 1),
           let own = reader.after(k + 1, limit: c - 1), own.extent.upperBound == c - 1 { return nil }
        // "A Malian army officer reached in Gao, who asked not to be named, told": an aside
        // closed before the verb follows the clause's subject, read from its start.
        // Read forward, "A senior Taliban commander" stops at the organisation's name: then
        // read back from the comma.
        // Not past a clause of its own ("Many leaders share them, but the Coalition, which …, wants").
        if opened && closed && k < c - 1, !(floor...e).contains(where: { text.isWord($0, text.words.but) || text.isFiniteVerb($0) }) {
            // "Responding to the UN, the deputy spokesman, who …, said", "This week, an official
            // …, who …, said": past an opening phrase.
            let from = afterOpeningPhrase(floor, before: e)
            func opensClause(_ p: Phrase) -> Bool {
                p.extent.lowerBound == from || (p.extent.lowerBound == from + 1 && reader.isDeterminer(from))
            }
            if let subject = reader.after(from, limit: e), opensClause(subject) {
                let next = subject.extent.upperBound + 1
                if next <= e, reader.isNamePart(next), let whole = reader.before(e, floor: from), opensClause(whole) { return whole }
                // "Two people familiar with operations at the port, who …, said": read back from the
                // comma, the phrase holds the complement the forward reading stopped at.
                // So does "a spokesman for the prison system", read forward to "prison".
                if next <= e, reader.isPreposition(next) || reader.isModifier(next), let whole = reader.before(e, floor: from), opensClause(whole),
                   whole.extent.upperBound == e, whole.kind == subject.kind { return whole }
                // "A woman reached by telephone in Kano, who …, said": not the participle read on.
                let last = subject.extent.upperBound
                if last > subject.extent.lowerBound + 1, text.endsInEd(last), !text.isCapitalised(last), last < e, opensComplement(last + 1),
                   let noun = reader.analyse(subject.extent.lowerBound...(last - 1)) { return noun }
                return subject
            }
        }
        // "Somalia's National Intelligence and Security Agency (NISA), which announced": the name
        // in the parenthesis when the tables know it, else the phrase before it (not "… (JNIM)
        // whom Burkina Faso's army said it had killed": no comma, the clause has its own subject).
        if opened, let parenthesis = shortName(inParenthesesClosingAt: e, floor: floor) {
            if let inner = parenthesis.known { return inner }
            e = parenthesis.before
        }
        guard let p = reader.before(e, floor: floor) else { return nil }
        // "A woman reached by telephone in Kano, who said": the noun before the participle's phrase.
        if text.isWord(k, text.words.who), p.entity.map({ text.doc.entities[$0].isPlace }) == true, let head = participleHead(p, floor: floor) { return head }
        // "a mother of four in Abu Shouk camp who asked": "who" names no place; the phrase before
        // the preposition of place is its antecedent.
        if text.isWord(k, text.words.who), p.extent.contains(where: { text.isCapitalised($0) }), case var prep = p.extent.lowerBound - 1, prep > floor {
            if reader.isDeterminer(prep) { prep -= 1 }
            // ("a mother of four": past a count after "of").
            let end = prep - 3 > floor && text.isWord(prep - 2, text.words.of) && !text.isCapitalised(prep - 1) ? prep - 3 : prep - 1
            if prep > floor, text.words.places.contains(text.hashes[prep]),
               let head = reader.before(end, floor: floor), !head.isPronoun, head.extent.upperBound == end { return head }
        }
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
    func isSubjectPronoun(_ t: Int) -> Bool {
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
    func asideSubject(open: Int, floor: Int) -> Phrase? {
        if let head = restrictiveAntecedent(before: open, floor: floor) { return head }
        // A common noun with its determiner too, before a participle's aside or, opening the
        // clause, an apposition ("The coalition, quoted by Saudi state media, said", "The ship's
        // manager, a firm …, denied"; not "Asked about the interview, a senior officer …, told").
        // "A member of the Civilian Joint Task Force (CJTF), a militia …, said": past a short name in parentheses.
        var end = open - 1
        if let paren = text.parenthesisOpen(closingAt: end, floor: floor), paren - 1 >= floor { end = paren - 1 }
        // "Fatima Assane, 34, a fish trader, said": past the age.
        if end - 2 >= floor, isAgeAside(end) { end -= 2 }
        // "The Borno State governor himself, speaking at a town hall, said": past the reflexive.
        if end - 1 >= floor, text.words.reflexives.contains(text.hashes[end]) { end -= 1 }
        // "Representatives of the armed youth known as the "White Army", speaking to …": a name in quote marks.
        guard let p = reader.before(end, floor: floor), p.extent.upperBound == end || text.flags[end].contains(.quoteMark) && p.extent.upperBound == end - 1,
              p.kind == .person || p.kind == .named || p.kind == .role
                // "One long-standing shareholder, speaking on condition of anonymity, said": a count, before a participle.
                || (p.kind == .common && reader.isQuantifier(p.extent.lowerBound) && p.extent.lowerBound < p.extent.upperBound && isParticiple(open + 1))
                || (p.kind == .common && reader.isDeterminer(p.extent.lowerBound)
                    && (isParticiple(open + 1) || text.isIndefiniteArticle(open + 1) && p.extent.lowerBound == floor
                        // "The terror group, through the Islamic State's Amaq news agency, had … claimed".
                        || p.extent.lowerBound == floor && (text.words.frameOpeners.contains(text.hashes[open + 1])
                                                            || text.words.asideOpeners.contains(text.hashes[open + 1]) && !text.words.relatives.contains(text.hashes[open + 1]))))
        else { return nil }
        // "A man from a hamlet outside Gasseliki, reached by telephone, said": a place after a
        // preposition ends the phrase of the noun that opens the clause.
        // ("A woman reached by telephone in Kano, who …, said": the noun before the participle.)
        if p.kind == .named, p.extent.lowerBound - 1 > floor, text.words.locatives.contains(text.hashes[p.extent.lowerBound - 1])
            || text.words.places.contains(text.hashes[p.extent.lowerBound - 1]),
           let subject = participleHead(p, floor: floor) ?? reader.after(floor, limit: p.extent.lowerBound - 2), subject.extent.lowerBound == floor,
           subject.kind == .role || subject.kind == .common, !subject.isPronoun {
            return subject
        }
        // "Reached by telephone, a spokesman …, told": a participle's phrase opens the sentence.
        let first = p.extent.lowerBound
        if first < open - 1, isParticiple(first), reader.isPreposition(first + 1) || text.isWord(first + 1, text.words.by)
            || text.isWord(first + 1, text.words.to) { return nil }
        return p
    }

    /// The clause's subject from `floor`, then an aside closed right before cue `c`.
    /// "The statement, signed by the group's emir, warned …": a statement's phrase is such a subject too.
    func subjectAndAside(before c: Int, floor: Int) -> Bool {
        // "The army's spokesman, General X (whose name is also spelled Y), rejected …".
        if let p = nameBeforeParenthesis(closingBefore: c, floor: floor) {
            return p.extent.lowerBound == floor || (p.extent.lowerBound == floor + 1 && reader.isDeterminer(floor))
                || text.isPunct(p.extent.lowerBound - 1, ",")
        }
        guard let open = asideOpening(c, floor: floor),
              let p = asideSubject(open: open, floor: floor) ?? utterancePhrase(ending: open - 1, floor: floor) else { return false }
        return p.extent.lowerBound == floor || (p.extent.lowerBound == floor + 1 && reader.isDeterminer(floor))
    }

    /// "A Peshmerga officer who took part in the search, speaking on condition of anonymity,
    /// told": the noun that opens the clause before a relative clause (no comma before its
    /// pronoun) that runs up to the aside's comma at `open`.
    private func restrictiveAntecedent(before open: Int, floor: Int) -> Phrase? {
        var k = open - 1
        while k > floor && open - k <= 12 && (text.isWord(k) || text.tokens[k].kind == .number) && !text.words.relatives.contains(text.hashes[k]) { k -= 1 }
        guard k - 1 > floor, k < open - 2, text.isWord(k), text.words.relatives.contains(text.hashes[k]), text.isWord(k - 1),
              let head = reader.before(k - 1, floor: floor), head.extent.upperBound == k - 1, !head.isPronoun,
              // ("Two Swiss guides who survived …": a name's adjective before a common noun.)
              head.kind == .role || head.kind == .common || head.kind == .person || head.kind == .named && !text.isCapitalised(k - 1),
              opensClause(head, floor: floor) else { return nil }
        return head
    }

    /// Who published a statement that names its issuer, in an aside right before cue `c` ("A
    /// JNIM statement, published by its Az-Zallaqa media arm, claimed"): not its speaker, who
    /// passed it on.
    func publisher(inAsideBefore c: Int, floor: Int) -> Phrase? {
        guard let open = asideOpening(c, floor: floor), let statement = utterancePhrase(ending: open - 1, floor: floor),
              onlyPublishes(aside: open, statement) else { return nil }
        return signer(from: open + 1, to: c - 2)
    }

    /// The aside after the comma at `open` names who made `statement` public, not who signed
    /// or issued it, and the statement names its issuer.
    private func onlyPublishes(aside open: Int, _ statement: Phrase) -> Bool {
        !text.words.signs.contains(text.hashes[open + 1]) && statement.extent.contains { text.entity[$0] >= 0 }
    }

    /// Who signed or issued a statement, in an aside `first...last` ("signed by the “Shura
    /// council of Al-Mourabitoun”", "issued by the general staff", "attributed to its media
    /// spokesman, X"); a name in quote marks is read inside them.
    private func signer(from first: Int, to last: Int) -> Phrase? {
        guard first + 2 <= last, text.words.issuedBy.contains(text.hashes[first]) && text.isWord(first + 1, text.words.by)
                || text.isWord(first, text.words.attributed) && text.isWord(first + 1, text.words.to) else { return nil }
        var k = first + 2, end = last
        // "signed by the chief of staff and read by an officer", "… and dated": the signer only.
        if let and = (k..<last).first(where: { text.isWord($0, text.words.and) && (text.words.issuedBy.contains(text.hashes[$0 + 1]) || text.endsInEd($0 + 1)) }),
           and > k {
            end = and - 1
            if end > k, text.isPunct(end, ",") { end -= 1 }
        }
        if reader.isDeterminer(k), k + 1 <= last, text.flags[k + 1].contains(.quoteMark) { k += 1 }
        if text.flags[k].contains(.quoteMark), text.flags[end].contains(.quoteMark), k + 1 <= end - 1 { k += 1; end -= 1 }
        return reader.analyse(k...end) ?? reader.after(k, limit: end)
    }

    /// A short name in parentheses closing at token `end` ("(NISA)", "(ISPR)"): the name when the
    /// tables know it, and the token before the opening parenthesis.
    func shortName(inParenthesesClosingAt end: Int, floor: Int) -> (known: Phrase?, before: Int)? {
        guard let open = text.parenthesisOpen(closingAt: end, floor: floor), open > floor else { return nil }
        let inner = reader.after(open + 1, limit: end - 1)
        return (inner.flatMap { $0.entity != nil && $0.extent == (open + 1)...(end - 1) ? $0 : nil }, open - 1)
    }

    /// "A woman from Bazarak, the provincial capital, said", "A woman, the mother of four,
    /// said": a phrase with an indefinite article opening the sentence at `floor` (and a
    /// preposition's phrase after it), then an apposition opened by "the" between commas right
    /// before cue `c`, which describes the place or the speaker and names no one ("A spokesman
    /// for the group, the Islamic State, said" does); the opening phrase speaks.
    private func indefiniteBeforeDefiniteApposition(_ c: Int, floor: Int) -> Phrase? {
        guard c - 4 > floor, text.isIndefiniteArticle(floor), text.isPunct(c - 1, ","),
              let comma = definiteAppositionOpen(closedAt: c - 1, floor: floor, reach: c),
              !((comma + 1)..<(c - 1)).contains(where: { text.tokens[$0].kind == .punctuation || text.isCapitalised($0) }),
              let subject = reader.after(floor, limit: comma - 1), subject.extent.lowerBound == floor,
              subject.kind == .common || subject.kind == .role else { return nil }
        let rest = subject.extent.upperBound + 1
        guard rest == comma || rest < comma && reader.isPreposition(rest)
                && !(rest..<comma).contains(where: { text.isFiniteVerb($0) || text.tokens[$0].kind == .punctuation }) else { return nil }
        return subject
    }

    /// The name (not a place's) opening the sentence at `floor` that a comma and an apposition
    /// opened by "the" follow, the apposition closed by a comma right before cue `c`.
    private func nameBeforeDefiniteApposition(_ c: Int, floor: Int) -> Phrase? {
        guard c - 4 > floor else { return nil }
        var e = c - 1
        if !text.isPunct(e, ","), let d = dateBefore(c, floor: floor) { e = d }
        // (Not an apposition that names, "A radical offshoot of Fatah, the Al-Aqsa Brigades, said",
        // nor one of a role, which the name takes: "X, the media officer of MNLA, told".)
        guard e - 3 > floor, text.isPunct(e, ","), let comma = definiteAppositionOpen(closedAt: e, floor: floor, reach: 12),
              !text.isCapitalised(comma + 2), !((comma + 1)..<e).contains(where: { reader.isRole($0) }) else { return nil }
        var end = comma - 1
        if let open = text.parenthesisOpen(closingAt: end, floor: floor), open > floor { end = open - 1 }
        guard let p = reader.before(end, floor: floor), p.extent.upperBound == end, p.last == end, p.kind == .named || p.kind == .person,
              p.extent.lowerBound == floor && text.isCapitalised(floor) && !text.isIndefiniteArticle(floor)
                || p.extent.lowerBound == floor + 1 && text.isWord(floor, text.words.the),
              !(p.entity.map { text.doc.entities[$0].isPlace } ?? false) else { return nil }
        return p
    }

    /// The first comma within `reach` tokens after `floor` when "the" follows it and no verb
    /// or cue stands between it and the comma at `e` that closes the apposition it opens.
    private func definiteAppositionOpen(closedAt e: Int, floor: Int, reach: Int) -> Int? {
        guard let comma = ((floor + 1)..<min(e, floor + reach)).first(where: { text.isPunct($0, ",") }), text.isWord(comma + 1, text.words.the),
              !((comma + 1)..<e).contains(where: { text.isFiniteVerb($0) || text.cue[$0] >= 0 }) else { return nil }
        return comma
    }

    /// The comma opening an aside that a comma closes right before cue `c` (", quoted by ANI,"),
    /// or the dash opening one that a dash closes ("a commander of the Joint Forces - an
    /// alliance of … - had told").
    func asideOpening(_ c: Int, floor: Int) -> Int? {
        guard c - 2 > floor else { return nil }
        let dashed = !text.isPunct(c - 1, ",")
        guard !dashed || text.isDash(c - 1) else { return nil }
        var j = c - 2, commas = 0
        // The aside's usual reach, twice that for the first comma ("X, a research fellow at …
        // (CNRS) who has studied jihadi groups around Lake Chad for years, said").
        let near = c - Self.asideReach, stop = max(floor + 1, c - 2 * Self.asideReach)
        while j >= stop && commas < 2 && (commas == 0 || j >= near) {
            if text.isSentenceEnd(j) { return nil }
            if dashed ? text.isDash(j) : text.isPunct(j, ",") {
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
    private mutating func sharedSubject(_ verb: Int, floor: Int) -> Speaker? {
        // "…, and has rejected accusations that …": the auxiliary after "and" or "but".
        // "…, and have repeatedly said": past adverbs too.
        var c = verb, k = verb - 1
        while k > floor && (text.markerKind(k) == .adverb || text.isAdverbInLy(k)) && !text.words.isFinite(text.hashes[k]) { k -= 1 }
        // (Not a passive's "be": "…, and was found abandoned".)
        if k - 1 > floor, text.words.isFinite(text.hashes[k]), !text.isCapitalised(k),
           text.isWord(k - 1, text.words.and) || text.isWord(k - 1, text.words.but) { c = k }
        // "… and flatly denied": the adverb after "and" or "but" opens the verb's group.
        else if k < verb - 1, text.isAdverbInLy(k + 1), text.isWord(k, text.words.and) || text.isWord(k, text.words.but) { c = k + 1 }
        guard c - 1 > floor else { return nil }
        let afterOpener = c == verb && text.thenAfterComma(verb) || text.endsInIng(c) && text.words.participleOpeners.contains(text.hashes[c - 1])
        // `said forces “continue to hold the village,” adding that …`: the report's comma inside its closing quote mark.
        if c - 2 > floor, text.participleAfterQuotesComma(c) {
            if let i = outermostReport(endingAt: c - 1) { return found[i].speaker?.restated(rule: "speaker.shared_subject") }
            // A quote after the participle is read before the report: the subject of the sentence's
            // first verb ("He dismissed the reports as “baseless,” saying: “…”").
            guard c + 1 < text.count, text.isPunct(c + 1, ":") || text.flags[c + 1].contains(.quoteMark) else { return nil }
            return subjectOfFirstVerb(from: floor, before: c - 2).map { resolver.resolve($0, at: c).restated(rule: "speaker.shared_subject") }
        }
        guard afterOpener || text.isWord(c - 1, text.words.and) || text.isWord(c - 1, text.words.but)
                || text.participleAfterComma(c) else { return nil }
        // "…, a claim the Israeli military rejected, saying …": after a report whose cue closes
        // its clause (its content before it), the participle is that report's speaker's.
        // Whom it was told may follow the verb ("…, a security source told AFP, adding …").
        // So may the speaker with an apposition ("“…,” said Amna Yousif, a volunteer with …, adding").
        if text.participleAfterComma(c), let i = latestReport({ report in
            report.cue.map { cue in
                guard cue.upperBound <= c - 2, report.last < cue.lowerBound else { return false }
                if c - 2 - cue.upperBound <= 4 { return !text.holdsPunct(",", in: cue.upperBound...(c - 2)) }
                return report.direct && c - 2 - cue.upperBound <= Self.asideReach
                    && !((cue.upperBound + 1)...(c - 2)).contains(where: { text.isSentenceEnd($0) || text.isFiniteVerb($0) || text.cue[$0] >= 0 })
            } ?? false
        }),
           let s = found[i].speaker {
            return s.restated(rule: "speaker.shared_subject")
        }
        if let parent = innermost(c), !found[parent].direct {
            return found[parent].speaker?.restated(rule: "speaker.shared_subject")
        }
        // "Military spokesman Brig. Gen. Onyema Nwachukwu said troops killed 20 terrorists,
        // adding …": the speaker of the outermost report whose content the comma ends, as it
        // was read; not one in a relative clause ("not paying an architect who said …, saying").
        if text.participleAfterComma(c), let i = outermostReport(endingAt: c - 2) {
            return found[i].speaker?.restated(rule: "speaker.shared_subject")
        }
        // "Kenya's military spokesman Colonel Joseph Owuoth denied the claim, saying …",
        // "MOGADISHU (AFP) - Al-Shabaab militants claimed …, saying": the subject of the clause's
        // verb, read back from it as a speaker before its verb is (not the possessor that opens
        // the phrase, nor a dateline).
        // "…, but the army denied the claim, calling it …": the subject of the last clause a
        // comma and "but" or "while" open, else of the sentence's first verb.
        if text.participleAfterComma(c),
           let p = lastClauseStart(before: c - 1, floor: floor).flatMap({ subjectOfFirstVerb(from: $0, before: c - 1) })
            ?? subjectOfFirstVerb(from: floor, before: c - 1) {
            return resolver.resolve(p, at: c).restated(rule: "speaker.shared_subject")
        }
        // "The voice matches …, but we have not compared them and cannot confirm": the subject of
        // the last clause a comma and "but" or "while" open.
        if !afterOpener, let start = lastClauseStart(before: c - 1, floor: floor), start < c - 2,
           let p = reader.after(start, limit: c - 3), p.extent.lowerBound == start, case let verb = p.extent.upperBound + 1, verb < c - 1,
           text.isFiniteVerb(verb) || text.cueKinds[verb] == .speech || text.endsInEd(verb) && !text.isCapitalised(verb) {
            return resolver.resolve(p, at: c).restated(rule: "speaker.shared_subject")
        }
        guard c - 2 > floor, let p = reader.after(afterOpeningPhrase(floor, before: c - 3), limit: c - 3), p.extent.upperBound + 1 < c - 1 else {
            return afterOpener ? nil : coordinatedSpeaker(c)
        }
        return resolver.resolve(withoutVerb(p), at: c).restated(rule: "speaker.shared_subject")
    }

    /// "The army made no mention of Sow, but said", "The ministry expressed its condolences and
    /// urged": a plain word that ends a subject read forward, before a determiner, a count or
    /// "no", is the subject's own verb and no part of it.
    private func withoutVerb(_ p: Phrase) -> Phrase {
        let last = p.extent.upperBound
        guard last > p.extent.lowerBound + 1, last + 1 < text.count, reader.isModifier(last), !reader.isRole(last), text.entity[last] < 0,
              reader.isDeterminer(last + 1) || reader.isQuantifier(last + 1) || text.tokens[last + 1].kind == .number
                || text.markerKind(last + 1) == .negator else { return p }
        return reader.analyse(p.extent.lowerBound...(last - 1)) ?? p
    }

    /// Of the last reports found, the one with a speaker whose cue comes first, before its
    /// content that ends at token `last`, and no relative pronoun before the cue.
    private func outermostReport(endingAt last: Int) -> Int? {
        var best: Int?
        for i in found.indices.suffix(Self.recentReports) {
            guard found[i].last == last, found[i].speaker != nil, let cue = found[i].cue, cue.upperBound < found[i].first,
                  cue.lowerBound == 0 || !text.words.relatives.contains(text.hashes[cue.lowerBound - 1]) else { continue }
            if best.map({ cue.lowerBound < found[$0].cue!.lowerBound }) ?? true { best = i }
        }
        return best
    }

    /// The phrase that ends right before the first reporting verb or predicate in "-ed" in
    /// `floor..<limit` (lower case, not after a determiner: "attacks" is a noun), opening the
    /// sentence or after punctuation (a dateline's dash); not the subject of a clause after a
    /// word ("Shortly after helicopters struck Gaza City, Sharon …").
    private func subjectOfFirstVerb(from start: Int, before limit: Int) -> Phrase? {
        var floor = start
        // "Editor's note: …": a label and its colon open the sentence.
        if let colon = (floor..<min(limit, floor + 4)).first(where: { text.isPunct($0, ":") }) { floor = colon + 1 }
        // "The army issued a statement, saying …": a verb of issuing too ("put out a statement").
        // (Not a participle before a name: "The banned Baloch Liberation Army".)
        func isVerb(_ k: Int) -> Bool {
            text.cueKinds[k] == .speech || text.cueKinds[k] == .relay || text.words.issuedBy.contains(text.hashes[k])
                || text.words.irregularPast.contains(text.hashes[k]) && k + 1 < limit && text.words.verbParticles.contains(text.hashes[k + 1])
                || text.predicate[k] >= 0 && text.endsInEd(k) && !(k + 1 < limit && text.isCapitalised(k + 1))
        }
        // "Contacted by our newspaper on Friday, the spokesman … rejected": past an opening participle's phrase.
        if floor < limit, text.endsInEd(floor), let comma = (floor..<limit).first(where: { text.isPunct($0, ",") }) { floor = comma + 1 }
        guard floor < limit, let verb = (floor..<limit).first(where: isVerb), verb > floor, !text.isCapitalised(verb) else { return nil }
        // "the Sudanese Armed Forces (SAF) on Tuesday denied": past an auxiliary, a date and a short name in parentheses.
        var v = verb
        if v - 1 > floor, text.markerKind(v - 1) == .auxiliary || text.words.isFinite(text.hashes[v - 1]) && !text.isCapitalised(v - 1) { v -= 1 }  // "(TTP) has claimed"
        var e = dateBefore(v, floor: floor) ?? v - 1
        if let open = text.parenthesisOpen(closingAt: e, floor: floor), open > floor { e = open - 1 }
        guard !reader.isDeterminer(e), text.tokens[e].kind == .word || text.isPunct(e, ","),
              let p = reader.before(e, floor: floor), p.extent.upperBound == (text.isPunct(e, ",") ? e - 1 : e) else { return nil }
        var start = p.extent.lowerBound
        // "The banned Tehreek-e-Taliban Pakistan": a word describing the name after its determiner.
        if start - 1 > floor, text.isWord(start - 1), !text.isCapitalised(start - 1), reader.isModifier(start - 1) || text.endsInEd(start - 1),
           reader.isDeterminer(start - 2) { start -= 1 }
        if start > floor && reader.isDeterminer(start - 1) { start -= 1 }
        return start == floor || text.tokens[start - 1].kind == .punctuation || opensWithDate(floor, before: start) ? p : nil
    }

    /// Whether a date, and words that lead to one ("Late on Tuesday"), fill `floor..<start`.
    private func opensWithDate(_ floor: Int, before start: Int) -> Bool {
        guard start > floor, text.date[start - 1] >= 0 else { return false }
        var k = floor
        while k < start && (text.date[k] >= 0 || text.words.dateLeads.contains(text.hashes[k])) { k += 1 }
        return k == start
    }

    /// The token after the last ", but", ", while" or ";" between `floor` and `limit`.
    private func lastClauseStart(before limit: Int, floor: Int) -> Int? {
        var k = limit - 1
        while k > floor {
            if text.isPunct(k - 1, ","), text.isWord(k, text.words.but) || text.isWord(k, text.words.while) { return k + 1 }
            if text.isPunct(k - 1, ";") { return k }
            k -= 1
        }
        return nil
    }

    /// "During a speech on Monday, Trump attacked …": where the clause's subject may start, after
    /// an opening phrase of a preposition or another word that starts no name, up to a comma.
    /// "Two days later, on Feb. 2, the channel …": a date opens such a phrase too, and one may follow another.
    private func afterOpeningPhrase(_ floor: Int, before limit: Int) -> Int {
        var start = floor
        // "Receiving the freed victims at the Government House on Sunday, the state governor …": a participle's phrase too,
        // and a passive one's ("Chastened by the analyses, Trump revised his plan, promising …").
        while start < limit, text.isPreposition(start) || text.markerKind(start) == .notAName || text.date[start] >= 0
                || text.date[start + 1] >= 0 && text.words.datePrepositions.contains(text.hashes[start])
                || start == floor && text.isCapitalised(start) && text.endsInIng(start) && text.cue[start] < 0
                || start == floor && text.isCapitalised(start) && text.endsInEd(start) && text.isWord(start + 1, text.words.by)
                // "Later in the call, he …", "However, the group …": an adverb's phrase.
                || start == floor && (text.markerKind(start) == .adverb || text.isAdverbInLy(start) || text.words.timeAdverbs.contains(text.hashes[start])) {
            var k = start + 1
            while k < limit && !text.isPunct(k, ",") { k += 1 }
            guard k < limit else { break }
            start = k + 1
        }
        return start
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
            // The report's content ends at the "and", or at a comma before it.
            guard found[i].last == c - 2 || (found[i].last == c - 3 && text.isPunct(c - 2, ",")), found[i].speaker != nil else { continue }
            if best.map({ cue.lowerBound < found[$0].cue!.lowerBound }) ?? true { best = i }
        }
        return best.flatMap { found[$0].speaker?.restated(rule: "speaker.shared_subject") }
    }
}
