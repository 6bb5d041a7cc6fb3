import ClaimlineCore
import ClaimlineRules

extension AttributionFinder {
    /// A quoted span: its cue after it ("…," said X), before it (X said: "…"), a trailing
    /// signature ("— Spokesman X"), or the speaker of the quote just before it.
    mutating func attributeQuoted(_ q: QuotedSpan, paragraphStart: [Bool]) {
        // A transcript quoted whole opens each turn's paragraph with a mark: the turn is the quote.
        if let open = q.open, paragraphStart[open], opensQuotedTurn(open) { return }
        // "A JNIM “spokesman” told AFP …": a role in quote marks before a verb of speech names who speaks.
        if q.first == q.last, reader.isRole(q.first), let close = q.close, close + 1 < text.count, text.cue[close + 1] >= 0 { return }
        let parent = innermost(q.first)
        var a = Attribution(first: q.first, last: q.last, direct: true, cue: nil, cueRule: nil, speaker: nil, parent: parent, rule: "quote.marks")
        a.marked = (q.open ?? q.first)...(q.close ?? q.last)
        if q.open == nil { a.rule = "quote.missing_open" } else if q.close == nil { a.rule = "quote.unclosed" }
        if q.singleMarks { a.rule = parent == nil ? "quote.single_marks" : "quote.nested" }
        let floor = parent.map { self.found[$0].first } ?? 0
        // "Citing “a source in the Islamic Resistance,” the channel said …": the marks name whom
        // the sentence cites, no words of theirs.
        if let open = q.open, open > 0, text.words.quoting.contains(text.hashes[open - 1]),
           text.sentenceRange(open).lowerBound == open - 1 { return }
        // "X announced: “… killed by the French.” The Institute's report shows …": words a colon
        // introduces and a sentence end closes are the cue's before them; a report after them
        // is a sentence of its own.
        let introduced = endsItsSentence(q) && q.open.map { tokenBefore(mark: $0).map { text.isPunct($0, ":") } ?? false } == true ? cueBefore(q, floor: floor) : nil
        let after = introduced == nil ? cueAfter(q, paragraphStart: paragraphStart) : nil
        let found = introduced ?? after ?? cueBefore(q, floor: floor)
        // "Both parties “saw Burma as a country …,” the envoy said": words of the clause before
        // the mark make one mixed quote, reported, that starts with the sentence.
        if after != nil, parent == nil, let start = clauseBeforeMark(q) {
            a.first = start; a.direct = false; a.rule = "quote.reported_preposed"
            a.marked = start...(q.close ?? q.last)
        }
        if let found {
            a.cue = found.cue; a.cueSpan = found.span
            if found.row >= 0 {
                let rule = text.tables.cues[found.row]
                a.cueRule = rule.id; a.implies = rule.implies
            } else {
                a.cueRule = "cue.dash_signature"
            }
            a.addressee = found.addressee.map { reader.link($0, role: "outlet") }
            // "», the communiqué said": whoever issued the communiqué; after a report's colon,
            // the reporter ("It also rejected reports …: “…”, the statement reads").
            if let c = found.cue, let issuer = utteranceSpeaker(c.lowerBound, floor: max(0, c.lowerBound - 5)) {
                a.speaker = reporter(endingBeforeColonOf: q)?.restated(rule: "speaker.report_colon") ?? issuer
            } else if let c = found.cue?.lowerBound, introduced != nil || after == nil, c > 0,
                      case let v = modalBefore(c, colon: introduced != nil),
                      text.isPunct(v - 1, ",") && !text.participleAfterComma(c) || text.isPunct(c - 1, ")") || relativeClauseBefore(c)
                        || text.isDash(c - 1) && dashAsideStart(c, floor: max(floor, text.sentenceRange(c).lowerBound)) != nil
                        || text.words.relatives.contains(text.hashes[c - 1]),
                      let s = speakerBefore(c, floor: max(floor, text.sentenceRange(c).lowerBound)) {
                // "The group, which was founded in 2012, said: “…”", "A resident who fled to
                // Ouahigouya told this agency: “…”", "a regional deputy, X, who says: “…”", "X — his
                // name is also spelt Y — said: “…”": an aside or a relative clause closes before the
                // cue, or its pronoun stands right before it; who speaks stands before it, read as
                // for reported speech.
                a.speaker = s
            } else if let c = found.cue?.lowerBound, text.endsInIng(c), c > 0, !text.isPunct(c - 1, ","),
                      let s = issuerOfObject(participle: c, floor: text.sentenceRange(c).lowerBound) {
                // "put out a statement this morning saying, quote, “…”": who issued the statement.
                a.speaker = s
            } else if let c = found.cue?.lowerBound, let s = statementPronounSpeaker(c) {
                a.speaker = s
            } else if found.speaker == nil, let c = found.cue?.lowerBound, c > 0, text.isWord(c - 1, text.words.as),
                      let quoted = quotedAs(c, floor: max(floor, text.sentenceRange(c).lowerBound)) {
                // "Reuters quoted the company's spokesman as saying: “…”": the one quoted speaks,
                // the one quoting relays, as for reported speech.
                a.speaker = resolver.resolve(quoted.speaker, at: c)
                a.addressee = quoted.relay.map(relayLink)
            } else {
                a.speaker = found.speaker.map { resolver.resolve($0, at: q.first) }
            }
            // "…, saying: “", "… as “baseless,” saying: “", "… but said “…”": the subject of the clause.
            if a.speaker == nil, let c = found.cue?.lowerBound,
               text.participleAfterComma(c) || text.participleAfterQuotesComma(c) || text.thenAfterComma(c)
                || (c > 0 && (text.isWord(c - 1, text.words.and) || text.isWord(c - 1, text.words.but))) {
                a.speaker = speakerBefore(c, floor: max(floor, text.sentenceRange(c).lowerBound))
            }
            if let c = found.cue { consume(c) }
        } else {
            // Scare quotes, stray marks and unclosed quotes with no cue are not statements.
            if isScareQuote(q) || isTitle(q) || isNamed(q) || (parent == nil && isQuotedPhrase(q)) || q.open == nil || q.close == nil { return }
            if let p = parent, Self.isAnswer(self.found[p]), fillsReport(q, self.found[p]) {
                // "Abu Talha: “We are alive.”": the answer is these quoted words, one statement;
                // the answer becomes a scope of the same voice, not a second record.
                a.speaker = self.found[p].speaker; a.rule = self.found[p].rule
                self.found[p].isQuote = false
            } else if let p = parent, self.found[p].rule == "quote.statement_header", self.found[p].speaker != nil,
                      fillsReport(q, self.found[p]) {
                // "this statement by Trump on June 11:\n\n“…”": the quoted paragraph is the statement.
                let header = self.found[p]
                a.speaker = header.speaker; a.cue = header.cue; a.cueSpan = header.cueSpan; a.cueRule = header.cueRule
                a.rule = header.rule
                self.found[p].isQuote = false
            } else if let p = parent, !self.found[p].direct, let s = self.found[p].speaker {
                if fillsReport(q, self.found[p]) {
                    // `said that “…”`: the quoted words are the whole statement, a direct quote
                    // with the report's cue; the report becomes a scope of the same voice.
                    a.speaker = s; a.cue = self.found[p].cue; a.cueSpan = self.found[p].cueSpan
                    a.cueRule = self.found[p].cueRule; a.implies = self.found[p].implies
                    self.found[p].isQuote = false
                } else {
                    // Words quoted inside reported speech ("said the goal was “to take stock”"): one
                    // mixed quote, the reported one; the marked words stay a scope of the same voice.
                    a.speaker = s.restated(rule: "speaker.mixed_quote"); a.isQuote = false; a.mixedQuote = true
                    markEdges(ofReport: p, q)
                }
            } else if let p = parent, !self.found[p].direct, self.found[p].cue != nil, !fillsReport(q, self.found[p]) {
                // The same in a report with no speaker read ("to say the operation “was prepared …”").
                a.isQuote = false; a.mixedQuote = true
                markEdges(ofReport: p, q)
            } else if let p = continuedQuote(q) {
                // `“A,” said X. “B.”`: one statement in two pieces, with one cue and one speaker.
                let piece = self.found[p]
                a.cue = piece.cue; a.cueSpan = piece.cueSpan; a.cueRule = piece.cueRule; a.implies = piece.implies
                a.addressee = piece.addressee
                a.speaker = piece.speaker?.restated(rule: "speaker.continued_quote"); a.rule = "quote.continued"
            } else if let open = q.open, paragraphStart[open], open > 0, text.isPunct(open - 1, "?"), !text.flags[open - 1].contains(.quoteMark) {
                // An interview printed as questions and quoted answers: a quote that opens the
                // paragraph after a question is the interviewee's answer.
                a.speaker = interviewee(before: open, after: text.headline.last)
            } else if let previous = previousSpeaker(before: q) {
                a.speaker = previous.restated(rule: "speaker.previous_quote")
            } else if let issuer = issuerOfIntroducedStatement(q, paragraphStart: paragraphStart) {
                // "ASI publishes below the main part of the statement, translated …:\n\n“Praise be to God …”".
                a.speaker = issuer
            } else if let open = q.open, paragraphStart[open], open > 0, let subject = personSubject(ofSentenceEndingAt: open - 1) {
                // "Asked about the army's claim, he laughed.\n\n“Camilo is fine.”": a paragraph
                // of quoted words after a sentence whose subject is a person is that person's.
                a.speaker = resolver.resolve(subject, at: q.first).restated(rule: "speaker.subject_before")
            } else if let p = reportInSentenceBefore(q) ?? reportBeforeAnd(q) {
                // `Schiff said the threat was real. “The other factor is …”`, `…, he said, and “the
                // terrorists are on the run”`: the words go on.
                let report = self.found[p]
                a.cue = report.cue; a.cueSpan = report.cueSpan; a.cueRule = report.cueRule; a.implies = report.implies
                a.speaker = report.speaker?.restated(rule: "speaker.report_before"); a.rule = "quote.continued"
            } else if let reporter = reporter(endingBeforeColonOf: q) {
                a.speaker = reporter.restated(rule: "speaker.report_colon")
            } else if let subject = subjectBeforeColon(q) {
                a.speaker = resolver.resolve(subject, at: q.first).restated(rule: "speaker.colon_subject")
            } else if let label = labelBeforeColon(q) {
                a.speaker = resolver.resolve(label, at: q.first).restated(rule: "speaker.colon_label")
            } else if let subject = quotedPredicateSubject(q) {
                a.speaker = resolver.resolve(subject, at: q.first).restated(rule: "speaker.quoted_predicate")
            } else if let open = q.open, open > 0, text.isSentenceEnd(open - 1), let subject = personSubject(ofSentenceEndingAt: open - 1) {
                // "He shrugged. “He said he asked someone.”": so are those that open a sentence.
                a.speaker = resolver.resolve(subject, at: q.first).restated(rule: "speaker.subject_before")
            }
        }
        add(&a)
    }

