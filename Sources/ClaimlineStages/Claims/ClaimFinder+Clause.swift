import ClaimlineCore
import ClaimlineRules

/// What a claim's clause says about its trigger, read in one walk over the clause: hedges,
/// failures and negation before it, denials, stance and time markers, and its nearest date.
struct ClauseReading {
    /// A hedge before the trigger ("supposedly killed").
    var hedged = false
    /// A failure before the trigger ("failed to kill").
    var failed = false
    /// Negators, failures and denials in scope make the claim negated.
    var negated = false
    /// The first stance marker of the clause, if any.
    var firstStance: Int?
    /// The clause points back to an earlier time ("in these strikes").
    var pointsBack = false
    /// The date (index into `doc.dates`) of an event nearest the trigger in the clause.
    var nearestDate: Int?
}

extension ClaimFinder {
    /// Reads `clause` once for the trigger at `t`. Negation steps over whole markers, as
    /// a marker's inner words negate nothing of their own; the other tests look at every token.
    func read(_ t: Int, _ clause: ClosedRange<Int>) -> ClauseReading {
        var r = ClauseReading()
        var flips = 0, denied = false, nextMarker = clause.lowerBound
        // "He is alive, contrary to rumours that he was wounded": after a contradicting marker
        // past the trigger, a denial is about the contradicted words, not the trigger.
        var contrasted = false
        // "Contrary to rumours, he was not injured": a denial word inside the contradicting
        // phrase names what is contradicted, and denies nothing of the clause.
        var lastContrary: Int? = nil
        var bestDistance = 0
        // Buffer reads: most tokens hold neither a marker nor a date and cost a few instructions.
        text.markerKinds.withUnsafeBufferPointer { kinds in
        text.markerLength.withUnsafeBufferPointer { lengths in
        text.date.withUnsafeBufferPointer { dates in
            for k in clause {
                // Negation counts whole markers only: it steps from one marker's start past its words.
                let wholeMarker = k == nextMarker
                if wholeMarker { nextMarker = k + max(1, Int(lengths[k])) }
                guard kinds[k] != nil || dates[k] >= 0 else { continue }
                // "Sheikh Abu Zeid (may Allah protect him) was killed": an aside in parentheses
                // closed before the trigger hedges and negates nothing of it.
                // (Asked of the few kinds that hedge or negate, not of every determiner.)
                if k < t, let kind = kinds[k], kind.hedgesOrNegates, inClosedParenthesis(k, before: t, from: clause.lowerBound) { continue }
                if let kind = kinds[k] {
                    switch kind {
                    case .hedge: if k < t { r.hedged = true }
                    case .future: if k < t && inVerbGroup(k, of: t) { r.hedged = true }
                    case .failure: if k < t { r.failed = true }
                    case .contradicts, .supports:
                        if r.firstStance == nil { r.firstStance = k }
                        if kind == .contradicts && k > t { contrasted = true }
                        if kind == .contradicts { lastContrary = k }
                    case .timeAnaphor: r.pointsBack = true
                    default: break
                    }
                    if wholeMarker {
                        switch kind {
                        case .negator:
                            // "it cannot confirm the death of X": unconfirmed, neither asserted nor denied.
                            // "No, he is alive", "No. Zau Tu is alive" (a full stop the sentence breaker
                            // read as the "No." of a number): an answer's "no" before its comma or stop
                            // negates nothing after it.
                            if k < t && t - k <= 8 && !(lengths[k] <= 1 && k + 1 < t && (text.isPunct(k + 1, ",") || text.isPunct(k + 1, ".")))
                                && !inClosedRelative(k, before: t)
                                && !opensRelative(after: k, before: t) && !newClause(after: k, before: t) {
                                flips += 1; if unconfirmed(negator: k, before: t) { r.hedged = true }
                            }
                        case .failure: if k < t { flips += 1 }
                        // "X are alive …, and the rumours of his death are lies": a denial in a
                        // clause joined after the trigger denies that clause only.
                        // "denied any involvement in the attack": a denial that opens a predicate of
                        // its own denies that one (the involvement), not the attack.
                        case .denial:
                            if !contrasted && !(k > t && joinsClause(after: t, before: k)) && (k == t || text.predicateLength[k] == 0)
                                && !inContraryPhrase(k, opened: lastContrary, before: t) && !(k < t && newClause(after: k, before: t)) { denied = true }
                        default: break
                        }
                    }
                }
                if dates[k] >= 0 && datesEvent(k) {
                    let d = abs(k - t)
                    if r.nearestDate == nil || d < bestDistance { r.nearestDate = Int(dates[k]); bestDistance = d }
                }
            }
        }}}
        r.negated = (flips + (denied ? 1 : 0)) % 2 == 1
        return r
    }

