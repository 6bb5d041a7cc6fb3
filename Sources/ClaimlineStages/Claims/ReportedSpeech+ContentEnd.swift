import ClaimlineCore
import ClaimlineRules

/// Where reported content ends: its sentence, the reporter's own voice returning, the
/// sentence's own verb after a reporting noun's clause.
extension AttributionFinder {
    /// Reported content runs on into a next sentence that opens in lower case or with a dash
    /// ("… on Friday, April 11th. – and no Mujahideen were killed …").
    func continued(_ last: Int, within parent: Int?) -> Int {
        var last = last
        while true {
            var k = last + 1
            while k < text.count && text.isSentenceEnd(k) { k += 1 }
            if k < text.count && text.isDash(k) { k += 1 }
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
                    // (", however, …" between commas is an aside inside the words.)
                    if c == "," && ((kinds[k + 1] == .scopeBreak && !whileClauseGoesOn(k + 1, ceiling) && !butThat(k + 1, ceiling)
                                     && !(k + 2 < ceiling && ClaimsText.isPunct(tokens, v, k + 2, ",")))
                                    || closesReport(after: k, ceiling)) { return k - 1 }
                    // `… “continue to hold positions in the village,” adding that …`: a comma inside
                    // the closing quote mark; the quoted words keep their mark.
                    if c == "," && k + 1 < ceiling && text.flags[k + 1].contains(.quoteMark) && tokens[k + 1].view.start == tokens[k].view.end
                        && text.endsInIng(k + 2) && closesReport(after: k + 1, ceiling) { return k + 1 }
                    if c == ";" && opensOtherClause(after: k, ceiling) { return k - 1 }
                    // "rejected reports that civilians were killed: “the mujahideen did not …”":
                    // a colon before a quote mark introduces quoted words of their own.
                    if c == ":" && k + 1 < ceiling && tokens[k + 1].view.length == 1
                        && (v[tokens[k + 1].view.start] == "\"" || v[tokens[k + 1].view.start] == "'") { return k - 1 }
                }
                if k > first + 1 && (hashes[k] == and || hashes[k] == but) && coordinatesReport(after: k, ceiling) {
                    return ClaimsText.isPunct(tokens, v, k - 1, ",") ? k - 2 : k - 1
                }
                // "acknowledged an attack on the camp but put the toll at 12 dead": after an
                // object (no verb in it), a verb in the past tense and its own object are the
                // speaker's next act.
                if k > first + 1 && (hashes[k] == and || hashes[k] == but) && pastVerbWithObject(k + 1, ceiling)
                    && !(first..<k).contains(where: { text.isFiniteVerb($0) || isPastVerb($0) }) {
                    return ClaimsText.isPunct(tokens, v, k - 1, ",") ? k - 2 : k - 1
                }
                // "…, and this is a lie", "…, which is pure propaganda", "… – this too is false":
                // the reporter's verdict on it.
                if k > first + 1 && (hashes[k] == and || tokens[k].view.length == 1 && (v[tokens[k].view.start] == "," || v[tokens[k].view.start] == "-"))
                    && text.callsItFalse(k + 1) {
                    return ClaimsText.isPunct(tokens, v, k - 1, ",") ? k - 2 : k - 1
                }
                // "… near Ancuabe—a claim provincial officials neither confirmed nor denied": a dash
                // that opens an apposition naming the words is the reporter's.
                if k > first + 1 && k + 2 < ceiling && text.isDash(k) && text.isIndefiniteArticle(k + 1)
                    && (isReportNoun(k + 2) || k + 3 < ceiling && isReportNoun(k + 3) && !text.isPunct(k + 2, ",")) {
                    var last = k - 1
                    while last > first && text.isDash(last) { last -= 1 }  // "--"
                    return last
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

    /// A lower-case word in the past tense at `j` ("-ed" or a common irregular one).
    private func isPastVerb(_ j: Int) -> Bool {
        text.isWord(j) && !text.isCapitalised(j) && (text.endsInEd(j) || text.words.irregularPast.contains(text.hashes[j]))
    }

    /// A verb in the past tense at `j` and the start of its object: a determiner, a possessive,
    /// a pronoun or a number ("put the toll", "returned him"; not "forced deportation").
    private func pastVerbWithObject(_ j: Int, _ ceiling: Int) -> Bool {
        guard j + 1 < ceiling, isPastVerb(j) else { return false }
        let o = j + 1
        return text.markerKind(o) == .determiner || text.markerKind(o) == .pronounPerson || text.markerKind(o) == .pronounGroup
            || text.words.groupPossessives.contains(text.hashes[o]) || text.tokens[o].kind == .number
    }

    /// "said she thinks it should be released but said …", "… and added that …", "…, and we
    /// affirm that …": after "and" or "but" at `k`, a reporting verb (a personal pronoun and
    /// adverbs before it; or, with no pronoun, a negator: "but would not say") starts the
    /// speaker's next statement, as does the speaker withholding more ("but gave no details").
    private func coordinatesReport(after k: Int, _ ceiling: Int) -> Bool {
        var j = k + 1
        guard j < ceiling else { return false }
        // "…, but gave no details", "but declined to say where": the speaker's own next act.
        if text.words.reticent.contains(text.hashes[j]) {
            if text.markerKind(j + 1) == .negator { return true }
            return j + 2 <= ceiling && text.markerKind(j + 1) == .infinitive && text.words.withheld.contains(text.hashes[j + 2])
        }
        let pronoun = text.markerKind(j) == .pronounPerson || text.markerKind(j) == .pronounGroup
        if pronoun { j += 1 }
        // "but he went on to defend …": the speaker's next act, whatever its verb.
        var goesOn = false
        while j < ceiling && (text.markerKind(j) == .adverb || text.isAdverbInLy(j)) {  // "and flatly denied"
            goesOn = goesOn || text.markerLength[j] > 1
            j += max(1, Int(text.markerLength[j]))
        }
        if j <= ceiling && (text.cueKinds[j] == .speech && !text.endsInIng(j) || pronoun && goesOn) { return true }
        guard !pronoun else { return false }
        // "but did not say how", "and would not elaborate".
        var negated = false
        while j < ceiling && j - k <= 3 && (text.markerKind(j) == .negator || text.isFiniteVerb(j)) {
            negated = negated || text.markerKind(j) == .negator
            j += 1
        }
        return negated && j <= ceiling && text.words.withheld.contains(text.hashes[j])
    }

    /// The first comma in `from...to` that a clause of its own follows (a subject and its verb,
    /// "Koufa appeared", "residents fled"), when a subordinator ("after", "when", "as") opens the
    /// sentence's words before the cue at `c`.
    func subordinateClauseEnd(cue c: Int, floor: Int, from: Int, to: Int) -> Int? {
        guard from < to, (floor..<c).contains(where: { text.words.subordinators.contains(text.hashes[$0]) }) else { return nil }
        return (from + 1...to).first { text.isPunct($0, ",") && $0 + 2 <= to && verbFollows(subject: $0 + 1, within: to) }
    }

    /// A finite verb or a verb in the past tense within five words from `k`, a subject's words
    /// (no punctuation, no cue) before it.
    private func verbFollows(subject k: Int, within last: Int) -> Bool {
        guard text.tokens[k].kind == .word, !text.isFiniteVerb(k), !text.endsInEd(k), !reader.isPreposition(k) else { return false }
        var j = k + 1
        while j <= min(last, k + 5) && text.tokens[j].kind == .word && text.cue[j] < 0 {
            if text.isFiniteVerb(j) || !text.isCapitalised(j) && (text.endsInEd(j) || text.words.irregularPast.contains(text.hashes[j])) { return true }
            j += 1
        }
        return false
    }

    /// "Asked about reports that …, the spokesman said he was alive": a speaker's phrase from
    /// `first`, its reporting verb at `cue` (not a participle) and a clause of the verb's own:
    /// the sentence's report, not more of the words before the comma.
    private func reportsOwnClause(speaker first: Int, cue: Int, _ ceiling: Int) -> Bool {
        let after = cueEnd(cue) + 1
        guard after + 2 <= ceiling, !text.endsInIng(cue), reader.after(first, limit: cue - 1)?.extent.upperBound == cue - 1 else { return false }
        return text.isWord(after, text.words.that) || opensSubject(after) && startsClause(after, ceiling: ceiling)
    }

    /// "said that a drone had dropped a charge, but that the device had exploded …": "but
    /// that" opens a second clause of the same report (not "but that has not been confirmed",
    /// whose "that" is the subject).
    private func butThat(_ k: Int, _ ceiling: Int) -> Bool {
        k + 2 <= ceiling && text.isWord(k, text.words.but) && text.isWord(k + 1, text.words.that) && !text.opensVerb(k + 2)
    }

    /// "…, while others stormed the mine": a clause opened by "while" with no reporting verb of
    /// its own before the next comma or the sentence end goes on with the speaker's words (one
    /// with it, "…, while the army said …", is another's; so is one whose subject is a name,
    /// "…, while Dow Jones based its projections on …").
    private func whileClauseGoesOn(_ k: Int, _ ceiling: Int) -> Bool {
        guard text.isWord(k, text.words.while), k + 1 <= ceiling, !text.isCapitalised(k + 1), text.entity[k + 1] < 0,
              !(k + 2 <= ceiling && text.isCapitalised(k + 2)) else { return false }
        var j = k + 1
        while j <= ceiling && !text.isPunct(j, ",") && !text.isSentenceEnd(j) {
            if text.cue[j] >= 0 { return false }
            j += 1
        }
        return j > k + 2
    }

    /// After the comma at `k`, a reporting clause of its own: "according to", a participle
    /// ("saying"), or a short phrase and a reporting verb that closes the sentence or has a
    /// clause of its own.
    private func closesReport(after k: Int, _ ceiling: Int) -> Bool {
        let next = k + 1
        guard next <= ceiling, text.tokens[next].kind == .word else { return false }
        // "…, some of whom, he said, had been told …", "…, which, citing sources, claimed …": a
        // reporting clause right after a relative pronoun is an aside in the relative clause, which goes on.
        if k > 0, text.words.relatives.contains(text.hashes[k - 1]) { return false }
        // "according to" (not a one-word cue such as "citing", whose object may be the speaker's words).
        if text.cueKinds[next] == .according && cueEnd(next) > next { return true }
        // A relative clause stays the speaker's words, unless another denies or confirms them
        // in it ("…, which Hamas has not confirmed").
        if text.words.relatives.contains(text.hashes[next]) {
            return next < ceiling && ((next + 1)...min(ceiling, next + 5)).contains { j in
                text.cueKinds[j] == .speech && (text.cueRule(j)?.implies == .denial || text.cueRule(j)?.implies == .confirmation)
            }
        }
        // "…, saying that …", "…, adding that …", "…, calling them “baseless”": the same
        // speaker's next statement.
        // So does "…, citing …", a source or a reason of the speaker's.
        if text.cueKinds[next] == .speech || text.cueKinds[next] == .label || text.cueKinds[next] == .according, text.endsInIng(next) { return true }
        // "…, a claim AQIM has not addressed", "…, a figure that could not be independently
        // verified": a reporting noun, or a noun for what was counted, in apposition to what was said.
        // So does a word for a statement with its relative clause ("…, a statement that civil-society groups described as …").
        if next + 1 <= ceiling && reader.isDeterminer(next) && !text.isWord(next, text.words.that)
            && (isReportNoun(next + 1) || text.words.countNouns.contains(text.hashes[next + 1])
                || text.markerKind(next + 1) == .utterance && next + 2 <= ceiling
                    && (text.isWord(next + 2, text.words.that) || text.words.relatives.contains(text.hashes[next + 2]))) { return true }
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
        // "…, with spokesman X calling it “baseless”": another's words in a clause of "with" and a participle.
        if text.isWord(next, text.words.with), next + 2 <= ceiling,
           let j = ((next + 2)...min(ceiling, next + 6)).first(where: { text.cue[$0] >= 0 || text.tokens[$0].kind != .word }),
           text.cueKinds[j] == .speech || text.cueKinds[j] == .label, text.endsInIng(j) { return true }
        var j = next
        while j <= min(ceiling, next + 4) && text.tokens[j].kind == .word {
            // "…, Paris still refuses to confirm it": an intention and its infinitive close it too.
            // "…, a claim the group denied": a cue after a determiner is a noun, the verb comes later.
            if text.cueKinds[j] == .speech && !(j > next && reader.isDeterminer(j - 1)) {
                return j > next && (endsSoon(after: cueEnd(j), ceiling: ceiling)
                    || (text.cueRule(j)?.implies == .intention && infinitive(after: cueEnd(j), ceiling: ceiling) != nil)
                    || reportsOwnClause(speaker: next, cue: j, ceiling))
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
    func sentenceVerb(afterNounClause clause: Int, last: Int) -> Int? {
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

    /// The last content token before the sentence's final punctuation; a parenthesis or a
    /// bracket that closes one opened in the sentence stays ("… the goods and services tax
    /// (GST).", "… « nul n'est au-dessus » [nobody is above it].").
    func lastContent(_ ceiling: Int) -> Int {
        var e = ceiling
        while e > 0 && text.tokens[e].kind == .punctuation && !text.isPunct(e, "\"") {
            if text.isPunct(e, ")") && text.inParenthesis(e, from: text.sentenceRange(e).lowerBound) { return e }
            if text.isPunct(e, "]") && text.inParenthesis(e, from: text.sentenceRange(e).lowerBound, square: true) { return e }
            e -= 1
        }
        return e
    }
}