    /// Words quoted at an edge of reported speech ("said it was “a shock,” he added") bring
    /// their mark into the report's span: the quote closes where the report ends.
    mutating func markEdges(ofReport p: Int, _ q: QuotedSpan) {
        let report = found[p]
        var span = report.marked ?? report.first...report.last
        if let open = q.open, open < span.lowerBound, q.last <= report.last { span = open...span.upperBound }
        if let close = q.close, close > span.upperBound, q.first >= report.first, q.last + 2 >= report.last {
            span = span.lowerBound...close
        }
        found[p].marked = span
    }

    /// One or two words in quote marks ("the “liberated” areas").
    func isScareQuote(_ q: QuotedSpan) -> Bool {
        var words = 0
        for k in q.first...q.last where text.isWord(k) { words += 1; if words > 2 { return false } }
        return true
    }

    /// A few words quoted inside a sentence with no cue, after a plain word that is no name
    /// ("the meeting was postponed “for security reasons”", "translated as “Western education
    /// is forbidden”"): a phrase the writer quotes, not a statement (`Hamaha “is alive”`, after a
    /// name, goes on the sentence of its subject and stays one).
    func isQuotedPhrase(_ q: QuotedSpan) -> Bool {
        guard let open = q.open, open > 0, text.isWord(open - 1), !text.isCapitalised(open - 1), text.entity[open - 1] < 0,
              text.markerKind(open - 1) != .pronounPerson, text.markerKind(open - 1) != .pronounGroup else { return false }
        var words = 0
        for k in q.first...q.last {
            if k < q.last && text.isSentenceEnd(k) { return false }
            if text.isWord(k) { words += 1; if words > 4 { return false } }
        }
        return true
    }

    /// A title in quote marks ("“Make Your Kid a Millionaire,”", "MSNBC’s “Morning Joe”"): one
    /// phrase of up to eight words, two or more capitalised ("I" aside) and each of four
    /// letters or more capitalised; prose of that length nearly always holds a longer
    /// lower-case word. Not in a headline, where every quote is so capitalised.
    func isTitle(_ q: QuotedSpan) -> Bool {
        guard text.isWord(q.first), text.isCapitalised(q.first) else { return false }
        var words = 0, capitalised = 0
        for k in q.first...q.last {
            if k < q.last && text.isSentenceEnd(k) { return false }
            guard text.isWord(k) else { continue }
            words += 1
            if text.isCapitalised(k) { if !text.isFirstPerson(k) { capitalised += 1 } }
            else if text.tokens[k].view.length >= 4 { return false }
        }
        return words <= 8 && capitalised >= 2 && !inTitleCasedLine(before: q.open ?? q.first)
    }