    /// The denial word at `k` is the object of the contradicting marker at `contrary` ("contrary
    /// to rumours", "unlike reports of his death": no comma or sentence end between them), and
    /// the phrase has closed with a comma before the trigger `t` (not "contrary to rumours that
    /// he had been wounded", where the rumours' words are denied).
    private func inContraryPhrase(_ k: Int, opened contrary: Int?, before t: Int) -> Bool {
        guard let contrary, contrary < k, k < t, k - contrary <= 8 else { return false }
        return !(contrary + 1..<k).contains { text.isPunct($0, ",") || text.isSentenceEnd($0) }
            && (k + 1..<t).contains { text.isPunct($0, ",") }
    }

    /// "These are lies, our leader is alive", "We are not dead, we are alive": after a comma
    /// between the denial or negator at `k` and the trigger `t`, a subject of its own (a name, a
    /// pronoun, a determiner or possessive) opens a clause that the denial does not reach.
    private func newClause(after k: Int, before t: Int) -> Bool {
        guard let comma = (k + 1..<t).last(where: { text.isPunct($0, ",") }), t - comma <= 8, comma + 1 < t else { return false }
        let s = comma + 1
        return (text.isNamePart(s) || text.markerKind(s) == .pronounPerson || text.markerKind(s) == .pronounGroup
                || text.markerKind(s) == .determiner || text.words.groupPossessives.contains(text.hashes[s]))
            // Not "It is false that, according to the army, Hamaha was killed": the denial's own clause.
            && !(k + 1..<t).contains { text.cue[$0] >= 0 || text.isWord($0, text.words.that) || $0 > comma && text.markerKind($0) == .denial }
    }

    /// Token `k` stands inside parentheses opened after `start` and closed before `t`.
    private func inClosedParenthesis(_ k: Int, before t: Int, from start: Int) -> Bool {
        (k + 1..<t).contains(where: { text.isPunct($0, ")") }) && text.inParenthesis(k, from: start)
    }

    /// "we will kill the hostages", "bin Laden will not be captured": the marker at `k` and the
    /// trigger make one verb, only auxiliaries, negators and adverbs between (not "will continue
    /// the fight despite the withdrawal of its envoy").
    private func inVerbGroup(_ k: Int, of t: Int) -> Bool {
        var j = k + max(1, Int(text.markerLength[k]))
        while j < t && text.isVerbFiller(j) { j += max(1, Int(text.markerLength[j])) }
        return j == t
    }

    /// A confirming or reporting verb within two words after the negator at `k`, before the
    /// trigger: "would not confirm his death", "did not comment on reports of his death" say
    /// neither that it happened nor that it did not.
    /// So does one right after the trigger: "is not a death confirmed".
    private func unconfirmed(negator k: Int, before t: Int) -> Bool {
        var j = k + Int(text.markerLength[k])
        while j < t && j <= k + 3 {
            if text.cueRule(j)?.implies == .confirmation || text.cueKinds[j] == .speech { return true }
            j += 1
        }
        let after = t + max(1, Int(text.predicateLength[t]))
        return after < text.count && text.cueRule(after)?.implies == .confirmation
    }

    /// "the attack, which was not claimed, killed four soldiers": the negator at `k` stands in a
    /// relative aside between commas that closes before the trigger `t`, and negates the aside only.
    private func inClosedRelative(_ k: Int, before t: Int) -> Bool {
        guard (k + 1..<t).contains(where: { text.isPunct($0, ",") }) else { return false }
        var j = k - 1
        while j > 0 && k - j <= 6 && text.tokens[j].kind == .word {
            if text.words.relatives.contains(text.hashes[j]) { return text.isPunct(j - 1, ",") }
            j -= 1
        }
        return false
    }

    /// "does not mention Belmokhtar, whose death was announced by Chad": a relative clause after a
    /// comma, opened between the negator at `k` and the trigger `t`, is beyond the negator's reach.
    private func opensRelative(after k: Int, before t: Int) -> Bool {
        (k + 1..<t).contains { text.isPunct($0, ",") && $0 + 1 < t && text.words.relatives.contains(text.hashes[$0 + 1]) }
    }

    /// ", and" between the trigger `t` and token `k`: a second clause joined to the first.
    private func joinsClause(after t: Int, before k: Int) -> Bool {
        var j = t + 1
        while j + 1 < k {
            if text.isPunct(j, ",") && text.isWord(j + 1, text.words.and) { return true }
            j += 1
        }
        return false
    }
}
