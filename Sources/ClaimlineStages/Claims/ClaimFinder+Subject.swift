import ClaimlineCore
import ClaimlineRules

extension ClaimFinder {
    /// The entity a predicate is about: the best candidate of its clause, scored by kind
    /// (a known entity over a pronoun over an unknown name), by the side the predicate's
    /// grammar points to (before for "is alive" and passives, after for "killed X" and
    /// "the death of X") and by nearness. Agents (before an active verb, after "by" of a
    /// passive) and the speaker are left out. "its fighters", "our forces" are `group`, the
    /// organisation speaking, given for a predicate whose subject stands before it ("AQIM said
    /// its fighters had captured the town").
    func subject(of t: Int, rule: PredicateRule, side: ArgumentSide? = nil, clause: ClosedRange<Int>, excluding: ClosedRange<Int>?,
                 owner: Int? = nil, group: MentionRef? = nil, addressee: MentionRef? = nil) -> MentionRef? {
        // `side` read in place of the rule's: the agent of a speech act aimed at someone.
        let side = side ?? rule.side
        // "Belmokhtar, whose death was announced by Chad": the name before the relative's comma.
        if side == .after, t >= 3, text.isWord(t - 1, text.words.whose), text.isPunct(t - 2, ","),
           let head = candidate(endingAt: t - 3, from: max(0, t - 12), types: rule.subjectTypes) {
            return ref(of: head)
        }
        let end = t + Int(text.predicateLength[t]) - 1
        // "blamed the attack on JNIM": who is blamed, not the target.
        if side == .after, t >= 2, text.isWord(end, text.words.on), reader.isDeterminer(t - 1),
           text.words.blames.contains(text.hashes[t - 2]) { return nil }
        let describing = describesNounBefore(t, clause), passive = describing || isPassive(t, clause)
        let preferBefore = side.readsBefore || (side.takesObject && passive)
        let agent = passive ? agentPhrase(after: end, clause) : nil
        var best: (score: Int, candidate: Candidate)? = nil
        // Whether the organisation speaking may be the subject, asked of every candidate: of a
        // verb's object only before its passive ("23 of its soldiers were killed").
        let groups = group != nil && (!side.takesObject || passive && text.endsInEd(t))
        // "executed civilians in the village of Karma", "wounded at a factory in Goshen, Indiana":
        // past a plain object and a preposition of place stands where, not whom (an attack's
        // target may be a place, "struck targets in Gaza", unless a determiner names another:
        // "attacked a base in Bula Gaduud"); after a noun's object the same ("attacks on villages
        // near the border with Mali"). Sought once for the trigger, not for each candidate.
        let placeCuts = side == .after || side.takesObject && !passive
            && (!Self.admits(rule.subjectTypes, "LOC") || (end + 1 < text.count && text.markerKind(end + 1) == .determiner))
        var placeCut: Int?? = nil
        func consider(_ candidate: Candidate) {
            let before = candidate.last < t
            if describing && !before { return }
            let distance = before ? t - candidate.last : candidate.first - end
            // A verb's object is the organisation only as "its soldiers", "the group" before its
            // passive, not as "it" ("It is understood some of the gunmen have been arrested").
            if side.takesObject, case .group = candidate.source, !before || candidate.first == candidate.last { return }
            // Before an active verb stands its agent ("the French killed X"), not its subject;
            // before a noun only a possessive ("Hamaha's death"; not "accused the MNLA of killing").
            if before && ((side.takesObject && !passive) || (side == .after && (distance > 2
                || !(reader.isPossessive(candidate.last) || reader.isPossessiveMark(candidate.last + 1))))) { return }
            // "Zarqawi's men were killed": a possessor whose noun has a verb of its own is not what
            // the verb is about ("Israel's withdrawal" is Israel's).
            if before && side != .after && (reader.isPossessive(candidate.last) || reader.isPossessiveMark(candidate.last + 1))
                && (candidate.last + 1..<t).contains(where: { text.markerKind($0) == .auxiliary }) { return }
            // "the camp in Aguelhok, in the Kidal region, was the target of an attack": before a
            // state or act read before its words, a place after "in", "near" is where, not who.
            if before && side == .before, case let p = candidate.first > 0 && reader.isDeterminer(candidate.first - 1) ? candidate.first - 2 : candidate.first - 1,
               p >= 0, text.words.places.contains(text.hashes[p]) { return }
            // "the attack on Tillia in which 16 civilians were killed": the passive's subject
            // stands after the preposition and its relative, not before them.
            if before && passive && side.takesObject, candidate.last + 1 < t - 1,
               (candidate.last + 1..<t - 1).contains(where: { text.isPreposition($0) && text.words.relatives.contains(text.hashes[$0 + 1]) }) { return }
            // "The CMA said 11 civilians were killed": the name a reporting verb follows is who
            // spoke, not what a later verb is about (a verb right after it is the cue's own
            // object: "Serbs maintain control").
            if before, candidate.last + 1 < t, text.cueKinds[candidate.last + 1] == .speech,
               candidate.last + 1 + max(1, Int(text.cueLength[candidate.last + 1])) < t { return }
            // After "will continue the fight until the occupiers leave X" stands an object, not the subject;
            // after "broke away from", "defected to", a party other than the subject.
            if !before && side.readsBefore && distance > 2 { return }
            if !before && side == .before && (text.isPreposition(end) || end + 1 < candidate.first && (text.isPreposition(end + 1)
                || text.words.locatives.contains(text.hashes[end + 1]) || text.words.postmodifierPrepositions.contains(text.hashes[end + 1]))) { return }
            // "were killed … in a car bomb attack outside the embassy in Dar-es-Salaam": after a
            // passive, a name past a preposition of time or place is where or when, not who (one
            // past "including" may be: the seed's "leaders being killed …, including … Hamaha").
            if !before && passive && side.takesObject
                && (end + 1..<candidate.first).contains(where: { text.words.frameOpeners.contains(text.hashes[$0]) || text.words.locatives.contains(text.hashes[$0]) }) { return }
            // "were kidnapped by armed bandits who stormed the college": a relative clause on a
            // passive's agent holds none of its subject (one before the agent may: "leaders being
            // killed which was announced by the army, including Hamaha").
            if !before, let agent, candidate.first > agent.lowerBound,
               (agent.lowerBound..<candidate.first).contains(where: { text.words.relatives.contains(text.hashes[$0]) }) { return }
            // "the bombing, which killed 20 people, in a statement on Telegram": past the object, a
            // comma and a preposition, the verb's object has ended.
            if !before && distance > 2 && (end + 2..<candidate.first).contains(where: { text.isPunct($0, ",") && text.isPreposition($0 + 1) }) { return }
            // "released the girls after negotiations brokered by the Swiss government": the agent
            // of a participle after the object is no object of the verb.
            if !before && distance > 2 && agentOfParticiple(before: candidate.first, after: end) { return }
            if !before && distance > 2 && placeCuts {
                if placeCut == nil { placeCut = placeAfterObject(from: end + 2, through: clause.upperBound) }
                if let cut = placeCut!, candidate.first > cut { return }
            }
            let score = candidate.rank * 10 + (before == preferBefore ? 15 : 0) - min(distance, 9)
            if best == nil || score > best!.score { best = (score, candidate) }
        }
        var k = clause.lowerBound
        while true {
            k = nextPossibleCandidate(from: k, through: clause.upperBound, groups: groups)
            guard k <= clause.upperBound else { break }
            guard !(t...end).contains(k), !(excluding?.contains(k) ?? false), !(agent?.contains(k) ?? false),
                  let candidate = candidate(at: k, types: rule.subjectTypes, groups: groups) else { k += 1; continue }
            consider(candidate)
            k = candidate.last + 1
        }
        if let (i, role) = heldRole(in: clause, types: rule.subjectTypes), !role.overlaps(t...end),
           !(excluding?.overlaps(role) ?? false), !(agent?.overlaps(role) ?? false) {
            consider(Candidate(first: role.lowerBound, last: role.upperBound, rank: 3, source: .role(i)))
        }
        if preferBefore, let found = best?.candidate, found.last < t,
           let head = appositiveHead(before: t, holding: found, clause: clause, types: rule.subjectTypes, groups: groups) {
            return ref(of: head, group: group, addressee: addressee)
        }
        if preferBefore, let found = best?.candidate, found.last < t,
           let head = ofHead(holding: found, clause: clause, types: rule.subjectTypes, groups: groups) {
            return ref(of: head, group: group, addressee: addressee)
        }
        // "The men led by Belmokhtar were killed": the men, whom no name names.
        if preferBefore, let found = best?.candidate, found.last < t, let follower = followerEnd(before: found, clause: clause) {
            return candidate(endingAt: follower, from: max(clause.lowerBound, follower - 6), types: rule.subjectTypes, groups: groups)
                .map { ref(of: $0, group: group, addressee: addressee) }
        }
        if let found = best {
            // The speaker of a direct quote the pronoun stands in.
            let voice = owner.flatMap { attributions[$0].direct ? attributions[$0].speaker?.ref : nil }
            return ref(of: found.candidate, group: group, addressee: addressee, voice: voice)
        }
        // "Shekau, whom the army claimed to have killed,": the verb's object is the pronoun's name
        // (nothing follows the verb in the report's words).
        if side.takesObject, !passive, let owner, text.isWord(attributions[owner].first, text.words.to), end >= attributions[owner].last {
            return gapAntecedent(of: owner, types: rule.subjectTypes)
        }
        guard preferBefore else { return nil }
        return firstPerson(before: t, clause: clause, owner: owner, types: rule.subjectTypes) ?? gapAntecedent(of: owner, types: rule.subjectTypes)
    }

