import ClaimlineCore
import ClaimlineRules

/// Claims from predicate words: inside a quote or reported statement they belong to its
/// speaker; elsewhere they are the author's own assertions. Each gets polarity from the
/// negation in its clause, a subject, a time, a stance toward other sources and its evidence.
struct ClaimFinder {
    let text: ClaimsText
    let attributions: [Attribution]
    let reader: PhraseReader
    let author: AuthorRef
    var claims: [Claim] = []
    /// The last report `readLaterDenier` read, and who denied it.
    private var laterDenialOwner = -1, laterDenier: MentionRef? = nil
    /// Attribution index of each claim, to join them to quote ids later.
    var sources: [Int?] = []
    /// Attribution indexes by first token, and how many of them the walk has passed the start of.
    private let byFirst: [Int]
    private var entered = 0
    /// Empty, or emptied with its storage kept.
    var live: LiveAttributions

    init(_ text: ClaimsText, attributions: [Attribution], author: AuthorRef, live: consuming LiveAttributions) {
        self.text = text
        self.live = live
        self.attributions = attributions
        reader = PhraseReader(text: text)
        self.author = author
        byFirst = attributions.withUnsafeBufferPointer { all in all.indices.sorted { all[$0].first < all[$1].first } }
    }

    mutating func run() {
        claims.reserveCapacity(8); sources.reserveCapacity(8)
        let text = self.text
        // A token with no predicate has length 0 (`PhraseIndex` writes at least 1 where one
        // starts): most tokens, passed over eight at a time.
        text.predicateLength.withUnsafeBufferPointer { length in
            var t = text.headline.last + 1
            let n = length.count
            while t < n {
                t = length.firstNonZero(from: t, to: n)
                guard t < n else { break }
                if !text.boilerplate[t] { claim(at: t) }
                t += Int(length[t])
            }
        }
        addCueClaims()
    }

    /// The active verb at `t` has a message for its object: a determiner, perhaps a word or
    /// two, then a word for a statement or recording ("released a new video", "published its
    /// statement").
    private func releasesMessage(_ t: Int) -> Bool {
        // "No other details have been released": the message before the passive.
        var b = t - 1, steps = 0
        while b >= 0 && steps < 4 && text.isVerbFiller(b) { b -= 1; steps += 1 }
        if steps > 0 && b >= 0 && text.markerKind(b) == .utterance { return true }
        var k = t + Int(text.predicateLength[t])
        guard k < text.count, text.markerKind(k) == .determiner else { return false }
        k += 1
        while k < text.count && k - t <= 4 {
            if text.markerKind(k) == .utterance { return true }
            guard text.isWord(k), !text.isCapitalised(k) || text.entity[k] >= 0 else { return false }
            k += 1
        }
        return false
    }

    /// The innermost attribution holding token `t` (scopes included). Asked with `t` rising.
    mutating func attribution(of t: Int) -> Int? {
        while entered < byFirst.count && attributions[byFirst[entered]].first <= t { live.add(byFirst[entered]); entered += 1 }
        live.drop(endingBefore: t, in: attributions)
        let attributions = self.attributions
        // The deepest: a report found before the one whose content holds it is nested all the same.
        return live.deepest(where: { attributions[$0].contains(t) && !(attributions[$0].cue?.contains(t) ?? false) },
                            depth: { attributions[$0].depth })
    }

