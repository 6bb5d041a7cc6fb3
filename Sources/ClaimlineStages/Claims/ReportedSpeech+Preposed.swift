import ClaimlineCore
import ClaimlineRules

/// Content before its reporting clause (`CONTENT, X said.`) and the appositions that answer it.
extension AttributionFinder {
    /// `CONTENT, X said.` / `CONTENT, said X.`: the content before the comma.
    func preposedContent(cue c: Int, floor: Int, ceiling: Int) -> (last: Int, speaker: Phrase?)? {
        let end = cueEnd(c)
        // "The barangay captain, Jonathan Dalimbang, was more cautious.": a cue that opens with "be" follows its subject.
        if text.markerKind(c) == .auxiliary { return nil }
        if c - 1 > floor, text.isPunct(c - 1, ",") {
            // "…, saying its fighters remained in position": a participle's speaker is never after it;
            // nor a denial's, whose phrase after it is its object ("…, rejected the army's account").
            if text.endsInIng(c) || text.cueRule(c)?.implies == .denial { return nil }
            // "…, responds to these accusations", "…, asked to address the court": a verb's
            // preposition or infinitive; no speaker stands after it.
            // (A date may stand first: "…, said on Monday the spokesman".)
            if end + 1 < ceiling, reader.isPreposition(end + 1) || text.markerKind(end + 1) == .infinitive,
               text.date[end + 1] < 0 && text.date[end + 2] < 0 { return nil }
            let p = reader.after(end + 1, limit: ceiling)
            // "…, said Brian Baker, a Republican strategist who …": a name's apposition may run on.
            // The phrase may hold the apposition already, when it names a role ("a longtime adviser to …").
            // "…, said a local official who asked not to be named": a relative clause describes the speaker.
            let apposition = p.map { ($0.kind == .person || $0.kind == .named) && $0.extent.upperBound < ceiling
                && (text.isPunct($0.extent.upperBound + 1, ",") || text.isPunct($0.last + 1, ","))
                || describedByRelative($0.extent.upperBound, ceiling: ceiling) } ?? false
            let phraseEnd = p.map { $0.extent.upperBound } ?? end
            guard apposition || endsSoon(after: phraseEnd, ceiling: ceiling, commaEnds: false) else { return nil }
            // "The spokesman, Abu Obeida, said the fighters were safe": a verb after the phrase
            // makes it a clause's subject, and the words before the comma the speaker's aside.
            guard apposition || !verbSoon(after: phraseEnd, ceiling: ceiling), !subjectWithAside(floor: floor, comma: c - 1) else { return nil }
            // "Residents of Gangaol, for their part, report civilian victims": the subject and an
            // adverbial aside, then the verb and its object.
            if !apposition, let open = adverbialAside(before: c, floor: floor), open - 1 >= floor,
               let subject = reader.before(open - 1, floor: floor), subject.extent.lowerBound == floor { return nil }
            // "…, his spokesperson, Farrukh Zaman, said.": nothing after the verb; a name, and the
            // role in apposition before it, stand between the content's comma and the verb's.
            if p == nil, c - 2 > floor, let name = reader.before(c - 2, floor: floor), name.extent.upperBound == c - 2,
               name.kind == .person || name.kind == .named {
                var start = name.extent.lowerBound
                if start - 2 > floor, text.isPunct(start - 1, ","), let role = reader.before(start - 2, floor: floor), role.kind == .role,
                   role.extent.upperBound == start - 2 { start = role.extent.lowerBound }
                if let comma = comma(before: start, floor: floor) { return (comma - 1, name) }
            }
            return c - 2 >= floor ? (c - 2, p) : nil
        }
        // The few tokens after the cue are tested before the phrase before it is read: most fail.
        // After a speaker before the verb, five ("told Reuters on condition of anonymity").
        guard endsSoon(after: end, ceiling: ceiling, reach: 5) else { return nil }
        // "Sen. Lindsey Graham (R-S.C.) told …": the name before a parenthesis closing at the verb.
        var speakerEnd = c - 1
        // "…, a claim the government strongly rejected": not the adverb.
        if speakerEnd > floor, text.isAdverbInLy(speakerEnd) { speakerEnd -= 1 }
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
        // "He said the accounts …, some of whom, he said, had been told …": an aside in a
        // relative clause of words already reported restates who says them; no report of its own.
        if comma > floor, text.words.relatives.contains(text.hashes[comma - 1]),
           case let sentence = text.sentenceRange(c).lowerBound,
           latestReport({ r in r.cue.map { $0.lowerBound >= sentence && $0.upperBound < comma } ?? false }) != nil { return nil }
        // "Contacted by Salween Post, AA spokesman X rejected the denial": an opening participle's
        // phrase with no verb of its own is no content.
        if text.endsInEd(floor) || text.endsInIng(floor),
           !((floor + 1)..<max(floor + 1, comma)).contains(where: { text.isFiniteVerb($0) || text.endsInEd($0) || text.words.irregularPast.contains(text.hashes[$0]) }) {
            return nil
        }
        // "Later on Tuesday, the ministry said …": a phrase of time alone is no content.
        if (floor..<comma).allSatisfy({ text.date[$0] >= 0 || text.words.datePrepositions.contains(text.hashes[$0]) || text.markerKind($0) == .adverb
            || text.words.timeAdverbs.contains(text.hashes[$0]) }) { return nil }
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
        // "…, two security sources said, in the latest attack claimed by the group": a preposition,
        // no verb to the end of the sentence and a passive source there make an aside too (not
        // "…, Mr. Marous said, from an estimated $470 million this year").
        let aside = k + 1 <= ceiling && (text.endsInIng(k + 1) || text.words.subordinators.contains(text.hashes[k + 1])
            || k > end + 1 && (reader.isDeterminer(k + 1) || reader.isPreposition(k + 1) || reader.isQuantifier(k + 1))
            || reader.isPreposition(k + 1) && k + 2 <= ceiling && !(k + 2...ceiling).contains(where: { text.isFiniteVerb($0) })
                && (k + 2...ceiling).contains(where: { text.cueKinds[$0] == .passive })
            || k + 2 <= ceiling && reader.isDeterminer(k + 1) && isReportNoun(k + 2))
        // "…, the agency said, and Mr. X told AFP …": "and" after the clause opens a sentence of its own.
        if k < ceiling && text.isPunct(k, ",") && !text.isSentenceEnd(k + 1) && text.tokens[k + 1].kind == .word
            && !text.isCapitalised(k + 1) && text.cue[k + 1] < 0 && !aside && !text.isWord(k + 1, text.words.and) { return (lastContent(ceiling), p) }
        return (comma - 1, p)
    }