    /// "after negotiations brokered by (the) X": "by" and a participle right before the candidate
    /// at `first`, and a preposition opening a phrase of its own between them and the verb ending
    /// at `end` (not "attacked a convoy escorted by French troops", whose target they are).
    private func agentOfParticiple(before first: Int, after end: Int) -> Bool {
        var by = first - 1
        if by > end, reader.isDeterminer(by) { by -= 1 }
        guard by - 1 > end, text.isWord(by, text.words.by), text.endsInEd(by - 1) else { return false }
        return (end + 1..<by - 1).contains { text.words.frameOpeners.contains(text.hashes[$0]) }
    }

    /// "“I am alive, I was not even touched”": "I" right before the words of a person's direct
    /// quote (up to two words between, or auxiliaries, negators and adverbs) is the person quoted.
    private func firstPerson(before t: Int, clause: ClosedRange<Int>, owner: Int?, types: Set<String>) -> MentionRef? {
        guard let owner, attributions[owner].direct, Self.admits(types, "PER"), let speaker = attributions[owner].speaker?.ref,
              let i = stride(from: t - 1, through: max(clause.lowerBound, t - 5), by: -1).first(where: { text.isWord($0, text.words.i) }),
              i + 3 >= t || (i + 1..<t).allSatisfy(text.isVerbFiller)
        else { return nil }
        return MentionRef(span: text.original(i, i), entity: speaker.entity, name: speaker.name)
    }