    mutating func claim(at t: Int) {
        let rule = text.tables.predicates[Int(text.predicate[t])]
        // "He claimed the attack was staged": a reporting verb and the subject of its clause.
        if text.reportsClause(predicate: t) { return }
        // "JNIM released a video showing …", "released a statement": what is released is a message.
        if rule.side == .object, releasesMessage(t) { return }
        // "the liberated territories", "a company controlled by the family": a participle of a
        // state whose subject stands before it describes a noun, or names its agent after "by".
        if rule.side == .before, text.predicateLength[t] == 1, text.endsInEd(t),
           t > 0 && text.markerKind(t - 1) == .determiner || t + 1 < text.count && text.isWord(t + 1, text.words.by) { return }
        // "arrest warrants", "death row", "death threats": the predicate's word names a kind of
        // the noun after it, no event; so does one that opens a compound of the table's
        // ("martyrdom seeker": a suicide attacker).
        let after = t + Int(text.predicateLength[t])
        if after < text.count, text.markerKind(after) == .compound || text.markerKind(t) == .compound { return }
        let owner = attribution(of: t)
        let clause = self.clause(around: t, within: owner)
        let reading = read(t, clause)
        if reading.hedged || infinitive(t, clause, reading) || describesUtterance(t, clause) || withinIntention(owner) { return }
        let sentence = text.sentenceRange(t)
        if owner == nil, (sentence.upperBound < text.count && text.isPunct(sentence.upperBound, "?")) { return }
        // "the death of X", "the attack on Y" in a reporter's own voice refer back to events as
        // background; in a communiqué ("we announce the martyrdom of …") they are its claims, and
        // a denied one ("reports of the killing … are fabrications") is a claim.
        // "No ransom was paid for the release of the schoolgirls", "no soldiers were killed in
        // the attack on the base": an event named in a phrase of time, place or cause is taken
        // as given; the clause's negation or denial is of its own verb.
        let deniedHere = reading.negated || owner.map { attributions[$0].implies == .denial } == true
        let given = deniedHere && presupposedNoun(t)
        let negated = reading.negated && !given
        if owner == nil && rule.side == .after && !author.isIssuer && !negated { return }
        let excluded = owner.flatMap { attributions[$0].speakerTokens }
        // "its fighters" stand before the words: a state's subject, or a passive's ("23 of its
        // soldiers were killed"; before an active verb they are its agent, never its subject).
        let subject = self.subject(of: t, rule: rule, clause: clause, excluding: excluded, owner: owner,
                                   group: (rule.side.readsBefore || rule.side == .object) && Self.admits(rule.subjectTypes, "ORG")
                                       ? organisationSpeaking(owner) : nil, addressee: addressedParty(owner))
        // The agent of a speech act aimed at someone stands before it ("will target France").
        let agent = rule.side == .speakerObject
            ? self.subject(of: t, rule: rule, side: .speaker, clause: clause, excluding: excluded, owner: owner,
                           group: Self.admits(rule.subjectTypes, "ORG") ? organisationSpeaking(owner) : nil)
                .flatMap { $0.span.end <= text.original(t, t).start ? $0 : nil }
            : rule.side == .speaker ? subject : nil
        // The author's own assertion about nobody in particular ("during the attack") says little.
        if owner == nil && subject.isNone && agent.isNone && author.ref.isNone && !negated { return }
        var polarity = negated ? Polarity.negated : .asserted
        // A denial's words deny; those that negate themselves state the denial already ("He
        // denied: «Hamaha was not killed»" is no claim that he was).
        if let owner, attributions[owner].implies == .denial, !reading.negated, !given,
           attributions[owner].cue.map({ !clause.contains($0.lowerBound) }) ?? true {
            polarity = .negated
        }
        // One claim per predicate, subject and evidence ("killed … killing" in one clause).
        let evidence = self.evidence(of: t, sentence, owner)
        if isRepeated(rule.predicate, subject: subject?.span, evidence: evidence, owner: owner) { return }
        var speaker: MentionRef? = nil, chain: [MentionRef] = []
        if let owner {
            speaker = attributions[owner].speaker?.ref
            chain = attributions[owner].chain
        } else if author.ref != nil {
            speaker = author.speaker
            chain = author.assertionChain
        }
        // "AQIM claimed responsibility", "AQIM threatened France", as a reporter tells it: AQIM's
        // claim, passed on by the reporter. Not in the direct words of one who speaks for the
        // agent: “We, MUJAO, claim the two operations,” said its spokesman, who claims them.
        var speaksForAgent = false
        if let owner, attributions[owner].direct, attributions[owner].speaker?.isPerson == true, let id = agent?.entity {
            speaksForAgent = id == organisationSpeaking(owner)?.entity
        }
        if let agent, agent.span != speaker?.span, !speaksForAgent {
            speaker = agent
            chain.insert(agent, at: 0)
            // Every link says what it is in the chain: the agent speaks.
            if chain[0].role == nil { chain[0].role = "speaker" }
            // "… claimed responsibility in a message sent to ANI": the outlet passed it on.
            if owner == nil, let outlet = outletTold(after: t, in: sentence) { chain.insert(outlet, at: 1) }
        }
        let id = text.ids.claim(claims.count + 1)
        // Speaker, chain and subject are moved into the claim: their strings are not copied.
        claims.append(Claim(id: id, speaker: consume speaker, chain: consume chain, predicate: rule.predicate, polarity: polarity, subject: consume subject,
                            stance: stance(in: clause, from: reading.firstStance), time: time(t, clause: clause, reading: reading, owner: owner, act: rule.side == .speaker), evidence: evidence,
                            quote: nil, rule: owner == nil ? rule.assertionRule : rule.attributedRule))
        sources.append(owner)
        let index = claims.count - 1
        if let owner { addDenial(of: index, owner: owner, rule: rule) }
        addStanceClaims(of: index, owner: owner, rule: rule)
    }