    /// "who" right after the phrase ending at `last`, or after its comma.
    private func describedByRelative(_ last: Int, ceiling: Int) -> Bool {
        guard last + 1 <= ceiling else { return false }
        let k = text.isPunct(last + 1, ",") ? last + 2 : last + 1
        return k <= ceiling && text.isWord(k, text.words.who)
    }

    /// "Russia said its forces had captured the village, a claim Kyiv denied", "Y, the UN
    /// said, an accusation Mali rejected": a report whose content, or whose cue after its
    /// content, ends at the comma before a determiner and a reporting noun. What the
    /// apposition answers is that content, not the report of it.
    func appositiveReport(endingAt last: Int, floor: Int) -> Int? {
        let comma = last + 1
        guard comma + 2 < text.count, text.isPunct(comma, ","), reader.isDeterminer(comma + 1), isReportNoun(comma + 2) else { return nil }
        return report(endingAt: last, floor: floor)
    }

    /// "Chad said its troops had killed him, but the claim has not been confirmed by France":
    /// the report a clause after its comma (and "but" or "and") answers, when its subject is a
    /// determiner and a reporting noun and only auxiliaries, negators and adverbs stand
    /// between them and the passive's cue at `c`.
    func reportAnsweredByPassive(cue c: Int, floor: Int) -> Int? {
        var h = c - 1
        while h > floor && (text.markerKind(h) == .auxiliary || text.markerKind(h) == .negator || text.markerKind(h) == .adverb
                            || text.words.isFinite(text.hashes[h])) { h -= 1 }
        guard h - 2 > floor, h < c - 1, isReportNoun(h), reader.isDeterminer(h - 1) else { return nil }
        var comma = h - 2
        if text.isWord(comma, text.words.but) || text.isWord(comma, text.words.and) { comma -= 1 }
        guard comma > floor, text.isPunct(comma, ",") else { return nil }
        return report(endingAt: comma - 1, floor: floor)
    }