    /// The first preposition of place in `from...last` right after a lower-case word or a
    /// number: the end of a verb's object that names no one ("a ship in", "20 soldiers near").
    /// None after an aside right after the verb ("killed, in a raid near Gao, Abu Walid"
    /// leaves the object after it).
    private func placeAfterObject(from: Int, through last: Int) -> Int? {
        guard from - 1 < text.count, text.tokens[from - 1].kind != .punctuation else { return nil }
        var j = from
        while j <= last {
            if text.words.places.contains(text.hashes[j]) && text.tokens[j].kind == .word,
               text.tokens[j - 1].kind == .number || (text.tokens[j - 1].kind == .word && !text.isCapitalised(j - 1)
                   && !text.isPreposition(j - 1) && text.markerKind(j - 1) != .determiner) { return j }
            j += 1
        }
        return nil
    }

    /// "Belmokhtar, who the army says was killed": a report whose clause opens with its verb
    /// (the relative pronoun is its subject) is about the name before the pronoun's comma.
    private func gapAntecedent(of owner: Int?, types: Set<String>) -> MentionRef? {
        // "Shekau, whom the army claimed to have killed": its object, the pronoun, too.
        guard let owner, let cue = attributions[owner].cue, attributions[owner].first == cue.upperBound + 1,
              text.isFiniteVerb(attributions[owner].first) || text.isWord(attributions[owner].first, text.words.to) else { return nil }
        guard let pronoun = stride(from: cue.lowerBound - 1, through: max(1, cue.lowerBound - 6), by: -1)
                .first(where: { text.words.relatives.contains(text.hashes[$0]) }), pronoun > 1, text.isPunct(pronoun - 1, ",") else { return nil }
        return candidate(endingAt: pronoun - 2, from: max(0, pronoun - 10), types: types).map { ref(of: $0) }
    }