    /// The party a relay cue after the speech act at `t` names in its sentence ("in a message
    /// sent to Al-Akhbar", "told AFP"), as a chain link; none past another speaker's verb.
    private func outletTold(after t: Int, in sentence: ClosedRange<Int>) -> MentionRef? {
        let from = t + Int(text.predicateLength[t])
        guard from <= sentence.upperBound, text.hasRelayCue(in: from...sentence.upperBound) else { return nil }
        var k = from
        while k <= sentence.upperBound {
            switch text.cueKinds[k] {
            case .speech?: return nil
            case .relay?:
                if let outlet = reader.relayLink(cue: k, limit: sentence.upperBound) { return outlet }
            default: break
            }
            k += max(1, Int(text.cueLength[k]))
        }
        return nil
    }

    /// "He was not killed, contrary to statements by Le Drian": Le Drian's own claim, the
    /// opposite of the speaker's; "as confirmed by the army": the army's, the same. Each is
    /// passed on by the claim's speaker (rule `<pred>+claim.stance_source`). Only a denial says
    /// what the contradicted source claimed: "strikes that killed none of our men, contrary to
    /// Paris" does not say that Paris denies the strikes.
    mutating func addStanceClaims(of index: Int, owner: Int?, rule: PredicateRule) {
        guard !claims[index].stance.isEmpty else { return }
        let claim = claims[index]
        for stance in claim.stance where (stance.source.entity != nil || stance.source.span.length > 0)
            && (stance.relation == .supports || claim.polarity == .negated) {
            var own = claim
            own.id = text.ids.claim(claims.count + 1)
            own.speaker = stance.source
            own.chain = [stance.source] + claim.chain
            if stance.relation == .contradicts { own.polarity = claim.polarity == .asserted ? .negated : .asserted }
            own.stance = []
            own.rule = rule.stanceRule
            claims.append(own)
            sources.append(owner)
        }
    }

    /// True when attribution `owner` or one holding it states an intention ("vowed to avenge
    /// the killing of …", "refused to confirm that … was killed") or is a negated confirmation
    /// or denial ("did not confirm that … was killed", "did not deny …"): what it holds is no fact.
    /// Not one that answers the owner's words whole ("…, a claim France has not confirmed"): the
    /// owner's speaker still stated them.
    private func withinIntention(_ owner: Int?) -> Bool {
        guard let owner else { return false }
        var a: Int? = owner
        while let i = a {
            if attributions[i].implies == .intention { return true }
            let answersOwner = i != owner && attributions[i].first == attributions[owner].first && attributions[i].last == attributions[owner].last
            if attributions[i].implies == .confirmation || attributions[i].implies == .denial,
               let cue = attributions[i].cue, text.negatesCue(cue.lowerBound), !answersOwner { return true }
            a = attributions[i].parent
        }
        return false
    }