    /// True when three words or more, and no lower-case word of four letters or more, stand
    /// between token `k` and the start of its paragraph (two dozen tokens back at most): a
    /// headline ("Warren Hammers Wells Fargo CEO: ‘You Should Be …’"), not "On “Fox News Sunday,”".
    private func inTitleCasedLine(before k: Int) -> Bool {
        var t = k - 1, words = 0
        while t >= 0 && k - t <= 24 {
            if text.isWord(t) {
                if !text.isCapitalised(t) && text.tokens[t].view.length >= 4 { return false }
                words += 1
            }
            if text.paragraphStart[t] { return words >= 3 }
            t -= 1
        }
        return t < 0 && words >= 3
    }

    /// The first token of the clause whose words stand before the opening mark of `q`, a
    /// sentence start no mark, comma, colon or cue comes between: nil when the mark opens the
    /// sentence or follows a punctuation mark.
    private func clauseBeforeMark(_ q: QuotedSpan) -> Int? {
        // The marks open on the clause's predicate, in lower case, after its subject.
        guard let open = q.open, open > 0, text.isWord(open - 1), text.isWord(q.first), !text.isCapitalised(q.first) else { return nil }
        let start = text.sentenceRange(open).lowerBound
        // "The operations were a response to strikes on the port “on Wednesday night”, he
        // said": a few words with no verb of their own end the clause the cue reports.
        if start < open, open - start <= 40, isScareQuote(q) || (q.last - q.first < 5 && !(q.first...q.last).contains(where: text.isFiniteVerb)),
           (start..<open).allSatisfy({ text.cue[$0] < 0 && !text.isSentenceEnd($0) && !text.flags[$0].contains(.quoteMark)
                                           && !text.isPunct($0, ":") && !text.isPunct($0, ";") && !text.isPunct($0, "(") && !text.isPunct($0, ")") }) {
            return start
        }
        // Words only, none a cue, a finite verb or a conjunction ("The peacekeepers repelled
        // the attack and “a number of assailants were neutralised”" quotes a clause of its own).
        guard start < open, open - start <= 12,
              (start..<open).allSatisfy({ text.isWord($0) && text.cue[$0] < 0 && !text.isFiniteVerb($0)
                  && !text.isWord($0, text.words.and) && !text.isWord($0, text.words.but) }) else { return nil }
        return start
    }

    /// True when a quote fills reported content from just after its start ("that", the mark)
    /// to its end (the closing mark and a final stop aside).
    func fillsReport(_ q: QuotedSpan, _ report: Attribution) -> Bool {
        // No word but "that" before the mark: "said he “has offended …”" quotes part of a clause.
        // (A report whose content starts after the mark, inside the quote, is filled by no quote.)
        let open = q.open ?? q.first
        guard q.first - report.first <= 2, report.last - q.last <= 2, report.first <= open,
              (report.first..<open).allSatisfy({ !text.isWord($0) || text.isWord($0, text.words.that) }) else { return false }
        return true
    }

    /// A cue found for a quote. Only integers: it is copied with a few moves, not through
    /// retains, as it is handed from the search to the quote.
    struct FoundCue {
        var cue: ClosedRange<Int>?
        /// The cue's original span when it is no token of the view (a dash left out of it).
        var span: ScalarSpan? = nil
        /// Whom the words were said to ("told Reuters", "maintained ANI"): a link of the chain.
        var addressee: Phrase? = nil
        /// The cue table's row, or -1 for a dash signature (rule `cue.dash_signature`).
        var row: Int
        var speaker: Phrase?
    }

