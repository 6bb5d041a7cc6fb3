import ClaimlineCore
import ClaimlineRules

/// Where a reporting verb's content starts after it: "that …", a bare clause, a colon's
/// statement or list, an infinitive.
extension AttributionFinder {
    /// The first token of the reported content: "that …" (kept, as annotators keep it), or a
    /// clause right after the verb ("said the group would …"), or for a verb that denies or
    /// admits (`gerund`) the act it names ("denied capturing the town"). Nil when none follows.
    func complement(after end: Int, ceiling: Int, relay: Bool, gerund: Bool = false, datedObject: Bool = false,
                    eventObjects: Bool = false) -> Int? {
        var k = end + 1
        // "told reporters the operation had …": a plain plural noun is the one told too.
        // "told us peacekeepers had …": an object pronoun is the one told, alone.
        if relay, k < ceiling, text.words.objectPronouns.contains(text.hashes[k]), !text.isCapitalised(k) {
            k += 1
        } else if relay, k <= ceiling, let target = reader.after(k, limit: ceiling, describedName: true) ?? (reader.isPlural(k) ? reader.bareNoun(k) : nil) {
            k = target.extent.upperBound + 1
            // "told MSNBC's "Morning Joe" that …": the programme's title after the outlet.
            if let close = quotedTitleEnd(from: k, ceiling: ceiling) { k = close + 1 }
            // "told The Associated Press by phone the group …": how it was said.
            if k + 1 <= ceiling, text.isWord(k, text.words.by), text.words.means.contains(text.hashes[k + 1]) { k += 2 }
            // "told reporters peacekeepers had …": of two plural nouns read as one, the first was told,
            // the second is the clause's subject.
            if k <= ceiling, text.opensVerb(k), target.extent.count == 2, case let first = target.extent.lowerBound,
               !text.isCapitalised(first), reader.endsInPluralS(first), reader.endsInPluralS(first + 1), text.entity[first + 1] < 0 { k = first + 1 }
            // "Local sources quoted by AFP gave a third version", "Residents speaking to reporters
            // said": the relay describes the noun before it, whose own verb follows.
            if k <= ceiling, !text.isCapitalised(k),
               text.isFiniteVerb(k) || text.words.irregularPast.contains(text.hashes[k]) || text.endsInEd(k) || text.cueKinds[k] == .speech {
                return nil
            }
        } else if relay, let medium = plainMedium(from: k, ceiling: ceiling) {
            k = medium + 1
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
        // "a claim that could not be verified", "the report that was published": after a noun
        // of speech, "that" and its verb open a relative clause, not what was said.
        if k == end + 1, end > 0, reader.isDeterminer(end - 1), text.isWord(k, text.words.that), closesClause(k) { return nil }
        if gerund, k == end + 1, k + 1 <= ceiling, isGerund(k) { return k }
        // "said on Twitter it had …", "said in a statement the group would …": where the words
        // were given stands before the clause, as a date does (and a date may follow it).
        var lead = end + 1
        var framed = !relay && k == lead && text.cueKinds[k] == .statement
        if framed { k += max(1, Int(text.cueLength[k])); lead = k }
        // "said in a message to reporters the fighters had …": to whom, as after "told".
        if !relay, k == lead, let to = relayFrame(at: k, ceiling: ceiling) { k = to; lead = k; framed = true }
        guard k <= ceiling else { return nil }
        // "said in a statement posted on Telegram.": the participle describes the statement.
        if framed, text.words.issuedBy.contains(text.hashes[k]) { return nil }
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
        // "announced Hamaha's death.", "confirmed the leader's death": an announcing, confirming or
        // denying verb's short object naming an event is what it states.
        if eventObjects, k == end + 1, eventObject(from: k, ceiling: ceiling) { return k }
        // "said afterwards she would …", "said later the group had …", "said later in the day he
        // was …": an adverb before a bare clause, or before a phrase of time and one.
        if k == end + 1, !relay, k + 1 <= ceiling, text.words.reportAdverbs.contains(text.hashes[k]),
           !text.isCapitalised(k), text.isWord(k + 1), !text.isFiniteVerb(k + 1) {
            k += 1
            framed = true
            if text.words.frameOpeners.contains(text.hashes[k]) {
                guard let clause = pronounClause(afterFrame: k, ceiling: ceiling) else { return nil }
                k = clause
            }
        }
        // "said after the meeting he expected …": a phrase of time or place between the verb and
        // a bare clause whose subject is a pronoun.
        if k == end + 1, !relay, text.words.frameOpeners.contains(text.hashes[k]), let clause = pronounClause(afterFrame: k, ceiling: ceiling) {
            k = clause
            framed = true
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
        // "warned France against further intervention": a name after a verb that addresses
        // someone is whom it addresses, unless a verb follows ("warned France would pay").
        if text.words.addressing.contains(text.hashes[end]), text.entity[k] >= 0 || reader.isNamePart(k),
           !verbSoon(after: k, ceiling: ceiling) { return nil }
        // "maintained ANI this morning: «…»" introduces a quote; it reports no clause of its own
        // (a clause with its verb before the colon is one: "said the mujahideen were "ready":",
        // and so is one before another speaker's colon: "announced the killing of X, and we say to them: …").
        if let colon = (k...min(ceiling, k + 14)).first(where: { text.isPunct($0, ":") }),
           !(k..<colon).contains(where: { text.isFiniteVerb($0) && !text.isCapitalised($0) && text.date[$0] < 0
               || text.cue[$0] >= 0 && $0 > k && isPronoun($0 - 1) }) { return nil }
        return k
    }

    /// The pronoun opening a clause (its verb next, "he expected") within eight words after the
    /// preposition at `k`, past words that are neither verbs nor cues.
    private func pronounClause(afterFrame k: Int, ceiling: Int) -> Int? {
        var j = k + 1
        while j < min(ceiling, k + 9) && text.tokens[j].kind == .word && text.cue[j] < 0 {
            let kind = text.markerKind(j)
            if j > k + 1, kind == .pronounPerson || kind == .pronounGroup, text.tokens[j + 1].kind == .word, !text.isCapitalised(j + 1),
               text.isFiniteVerb(j + 1) || text.endsInEd(j + 1) || text.words.irregularPast.contains(text.hashes[j + 1]) { return j }
            if text.isFiniteVerb(j) && !text.isCapitalised(j) { return nil }
            j += 1
        }
        return nil
    }

    /// Two to five words from `k`, a determiner, quantifier or name first, a predicate among them and no
    /// other cue, that the sentence end or a comma closes.
    private func eventObject(from k: Int, ceiling: Int) -> Bool {
        guard reader.isDeterminer(k) || reader.isQuantifier(k) || reader.isPossessive(k) || text.entity[k] >= 0 || reader.isNamePart(k) else { return false }
        var j = k, event = false
        while j <= ceiling && j - k < 5 && (text.tokens[j].kind == .word || reader.isPossessiveMark(j) || reader.isPluralPossessive(j)) {
            if text.predicate[j] >= 0 { event = true }
            if text.cue[j] >= 0 { return false }
            j += 1
        }
        return event && j > k + 1 && (j > ceiling || text.isSentenceEnd(j) || text.isPunct(j, ","))
    }

    /// The closing mark of a title in straight quote marks opening at `k`: at most six words,
    /// the first capitalised.
    private func quotedTitleEnd(from k: Int, ceiling: Int) -> Int? {
        guard k + 2 <= ceiling, text.isPunct(k, "\""), text.isCapitalised(k + 1) else { return nil }
        var j = k + 1
        while j <= min(ceiling, k + 7) && text.isWord(j) { j += 1 }
        return j <= ceiling && j > k + 1 && text.isPunct(j, "\"") ? j : nil
    }

    /// "told national radio he had …", "told state television that …": the last of one or two
    /// plain lower-case words that "that" or a pronoun follows.
    private func plainMedium(from k: Int, ceiling: Int) -> Int? {
        var j = k
        while j <= min(ceiling, k + 1) && reader.isModifier(j) && !text.isCapitalised(j) && text.cue[j] < 0 && !reader.isDeterminer(j) { j += 1 }
        guard j > k, j < ceiling else { return nil }
        let opens = text.isWord(j, text.words.that) || text.markerKind(j) == .pronounPerson || text.markerKind(j) == .pronounGroup
        return opens ? j - 1 : nil
    }

    /// After a verb that addresses someone, "warned the population that the situation …": a
    /// determiner and a plain noun or two, then "that" opening a clause with a subject of its
    /// own (not "a shooting rampage that left …", a relative clause).
    private func addressedThat(from k: Int, ceiling: Int) -> Bool {
        var j = k + 1
        // "the families", "the national and international community", "the Malian and French governments".
        while j <= ceiling && j - k <= 5 && text.isWord(j) && !text.isWord(j, text.words.that) && text.cue[j] < 0 && !text.isFiniteVerb(j) { j += 1 }
        guard j > k + 1, j + 2 <= ceiling, text.isWord(j, text.words.that) else { return false }
        // The clause's subject: a determiner, a pronoun, a name or a number; or a phrase of
        // time or place before it ("that on 12 January, a unit was attacked").
        let s = j + 1
        return reader.isDeterminer(s) || text.markerKind(s) == .pronounPerson || text.markerKind(s) == .pronounGroup
            || text.isCapitalised(s) || text.tokens[s].kind == .number || text.words.frameOpeners.contains(text.hashes[s])
            || text.markerKind(s) == .role || (reader.isModifier(s) && !text.isFiniteVerb(s))
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
            var j = k, passed = false, uncounted = 0
            // An aside between dashes, its words not counted and its verbs no clause of the cue's
            // ("told this House in July - it is in the Hansard - that"): where it opened, if one is open.
            var aside: Int? = nil
            // Further than eight words only after an aside closed by a comma or a dash ("says at a stop in Toledo, Ohio, that")
            // or past where the words were given or who carried them ("said in a statement posted
            // on Telegram late on Monday that …", "said in a statement carried by its Amaq news
            // agency that …", the cue's own words not counted); a name counts as one word ("claims
            // by the Islamic State West Africa Province (ISWAP) that"); not past another reporting
            // verb, "told" included.
            // Where the words were given or to whom opens the stretch ("said in a message to the
            // Mauritanian agency Al-Akhbar that", "said, in a statement to AFP, that").
            let lead = k < ceiling && ClaimsText.isPunct(tokens, v, k, ",") ? k + 1 : k
            func givenAt(_ j: Int) -> Bool { j == lead && (text.cueKinds[j] == .statement || text.cueKinds[j] == .relay) }
            // "reported yesterday, citing two employees, that": whom the verb cites, between commas.
            func citedInAside(_ j: Int) -> Bool { text.cueKinds[j] == .according && ClaimsText.isPunct(tokens, v, j - 1, ",") }
            // "confirmed to the state news agency AIM on Monday that": whom it was said to counts as one word.
            // (Read only for a determiner or a name after "to": most are infinitives, "vowed to continue".)
            if lead < ceiling, text.isWord(lead, text.words.to), reader.isDeterminer(lead + 1) || text.isCapitalised(lead + 1),
               let to = reader.after(lead + 1, limit: ceiling, describedName: true) {
                uncounted += to.extent.count - 1
            }
            while j <= ceiling && j - k - uncounted < 12 && !flags[j].contains(.sentenceEnd)
                    && !ClaimsText.isPunct(tokens, v, j, "\"") && (j == k || cue[j] < 0 || carriedBy(j) || givenAt(j) || text.describesMessage(j)
                                                                     || citedInAside(j)) {
                if givenAt(j) || (cue[j] >= 0 && carriedBy(j)) {
                    passed = true
                    uncounted += Int(text.cueLength[j]) - 1
                    j += max(1, Int(text.cueLength[j]))
                    continue
                }
                // (Not "that" after a preposition: "Asked about that account, …" names the account.)
                if hashes[j] == that && aside == nil && (j - k - uncounted < 8 || passed || ClaimsText.isPunct(tokens, v, j - 1, ",") || text.isDash(j - 1))
                    && !closesClause(j) && !(j > k && reader.isPreposition(j - 1)) {
                    // "says Britain wants to see Mugabe removed and that it is working with …": a
                    // "that" after "and" opens a second clause of an outer verb.
                    return j > k && hashes[j - 1] == text.words.and ? nil : j
                }
                // "said 12 soldiers were killed, a toll that …": a clause with a subject and its
                // verb has begun, and a "that" after it is that clause's (not a relative's "who
                // were", nor "17-18 May", nor "X, he said, was that …", whose verb follows a comma).
                if text.isDash(j) || text.dashGap(after: j - 1) != nil {
                    if aside == nil { aside = j } else { aside = nil }
                }
                if let open = aside {
                    if j - open > Self.dashAsideReach { return nil }
                    uncounted += 1
                    j += 1
                    continue
                }
                if j > k && text.isFiniteVerb(j) && text.isWord(j - 1) && !text.isCapitalised(j)
                    && !text.words.relatives.contains(hashes[j - 1]) { return nil }
                if j > k && cue[j] >= 0 { passed = true }
                // A date and its preposition count as one word too ("confirmed to AIM on 19 February that").
                if j > k && (text.isCapitalised(j) && text.isCapitalised(j - 1) || ClaimsText.isPunct(tokens, v, j, "(")
                             || ClaimsText.isPunct(tokens, v, j, ")")
                             || text.date[j] >= 0 && (text.date[j] == text.date[j - 1] || text.words.datePrepositions.contains(hashes[j - 1]))) { uncounted += 1 }
                j += 1
            }
            return nil
        }}}}}
    }

    /// The most tokens an aside between dashes may hold between a verb and its "that".
    static let dashAsideReach = 16

    /// Whether a reporting verb stands in `range`, outside the cues of agencies that carried the
    /// words and of where they were given ("in its annual report").
    private func speechCue(in range: Range<Int>) -> Bool {
        var j = range.lowerBound
        while j < range.upperBound {
            if text.cue[j] >= 0 && (carriedBy(j) || text.cueKinds[j] == .statement) { j += max(1, Int(text.cueLength[j])); continue }
            if text.cueKinds[j] == .speech && !text.describesMessage(j) { return true }
            j += 1
        }
        return false
    }

    /// A relay cue at `j` naming an agency that carried or quoted the words ("carried by", "quoted by").
    func carriedBy(_ j: Int) -> Bool {
        text.cueKinds[j] == .relay && text.tables.cues[Int(text.cue[j])].role == "agency"
    }

    /// "said it could change that.": a "that" the sentence end or a semicolon follows is a
    /// pronoun closing the clause, not the word that opens one (a comma may open an aside:
    /// "said that, if elected, he would").
    /// Nor a relative pronoun, its verb right after it ("blamed for the ambush at Tongo Tongo that
    /// killed four US soldiers").
    private func closesClause(_ that: Int) -> Bool {
        let next = that + 1
        return next >= text.count || text.isSentenceEnd(next) || text.isPunct(next, ";") || text.isPunct(next, ".")
            || text.isPunct(next, ")") || !text.isCapitalised(next) && (text.isFiniteVerb(next) || text.endsInEd(next))
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
        guard let k = stop, k < ceiling, text.isPunct(k, ":"), !text.isTimeColon(k), !text.isPunct(k + 1, "\""), !text.isPunct(k + 1, "'"),
              ceiling - k >= 3 else { return nil }
        return k + 1
    }

    /// The items of a list in the paragraphs after a colon that ends the cue's paragraph
    /// ("said:" or "says that:"), from the first item's first word to the last item's last.
    func listAfterColon(_ end: Int) -> ClosedRange<Int>? {
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
    func isNounAfterDeterminer(_ c: Int, floor: Int) -> Bool {
        var j = c - 1
        // Past modifiers and names ("the latest UN report", "a CBS News report": a name no table lists).
        while j > floor && (reader.isModifier(j) && !reader.isRole(j) || text.entity[j] >= 0 || reader.isNamePart(j) && c - j <= 4) { j -= 1 }
        return j >= floor && (reader.isDeterminer(j) || reader.isQuantifier(j))
    }

    /// The first token of a list item at `p` ("1.", "2)", "-", "•"), or nil.
    private func listItemStart(_ p: Int) -> Int? {
        if text.tokens[p].kind == .number, p + 2 < text.count, text.isPunct(p + 1, ".") || text.isPunct(p + 1, ")") { return p + 2 }
        if p + 1 < text.count, text.isDash(p) || text.isPunct(p, "•") || text.isPunct(p, "*") { return p + 1 }
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
        // `said "mujahideen" had launched …`: a quoted subject and its verb.
        if text.flags[k].contains(.quoteMark), k + 2 <= ceiling,
           let close = ((k + 2)...min(ceiling, k + 10)).first(where: { text.flags[$0].contains(.quoteMark) }), close + 1 <= ceiling,
           text.tokens[close + 1].kind == .word {
            // A capitalised word after the mark is no such verb's noun unless the verb follows (else read on).
            let verb = verbAfterQuotedSubject(close: close, ceiling: ceiling)
            if verb || !text.isCapitalised(close + 1) { return verb }
        }
        // "said 30 fighters were killed", "said at least 30 …": a count whose verb follows.
        // "said 12 soldiers died": or a predicate of the subject's state, in the past tense.
        if let number = countStart(k, ceiling: ceiling) {
            return verbSoon(after: number, ceiling: ceiling) || stateSoon(after: number, ceiling: ceiling) || verbAfterCountAside(number, ceiling: ceiling)
        }
        // "said one of its soldiers, Davit Hakobyan, had been wounded": a count in words and its aside.
        if reader.isQuantifier(k), verbAfterCountAside(k, ceiling: ceiling) { return true }
        // "threatening El Obeid, a key logistics hub": a place and its apposition with no verb
        // after it are the verb's object.
        if text.entity[k] >= 0 ? text.doc.entities[Int(text.entity[k])].isPlace : reader.isNamePart(k) || reader.isParticle(k),
           placeObjectEnds(k, ceiling: ceiling) { return false }
        switch text.markerKind(k) {
        // "who asked not to be named": an infinitive, not a clause.
        case .negator? where k + 1 <= ceiling && text.markerKind(k + 1) == .infinitive: return false
        // "denied the claims, saying …", "rejected the report.": a determiner and a noun that the
        // sentence end or a participle follows are an object.
        // Not "said the attackers fled.": a plural and a verb in the past tense are a clause.
        // Nor "said its leader survived.": a predicate of the subject's state in the past tense.
        case .determiner? where !verbSoon(after: k, ceiling: ceiling) && objectEnds(after: k, ceiling: ceiling)
            && !pastVerbAfterPlural(k + 1, ceiling: ceiling) && !stateSoon(after: k, ceiling: ceiling):
            return false
        // "have demanded a ransom of 5 million euros, a security source told AFP": an object,
        // then the reporter's clause.
        case .determiner? where objectBeforeReportingClause(k, ceiling: ceiling):
            return false
        case .pronounPerson?, .pronounGroup?, .determiner?, .title?:
            // "said his troops killed Abou Zeid": a plural and a past tense after "his" too.
            return !text.isWord(k, text.words.his) || verbSoon(after: k, ceiling: ceiling) || pastVerbAfterPlural(k + 1, ceiling: ceiling)
        // "said no one was hurt", "says neither …"; "nothing" is an object unless a verb follows
        // ("said nothing was found", not "confirmed nothing about the raid").
        case .negator?: return !text.words.notGerunds.contains(text.hashes[k]) || verbSoon(after: k, ceiling: ceiling)
        // "There was", "I am"; not "In a statement", "Friday afternoon", "from Putin would" (an
        // aside of time or place may stand first: "said after the convention he would …").
        case .notAName?:
            return !text.words.complementPrepositions.contains(text.hashes[k]) && verbSoon(after: k, ceiling: ceiling)
        // "said van Dalen was in good health": a particle that opens a name.
        case .nameParticle?: return k + 1 <= ceiling && (reader.isNamePart(k + 1) || text.entity[k] >= 0)
        // "says President Obama …" (a title), "said officials are …" (a plain noun and its verb).
        case .role?: return reader.isNamePart(k) || verbSoon(after: k, ceiling: ceiling) || pastVerbAfterPlural(k, ceiling: ceiling)
            || presentVerbAfterPlural(k, ceiling: ceiling)
            // "says ministers from the Commonwealth … (CMAG) should review …": a plural and its
            // preposition's phrase, as a plain noun's (not whom a verb addresses: "warned residents in …").
            || reader.endsInPluralS(k) && !text.isCapitalised(k) && k + 1 <= ceiling && reader.isPreposition(k + 1)
                && !text.words.addressing.contains(text.hashes[k - 1])
        // A plain word opens a clause too ("says hackers are …"), and a noun spelt as a verb
        // does when a verb follows ("said praise from Putin would not …"); a preposition or
        // adverb does not.
        default:
            return text.entity[k] >= 0 || (reader.isNamePart(k) && !text.isFirstPerson(k)) || reader.isModifier(k)
                || (text.tokens[k].kind == .word && text.markerKind(k) == nil && !reader.isPreposition(k)
                    && (verbSoon(after: k, ceiling: ceiling, reach: 3, pastInfinitive: false) || pastVerbAfterPlural(k, ceiling: ceiling)))
        }
    }

    /// The place named at `k` ends the clause, or a comma follows it and no verb comes after its aside.
    private func placeObjectEnds(_ k: Int, ceiling: Int) -> Bool {
        var next = k + 1
        if text.entity[k] >= 0 { next = reader.mentionRange(k).upperBound + 1 } else {
            while next <= ceiling && (reader.isNamePart(next) || reader.isParticle(next)) { next += 1 }
        }
        if next > ceiling || text.isSentenceEnd(next) { return true }
        guard text.isPunct(next, ","), reader.isDeterminer(min(ceiling, next + 1)) else { return false }
        var j = next + 1
        while j <= ceiling && j - next <= Self.asideReach && !text.isPunct(j, ",") && !text.isSentenceEnd(j) {
            if text.opensVerb(j) { return false }
            j += 1
        }
        // "called for Sinn Fein, the IRA's political wing, to be expelled": an infinitive after the aside goes on.
        return j > ceiling || text.isSentenceEnd(j) || j + 1 >= text.count
            || !(text.opensVerb(j + 1) || text.endsInEd(j + 1) || text.markerKind(j + 1) == .infinitive)
    }

    /// "says residents want more money", "says officials make up most of the staff": a plural
    /// role and a plain lower-case word after it that no list names (a verb in the present
    /// tense), then its object or particle.
    private func presentVerbAfterPlural(_ k: Int, ceiling: Int) -> Bool {
        let verb = k + 1
        guard verb + 1 <= ceiling, !text.isCapitalised(k), reader.endsInPluralS(k) || text.words.irregularPlurals.contains(text.hashes[k]),
              text.tokens[verb].kind == .word, !text.isCapitalised(verb), text.markerKind(verb) == nil || text.cue[verb] >= 0,
              !reader.isPreposition(verb), !reader.endsInPluralS(verb), !text.endsInIng(verb), !text.endsInEd(verb), !text.endsInLy(verb),
              !text.isWord(verb, text.words.and), !text.words.relatives.contains(text.hashes[verb]) else { return false }
        let next = verb + 1
        return reader.isDeterminer(next) || reader.isQuantifier(next) || text.words.verbParticles.contains(text.hashes[next])
            || text.tokens[next].kind == .number || text.markerKind(next) == .infinitive
            || text.tokens[next].kind == .word && !text.isCapitalised(next) && !reader.isPreposition(next) && !text.isWord(next, text.words.and)
    }

    /// "said witnesses saw a gun", "said residents fled the town": a plain plural noun (no cue:
    /// "denied claims published on …") and a verb in the past tense, "-ed" or a common irregular
    /// one, that "by" does not follow ("allegations made by …" is a noun and its participle).
    private func pastVerbAfterPlural(_ k: Int, ceiling: Int) -> Bool {
        let verb = k + 1
        guard verb + 1 <= ceiling, text.cue[k] < 0, !text.isCapitalised(k), reader.endsInPluralS(k), text.tokens[verb].kind == .word, !text.isCapitalised(verb),
              text.endsInEd(verb) || text.words.irregularPast.contains(text.hashes[verb]) else { return false }
        return !text.isWord(verb + 1, text.words.by)
    }

    /// Whether `range` is a phrase of time or place and its comma ("But in recent days,"):
    /// a preposition first, after "but" or "and", and no finite verb.
    func adverbialOnly(_ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        if k < range.upperBound, text.isWord(k, text.words.but) || text.isWord(k, text.words.and) { k += 1 }
        return k < range.upperBound && text.words.frameOpeners.contains(text.hashes[k]) && !(k..<range.upperBound).contains { text.isFiniteVerb($0) }
    }

    /// A subject can start at `k`: a determiner, a pronoun, a name or a number.
    func opensSubject(_ k: Int) -> Bool {
        switch text.markerKind(k) {
        case .determiner?, .pronounPerson?, .pronounGroup?: return true
        default: return text.entity[k] >= 0 || reader.isNamePart(k) || text.tokens[k].kind == .number || reader.isQuantifier(k)
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

    /// After a relay phrase that opens with a preposition right after the verb ("in a message
    /// to reporters", "in an interview with Al Jazeera"), the token after whom it names.
    func relayFrame(at k: Int, ceiling: Int) -> Int? {
        guard k <= ceiling, text.cueKinds[k] == .relay, text.isPreposition(k) else { return nil }
        let next = cueEnd(k) + 1
        // A plain noun too when it is plural or "that" follows ("emailed to media that").
        guard next <= ceiling, let target = reader.after(next, limit: ceiling, describedName: true)
                ?? (reader.isPlural(next) || (next + 1 <= ceiling && text.isWord(next + 1, text.words.that)) ? reader.bareNoun(next) : nil)
        else { return nil }
        return target.extent.upperBound + 1
    }

    /// The last token of the number of a count that starts at `k`: `k` itself, or the number
    /// after "at least", "more than", "fewer than", "less than"; through its groups of digits
    /// ("2,000", "1,250,000").
    private func countStart(_ k: Int, ceiling: Int) -> Int? {
        var number: Int
        if text.tokens[k].kind == .number {
            number = k
        } else {
            guard k + 2 <= ceiling, text.tokens[k + 2].kind == .number, text.tokens[k].kind == .word, text.tokens[k + 1].kind == .word else { return nil }
            let pair = (text.hashes[k], text.hashes[k + 1])
            guard text.words.countOpeners.contains(where: { $0 == pair }) else { return nil }
            number = k + 2
        }
        while number + 2 <= ceiling && text.isPunct(number + 1, ",") && text.tokens[number + 2].kind == .number { number += 2 }
        return number
    }

    /// "said 11 civilians, including children, were killed": a count, an aside that the
    /// count's own words open ("including", "among them", "mostly") or a name does, and the verb after it.
    private func verbAfterCountAside(_ number: Int, ceiling: Int) -> Bool {
        // Each range read only when the sentence goes on past its start (a text may stop anywhere).
        guard number + 1 <= ceiling, let comma = (number + 1...min(ceiling, number + 4)).first(where: { text.tokens[$0].kind == .punctuation }),
              text.isPunct(comma, ","), comma + 2 <= ceiling,
              // "12 soldiers, including two officers, were", "one of its soldiers, Davit Hakobyan, had been".
              text.words.countAsides.contains(text.hashes[comma + 1]) || text.isCapitalised(comma + 1) && reader.isNamePart(comma + 1),
              let close = (comma + 2...min(ceiling, comma + 8)).first(where: { text.tokens[$0].kind == .punctuation }),
              text.isPunct(close, ",") else { return false }
        return verbSoon(after: close, ceiling: ceiling, reach: 2)
    }

    /// A predicate whose subject stands before it ("died", "survived") within five words after
    /// `k` ("53 soldiers and one civilian died"), a verb in "-ed" (not "alive", "in good
    /// health": no clause without its verb).
    private func stateSoon(after k: Int, ceiling: Int) -> Bool {
        guard k + 1 <= ceiling else { return false }
        return (k + 1...min(ceiling, k + 5)).first { text.tokens[$0].kind != .word || text.predicate[$0] >= 0 }.map {
            text.predicate[$0] >= 0 && text.tables.predicates[Int(text.predicate[$0])].side == .before && text.endsInEd($0)
        } ?? false
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

    func isPronoun(_ k: Int) -> Bool {
        text.markerKind(k) == .pronounPerson || text.markerKind(k) == .pronounGroup
    }

    /// A finite verb ("is", "has", "would", "didn't") within `reach` words after `k`, with no
    /// punctuation or cue between (nor, unless `pastInfinitive`, an infinitive's "to": "said
    /// goodbye to be …"): the words from `k` are a clause's subject.
    func verbSoon(after k: Int, ceiling: Int, reach: Int = 4, pastInfinitive: Bool = true) -> Bool {
        var j = k + 1, words = 0
        // A plural's possessive apostrophe is inside the subject ("his fighters' morale was").
        while j <= ceiling && words < reach && (text.tokens[j].kind == .word || reader.isPluralPossessive(j)) && text.cue[j] < 0
                && (pastInfinitive || text.markerKind(j) != .infinitive) {
            if text.isFiniteVerb(j) { return true }
            // A name counts as one word: "praise from Russian President Vladimir Putin would".
            if !(j > k + 1 && text.isCapitalised(j) && text.isCapitalised(j - 1)) { words += 1 }
            j += 1
        }
        return false
    }
}
