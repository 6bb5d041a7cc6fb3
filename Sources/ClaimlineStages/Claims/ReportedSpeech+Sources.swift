import ClaimlineCore
import ClaimlineRules

/// Reports whose speaker a cue of its own kind names: "according to X", a statement's
/// header, a passive "by X".
extension AttributionFinder {
    /// `According to X, CONTENT.` or `CONTENT, according to X.` `issuer`: where X is a statement
    /// and who issued it ("according to a statement published on Sunday by Amaq"), the last token
    /// of the words naming them, whose participle reports nothing of its own.
    func according(_ c: Int, floor: Int, ceiling: Int) -> (first: Int, last: Int, speaker: Phrase?, issuer: Int?)? {
        let end = cueEnd(c)
        let opensSentence = c == floor || (c > floor && text.tokens[c - 1].kind == .punctuation && !text.isPunct(c - 1, ","))
        var source = reader.after(end + 1, limit: ceiling)
        var issuer: Int? = nil
        // "According to exit polls, …", "according to a campaign aide.": the words up to the comma
        // or the stop (not after a one-word cue inside a sentence: "Trump, at the forum, cited problems").
        // A phrase read past the comma is an apposition only when a mark closes it: in "According
        // to a senior official, John Smith was killed" the name is the content's subject.
        if end > c || opensSentence, let stop = sourceStop(after: end, ceiling: ceiling, opening: opensSentence),
           source.map({ $0.extent.upperBound + 1 < stop || !closesApposition($0.extent.upperBound + 1, ceiling: ceiling) }) ?? true {
            var last = stop - 1
            // "according to a joint statement received today by ANI": the statement is the source;
            // who received or carried it passed it on.
            let u = ((end + 1)..<last).first(where: { text.markerKind($0) == .utterance })
            if !opensSentence, let u, text.words.receivedBy.contains(text.hashes[u + 1]) { last = u }
            // "according to a statement published on Sunday by its propaganda agency Amaq": the
            // known organisation or person who published or issued it (else the whole phrase).
            if let u, let by = publishingBy(after: u, before: last),
               let agent = reader.analyse((by + 1)...last), agent.entity != nil {
                issuer = last
                source = agent
            } else {
                source = reader.analyse((end + 1)...last) ?? (last == end + 1 ? reader.bareNoun(end + 1) : source)
            }
            // "According to reports from the area, …": a noun for what was said is the source
            // (itself a reporting cue, no phrase reads it).
            if source == nil, isReportNoun(end + 1) || text.markerKind(end + 1) == .utterance {
                source = Phrase(kind: .common, first: end + 1, last: last, extent: (end + 1)...last)
            }
        }
        guard let p = source else { return nil }
        // "citing military sources" names a source; "citing the collapse of the talks" a reason,
        // and so does a name's common noun ("citing Justice Department policy").
        if end == c && !(p.kind == .person || p.kind == .named && !reader.isReason(p) || p.kind == .role) { return nil }
        let after = p.extent.upperBound + 1
        if opensSentence {
            if after + 1 <= ceiling, text.isPunct(after, ",") {
                // "According to the SITE Intelligence Group, which monitors jihadist websites, the
                // group said …": the content starts after a relative aside on the source.
                if text.words.relatives.contains(text.hashes[after + 1]), let close = asideClose(from: after + 2, ceiling: ceiling) {
                    return (close + 1, lastContent(ceiling), p, issuer)
                }
                // "According to the group's statement, carried by the SITE Intelligence Group, the
                // hostages …": after an aside on who passed the source on.
                // So after a participle's aside ("According to the briefing, read out on state television by …, Russian troops …").
                if text.cueKinds[after + 1] == .relay
                    || (isParticiple(after + 1) || text.words.issuedBy.contains(text.hashes[after + 1])) && !text.isCapitalised(after + 1) && text.cue[after + 1] < 0,
                   let close = asideClose(from: after + 2, ceiling: ceiling) {
                    return (close + 1, lastContent(ceiling), p, issuer)
                }
                // "According to the Syrian Observatory for Human Rights, a Britain-based war
                // monitor, at least 25 …": after an apposition that describes the source, with no
                // verb or number and a singular noun at its end ("a total of 20 soldiers, five …" is content).
                if text.isIndefiniteArticle(after + 1), let close = asideClose(from: after + 2, ceiling: ceiling), close + 1 <= ceiling,
                   !reader.endsInPluralS(close - 1),
                   !((after + 2)..<close).contains(where: { text.isFiniteVerb($0) || text.cue[$0] >= 0 || text.tokens[$0].kind == .number }) {
                    return (close + 1, lastContent(ceiling), p, issuer)
                }
                return (after + 1, lastContent(ceiling), p, issuer)
            }
            // After a dash "according to X" may close what came before it.
            guard c > floor, text.isDash(c - 1) else { return nil }
        }
        // "…, according to X" and "… — according to X": the content before the comma or dash.
        if c - 1 > floor, text.dashGap(after: c - 1) != nil { return (floor, c - 1, p, issuer) }
        guard c - 1 > floor, text.isPunct(c - 1, ",") || text.isDash(c - 1) else { return nil }
        // "The militants, according to witnesses, arrived on motorcycles": between a subject and
        // its verb, the aside reports the whole clause, as "The town, officials say, has fallen" does.
        if text.isPunct(c - 1, ","), after + 1 <= ceiling, text.isPunct(after, ","), text.tokens[after + 1].kind == .word,
           !text.isCapitalised(after + 1), text.cue[after + 1] < 0, !reader.isDeterminer(after + 1), !reader.isPreposition(after + 1),
           !text.endsInIng(after + 1), !text.words.subordinators.contains(text.hashes[after + 1]), !text.isWord(after + 1, text.words.and),
           !(floor..<(c - 1)).contains(where: { text.isFiniteVerb($0) || text.cue[$0] >= 0 || text.tokens[$0].kind == .punctuation }) {
            return (floor, lastContent(ceiling), p, issuer)
        }
        // "The agency, citing a police source, said …": between a subject and its verb of speech,
        // the aside is part of that verb's report (its chain names the source); the subject alone reports nothing.
        if text.isPunct(c - 1, ","), after + 1 <= ceiling, text.isPunct(after, ","), speechVerb(from: after + 1, ceiling: ceiling) { return nil }
        // "The paper reported yesterday, citing two employees, that …": an aside between a verb
        // and its "that" names the verb's source; it reports nothing of its own.
        if text.isPunct(c - 1, ","), after + 1 <= ceiling, text.isPunct(after, ","), text.isWord(after + 1, text.words.that),
           (max(floor, c - 6)..<(c - 1)).contains(where: { text.cueKinds[$0] == .speech }) { return nil }
        // "an attack … in which, according to a local priest, a chapel was burned": after a relative
        // pronoun, the aside reports the relative clause that follows it.
        if text.isPunct(c - 1, ","), c - 2 >= floor, text.words.relatives.contains(text.hashes[c - 2]), after + 1 <= ceiling, text.isPunct(after, ",") {
            // Up to a clause that ", while" or ", but" opens.
            var last = lastContent(ceiling)
            if let comma = ((after + 2)..<max(after + 2, last)).first(where: { text.isPunct($0, ",")
                && (text.words.subordinators.contains(text.hashes[$0 + 1]) || text.isWord($0 + 1, text.words.but)) }) { last = comma - 1 }
            return (after + 1, last, p, issuer)
        }
        // "On January 27, according to residents, a military jet bombed …": after an opening phrase
        // of time, the aside reports the clause that follows it.
        if text.isPunct(c - 1, ","), after + 1 <= ceiling, text.isPunct(after, ","), c - 1 > floor,
           (floor..<(c - 1)).allSatisfy({ text.date[$0] >= 0 || (text.date[$0 + 1] >= 0 && text.words.datePrepositions.contains(text.hashes[$0])) }) {
            return (after + 1, lastContent(ceiling), p, issuer)
        }
        return (floor, c - 2, p, issuer)
    }