    /// `," said the spokesman` / `," he said` / `— Spokesman X` after the closing mark.
    func cueAfter(_ q: QuotedSpan, paragraphStart: [Bool]) -> FoundCue? {
        guard let close = q.close else { return nil }
        // "On this weekend's broadcast of “Fox News Sunday,” Mike Pence said": a title that a
        // word leads into is named, not said.
        if let open = q.open, open > 0, text.isWord(open - 1), isTitle(q) || isNamed(q) || closesRelativeAside(open) { return nil }
        var k = close + 1
        if k < text.count && text.isPunct(k, ",") { k += 1 }
        let gap = text.dashGap(after: k - 1)
        guard k < text.count, !paragraphStart[k] || text.isDash(k) || gap != nil else { return nil }
        var limit = clauseLimit(from: k, paragraphStart: paragraphStart)
        guard k <= limit else { return nil }
        // Not a participle: in `"…", saying its fighters had …` the words after it are its content.
        // Nor a capitalised one opening the next sentence (`…battlefield." Asked about that remark, he says`).
        if let kind = text.cueKinds[k], kind == .speech || kind == .relay || kind == .according, text.cue[k] >= 0, !introducesOwn(k),
           !(text.isCapitalised(k) && endsItsSentence(q)),
           !(kind == .speech && text.endsInIng(k)),
           // "the group's “reckless attacks” continued to endanger": the quoted words are the subject of a verb.
           !(k == close + 1 && cueEnd(k) + 1 <= limit && text.isWord(cueEnd(k) + 1, text.words.to)) {
            let phrase = reader.after(cueEnd(k) + 1, limit: limit)
            // "…, which the army described as “terrorists”, said it killed …": a subject with a
            // verb of its own after the cue opens the cue's own clause; the quote is not said by it.
            // (Not a participle's phrase in an apposition: "said Tariq Haddad, a political analyst based in Amman".)
            if let p = phrase, p.extent.lowerBound == cueEnd(k) + 1, case let next = p.extent.upperBound + 1, next <= limit,
               text.opensVerb(next) || text.endsInEd(next) && !text.isCapitalised(next) && !(next + 1 <= limit && opensComplement(next + 1)) { return nil }
            return FoundCue(cue: k...cueEnd(k), row: Int(text.cue[k]), speaker: phrase)
        }
        // "heard from “two of the leaders” that al-Sudani had mentioned …": "that" opens a clause of its own, no speaker.
        if text.isWord(k, text.words.that) { return nil }
        // A statement's phrase first: "the AQIM statement said" is no name "the AQIM" before a noun.
        if var phrase = utterancePhrase(starting: k, limit: limit) ?? reader.after(k, limit: limit) {
            var c = phrase.extent.upperBound + 1
            // "X, the commander, told": the phrase holds the apposition, its closing comma follows.
            let appositive = phrase.extent.count > phrase.last - phrase.first + 1
            if c <= limit && text.isPunct(c, ",") && appositive { c += 1 }
            // "AQIM's spokesman said", "Hamas's armed wing, the Qassam Brigades, said": the
            // organisation speaks through the role it names, and an aside may follow the role.
            var aside = phrase.last + 1, roleOfPossessor = false
            if phrase.entity != nil, reader.isPossessive(phrase.extent.upperBound) {
                while c <= limit && c <= phrase.extent.upperBound + 3 && (reader.isRole(c) || reader.isModifier(c)) {
                    c += reader.isRole(c) ? max(1, Int(text.markerLength[c])) : 1
                }
                if c > phrase.extent.upperBound + 1 { aside = c; roleOfPossessor = true }
            }
            // "Rep. Moore (D-Wis.) said": the clause goes on after a parenthesis beside the name.
            if c == limit + 1, let close = text.parenthesisClose(openingAt: c, limit: min(text.count - 1, c + 8)) {
                c = close + 1
                aside = c
                limit = clauseLimit(from: c, paragraphStart: paragraphStart)
                // "X, a spokesman for the Movement … (MUJAO), told".
                if c <= limit && text.isPunct(c, ",") && appositive { c += 1 }
            }
            // "Vann Newkirk, a writer for The Atlantic, said", "Quina Jones, 25, said", "Leonard
            // Burman, director of …, said": an aside between commas after the name (or after its parenthesis).
            // The aside may hold a parenthesis ("a spokesman for the Movement … (MUJAO), told").
            // "one resident, Ilana, told", "Lebanon's deputy speaker, Elias Haddad, told": a role,
            // then the name of who holds it.
            let roleThenName = (phrase.kind == .role || roleOfPossessor) && aside + 1 <= limit && text.isCapitalised(aside + 1)
                && reader.isNamePart(aside + 1)
            if c <= limit, text.cueKinds[c] == nil, aside + 2 <= limit, text.isPunct(aside, ","),
               opensAside(aside + 1) || text.tokens[aside + 1].kind == .number || roleThenName
                || (!text.isCapitalised(aside + 1) && (text.words.definite.contains(text.hashes[aside + 1]) || reader.isRole(aside + 1))),
               let verb = verbAfterAside(from: aside + 2, limit: text.sentenceRange(aside).upperBound) {
                // The aside after a possessor's role names the one who speaks ("the Qassam Brigades"),
                // and so does a name after a role.
                if roleOfPossessor || roleThenName, let named = reader.after(aside + 1, limit: verb - 2),
                   roleThenName ? named.kind == .person || named.kind == .named : named.entity != nil,
                   named.extent.upperBound == verb - 2 { phrase = named }
                c = verb
                limit = clauseLimit(from: c, paragraphStart: paragraphStart)
            }
            // "a senior officer at army headquarters in Bamako told": the phrase's complements of
            // plain words, up to the verb.
            if c <= limit, reader.isPreposition(c) || text.isWord(c, text.words.on), let verb = verbAfterComplement(from: c + 1, limit: limit) { c = verb }
            // "Christine Ferrand, head of the ICRC's delegation in Yemen, told": the apposition's
            // complement, then its closing comma and the verb.
            if appositive, c <= limit, reader.isPreposition(c), let comma = commaAfterComplement(from: c + 1, limit: limit), comma + 1 <= limit,
               let kind = text.cueKinds[comma + 1], kind == .speech || kind == .relay { c = comma + 1 }
            // "a spokesman for the group, who gave his name as …, said": a complement, then an aside.
            if c <= limit, reader.isPreposition(c), let comma = commaAfterComplement(from: c + 1, limit: limit), comma + 2 <= limit,
               opensAside(comma + 1), let verb = verbAfterAside(from: comma + 2, limit: text.sentenceRange(comma).upperBound) {
                c = verb
                limit = clauseLimit(from: c, paragraphStart: paragraphStart)
            }
            // "a military officer who asked not to be named because he was not authorised to speak
            // told Reuters": a restrictive relative clause, then the last verb of speech.
            // (Words that end their sentence are no such clause's: "…family.\" Stuart MacGill, who … says".)
            if c + 2 <= limit, text.words.relatives.contains(text.hashes[c]), !endsItsSentence(q),
               let verb = ((c + 2)...min(limit, c + 30)).last(where: { k in
                   (text.cueKinds[k] == .speech || text.cueKinds[k] == .relay) && text.cue[k] >= 0 && !text.endsInIng(k)
                       && text.isWord(k - 1) && !text.isWord(k - 1, text.words.to) && !reader.isPreposition(k - 1) && !reader.isDeterminer(k - 1)
               }) { c = verb }
            while c <= limit && text.markerKind(c) == .adverb { c += 1 }
            // "…,” the spokesman, Abu Musab, was quoted as saying by Radio Andalus": the phrase
            // speaks, the one quoting (after "by", before or after "as saying") passes the words on.
            if c + 3 <= limit, text.markerKind(c) == .auxiliary, text.words.quoting.contains(text.hashes[c + 1]),
               let saying = asSaying(in: (c + 3)...min(limit, c + 12)), !reportsOwnClause(afterQuote: q, cue: saying, relay: false) {
                var found = FoundCue(cue: saying...cueEnd(saying), row: Int(text.cue[saying]), speaker: phrase)
                let after = cueEnd(saying) + 1
                if let by = text.isWord(c + 2, text.words.by) ? c + 3 : after + 1 <= limit && text.isWord(after, text.words.by) ? after + 1 : nil {
                    found.addressee = reader.after(by, limit: by > saying ? limit : saying - 2, describedName: true)
                }
                return found
            }
            // "…,” the station quoted the group's spokesman, Abu Musab, as saying": the one quoted
            // speaks, the one quoting passes the words on. (The station's phrase may have taken
            // "quoted" for a participle of its own.)
            func quoting(_ k: Int) -> Bool { k > phrase.first && k + 3 <= limit && text.words.quoting.contains(text.hashes[k]) }
            if let verb = quoting(c) ? c : quoting(c - 1) ? c - 1 : nil,
               let saying = asSaying(in: (verb + 3)...min(limit, verb + 20)), !reportsOwnClause(afterQuote: q, cue: saying, relay: false) {
                var e = saying - 2
                if text.isPunct(e, ",") { e -= 1 }
                if e > verb, let quoted = reader.before(e, floor: verb + 1) {
                    var found = FoundCue(cue: saying...cueEnd(saying), row: Int(text.cue[saying]), speaker: quoted)
                    found.addressee = verb == c - 1 ? reader.before(verb - 1, floor: phrase.extent.lowerBound) : phrase
                    return found
                }
            }
            if c <= limit, let kind = text.cueKinds[c], kind == .speech || kind == .relay, text.cue[c] >= 0, !introducesOwn(c),
               !reportsOwnClause(afterQuote: q, cue: c, relay: kind == .relay) {
                return FoundCue(cue: c...cueEnd(c), row: Int(text.cue[c]), speaker: phrase)
            }
        }
        // "— Spokesman X" closing the statement (the dash a token, or only in the original).
        let dash = text.isDash(k) ? k + 1 : (gap != nil ? k : nil)
        if let dash, let phrase = reader.after(dash, limit: limit), phrase.extent.upperBound + 1 > limit || text.isSentenceEnd(phrase.extent.upperBound + 1) {
            let span = text.isDash(k) ? text.original(k, k) : gap!
            return FoundCue(cue: nil, span: span, row: -1, speaker: phrase)
        }
        return nil
    }

    /// The reporting verb within six words after `k`, past plain words, names and further
    /// prepositions only ("army headquarters in Bamako told"), or nil.
    private func verbAfterComplement(from k: Int, limit: Int) -> Int? {
        var j = k
        while j <= min(limit, k + 6) && text.tokens[j].kind == .word {
            if text.cueKinds[j] == .speech || text.cueKinds[j] == .relay { return j > k ? j : nil }
            if text.isFiniteVerb(j) || text.cue[j] >= 0 { return nil }
            j += 1
        }
        return nil
    }