    /// "We warn France that its soldiers …": the organisation or country a verb that addresses
    /// someone names right after it, whose "its", "their" and "it" are (the speaker's are "our").
    func addressedParty(_ owner: Int?) -> MentionRef? {
        guard let owner, let cue = attributions[owner].cue, text.words.addressing.contains(text.hashes[cue.lowerBound]) else { return nil }
        var k = cue.upperBound + 1
        if k < text.count, text.isWord(k, text.words.the) { k += 1 }
        guard k < text.count else { return nil }
        guard text.entity[k] >= 0 else {
            // "warn the Malian junta that it will pay": one no table names, by its words.
            var e = k
            while e < text.count && e - k < 6 && text.tokens[e].kind == .word && !text.isWord(e, text.words.that) { e += 1 }
            guard e > k, e < text.count, text.isWord(e, text.words.that) else { return nil }
            return MentionRef(span: text.original(k, e - 1), entity: nil, name: text.text(k, e - 1))
        }
        let e = text.doc.entities[Int(text.entity[k])]
        guard e.isOrganisation || e.isPlace else { return nil }
        return MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text)
    }

    /// Whose "its fighters" are: the known organisation speaking, or the issuing author.
    func organisationSpeaking(_ owner: Int?) -> MentionRef? {
        guard let owner else { return author.isIssuer && author.ref?.entity != nil ? author.ref : nil }
        guard let s = attributions[owner].speaker else { return nil }
        if !s.isPerson { return s.ref.entity != nil ? s.ref : nil }
        // "An MNLA official … denied that its fighters had been captured": a person speaking
        // for the organisation named beside the role speaks for its "its" and "we".
        guard let organisation = s.organisation, let k = organisation.first(where: { text.entity[$0] >= 0 }) else { return nil }
        let e = text.doc.entities[Int(text.entity[k])]
        guard e.isOrganisation, e.entity != nil else { return nil }
        return MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text)
    }

    /// A claim with the same predicate, subject, evidence and source is already made. Read
    /// through the buffer: indexing the array copied each claim compared.
    func isRepeated(_ predicate: String, subject: ScalarSpan?, evidence: ScalarSpan, owner: Int?) -> Bool {
        claims.withUnsafeBufferPointer { claims in
            var i = claims.count - 1
            while i >= 0 && claims[i].evidence.end >= evidence.start {
                if sources[i] == owner && claims[i].predicate == predicate && claims[i].subject?.span == subject
                    && claims[i].evidence == evidence { return true }
                i -= 1
            }
            return false
        }
    }

    /// "We deny the claims of the French army that our emir was captured": the French army's
    /// claim stands as its own, and the denying speaker gets the same claim negated, contradicting it.
    /// The claim is `claims[index]`, copied only when a denial is made of it.
    mutating func addDenial(of index: Int, owner: Int, rule: PredicateRule) {
        var p = attributions[owner].parent
        while let q = p {
            // Fields read in place: the outer attributions are not copied while climbing.
            if attributions[q].implies == .denial, let s = attributions[q].speaker, s.key == nil || s.key != attributions[owner].speaker?.key {
                appendDenial(of: index, by: s.ref, chain: attributions[q].chain, source: q, rule: rule)
                return
            }
            p = attributions[q].parent
        }
        // "The crusader media claimed that …, and this is a lie": the one reporting it, or the
        // issuer of the text, calls it false.
        if calledFalse(owner), let denier = attributions[owner].parent.flatMap({ attributions[$0].speaker?.ref })
            ?? (author.isIssuer ? author.speaker : nil), denier.span != claims[index].speaker?.span {
            appendDenial(of: index, by: denier, chain: attributions[owner].parent.map { attributions[$0].chain } ?? author.assertionChain,
                         source: attributions[owner].parent, rule: rule)
            return
        }
        // "Amaq claimed that … killed 15 soldiers. A spokesman denied the claim, saying …": who
        // denies the report in the sentence after it. Of what it asserts only: after "X was not
        // killed", "These are fabrications" goes on in the same voice more often than it answers.
        guard claims[index].polarity == .asserted else { return }
        if laterDenialOwner != owner { laterDenialOwner = owner; laterDenier = readLaterDenier(of: owner) }
        if let denier = laterDenier, denier.span != claims[index].speaker?.span {
            var link = denier
            link.role = "speaker"
            appendDenial(of: index, by: denier, chain: [link], source: nil, rule: rule)
        }
    }

    /// Claim `index` again as `denier`'s, its polarity turned, passed on through `chain` and
    /// contradicting the claim's own speaker (rule `<pred>+claim.denied_report`).
    private mutating func appendDenial(of index: Int, by denier: MentionRef, chain: [MentionRef], source: Int?, rule: PredicateRule) {
        var denial = claims[index]
        denial.id = text.ids.claim(claims.count + 1)
        denial.speaker = denier
        denial.chain = chain
        denial.polarity = denial.polarity == .asserted ? .negated : .asserted
        denial.stance = claims[index].speaker.map { [Stance(source: $0, relation: .contradicts)] } ?? []
        denial.rule = rule.deniedRule
        claims.append(denial)
        sources.append(source)
    }

    /// Who denies report `owner` right after it: the sentence after the report's (or the clause
    /// after "but" or ", which" that ends the report's own) opens with a speaker and a denying
    /// verb whose object is a word for the report ("the claim", "these reports", "the allegations", "it"),
    /// or the sentence after it with a verdict on it ("These are lies.", said by whoever says
    /// it, in a statement by its issuer), and the report is the last of its own sentence.
    /// (Read once for the claims of one report, kept in `laterDenier`; mutating only so that the
    /// call from `addDenial` does not copy the finder whole.)
    private mutating func readLaterDenier(of owner: Int) -> MentionRef? {
        guard let cue = attributions[owner].cue, attributions[owner].implies != .denial else { return nil }
        let own = text.sentenceRange(cue.lowerBound)
        // "The army claimed to have killed him, but AQIM denied it": the clause after "but" that
        // closes the report's own sentence ("…, which the army denied": its relative pronoun is
        // the denial's object); else the sentence after it.
        let last = attributions[owner].last
        let which = last + 2 < own.upperBound && text.isPunct(last + 1, ",") && text.isWord(last + 2, text.words.which) ? last + 2 : nil
        let opener = which ?? (last + 1 < own.upperBound ? ((last + 1)..<own.upperBound).first(where: { text.isWord($0, text.words.but) }) : nil)
        guard opener != nil || own.upperBound + 1 < text.count else { return nil }
        let next = opener.map { ($0 + 1)...own.upperBound } ?? text.sentenceRange(own.upperBound + 1)
        guard next.lowerBound < next.upperBound else { return nil }
        // The denying verb within the first dozen tokens, after its subject; or a verdict.
        var d = next.lowerBound + 1
        while d <= min(next.upperBound, next.lowerBound + 12) && !(text.cueKinds[d] == .speech && text.cueRule(d)?.implies == .denial) { d += 1 }
        let verdict = d <= min(next.upperBound, next.lowerBound + 12) || opener != nil ? nil : verdictOpening(next)
        guard d <= min(next.upperBound, next.lowerBound + 12) || verdict != nil else { return nil }
        // No later report of the sentence before the denial (reports come in the order of their content).
        var i = owner + 1
        while i < attributions.count && attributions[i].first <= own.upperBound {
            if let c = attributions[i].cue, own.contains(c.lowerBound), c.lowerBound < next.lowerBound || opener == nil { return nil }
            i += 1
        }
        // "“These are lies,” the spokesman said.": whoever says the verdict; in a statement, its issuer.
        if let verdict {
            while i < attributions.count && attributions[i].first <= verdict {
                if attributions[i].last >= verdict, let s = attributions[i].speaker { return s.ref }
                i += 1
            }
            // "Statement of AQIM: The crusaders claim … These are lies.": the words that hold both.
            var p = attributions[owner].parent
            while let q = p {
                if attributions[q].last >= verdict, let s = attributions[q].speaker { return s.ref }
                p = attributions[q].parent
            }
            return author.isIssuer ? author.speaker : nil
        }
        // "denied it", "denied this"; else "denied the claim", "denied these reports",
        // "dismissed the video as fake".
        func namesReport(_ k: Int) -> Bool {
            k <= next.upperBound && (text.cueKinds[k] == .speech && !text.endsInEd(k) || text.words.reportNouns.contains(text.hashes[k])
                                     || text.markerKind(k) == .utterance)
        }
        var object = d + max(1, Int(text.cueLength[d])) - (which != nil ? 1 : 0)
        guard object <= next.upperBound || which != nil else { return nil }
        let pronoun = which != nil || (text.isWord(object, text.words.it) || text.isWord(object, text.words.this)) && !namesReport(object + 1)
        if !pronoun {
            if text.markerKind(object) == .determiner { object += 1 }
            guard namesReport(object) else { return nil }
        }
        let after = object + 1
        // Then the sentence's end, a comma, "as …" or a date ("denied this on Monday").
        let dated = after <= next.upperBound && (text.date[after] >= 0
            || after + 1 <= next.upperBound && text.words.datePrepositions.contains(text.hashes[after]) && text.date[after + 1] >= 0)
        guard after > next.upperBound || text.isSentenceEnd(after) || text.isPunct(after, ",") || text.isWord(after, text.words.as) || dated
        else { return nil }
        guard let p = reader.before(d - 1, floor: next.lowerBound), !p.isPronoun, p.extent.lowerBound == next.lowerBound else { return nil }
        if let i = p.entity {
            let e = text.doc.entities[i]
            return MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text)
        }
        return MentionRef(span: text.original(p.first, p.last), entity: nil, name: text.text(p.first, p.last))
    }

    /// Where sentence `next` opens with a verdict on what came before: "These are lies.",
    /// "“This is false,”", "The claims are baseless.", "We say: these are lies".
    private func verdictOpening(_ next: ClosedRange<Int>) -> Int? {
        var k = next.lowerBound
        if let colon = (k...min(next.upperBound, k + 5)).first(where: { text.isPunct($0, ":") }) { k = colon + 1 }
        while k <= next.upperBound && text.flags[k].contains(.quoteMark) { k += 1 }
        guard k + 2 <= next.upperBound else { return nil }
        if text.callsItFalse(k) { return k }
        let named = text.markerKind(k) == .determiner
            && (text.words.reportNouns.contains(text.hashes[k + 1]) || text.cueKinds[k + 1] == .speech && !text.endsInEd(k + 1))
        return named && text.verdict(at: k + 2) != nil ? k : nil
    }

    /// The predicate at `t` is a noun after a preposition of time, place or cause and a
    /// determiner ("for the release of", "in the attack on", "after its capture").
    private func presupposedNoun(_ t: Int) -> Bool {
        guard t >= 2, text.markerKind(t - 1) == .determiner || text.words.groupPossessives.contains(text.hashes[t - 1]) else { return false }
        return text.words.frameOpeners.contains(text.hashes[t - 2]) || text.words.givenOpeners.contains(text.hashes[t - 2])
    }

    /// Whether the words after report `owner`'s content call it false ("…, and this is a lie",
    /// "…, but these are lies", "The claims of the army that … are lies").
    private func calledFalse(_ owner: Int) -> Bool {
        var k = attributions[owner].last + 1
        if text.verdict(at: k) != nil { return true }
        if k < text.count && (text.isPunct(k, ",") || text.isPunct(k, "-")) { k += 1 }
        if k < text.count && (text.isWord(k, text.words.and) || text.isWord(k, text.words.but)) { k += 1 }
        return k > attributions[owner].last + 1 && text.callsItFalse(k)
    }

    /// The evidence of the predicate at `t`: the sentence, cut to the quote or reported content
    /// it lies in and to `clauseReach` tokens either side of `t`. A quote that never closes runs
    /// to the end of its paragraph, and a sentence may run as long: without the cut, N predicates
    /// in it wrote it N times. No evidence of real text comes near it.
    func evidence(of t: Int, _ sentence: ClosedRange<Int>, _ owner: Int?) -> ScalarSpan {
        var a = max(sentence.lowerBound, t - Self.clauseReach), b = min(sentence.upperBound, t + Self.clauseReach)
        if let owner {
            // A quote's words; a source's scope from where it starts to the end of the sentence.
            a = max(a, attributions[owner].first)
            if attributions[owner].isQuote { b = min(b, attributions[owner].last) }
        }
        while b > a && text.tokens[b].kind == .punctuation && (text.isPunct(b, ",") || text.isPunct(b, "\"") || text.isPunct(b, "-")) { b -= 1 }
        while a < b && (text.isPunct(a, "\"") || text.isPunct(a, "-")) { a += 1 }
        return text.original(a, b)
    }

    /// How far a clause reaches either side of its trigger, in tokens. Commas end no clause, so
    /// one can run the length of its sentence: a sentence of N predicates and no break ("killed
    /// killed …") had each of them read all N tokens. No clause of real text comes near it.
    static let clauseReach = 200

    /// The clause around a trigger: bounded by the sentence, the quote it is in, semicolons,
    /// colons, dashes and clause-breaking words ("but"), and `clauseReach`.
    func clause(around t: Int, within owner: Int?) -> ClosedRange<Int> {
        let sentence = text.sentenceRange(t)
        var lo = max(sentence.lowerBound, t - Self.clauseReach), hi = min(sentence.upperBound, t + Self.clauseReach)
        // `Ag Ghaly "is in good health"`: a quote that goes on its sentence after a word keeps
        // that sentence's subject before it (its opening mark joins the clause); so do words
        // quoted inside reported speech (`said Belmokhtar "is in good health"`).
        var openingMark = -1
        if let owner, attributions[owner].isQuote || attributions[owner].mixedQuote {
            let first = attributions[owner].first
            if let mark = sentenceGoingOn(quoteAt: first) {
                openingMark = mark
                // Not past the report the quote is in: "reportedly called ANI to say that X was "alive"".
                if let parent = attributions[owner].parent { lo = max(lo, attributions[parent].first) }
            } else {
                lo = max(lo, first)
            }
            hi = min(hi, attributions[owner].last)
        } else if let owner, attributions[owner].parent != nil {
            // "The army denied a claim by AQIM that Hamaha was killed": the outer cue is no
            // marker of the inner report's words (its denial is made of them as a whole); nor is
            // the outer speaker's verdict after them ("said claims that … were struck are false").
            lo = max(lo, attributions[owner].first)
            hi = min(hi, attributions[owner].last)
        }
        // Buffer reads: a word with a single space after it neither breaks the clause nor
        // stands before a dash, and most tokens are such words.
        return text.markerKinds.withUnsafeBufferPointer { kinds in
        text.tokens.withUnsafeBufferPointer { tokens in
        text.originals.withUnsafeBufferPointer { originals in
        text.doc.scalars.withUnsafeBufferPointer { scalars in
            func plain(_ k: Int) -> Bool {
                (kinds[k] != .scopeBreak || !isScopeBreak(k)) && tokens[k].kind != .punctuation && !isAndThat(k)
            }
            func spaceAfter(_ k: Int) -> Bool {
                k &+ 1 < originals.count && originals[k &+ 1].start &- originals[k].end == 1 && scalars[originals[k].end] == " "
            }
            func joins(_ k: Int, _ next: Int) -> Bool {
                if plain(k) && spaceAfter(min(k, next)) { return true }
                return k == openingMark || closesWordsInSentence(k) || opensWordsInSentence(k) || (!breaksClause(k) && text.dashGap(after: min(k, next)) == nil)
            }
            // Indexes within the sentence: no overflow.
            var a = t
            while a &- 1 >= lo && joins(a &- 1, a) { a &-= 1 }
            var b = t
            while b &+ 1 <= hi && joins(b &+ 1, b) { b &+= 1 }
            return a...b
        }}}}
    }

    /// `it "cannot confirm" his death`: the mark at `k` closes a few words quoted inside the
    /// sentence (right after a word, within five tokens of its opening mark, a lower-case word
    /// that is no cue after it), so the clause goes on past it.
    private func closesWordsInSentence(_ k: Int) -> Bool {
        guard k > 0, k + 1 < text.count, text.flags[k].contains(.quoteMark), text.isWord(k - 1),
              text.tokens[k].view.start == text.tokens[k - 1].view.end, text.isWord(k + 1), !text.isCapitalised(k + 1),
              text.cue[k + 1] < 0 else { return false }
        return (max(0, k - 6)..<(k - 1)).contains { text.flags[$0].contains(.quoteMark) }
    }

    /// `killed "dozens" of Wagner mercenaries`: the mark at `k` opens one to three words quoted
    /// inside the sentence (a word before it, the first quoted word right after it, then a mark
    /// that closes them), so the clause goes on past it.
    private func opensWordsInSentence(_ k: Int) -> Bool {
        guard k > 0, k + 2 < text.count, text.flags[k].contains(.quoteMark), text.isWord(k - 1), text.isWord(k + 1),
              text.tokens[k].view.start > text.tokens[k - 1].view.end, text.tokens[k + 1].view.start == text.tokens[k].view.end,
              let close = (k + 2..<min(text.count, k + 5)).first(where: { text.flags[$0].contains(.quoteMark) }) else { return false }
        return closesWordsInSentence(close)
    }

    /// A scope break at `k` ("but", "yet"), not the adverb after an auxiliary or a negator
    /// ("No group has yet claimed responsibility", "not yet").
    func isScopeBreak(_ k: Int) -> Bool {
        guard text.markerKind(k) == .scopeBreak else { return false }
        return k == 0 || !(text.words.isFinite(text.hashes[k - 1]) || text.markerKind(k - 1) == .negator)
    }

    /// The opening mark of a quote whose content starts at token `first` (or at its mark),
    /// when the quote goes on a sentence: a word before the mark, a lower-case word after it.
    private func sentenceGoingOn(quoteAt first: Int) -> Int? {
        let mark = first < text.count && text.flags[first].contains(.quoteMark) ? first : first - 1
        guard mark > 0, mark + 1 < text.count, text.flags[mark].contains(.quoteMark), text.isWord(mark - 1),
              text.isWord(mark + 1), !text.isCapitalised(mark + 1) else { return nil }
        return mark
    }

    func breaksClause(_ k: Int) -> Bool {
        if isScopeBreak(k) { return true }
        if isAndThat(k) { return true }
        guard text.tokens[k].kind == .punctuation else { return false }
        let c = text.scalar(k)
        // "MOSCOW (AP)_ …": the underscore of a news agency's dateline.
        return c == ";" || c == ":" || c == "\"" || c == "_" || (c == "-" && text.tokens[k].view.length == 1 && isSpacedDash(k))
    }

    /// "said the leader was alive and that reports of his death were false", "said … had
    /// repelled an attack, that two soldiers were killed": a second reported clause has its own
    /// subject, negation and denial.
    @inline(__always)
    private func isAndThat(_ k: Int) -> Bool {
        (text.hashes[k] == text.words.and || text.isPunct(k, ",")) && k + 1 < text.count && text.hashes[k + 1] == text.words.that
    }

    private func isSpacedDash(_ k: Int) -> Bool {
        let s = text.tokens[k].view.start
        return s > 0 && text.v[s - 1] == " "
    }

    /// "an audio message released on …": a participle after a word for a message describes
    /// the message, not an event.
    func describesUtterance(_ t: Int, _ clause: ClosedRange<Int>) -> Bool {
        guard t - 1 >= clause.lowerBound else { return false }
        if text.markerKind(t - 1) == .utterance { return true }
        // "A video from the Islamic State, released by its Amaq agency, said …": a participle
        // in an aside after the message's phrase.
        guard text.isPunct(t - 1, ",") else { return false }
        var k = t - 2
        while k >= max(clause.lowerBound, t - 7) && text.tokens[k].kind == .word && text.cue[k] < 0 && !text.isFiniteVerb(k) {
            if text.markerKind(k) == .utterance { return true }
            k -= 1
        }
        return false
    }

    /// "to kill" is an aim, not an event, unless a failure is stated ("failed to kill") or an
    /// achievement ("managed to kill", "the mujahideen were able to kill", "made it possible to").
    func infinitive(_ t: Int, _ clause: ClosedRange<Int>, _ reading: ClauseReading) -> Bool {
        guard t - 1 >= clause.lowerBound, text.markerKind(t - 1) == .infinitive else { return false }
        return !reading.failed && !achieved(before: t - 1, from: clause.lowerBound)
    }

    /// The infinitive's "to" at `to` follows a verb of achievement in the past.
    private func achieved(before to: Int, from floor: Int) -> Bool {
        let v = to - 1
        guard v >= floor else { return false }
        if text.words.achieved.contains(text.hashes[v]) { return true }
        // "The reaction of our forces made it possible to neutralise 17 terrorists."
        if text.isWord(v, text.words.possible) && v - 2 >= floor && text.isWord(v - 1, text.words.it) && text.isWord(v - 2, text.words.made) { return true }
        return text.isWord(v, text.words.able) && v - 1 >= floor && text.words.pastBe.contains(text.hashes[v - 1])
    }
}