    /// "Droukdel, an Algerian who had led AQIM for a decade, was killed": the subject of a verb
    /// right after an appositive between commas is the name the appositive describes, not
    /// `found`, a name inside it.
    private func appositiveHead(before t: Int, holding found: Candidate, clause: ClosedRange<Int>, types: Set<String>,
                                groups: Bool) -> Candidate? {
        var close = t - 1
        while close > clause.lowerBound && (text.markerKind(close) == .auxiliary || text.markerKind(close) == .adverb) { close -= 1 }
        guard close > found.last, text.isPunct(close, ",") else { return nil }
        // The appositive may reach back past the clause's reach, not past its sentence or a quote mark.
        let floor = text.sentenceRange(t).lowerBound
        var open = close - 1
        while open > floor && close - open <= 20 && !text.isPunct(open, ",") && !text.flags[open].contains(.quoteMark) { open -= 1 }
        guard open < found.first, open > floor, text.isPunct(open, ",") else { return nil }
        // "Two Italians, the priest Pierluigi Maccalli and …, were freed": an appositive that
        // opens with a person names who it was (a known person, or a name of two words or more:
        // "an Algerian who led AQIM" opens with no person).
        for start in (open + 1)...min(open + 3, close - 1) {
            guard let person = candidate(at: start, types: ["PER"]) else { continue }
            if case .entity = person.source { return nil }
            if person.last > person.first { return nil }
        }
        // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's branch in the Sahel, claimed":
        // the name before its short name in parentheses, else the short name.
        if let paren = text.parenthesisOpen(closingAt: open - 1, floor: floor), paren > floor {
            return candidate(endingAt: paren - 1, from: max(floor, paren - 9), types: types, groups: groups)
                ?? candidate(endingAt: open - 2, from: paren + 1, types: types, groups: groups)
        }
        return candidate(endingAt: open - 1, from: max(floor, open - 8), types: types, groups: groups)
    }

    /// "The Signed-in-Blood Battalion of Mokhtar Belmokhtar claimed": the subject is the
    /// phrase's head, the name right before "of", not `found`, the name after it.
    private func ofHead(holding found: Candidate, clause: ClosedRange<Int>, types: Set<String>, groups: Bool) -> Candidate? {
        let of = found.first - 1
        guard of - 1 >= clause.lowerBound, text.isWord(of, text.words.of) else { return nil }
        return candidate(endingAt: of - 1, from: max(clause.lowerBound, of - 8), types: types, groups: groups)
    }

    /// "FARC dissidents led by Ivan Mordisco claimed …", "forces loyal to Haftar": the name after
    /// "led by" or "loyal to" says whose the noun before it is, and the name before it (past a
    /// plural noun) acts; where that name may end, or nil when `found` follows no such words.
    private func followerEnd(before found: Candidate, clause: ClosedRange<Int>) -> Int? {
        let p = found.first - 1
        guard p - 2 >= clause.lowerBound, text.isFollowing(p) else { return nil }
        var end = p - 2
        // "Katiba Macina, led by Amadou Koufa, claimed …": the aside's opening comma.
        if end > clause.lowerBound, text.isPunct(end, ",") { end -= 1 }
        if end > clause.lowerBound, text.isWord(end), !text.isCapitalised(end), reader.endsInPluralS(end) { end -= 1 }
        return end
    }