    /// The comma closing a complement of plain words from `k` ("for the group,"), within six words.
    private func commaAfterComplement(from k: Int, limit: Int) -> Int? {
        var j = k
        while j <= min(limit, k + 6) && text.isWord(j) && !text.isFiniteVerb(j) && text.cue[j] < 0 { j += 1 }
        return j > k && j <= limit && text.isPunct(j, ",") ? j : nil
    }

    /// True when the words before the opening mark at `open` are a relative clause opened after
    /// a comma ("A soldier, who gave only his call sign “Tesla”, told AFP"): the quoted words
    /// end the aside, and the verb after it is the sentence's own, not a cue of theirs.
    private func closesRelativeAside(_ open: Int) -> Bool {
        var k = open - 1
        let stop = max(0, open - 12)
        while k > stop && text.isWord(k) && !text.words.relatives.contains(text.hashes[k]) { k -= 1 }
        return k > stop && text.isWord(k) && text.words.relatives.contains(text.hashes[k]) && text.isPunct(k - 1, ",")
    }

    /// A cue that "that" or a colon follows introduces words of its own ("The statement, signed
    /// by the “Shura council”, says that: …"), not a quote before it.
    private func introducesOwn(_ c: Int) -> Bool {
        let next = cueEnd(c) + 1
        return next < text.count && (text.isWord(next, text.words.that) || text.isPunct(next, ":"))
    }

    /// A few words opening in capitals quoted after a label verb or a determiner ("a group
    /// called “Al-Mourabitoun”", "signed by the “Shura council of Al-Mourabitoun”"): a name,
    /// not words said.
    private func isNamed(_ q: QuotedSpan) -> Bool {
        guard let open = q.open, open > 0, q.last - q.first < 8, text.isWord(q.first), text.isCapitalised(q.first),
              !(q.first..<q.last).contains(where: text.isSentenceEnd) else { return false }
        return text.cueKinds[open - 1] == .label || reader.isDeterminer(open - 1)
    }

    /// `"… the timing." Gov. McCrory said it would be improper`: after a quote that ended its
    /// sentence, a verb with a clause of its own reports that clause, not the quote; an
    /// intention with its infinitive likewise (`"without delay." Clinton plans to visit …`).
    /// The stop may stand before a closing mark of two apostrophes (`policy.''`).
    private func reportsOwnClause(afterQuote q: QuotedSpan, cue c: Int, relay: Bool) -> Bool {
        guard endsItsSentence(q) else { return false }
        let end = cueEnd(c), ceiling = min(text.sentenceRange(c).upperBound, end + Self.reportReach)
        if text.cueRule(c)?.implies == .intention && infinitive(after: end, ceiling: ceiling) != nil { return true }
        // `…occupiers." The UN's security office reported "indirect fire"`, `… told reporters: "…"`: quoted words of its own.
        if end + 1 < ceiling {
            if text.flags[end + 1].contains(.quoteMark) { return true }
            if let colon = (end + 1..<min(ceiling, end + 6)).first(where: { text.isPunct($0, ":") }), text.flags[colon + 1].contains(.quoteMark) { return true }
        }
        return complement(after: end, ceiling: ceiling, relay: relay) != nil
    }

    /// The modal before the verb at `c` when a colon introduces the quote ("…, asked whether …,
    /// would say only: “…”"), else `c`.
    private func modalBefore(_ c: Int, colon: Bool) -> Int {
        colon && c > 1 && text.words.isFinite(text.hashes[c - 1]) ? c - 1 : c
    }

    /// Whether a sentence ends at the quote's closing mark (before it, or after it).
    private func endsItsSentence(_ q: QuotedSpan) -> Bool {
        guard let close = q.close, close > 0 else { return false }
        return (max(q.first, close - 2)...min(close + 1, text.count - 1)).contains(where: text.isSentenceEnd)
    }

    /// The token before opening mark `open`, past the ">" that opens a block quote's paragraph
    /// ("One account wrote:\n\n> “…”").
    func tokenBefore(mark open: Int) -> Int? {
        guard open > 0 else { return nil }
        return open > 1 && text.isPunct(open - 1, ">") && text.paragraphStart[open - 1] ? open - 2 : open - 1
    }