    /// The latest indirect report whose content, or whose cue after its content, ends at `last`.
    private func report(endingAt last: Int, floor: Int) -> Int? {
        latestReport { report in
            guard !report.direct, report.first >= floor else { return false }
            if report.last == last { return report.first > floor }
            return report.cue.map { $0.upperBound == last && report.last < $0.lowerBound } ?? false
        }
    }

    /// A reporting cue ("a claim") or a noun for what was said ("an accusation") at `k`.
    func isReportNoun(_ k: Int) -> Bool {
        text.cueKinds[k] == .speech || text.words.reportNouns.contains(text.hashes[k]) || text.words.countNouns.contains(text.hashes[k])
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
    func isGerund(_ t: Int) -> Bool {
        text.tokens[t].kind == .word && !text.isCapitalised(t) && text.endsInIng(t) && text.tokens[t].view.length > 5
            && !text.words.notGerunds.contains(text.hashes[t])
    }

    /// The comma right before the phrase starting at `first`, or before a determiner or a
    /// number that the phrase leaves out.
    private func comma(before first: Int, floor: Int) -> Int? {
        var k = first - 1
        // "…, former White House spokesman says": a plain word the phrase leaves out before a name.
        while k > floor && first - k <= 2 && text.tokens[k].kind == .word
                && (reader.isDeterminer(k) || reader.isQuantifier(k)
                    || reader.isNamePart(first) && reader.isModifier(k) && !text.isCapitalised(k) && text.cue[k] < 0) { k -= 1 }
        // "…, one of the soldiers said.": a count and its "of".
        if k - 1 > floor && reader.isCountOf(k - 1) { k -= 2 }
        // "…, as the French claimed."
        if k > floor && text.isWord(k, text.words.as) { k -= 1 }
        // "…, a claim the group denied.": a reporting noun in apposition to the content.
        if k - 1 > floor && isReportNoun(k) && reader.isDeterminer(k - 1) { k -= 2 }
        return k > floor && text.isPunct(k, ",") ? k : nil
    }

    /// Only a few words ("on Friday", "last week") stand between `end` and the end of the
    /// sentence or the next comma: the reporting clause closes the sentence. A name counts as
    /// one word ("told The Huffington Post on Thursday").
    func endsSoon(after end: Int, ceiling: Int, commaEnds: Bool = true, reach: Int = 4) -> Bool {
        var k = end + 1, words = 0
        // "…, a claim the government rejected as “propaganda”": what the verb called it.
        if k + 2 <= ceiling, text.isWord(k, text.words.as), text.isPunct(k + 1, "\""),
           let close = ((k + 2)...min(ceiling, k + 6)).first(where: { text.isPunct($0, "\"") }) {
            k = close + 1
        }
        var given = false
        while k <= ceiling && !text.isSentenceEnd(k) && !(commaEnds && text.isPunct(k, ",")) {
            // "…, JNIM said in a statement (posted on Telegram).": where the words were given,
            // counted as no word, and the participle of its making; not "…in a statement that …".
            if !given && text.cueKinds[k] == .statement {
                given = true
                k += max(1, Int(text.cueLength[k]))
                if k <= ceiling && text.words.issuedBy.contains(text.hashes[k]) { k += 1 }
                continue
            }
            if given && text.isWord(k, text.words.that) { return false }
            if text.cue[k] >= 0 || text.predicate[k] >= 0 || text.isPunct(k, "\"") || text.isPunct(k, ":") { return false }
            if !(k > end + 1 && text.isCapitalised(k) && text.isCapitalised(k - 1)) { words += 1 }
            if words > reach { return false }
            k += 1
        }
        // "…, Havel said in a statement, ``Never …''": a statement's comma introduces its words.
        // (Read past `ceiling`: the reading stops before a quote.)
        guard given, k + 1 < text.count, text.isPunct(k, ",") else { return true }
        let mark = text.v[text.tokens[k + 1].view.start]
        return mark != "\"" && mark != "'" && mark != "`"
    }
}