    /// The candidate that starts at or after `first` and ends at token `last` (the head of a
    /// phrase before an appositive, "of" or a relative pronoun).
    private func candidate(endingAt last: Int, from first: Int, types: Set<String>, groups: Bool = false) -> Candidate? {
        guard first <= last else { return nil }
        for start in first...last {
            if let head = candidate(at: start, types: types, groups: groups), head.last == last { return head }
        }
        return nil
    }

    /// The first token from `k` through `last` where `candidate(at:)` may find something (the
    /// tests it starts with; with `groups`, "its", "their", "our", "it", "we" and "the" before a
    /// group's word for itself too), else `last + 1`.
    /// Most tokens are no mention, no person pronoun and no name part: they are passed over
    /// through buffers.
    func nextPossibleCandidate(from k: Int, through last: Int, groups: Bool = false) -> Int {
        let words = text.words, possessives = groups ? words.groupPossessives : [], pronouns = words.groupPronouns
        return text.entity.withUnsafeBufferPointer { entity in
        text.markerKinds.withUnsafeBufferPointer { kinds in
        text.flags.withUnsafeBufferPointer { flags in
        text.tokens.withUnsafeBufferPointer { tokens in
        text.v.withUnsafeBufferPointer { v in
            var k = k
            while k <= last && entity[k] < 0 && kinds[k] != .pronounPerson && kinds[k] != .title && !flags[k].contains(.namePart)
                    && !ClaimsText.isJoinedParticle(tokens, v, flags, k, words: words)
                    && (possessives.isEmpty || (!possessives.contains(text.hashes[k])
                        && !(kinds[k] == .pronounGroup && pronouns.contains(text.hashes[k]))
                        && !(text.hashes[k] == words.the && k < last && words.groupSelves.contains(text.hashes[k + 1])))) { k &+= 1 }
            return k
        }}}}}
    }

    /// A possible subject, by token indexes: its mention is built only for the one chosen.
    struct Candidate {
        enum Source {
            /// A mention of `doc.entities`.
            case entity(Int)
            /// A person pronoun at this token.
            case pronoun(Int)
            /// An unknown name run, with the token of a person mention inside it, if any.
            case name(person: Int?)
            /// "its fighters": the organisation speaking (`group`). No mention in the case: a
            /// candidate is then plain values, copied and dropped for free while the best is sought.
            case group
            /// "its leader": a role of `doc.roles` whose holder the entities stage found.
            case role(Int)
            /// "the Sheikh": the person of `doc.entities` named last with that title.
            case titled(Int)
        }
        var first: Int
        var last: Int
        var rank: Int
        var source: Source
    }