    /// `X said: "` / `He also said: “` / `According to X, "` / `X told Reuters: "` before the opening mark.
    func cueBefore(_ q: QuotedSpan, floor: Int) -> FoundCue? {
        guard let open = q.open, open > floor, var k = tokenBefore(mark: open), k >= floor else { return nil }
        let byColon = text.isPunct(k, ":"), introduced = byColon || text.isPunct(k, ",")
        // A title is named, not said ("told MSNBC’s “Morning Joe”"), unless a colon or comma
        // introduces it ("chanted: “Death to America”").
        if !introduced && (isTitle(q) || isNamed(q)) { return nil }
        if introduced { k -= 1 }
        // "The summary read in part: “…”": the verb's words, a part of them.
        if byColon, k - 2 >= floor, text.isWord(k, text.words.part), text.isWord(k - 1, text.words.in) { k -= 2 }
        let lowest = max(floor, k - 16)
        var s = k
        while s >= lowest {
            // Not past the paragraph's start: a heading above ("Conflicting claims") says nothing.
            if text.isSentenceEnd(s) || text.isPunct(s, "\"") || text.paragraphStart[s + 1] { break }
            guard let found = cueStarting(at: s, lowest: lowest) else { s -= 1; continue }
            let (start, kind) = found
            let end = cueEnd(start)
            if kind == .statement { k = start - 1; s = start - 1; continue }
            // "the commander, whom it calls X, “is alive …”": quoted words that open with a verb
            // are the clause's predicate, not what the label names.
            if kind == .label, open + 1 < text.count, text.isFiniteVerb(open + 1) { s = start - 1; continue }
            // "would continue “until …”", "contrary to Houthi claims, “…”": a cue after a modal, or
            // inside a phrase of stance, introduces no words; neither does one whose quoted words
            // name whom it cites ("cited “informed maritime sources” as saying"). A colon after
            // the modal's verb does introduce them ("would say only: “…”").
            if start > floor, !byColon && (text.markerKind(start - 1) == .hedge || text.markerKind(start - 1) == .future)
                || (max(floor, start - 3)..<start).contains(where: { text.markerKind($0) == .contradicts }) { s = start - 1; continue }
            if let close = q.close, close + 2 < text.count, text.isWord(close + 1, text.words.as), text.cueKinds[close + 2] == .speech { return nil }
            // "whose name is not revealed “for security reasons”": a passive verb with no colon
            // or comma before the mark introduces no words of its own.
            if !introduced && kind == .speech && isPassiveCue(start) { s = start - 1; continue }
            // "firing had continued “from around 1am”", "troops had responded only to “unprovoked
            // fire”": a verb that goes on or answers, after "had" or before a preposition, with no
            // colon or comma, has its time or object quoted, no words of its own.
            if !introduced && kind == .speech, text.words.continueForms.contains(text.hashes[end]) || text.isWord(end, text.words.responded),
               end == k && start > 0 && text.words.perfect.contains(text.hashes[start - 1])
                || end < k && (end + 1...min(k, end + 2)).contains(where: { reader.isPreposition($0) || text.isWord($0, text.words.to) }) {
                s = start - 1; continue
            }
            // "calling the report “biased”", "dismissed al-Shabab's claims as “…”": a noun of speech
            // with no colon or comma before the mark names what is quoted about, not who says it;
            // so does one with a word between when a verb follows it ("the Russian claims were
            // “lies”"; not "the group said “…”").
            if !introduced && start > floor && (reader.isDeterminer(start - 1) || reader.isPossessive(start - 1)
                || (start - 1 > floor && reader.isDeterminer(start - 2) && (reader.isModifier(start - 1) || text.isCapitalised(start - 1))
                    && end + 1 <= k && text.isFiniteVerb(end + 1))) {
                s = start - 1; continue
            }
            // Not past the paragraph's start either: a headline above names no speaker.
            var speakerFloor = max(lowest - 6, floor)
            if let paragraph = (speakerFloor...start).last(where: { text.paragraphStart[$0] }) { speakerFloor = paragraph }
            // Not `said "mujahideen" had launched …`: a quoted subject of the reported clause.
            if end == k || (end + 1 == k && text.isWord(k, text.words.that)) {
                if !introduced && subjectOfClauseAfter(q) { return nil }
                // "called on “all parties” to respect the law": whom the demand addresses, then its infinitive.
                if !introduced, isScareQuote(q), let close = q.close, close + 1 < text.count, text.markerKind(close + 1) == .infinitive,
                   text.cueRule(start)?.implies == .intention { return nil }
                return FoundCue(cue: start...end, row: Int(text.cue[start]), speaker: phraseBefore(cue: start, floor: speakerFloor))
            }
            // "told reporters:", "maintained ANI this morning:": the words between name whom it was
            // said to. Not "noted in the “liberated” areas": a word or two quoted further on; nor
            // words quoted inside the clause the verb reports ("said residents had buried “at least 31 soldiers”").
            if (kind == .relay || kind == .speech) && k - end <= 12 && (introduced || !isScareQuote(q) && !clauseBefore(mark: open, after: end, relay: kind == .relay)) {
                let speaker = phraseBefore(cue: start, floor: speakerFloor)
                // After an aside's comma ("A researcher, who asked not to be named, told us:"), a
                // parenthesis ("Nabil Abdallah (also spelled …) told state television:"), a dash
                // inside its sentence ("X — his name is also spelt Y — said:") or a relative
                // pronoun ("the commander, who told us:", "who called on residents to “…”"),
                // who speaks is read before them (`attributeQuoted`); not quoted words that open with
                // a verb, the predicate of a subject the relative clause describes ("anybody who
                // complains about a microphone “is not having a good night”").
                if speaker != nil || text.participleAfterComma(start) || text.thenAfterComma(start)
                    || start - 1 > floor && (text.isPunct(modalBefore(start, colon: byColon) - 1, ",") || text.isPunct(start - 1, ")")
                    || text.isDash(start - 1) && text.sentenceRange(start).lowerBound < start - 1
                    || text.isWord(start - 1, text.words.and) || text.isWord(start - 1, text.words.but)
                    || text.words.relatives.contains(text.hashes[start - 1]) && (introduced || !text.isFiniteVerb(open + 1))) {
                    var found = FoundCue(cue: start...end, row: Int(text.cue[start]), speaker: speaker)
                    if let to = reader.after(end + 1, limit: k, describedName: true), to.kind == .named || to.kind == .person || to.entity != nil { found.addressee = to }
                    return found
                }
            }
            // `said Mr. Barrett: “…”`; not `said the soldiers “came back …”`, whose phrase is the
            // subject of a clause the quote ends (no comma or colon before the mark).
            if end < k, introduced || kind == .relay, let p = reader.after(end + 1, limit: k), p.extent.upperBound == k {
                let speaker = kind == .relay ? phraseBefore(cue: start, floor: speakerFloor) : p
                return FoundCue(cue: start...end, row: Int(text.cue[start]), speaker: speaker)
            }
            s = start - 1
        }
        return nil
    }

    /// A relative pronoun among the few words right before cue `c`, with no punctuation between,
    /// whose clause ends in a preposition's object ("who fled to Ouahigouya told"; not "a man who
    /// looks very much like Shekau says", where the sources name Shekau).
    private func relativeClauseBefore(_ c: Int) -> Bool {
        var k = c - 1
        while k >= 0 && c - k <= 8 && text.tokens[k].kind == .word && !text.words.relatives.contains(text.hashes[k]) { k -= 1 }
        guard k >= 0, c - k <= 8, text.tokens[k].kind == .word, text.words.relatives.contains(text.hashes[k]),
              let p = reader.before(c - 1, floor: k + 1) else { return false }
        return reader.isPostmodifierPreposition(p.extent.lowerBound - 1)
    }

    /// The speech cue right after "as" in `range` ("quoted … as saying").
    private func asSaying(in range: ClosedRange<Int>) -> Int? {
        range.first { text.isWord($0 - 1, text.words.as) && text.cueKinds[$0] == .speech && text.cue[$0] >= 0 }
    }

    /// Whether the quote's closing mark is followed by a verb of the clause it opens (`"mujahideen" had launched`).
    private func subjectOfClauseAfter(_ q: QuotedSpan) -> Bool {
        guard let close = q.close else { return false }
        return verbAfterQuotedSubject(close: close, ceiling: text.count - 1)
    }

    /// The verb right after the closing mark at `close`, or after a plural noun and a few plain
    /// words that it heads (`"several hundred" assailants on motorbikes had encircled`).
    func verbAfterQuotedSubject(close: Int, ceiling: Int) -> Bool {
        var k = close + 1
        while k <= ceiling && k - close <= 4 && text.isWord(k) && text.cue[k] < 0 && !text.opensVerb(k) && !reader.isDeterminer(k) { k += 1 }
        return k <= ceiling && text.opensVerb(k) && (k == close + 1 || reader.endsInPluralS(k - 1) && !text.isCapitalised(k - 1))
    }

    /// A verb of a clause of its own between cue end `end` and the opening mark at `open`, a
    /// clause the cue reports as reported speech does (that report holds the quoted words).
    private func clauseBefore(mark open: Int, after end: Int, relay: Bool) -> Bool {
        guard end + 2 < open,
              ((end + 2)..<open).contains(where: { text.opensVerb($0) || text.endsInEd($0) && !text.isCapitalised($0) || text.words.irregularPast.contains(text.hashes[$0]) }),
              let clause = complement(after: end, ceiling: text.sentenceRange(open).upperBound, relay: relay) else { return false }
        return clause < open
    }