    /// "ISWAP claimed it had killed 15 soldiers, according to a statement carried by the
    /// group's Amaq news agency": a statement whose issuer is not named is that of the report
    /// it holds, whose speaker issued it: the first, not one its words report ("AQIM has
    /// confirmed the death of X, whom French forces said they had killed, according to a statement").
    func reportIssuing(_ source: Phrase?, within content: ClosedRange<Int>) -> Speaker? {
        guard let source, source.entity == nil, source.kind == .common, text.markerKind(source.last) == .utterance,
              var inner = latestReport({ a in
                  a.cue.map { content.contains($0.lowerBound) } ?? false && content.contains(a.first) && content.contains(a.last)
              }) else { return nil }
        while let outer = found[inner].parent, let cue = found[outer].cue, content.contains(cue.lowerBound) { inner = outer }
        return found[inner].speaker?.restated(rule: "speaker.utterance_issuer")
    }

    /// Whether a verb of speech stands at `k`, past a date and adverbs ("…, on Monday said").
    private func speechVerb(from k: Int, ceiling: Int) -> Bool {
        var v = k
        while v < ceiling && (text.date[v] >= 0 || text.markerKind(v) == .adverb) { v += 1 }
        return text.cueKinds[v] == .speech
    }

    /// Whether token `k` closes an apposition: punctuation or the end of the sentence.
    private func closesApposition(_ k: Int, ceiling: Int) -> Bool {
        k > ceiling || text.tokens[k].kind == .punctuation
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
    /// lead to it (a reporting noun among them: "according to a statement from the ministry,"),
    /// or, `opening` the sentence, up to twenty-four when a word for a statement or report
    /// stands among the first four ("According to a statement released by the group's media arm
    /// on Telegram on Sunday, …"; at the end of a sentence the date of such a long source is
    /// more often the report's own, unless the participle of who published it follows the word).
    private func sourceStop(after end: Int, ceiling: Int, opening: Bool) -> Int? {
        // Closing it, such a source reaches as far only when who made the statement public
        // follows ("…, according to a statement published on Sunday by its agency Amaq").
        let reach = end + 1 <= ceiling
            && ((end + 1)...min(ceiling, end + 4)).contains(where: {
                opening ? text.markerKind($0) == .utterance || isReportNoun($0)
                    : text.markerKind($0) == .utterance && $0 < ceiling && text.words.issuedBy.contains(text.hashes[$0 + 1]) })
            ? Self.statementSourceReach : 10
        var k = end + 1
        while k <= ceiling && k - end <= reach && (text.tokens[k].kind == .word || text.tokens[k].kind == .number || reader.isPossessiveMark(k)) { k += 1 }
        guard k > end + 1, k - end <= reach else { return nil }
        // Not "…, according to an audio message posted on the group's Twitter account on Saturday":
        // a long closing source names who published it.
        if !opening && k - end > 10 && !((end + 1)..<k).contains(where: { text.isWord($0, text.words.by) }) { return nil }
        return k > ceiling || text.isPunct(k, ",") || text.isSentenceEnd(k) ? k : nil
    }

    /// Longest source of "according to" that names a statement, in tokens.
    static let statementSourceReach = 24

    /// "From the office of X:" — the statement runs from the colon to the end of the text, or
    /// to the next header: a long document of many statements gives each its own.
    func header(_ c: Int, end: Int) -> (first: Int, last: Int, speaker: Phrase?)? {
        guard let colon = headerColon(after: end) else { return nil }
        var last = nextHeaderStart(after: colon) - 1
        // "16:58 Statement from the interior ministry: it says …": words on the header's own
        // line are the statement's in brief, to the paragraph's end; a statement that opens the
        // next paragraph runs on to the next header.
        if !text.paragraphStart[colon + 1], let next = ((colon + 1)...max(colon + 1, last)).first(where: { text.paragraphStart[$0] }) {
            last = min(last, next - 1)
        }
        // "rated this statement by Trump on June 11:": a header inside a sentence (lower-case
        // words before it on its line) introduces the paragraph after the colon, not the rest.
        var lineFirst = c
        while lineFirst > 0 && c - lineFirst < 40 && !text.paragraphStart[lineFirst] && !text.lineBreak(after: lineFirst - 1) { lineFirst -= 1 }
        let inSentence = (lineFirst..<c).contains { text.isWord($0) && !text.isCapitalised($0) }
        if inSentence, let next = ((colon + 2)...max(colon + 2, last)).first(where: { text.paragraphStart[$0] }) {
            last = min(last, next - 1)
        }
        // "“Statement of the General Command: … receive.”": a header inside quote marks ends at
        // the mark that closes a paragraph, not at the end of the write-up around it; so does
        // a statement whose paragraph opens with a quote mark.
        let quoteOpens = text.paragraphStart[colon + 1] && text.flags[colon + 1].contains(.quoteMark)
        if c > 0 && text.flags[c - 1].contains(.quoteMark) || quoteOpens,
           let close = ((colon + 1)...max(colon + 1, last)).first(where: { k in
               k <= last && text.flags[k].contains(.quoteMark) && text.isSentenceEnd(k - 1) && (k + 1 >= text.count || text.paragraphStart[k + 1])
           }) {
            last = quoteOpens ? close : close - 1
        }
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
        guard colon < text.count, text.isPunct(colon, ":"), colon + 1 < text.count, !text.isTimeColon(colon) else { return nil }
        return colon
    }

    /// "the latest attack claimed by …": the lower-case noun and the determiner and modifiers before
    /// the participle at `c`, when no form of "be" or "have" stands before it.
    func nounBefore(participle c: Int, floor: Int) -> ClosedRange<Int>? {
        let last = c - 1
        guard last > floor, text.tokens[last].kind == .word, !text.isCapitalised(last), text.markerKind(last) == nil,
              !text.isFiniteVerb(last), !reader.isPreposition(last), text.cue[last] < 0 else { return nil }
        var first = last
        while first - 1 > floor && last - first < 5 && (reader.isModifier(first - 1) || reader.isDeterminer(first - 1))
                && text.cue[first - 1] < 0 && !text.isFiniteVerb(first - 1) { first -= 1 }
        return first...last
    }

    /// "announced 14th March by the Malian army": the source after "by", a few tokens on.
    func passiveSource(after end: Int, ceiling: Int) -> Phrase? {
        // "said he rated … by the size": a clause follows the verb; "by" belongs to it.
        if end + 1 <= ceiling, text.isWord(end + 1, text.words.that) || text.markerKind(end + 1) == .pronounPerson
            || text.markerKind(end + 1) == .pronounGroup { return nil }
        // Buffer reads: asked at every reporting verb, and "by" follows few of them.
        let by = text.words.by, that = text.words.that
        let found: Int? = text.hashes.withUnsafeBufferPointer { hashes in
        text.flags.withUnsafeBufferPointer { flags in
        text.cue.withUnsafeBufferPointer { cue in
        text.predicate.withUnsafeBufferPointer { predicate in
            var k = end + 1, steps = 0
            while k <= ceiling && steps < 8 {
                if hashes[k] == by { return k }
                // "told reporters that the ship seen by the group …": "that" opens the clause the "by" is in.
                if hashes[k] == that { return nil }
                // A quote mark opens the words reported ("said: “I am honored by …”"): a "by" in them is theirs.
                if flags[k].contains(.sentenceEnd) || flags[k].contains(.quoteMark) || cue[k] >= 0 || predicate[k] >= 0 { return nil }
                // "said the panel might be damaged by the move": a verb of its own opens a clause, "by" is its.
                if text.isFiniteVerb(k) { return nil }
                k += 1; steps += 1
            }
            return nil
        }}}}
        guard let k = found else { return nil }
        // "said the tax breaks used by Trump do nothing": a participle's "by" after the noun it
        // describes belongs to that noun, not to the verb of speech (unless the noun is one of
        // speech, whose source "by" names: "denied allegations made by rights groups").
        if k - 2 > end, !text.isCapitalised(k - 1), text.endsInEd(k - 1) || text.words.irregularPast.contains(text.hashes[k - 1]),
           text.isWord(k - 2), !text.isFiniteVerb(k - 2), !isReportNoun(k - 2), text.markerKind(k - 2) != .utterance { return nil }
        // "say the program, run by the ministry, has …": a noun after the verb with an aside of
        // its own is the subject of a clause, and "by" is the aside's.
        if text.markerKind(end + 1) == .determiner, k > end + 2, text.holdsPunct(",", in: (end + 2)...(k - 1)) { return nil }
        guard let source = reader.after(k + 1, limit: ceiling) else { return nil }
        // Nor without the commas when the clause's verb follows the source ("said the ship named
        // by the group was safe").
        let next = source.extent.upperBound + 1
        if text.markerKind(end + 1) == .determiner, next <= ceiling, text.opensVerb(next) { return nil }
        return source
    }
}