    func ref(of candidate: Candidate, group: MentionRef? = nil, addressee: MentionRef? = nil, voice: MentionRef? = nil) -> MentionRef {
        switch candidate.source {
        case .entity(let i):
            let e = text.doc.entities[i]
            return MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text)
        case .pronoun(let k):
            return resolvePronoun(k, voice: voice)
        case .name(let person):
            let id = person.flatMap { text.doc.entities[Int(text.entity[$0])].entity }
            return MentionRef(span: text.original(candidate.first, candidate.last), entity: id, name: text.text(candidate.first, candidate.last))
        case .group:
            // "warn France that its soldiers …", "that it will pay": the addressee's.
            let owner = addressee != nil && text.words.addresseeWords.contains(text.hashes[candidate.first]) ? addressee : group
            return MentionRef(span: text.original(candidate.first, candidate.last), entity: owner?.entity, name: owner?.name)
        case .role(let i):
            let r = text.doc.roles[i], holder = text.doc.entities[r.holder!]
            return MentionRef(span: r.span, entity: holder.entity, name: holder.name ?? holder.text, role: r.role)
        case .titled(let i):
            let e = text.doc.entities[i]
            return MentionRef(span: text.original(candidate.first, candidate.last), entity: e.entity, name: e.name ?? e.text)
        }
    }

    /// "Sheikh Abou Zeid … the Sheikh is alive": for "the" and a title at `k` with no name
    /// after it, the last person named right after that title, within `pronounReach` tokens.
    private func titledPerson(at k: Int) -> Int? {
        guard k > 0, text.isWord(k - 1, text.words.the), !(k + 1 < text.count && reader.isNamePart(k + 1)) else { return nil }
        var j = k - 2
        while j >= 0 && k - j < Self.pronounReach {
            if text.hashes[j] == text.hashes[k], j + 1 < k - 1, text.entity[j + 1] >= 0, text.doc.entities[Int(text.entity[j + 1])].isPerson {
                return Int(text.entity[j + 1])
            }
            j -= 1
        }
        return nil
    }

    /// How far back, in tokens, a pronoun or a title looks for the person it stands for.
    static let pronounReach = 400

    /// "its leader was killed": the first role in `clause` whose holder the entities stage
    /// found (from the tables, the document naming him), and its tokens, when a person may be the subject.
    private func heldRole(in clause: ClosedRange<Int>, types: Set<String>) -> (Int, ClosedRange<Int>)? {
        guard !text.doc.roles.isEmpty, Self.admits(types, "PER"),
              let i = text.mentions.firstRole(overlapping: text.original(clause.lowerBound, clause.upperBound), held: true) else { return nil }
        let span = text.doc.roles[i].span
        let first = text.firstToken(atOrAfter: span.start), last = text.firstToken(atOrAfter: span.end) - 1
        guard first <= last, clause.contains(first), clause.contains(last) else { return nil }
        return (i, first...last)
    }

    /// A known mention of a compatible type, a person pronoun, or an unknown capitalised name
    /// that is not an adjective ("Jihadi leaders", "French soldiers"); with `groups`, the
    /// organisation speaking too ("its fighters", "we"). A flag, not the organisation's
    /// optional reference: testing that for nil here copied it at every call, strings retained.
    func candidate(at k: Int, types: Set<String>, groups: Bool = false) -> Candidate? {
        if groups, k + 1 < text.count, text.words.groupPossessives.contains(text.hashes[k]),
           text.words.groupNouns.contains(text.hashes[k + 1]) {
            return Candidate(first: k, last: k + 1, rank: 3, source: .group)
        }
        // "Ansar Dine said the group had withdrawn from Gao": the organisation speaking names itself.
        if groups, k + 1 < text.count, text.hashes[k] == text.words.the, text.words.groupSelves.contains(text.hashes[k + 1]) {
            return Candidate(first: k, last: k + 1, rank: 3, source: .group)
        }
        // "AQIM said it had carried out the attack", "“We withdrew from Gao”": the organisation speaking.
        if groups, text.words.groupPronouns.contains(text.hashes[k]) {
            return Candidate(first: k, last: k, rank: 2, source: .group)
        }
        if text.entity[k] >= 0 {
            let i = Int(text.entity[k])
            let range = reader.mentionRange(k)
            // Fields read in place: a mention is never copied whole.
            guard Self.admits(types, text.doc.entities[i].type) else { return nil }
            // "Boko Haram commander Abu Fatima", "a senior JNIM leader, Ba Ag Moussa,": an
            // organisation before a role and a name only says whose the person is.
            let next = range.upperBound + 1
            if text.doc.entities[i].isOrganisation, next < text.count, reader.isRole(next),
               case let after = next + Int(text.markerLength[next]),
               case let name = after < text.count && text.isPunct(after, ",") ? after + 1 : after,
               name < text.count, reader.isNamePart(name) { return nil }
            // A person the tables do not know is still a named person: as good a subject as a known entity.
            let rank = text.doc.entities[i].entity != nil || text.doc.entities[i].isPerson ? 3 : 2
            return Candidate(first: range.lowerBound, last: range.upperBound, rank: rank, source: .entity(i))
        }
        if text.markerKind(k) == .pronounPerson, Self.admits(types, "PER"), !text.isWord(k, text.words.his) {
            return Candidate(first: k, last: k, rank: 2, source: .pronoun(k))
        }
        if text.markerKind(k) == .title, Self.admits(types, "PER"), let i = titledPerson(at: k) {
            return Candidate(first: k - 1, last: k, rank: 2, source: .titled(i))
        }
        // A capitalised word of a date ("since his Aug. 2 power-grab") names no one.
        guard reader.isNamePart(k), text.date[k] < 0, !reader.isRole(k), !reader.isParticle(k) || text.isCapitalised(k),
              k == 0 || !reader.isNamePart(k - 1), let run = reader.nameRun(from: k, to: min(k + 8, text.count - 1)) else { return nil }
        if k > 0 && text.words.locatives.contains(text.hashes[k - 1]) { return nil }  // "near Gao": a place
        let next = run.upperBound + 1
        if next < text.count && (reader.isRole(next) || (reader.isModifier(next) && isPluralNoun(next))) { return nil }
        // "a Christian pastor", "the Fulani herder": one word between a determiner and a noun
        // describes the noun (not "the Wagner group", "the Underwood family": those nouns name
        // the word's own).
        if run.count == 1, k > 0, text.markerKind(k - 1) == .determiner, next < text.count, reader.isModifier(next),
           text.markerKind(next) != .orgAnaphor, !text.words.kinNouns.contains(text.hashes[next]) { return nil }
        if text.sentenceRange(k).lowerBound == k && run.count == 1 { return nil }
        // "TROOPS … NEUTRALISE 27 TERRORISTS, RESCUE 14 KIDNAPPED VICTIMS": words in capitals
        // among others in capitals are a title's plain words, not a name.
        if run.allSatisfy({ text.entity[$0] < 0 && isShouted($0) }),
           (max(0, k - 3)..<k).contains(where: isShouted) || (next..<min(text.count, next + 3)).contains(where: isShouted) { return nil }
        // "Lieutenant Boiteux": a person mention inside the run gives its id.
        let person = run.first { text.entity[$0] >= 0 && text.doc.entities[Int(text.entity[$0])].isPerson }
        return Candidate(first: run.lowerBound, last: run.upperBound, rank: 1, source: .name(person: person))
    }

    /// A word of two letters or more, all of them capital ASCII letters.
    private func isShouted(_ t: Int) -> Bool {
        let view = text.tokens[t].view
        guard text.tokens[t].kind == .word, view.length >= 2 else { return false }
        return (view.start..<view.end).allSatisfy { text.v[$0].value &- 65 < 26 }
    }

    /// `types.contains(type)` for a predicate's few subject types, compared one by one: cheaper
    /// than hashing the type for every candidate.
    static func admits(_ types: Set<String>, _ type: String) -> Bool {
        for t in types where t == type { return true }
        return false
    }

    /// "soldiers", "militants": a plural after a capitalised word makes that word an adjective.
    func isPluralNoun(_ k: Int) -> Bool {
        let span = text.tokens[k].view
        return span.length > 3 && text.v[span.end - 1] == "s" && text.v[span.end - 2] != "s"
    }

    /// "he": the last person named before it (a PER mention, else a name of two words or more).
    /// In the direct quote of `voice`, "he" is never the one speaking (“Belmokhtar was not
    /// killed. He is alive,” said Abu Assem).
    func resolvePronoun(_ k: Int, voice: MentionRef? = nil) -> MentionRef {
        let span = text.pronounSpan(k)
        var j = k - 1
        while j >= 0 && k - j < Self.pronounReach {
            if text.entity[j] >= 0 {
                let e = text.doc.entities[Int(text.entity[j])]
                if e.isPerson && !(voice.map { Self.sameOne($0, entity: e.entity, name: e.name ?? e.text) } ?? false) {
                    return MentionRef(span: span, entity: e.entity, name: e.name ?? e.text)
                }
            } else if reader.isNamePart(j), !reader.isRole(j), j > 0, reader.isNamePart(j - 1) || reader.isParticle(j - 1) {
                var a = j
                while a - 1 >= 0 && (reader.isNamePart(a - 1) || reader.isParticle(a - 1)) && text.entity[a - 1] < 0 { a -= 1 }
                if let run = reader.nameRun(from: a, to: j), run.count >= 2, !(voice?.name == text.text(run.lowerBound, run.upperBound)) {
                    return MentionRef(span: span, entity: nil, name: text.text(run.lowerBound, run.upperBound))
                }
            }
            j -= 1
        }
        return MentionRef(span: span, entity: nil, name: nil)
    }

    /// Whether a person of `entity` and `name` is the one `ref` names.
    static func sameOne(_ ref: MentionRef, entity: String?, name: String) -> Bool {
        if let a = ref.entity, let b = entity { return a == b }
        return ref.name == name
    }

    /// "was killed", "were not killed", "being killed", "has been killed".
    func isPassive(_ t: Int, _ clause: ClosedRange<Int>) -> Bool {
        // "23 soldiers were killed and 45 wounded", "12 killed in Gao": a count (not a date's day)
        // right before a participle in "-ed" that no noun follows is what it befell.
        if t - 1 >= clause.lowerBound, text.tokens[t - 1].kind == .number, text.date[t - 1] < 0, text.endsInEd(t) {
            let next = t + max(1, Int(text.predicateLength[t]))
            if next >= text.count || text.tokens[next].kind == .punctuation || text.isPreposition(next) { return true }
        }
        var k = t - 1, steps = 0
        // `had been "neutralised by Barkhane"`: the mark opening the quoted words.
        if k > clause.lowerBound && text.flags[k].contains(.quoteMark) && text.tokens[k].view.end == text.tokens[t].view.start { k -= 1 }
        while k >= clause.lowerBound && steps < 4 {
            switch text.markerKind(k) {
            case .auxiliary?: return true
            case .negator?, .adverb?: k -= 1; steps += 1
            default:
                // "has been" is one marker starting one token earlier.
                if k > 0, text.markerKind(k - 1) == .auxiliary, Int(text.markerLength[k - 1]) >= 2 { return true }
                return false
            }
        }
        return false
    }

    /// "its leader, killed in a French airstrike": a participle after a noun and its comma,
    /// a preposition after it, describes the noun, the subject; after it stands no subject,
    /// only an agent ("Dar es Salaam, Tanzania, killed 257 people" is a verb and its object).
    func describesNounBefore(_ t: Int, _ clause: ClosedRange<Int>) -> Bool {
        guard t - 2 >= clause.lowerBound, text.isPunct(t - 1, ","), text.tokens[t - 2].kind == .word, text.endsInEd(t) else { return false }
        let next = t + Int(text.predicateLength[t])
        // Not "killed at least 110 people": a count.
        guard next + 1 < text.count, !text.isWord(next + 1, text.words.least) else { return false }
        return text.isPreposition(next) || text.words.places.contains(text.hashes[next]) || text.isWord(next, text.words.by)
    }

    /// "by the French" after a passive predicate: the agent, not the subject.
    func agentPhrase(after end: Int, _ clause: ClosedRange<Int>) -> ClosedRange<Int>? {
        guard end + 2 <= clause.upperBound, text.isWord(end + 1, text.words.by) else { return nil }
        // A bare plural ("by fighters loyal to AQIM") is no phrase of the reader's.
        let bare = reader.endsInPluralS(end + 2) || text.words.irregularPlurals.contains(text.hashes[end + 2])
        let p = reader.after(end + 2, limit: clause.upperBound)
        guard p != nil || bare else { return (end + 1)...(end + 1) }
        // "by fighters loyal to AQIM", "by men led by Belmokhtar": the name completing the agent is its.
        let k = p.map { $0.extent.upperBound + 1 } ?? end + 3
        if k + 2 <= clause.upperBound, text.isFollowing(k + 1), let q = reader.after(k + 2, limit: clause.upperBound) {
            return (end + 1)...q.extent.upperBound
        }
        return (end + 1)...(k - 1)
    }
}