    /// The cue at `c` is a passive: a form of "be" before it, perhaps with a negation between.
    func isPassiveCue(_ c: Int) -> Bool {
        var k = c - 1
        if k >= 0 && text.markerKind(k) == .negator { k -= 1 }
        return k >= 0 && text.markerKind(k) == .auxiliary
    }

    /// The phrase right before a cue, its speaker, or the statement that says the words ("The
    /// statement claims “…”"); nil for a participle after a comma ("defended the remark, saying
    /// “…”"), whose speaker `attributeQuoted` asks of `speakerBefore`.
    private func phraseBefore(cue start: Int, floor: Int) -> Phrase? {
        guard !text.participleAfterComma(start) else { return nil }
        let last = text.verbGroupStart(start) - 1
        if let p = reader.before(last, floor: floor) { return p }
        // (Not "said that footage published by …": "that" opens the clause there.)
        guard let statement = utterancePhrase(ending: last, floor: floor), !text.isWord(statement.first, text.words.that) else { return nil }
        return statement
    }

    /// The longest unused cue that ends where the cue starting at `s` ends ("also said" over "said").
    /// Its start and kind: the kind is all the search reads of the rule (a copy of the rule retained its strings).
    private func cueStarting(at s: Int, lowest: Int) -> (Int, CueKind)? {
        guard var kind = text.cueKinds[s], !consumed[s] else { return nil }
        var start = s
        for longer in stride(from: s - 1, through: max(lowest, s - 3), by: -1) where text.cue[longer] >= 0 && cueEnd(longer) == cueEnd(s) {
            if let k = text.cueKinds[longer], !consumed[longer] { kind = k; start = longer }
        }
        return (start, kind)
    }

    /// The last token before the clause ends: a sentence end, a paragraph break or a quote mark.
    func clauseLimit(from k: Int, paragraphStart: [Bool]) -> Int {
        // Buffer reads: the walk goes over up to two dozen tokens for each quote.
        text.flags.withUnsafeBufferPointer { flags in
        paragraphStart.withUnsafeBufferPointer { paragraphStart in
        text.tokens.withUnsafeBufferPointer { tokens in
        text.v.withUnsafeBufferPointer { v in
            var e = k
            while e + 1 < tokens.count && e - k < 24 {
                let next = tokens[e + 1].view
                if flags[e + 1].contains(.sentenceEnd) || paragraphStart[e + 1]
                    || (next.length == 1 && (v[next.start] == "\"" || v[next.start] == "(")) { break }
                e += 1
            }
            // Never past the last token, even from `k` just past it (a parenthesis closing the text).
            return min(e, tokens.count - 1)
        }}}}
    }

    /// The direct quote that `q` continues (`“A,” said X. “B.”`, `“A,” X said, “B.”`, `“A,”
    /// X told ANI on 15 July: “B.”`): the last quote before it, in its paragraph, whose cue and
    /// speaker stand between the two with no other attribution opening after it; `q` opens a
    /// sentence or follows the reporting clause's comma, or its colon when only words and dates
    /// stand between the cue and the colon ("[In the original: “…”]" is no second piece).
    func continuedQuote(_ q: QuotedSpan) -> Int? {
        guard let open = q.open, open > 1 else { return nil }
        // `“Konti na lang sila,” Abrenica said. (They are only a few left.) “But …”`: past a
        // translation in parentheses.
        var before = open - 1
        if text.isPunct(before, ")"), let o = text.parenthesisOpen(closingAt: before, floor: 0, reach: Self.translationReach), o > 0 { before = o - 1 }
        guard ".,!?:".unicodeScalars.contains(text.scalar(before)),
              // (Not words quoted inside the piece: "“Saying ‘not credible’ is no answer,” said X.")
              let p = found.lastIndex(where: { $0.holdsMarks && $0.isQuote && $0.last < q.first && $0.rule != "quote.nested" }),
              let cue = found[p].cue, found[p].speaker != nil, found[p].last < cue.lowerBound, cue.upperBound < open,
              !found[(p + 1)...].contains(where: { $0.first > found[p].last }),
              !(found[p].last + 1...open).contains(where: { text.paragraphStart[$0] }) else { return nil }
        if text.isPunct(before, ":"),
           (cue.upperBound + 1..<before).contains(where: { !text.isWord($0) && text.date[$0] < 0 && !reader.isPossessiveMark($0) }) { return nil }
        return p
    }

    /// How many tokens a translation in parentheses between two pieces of a quote may hold.
    static let translationReach = 40

    /// "It rejected reports that civilians were killed: “the mujahideen did not touch any
    /// civilian”": the quote a colon opens right after reported content is its reporter's
    /// words (the reports inside, named by no one, speak for no one).
    func reporter(endingBeforeColonOf q: QuotedSpan) -> Speaker? {
        guard let open = q.open, open > 1, text.isPunct(open - 1, ":") else { return nil }
        // One inside may have been found after the one that ends here.
        return latestReport { $0.last == open - 2 && $0.speaker != nil }.flatMap { found[$0].speaker }
    }

    /// "Koufa taunts the ministry: “They say they killed me …”", "He refused to be drawn: “…”":
    /// words a colon introduces at the end of a sentence whose clause has no reporting verb are
    /// its subject's, when the subject opens the sentence and names a person or organisation,
    /// or is "he" or "she", and a verb follows it.
    func subjectBeforeColon(_ q: QuotedSpan) -> Phrase? {
        guard let open = q.open, open > 2, text.isPunct(open - 1, ":"), endsItsSentence(q) else { return nil }
        let start = text.sentenceRange(open - 1).lowerBound
        guard start < open - 2, let p = reader.after(start, limit: open - 2),
              p.kind == .person || (p.kind == .named && p.entity != nil) || p.kind == .pronoun(group: false) && !text.isFirstPerson(p.first),
              p.extent.lowerBound == start || reader.isDeterminer(start) else { return nil }
        let verb = p.extent.upperBound + 1
        guard verb < open - 1, text.tokens[verb].kind == .word, !text.isCapitalised(verb),
              text.isFiniteVerb(verb) || text.endsInEd(verb) || reader.endsInPluralS(verb) || text.words.irregularPast.contains(text.hashes[verb]),
              !((verb + 1)..<(open - 1)).contains(where: { text.flags[$0].contains(.quoteMark) || text.isSentenceEnd($0) }) else { return nil }
        return p
    }

    /// "06:40 — FAMa communiqué (read on ORTM): “…”", "Niger MoD statement: “…” repelled",
    /// "Burkina gov spokesperson, on RTB: rumours … are “…”": in a digest's line, a label that
    /// opens it (after a time and a dash, if any) and ends at a colon before the quote, in the
    /// same sentence: a word for a statement, whose issuer before it speaks, or a speaker's
    /// role or mentioned name, perhaps with where they spoke after a comma ("on RTB").
    func labelBeforeColon(_ q: QuotedSpan) -> Phrase? {
        guard let open = q.open, open > 2 else { return nil }
        let sentence = text.sentenceRange(open)
        guard open > sentence.lowerBound + 2, let colon = (max(sentence.lowerBound + 1, open - Self.labelReach)..<open).last(where: { text.isPunct($0, ":") && !text.isTimeColon($0) }),
              !((colon + 1)..<open).contains(where: { text.flags[$0].contains(.quoteMark) }) else { return nil }
        var e = colon - 1
        if let parenthesis = text.parenthesisOpen(closingAt: e, floor: sentence.lowerBound) { e = parenthesis - 1 }
        // (A parenthesis that opens the sentence leaves no label before it.)
        guard e > sentence.lowerBound else { return nil }
        // ", on RTB": where the words were given.
        if let comma = (max(sentence.lowerBound, e - 4)...e).last(where: { text.isPunct($0, ",") }), comma + 1 <= e,
           text.words.madePublicAt.contains(text.hashes[comma + 1]) { e = comma - 1 }
        guard e > sentence.lowerBound else { return nil }
        let utterance = text.markerKind(e) == .utterance && text.markerLength[e] <= 1
        let end = utterance ? e - 1 : e
        guard end >= sentence.lowerBound, let p = reader.before(end, floor: sentence.lowerBound), p.extent.upperBound == end,
              p.extent.count <= Self.labelWords,
              utterance ? !p.isPronoun : (p.kind == .person || p.kind == .named) && p.entity != nil || p.kind == .role else { return nil }
        // The label opens its line, after a time and a dash if any.
        let first = p.extent.lowerBound
        guard first == sentence.lowerBound || text.paragraphStart[first] || text.isDash(first - 1) || text.dashGap(after: first - 1) != nil else { return nil }
        return p
    }

    /// How far before a quote the colon of a digest line's label may stand, and how many
    /// words the label may have (more are a title-cased heading: "Veto Power Impedes Peace Efforts").
    static let labelReach = 16, labelWords = 4

    /// A quote that opens its sentence right after a sentence of the same paragraph whose
    /// reporting verb has a speaker ("…, Schiff said. “…”", "X said the group was strong.
    /// “We will win.”"): that report, when no other attribution came after it.
    func reportInSentenceBefore(_ q: QuotedSpan) -> Int? {
        guard let open = q.open, open > 1, text.isSentenceEnd(open - 1),
              let p = found.indices.last.map(outerOfDeniedReport), let cue = found[p].cue, found[p].speaker != nil, found[p].isQuote,
              found[p].last < open, cue.upperBound < open,
              text.sentenceRange(open - 2).lowerBound <= cue.lowerBound,
              !((cue.upperBound + 1)...open).contains(where: { text.paragraphStart[$0] }) else { return nil }
        return p
    }

    /// The report whose cue and speaker follow its content right before ", and" and the quote's
    /// opening mark ("…, it added, and “the situation is under control”").
    private func reportBeforeAnd(_ q: QuotedSpan) -> Int? {
        guard let open = q.open, open > 3, text.isWord(open - 1, text.words.and), text.isPunct(open - 2, ",") else { return nil }
        return latestReport { a in
            guard let cue = a.cue, a.speaker != nil, a.last < cue.lowerBound else { return false }
            return cue.lowerBound >= open - 6 && cue.upperBound < open - 2
        }
    }

    /// The person who is the subject of the last clause of the sentence ending at `end` ("…, he
    /// laughed.", "Quintana dismissed the idea."): "he" or "she" and a verb, or a person's name
    /// and a reporting verb, at the clause's start. Not a sentence in quote marks.
    func personSubject(ofSentenceEndingAt end: Int) -> Phrase? {
        guard !text.flags[end].contains(.quoteMark) else { return nil }
        let sentence = text.sentenceRange(end)
        var k = end - 1
        while k >= sentence.lowerBound {
            if k == sentence.lowerBound || text.isPunct(k - 1, ",") {
                if text.markerKind(k) == .pronounPerson, !text.isWord(k, text.words.him), k + 1 < end,
                   text.opensVerb(k + 1) || text.endsInEd(k + 1) || text.words.irregularPast.contains(text.hashes[k + 1]) {
                    return Phrase(kind: .pronoun(group: false), first: k, last: k, extent: k...k)
                }
                // A name, before a reporting verb ("Quintana dismissed the idea."; not "Smith was killed in 2019.").
                if let p = reader.after(k, limit: end - 1), p.kind == .person, p.extent.lowerBound == k, case let v = p.extent.upperBound + 1, v < end,
                   text.cue[v] >= 0 {
                    return p
                }
            }
            k -= 1
        }
        return nil
    }

    /// "AQIM “categorically denies the claims …”", "The organisation “warns the parties …”":
    /// quoted words that open with a verb of speech (or an adverb and one) right after the
    /// subject opening the sentence (a name, a role or an organisation) are the subject's; not
    /// "Hamaha “is alive and well”", which says what the subject is.
    private func quotedPredicateSubject(_ q: QuotedSpan) -> Phrase? {
        guard let open = q.open, let close = q.close, open > 0, close - open > 2,
              case let verb = text.isAdverbInLy(open + 1) ? open + 2 : open + 1, verb < close, text.isWord(verb), !text.isCapitalised(verb),
              text.cueKinds[verb] == .speech,
              case let sentence = text.sentenceRange(open), open - 1 >= sentence.lowerBound,
              let p = reader.before(open - 1, floor: sentence.lowerBound), p.extent.upperBound == open - 1, p.extent.lowerBound == sentence.lowerBound,
              p.kind == .person || p.kind == .named || p.kind == .role || p.kind == .common && resolver.headedByOrganisationWord(p) else { return nil }
        return p
    }

    /// The report a denial holds ("rejected the ministry's claim that …") speaks no further:
    /// the denial's speaker does. Any other report is its own.
    private func outerOfDeniedReport(_ p: Int) -> Int {
        guard let parent = found[p].parent, found[parent].implies == .denial else { return p }
        return parent
    }

    /// A quote with no cue right after another quote of the same paragraph or the next; or
    /// opening the paragraph after one that ends with a quote's reporting clause (`“…,” said X,
    /// Amnesty's deputy director for ….\n\n“…”`: the speaker goes on).
    func previousSpeaker(before q: QuotedSpan) -> Speaker? {
        guard let open = q.open, let last = found.lastIndex(where: { $0.holdsMarks && $0.last < q.first }), let s = found[last].speaker else { return nil }
        if open - found[last].last <= 8 { return s }
        guard text.paragraphStart[open], open > 0, text.isSentenceEnd(open - 1), let cue = found[last].cue, found[last].last < cue.lowerBound,
              !found[(last + 1)...].contains(where: { $0.first > cue.upperBound }),
              !((cue.upperBound + 1)..<(open - 1)).contains(where: { text.isSentenceEnd($0) || text.paragraphStart[$0] }) else { return nil }
        return s
    }
}
