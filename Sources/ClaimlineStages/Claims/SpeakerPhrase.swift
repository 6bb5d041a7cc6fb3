import ClaimlineCore
import ClaimlineRules

/// A stretch of tokens that names who speaks, who relays, or whom a claim is about.
/// Plain 32-bit token indexes with -1 for "none": every phrase read is built and returned,
/// and a compact phrase travels in registers where one of optionals and ranges was copied
/// through memory.
struct Phrase {
    enum Kind: Equatable {
        /// A person: an entity mention or a capitalised name, possibly with a role beside it.
        case person
        /// A role phrase without a name ("the spokesman of AQIM").
        case role
        /// An organisation or place mention, or an unknown capitalised name.
        case named
        case pronoun(group: Bool)
        /// A common noun phrase ("the group", "officials").
        case common
    }

    var kind: Kind
    /// The tokens that name the speaker (the name in "the spokesman of AQIM, Abu Assem").
    private var firstToken: Int32, lastToken: Int32
    /// Index in `Document.entities` of the mention the phrase names, or -1.
    private var entityIndex: Int32
    /// The first token of the role ("spokesman"), its text read by `PhraseReader.role(of:)` only
    /// for the phrases that become speakers; and the organisation tokens ("AQIM") of a role
    /// phrase. -1 when absent.
    private var roleAt: Int32
    private var organisationFirst: Int32, organisationLast: Int32
    /// The whole extent read, including roles in apposition.
    private var extentFirst: Int32, extentLast: Int32

    init(kind: Kind, first: Int, last: Int, entity: Int32 = -1, roleToken: Int? = nil,
         organisation: ClosedRange<Int>? = nil, extent: ClosedRange<Int>) {
        self.kind = kind
        firstToken = Int32(truncatingIfNeeded: first); lastToken = Int32(truncatingIfNeeded: last)
        entityIndex = entity
        roleAt = roleToken.map { Int32(truncatingIfNeeded: $0) } ?? -1
        organisationFirst = organisation.map { Int32(truncatingIfNeeded: $0.lowerBound) } ?? -1
        organisationLast = organisation.map { Int32(truncatingIfNeeded: $0.upperBound) } ?? -1
        extentFirst = Int32(truncatingIfNeeded: extent.lowerBound); extentLast = Int32(truncatingIfNeeded: extent.upperBound)
    }

    var isPronoun: Bool { if case .pronoun = kind { return true } else { return false } }

    var first: Int { Int(firstToken) }
    var last: Int { Int(lastToken) }
    var entity: Int? { entityIndex >= 0 ? Int(entityIndex) : nil }
    var roleToken: Int? { roleAt >= 0 ? Int(roleAt) : nil }
    var organisation: ClosedRange<Int>? { organisationFirst >= 0 ? Int(organisationFirst)...Int(organisationLast) : nil }
    var extent: ClosedRange<Int> { Int(extentFirst)...Int(extentLast) }

    /// This phrase (a person) with the role and organisation of `other` where it has none,
    /// spanning both.
    func joined(with other: Phrase) -> Phrase {
        var p = self
        if p.roleAt < 0 { p.roleAt = other.roleAt }
        if p.organisationFirst < 0 { p.organisationFirst = other.organisationFirst; p.organisationLast = other.organisationLast }
        p.extentFirst = min(extentFirst, other.extentFirst); p.extentLast = max(extentLast, other.extentLast)
        return p
    }
}

/// Reads phrases forward from a token or backward from one, with appositions
/// ("the spokesman of AQIM, Abu Assem al-Muhajir,").
struct PhraseReader {
    let text: ClaimsText

    // MARK: token classes

    func isPreposition(_ t: Int) -> Bool { text.isPreposition(t) }
    /// A preposition that joins a complement to a noun ("experts on North Korea", "people close to him").
    func isPostmodifierPreposition(_ t: Int) -> Bool { isPreposition(t) || text.words.postmodifierPrepositions.contains(text.hashes[t]) }
    func isRole(_ t: Int) -> Bool { text.markerKind(t) == .role }
    func isDeterminer(_ t: Int) -> Bool { text.markerKind(t) == .determiner }
    func isParticle(_ t: Int) -> Bool { text.markerKind(t) == .nameParticle }
    /// A word that is part of a name: capitalised and not a listed function word, inside an
    /// entity mention, or a particle joined to a capitalised name ("al-Muhajir").
    func isNamePart(_ t: Int) -> Bool { text.isNamePart(t) }
    /// A plain lower-case word that may modify a role noun ("senior", "military"); not a
    /// preposition, nor an auxiliary ("…, has said").
    func isModifier(_ t: Int) -> Bool {
        text.flags[t].contains(.modifier) && !text.isPreposition(t) && !text.words.isFinite(text.hashes[t])
    }
    /// An apostrophe at `t` right after a word in "s" ("soldiers'", "Workers’").
    func isPluralPossessive(_ t: Int) -> Bool {
        let view = text.tokens[t].view
        guard t > 0, view.length == 1, text.v[view.start] == "'" || text.v[view.start] == "\u{2019}",
              text.tokens[t - 1].view.end == view.start else { return false }
        return text.v[view.start - 1] == "s"
    }
    /// The first token of an initial ("R." in "Joseph R. Biden", one token or two) whose last
    /// token is `t`.
    func initial(endingAt t: Int) -> Int? {
        let view = text.tokens[t].view
        // Capital letters of ASCII only: most tokens fail on their length before any letter is read.
        if view.length == 2 { return text.v[view.start].value &- 65 < 26 && text.v[view.start + 1] == "." ? t : nil }
        guard view.length == 1, t > 0, text.v[view.start] == ".", text.tokens[t - 1].view.length == 1,
              text.scalar(t - 1).value &- 65 < 26, text.tokens[t - 1].view.end == view.start else { return nil }
        return t - 1
    }

    /// The last token of an initial starting at `t`.
    func initial(startingAt t: Int) -> Int? {
        if t + 1 < text.count, initial(endingAt: t + 1) == t { return t + 1 }
        return initial(endingAt: t) == t ? t : nil
    }

    /// "Jr", "Sr": a suffix written after a name with a full stop.
    func isNameSuffix(_ t: Int) -> Bool {
        guard text.tokens[t].kind == .word, text.tokens[t].view.length == 2 else { return false }
        let a = text.v[text.tokens[t].view.start], b = text.v[text.tokens[t].view.start + 1]
        return (a == "J" || a == "S") && b == "r"
    }

    /// "one", "two", "several": a word that counts the noun after it.
    func isQuantifier(_ t: Int) -> Bool { text.tokens[t].kind == .word && text.words.isQuantifier(text.hashes[t]) }
    /// A count and its "of" at `t` ("one of the founders", "many of whom").
    func isCountOf(_ t: Int) -> Bool { t + 1 < text.count && isQuantifier(t) && text.isWord(t + 1, text.words.of) }

    // MARK: reading

    /// The organisation named after possessive `t` and a word for an organisation, with
    /// modifiers before it ("Syria's official news agency SANA"), when one is.
    func namedOutlet(after t: Int, limit: Int) -> Int? {
        var k = t + 1, word = false
        while k <= limit && k - t <= 5 && text.entity[k] < 0 && text.isWord(k) && !text.isCapitalised(k) {
            if text.markerKind(k) == .orgAnaphor { word = true; k += max(1, Int(text.markerLength[k])); continue }
            guard isModifier(k) || isRole(k) else { return nil }  // "official"
            k += 1
        }
        guard word, k <= limit, text.entity[k] >= 0, text.doc.entities[Int(text.entity[k])].isOrganisation else { return nil }
        return k
    }

    /// True when token `t`, a possessive, opens a role phrase whose role is not the possessor's
    /// own voice: "Obama's former campaign strategist", "Trump's lawyer" (a person's, or an
    /// unknown name's). An organisation speaks through its role ("AQIM's spokesman": AQIM).
    func possessesRole(_ t: Int, limit: Int) -> Bool {
        guard isPossessive(t) || isPossessiveMark(t), t + 1 <= limit, isRole(t + 1) || isModifier(t + 1) else { return false }
        let owner = isPossessiveMark(t) ? t - 1 : t
        return text.entity[owner] < 0 || text.doc.entities[Int(text.entity[owner])].isPerson
    }

    /// A chain link for a relaying party: the organisation of "an ANI journalist", else the mention.
    func link(_ p: Phrase, role: String) -> MentionRef {
        if let org = p.organisation {
            if let e = (org.lowerBound...org.upperBound).lazy.compactMap({ text.entity[$0] >= 0 ? text.doc.entities[Int(text.entity[$0])] : nil }).first {
                return MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text, role: role)
            }
            return MentionRef(span: text.original(org.lowerBound, org.upperBound), entity: nil, name: text.text(org.lowerBound, org.upperBound), role: role)
        }
        if let i = p.entity {
            let entities = text.doc.entities
            return MentionRef(span: entities[i].span, entity: entities[i].entity, name: entities[i].name ?? entities[i].text, role: role)
        }
        return MentionRef(span: text.original(p.first, p.last), entity: nil, name: text.text(p.first, p.last), role: role)
    }

    /// The chain link a relay cue starting at `t` names in its sentence ("told the news agency
    /// ANI", "quoted by Reuters"): whom the words went through; nil for none or a pronoun.
    func relayLink(cue t: Int, limit: Int) -> MentionRef? {
        guard let target = after(t + Int(text.cueLength[t]), limit: limit, describedName: true),
              target.kind != .pronoun(group: false) else { return nil }
        // "…, citing the collapse of the talks": a reason, no one who relayed the words.
        if text.cueLength[t] == 1, text.words.citeForms.contains(text.hashes[t]), isReason(target) { return nil }
        return link(target, role: text.tables.cues[Int(text.cue[t])].role ?? "source")
    }

    /// What "citing" names when it names no source: a thing ("the collapse of the talks"), or a
    /// name's common noun ("Justice Department policy"); not a person, a role, a word for
    /// sources or for a statement ("citing military sources", "citing a statement").
    func isReason(_ p: Phrase) -> Bool {
        switch p.kind {
        case .person, .role, .pronoun: return false
        case .named:
            let last = p.extent.upperBound
            return last > p.extent.lowerBound && text.isWord(last) && !text.isCapitalised(last) && text.entity[last] < 0
                && !isRole(last) && text.markerKind(last) != .utterance && !text.words.sourceNouns.contains(text.hashes[last])
        default:
            return !p.extent.contains { isRole($0) || text.markerKind($0) == .utterance || text.cueKinds[$0] == .speech
                || text.words.sourceNouns.contains(text.hashes[$0]) || text.words.reportNouns.contains(text.hashes[$0]) }
        }
    }

    /// The phrase that starts at token `t` (after a cue: "said the spokesman of AQIM, Abu Assem").
    /// With `describedName`, for whom words were told or relayed through, a description before
    /// an organisation's name reaches the name ("told the Mauritanian news agency ANI").
    func after(_ t: Int, limit: Int, describedName: Bool = false) -> Phrase? {
        var i = t
        while i <= limit && text.markerKind(i) == .adverb { i += 1 }
        // "said Sheikh Abdiasis", "Col. Ahmed Nur told", "said Maj. Gen. Kenneth Ekman": the
        // titles before a name are left out of the span.
        while i + 1 <= limit, text.markerKind(i) == .title {
            let next = afterTitle(i)
            guard next <= limit, isNamePart(next) || text.markerKind(next) == .title else { break }
            i = next
        }
        guard i <= limit, text.tokens[i].kind == .word else { return nil }
        if case .pronounPerson? = text.markerKind(i) { return pronoun(i, group: false) }
        if case .pronounGroup? = text.markerKind(i) { return pronoun(i, group: true) }
        // "…, says another", "said the other", "said a third": a count or rank alone after the verb
        // and before the clause's end (not "A second, shorter message").
        if i > 0, text.cue[i - 1] >= 0, case let e = isDeterminer(i) ? i + 1 : i, e <= limit, e == limit || text.tokens[e + 1].kind == .punctuation,
           let count = count(endingAt: e, floor: i), count.first == i { return count }
        var end = i
        let determined = isDeterminer(i) || (text.isCapitalised(i) && possessesRole(i, limit: limit))
        if determined { end += 1 }
        var modifiers = 0
        // "one of the sources", "two of his aides": a count of those the role after "of" names.
        if !determined, isQuantifier(i), i + 3 <= limit, text.isWord(i + 1, text.words.of),
           isDeterminer(i + 2) || isPossessive(i + 2), isRole(i + 3) { end = i + 3 }
        while end <= limit {
            if text.entity[end] >= 0 && isPossessive(end) {
                // "Syria's official news agency SANA": the outlet that the possessor's noun names speaks.
                if let name = namedOutlet(after: end, limit: limit) { return after(name, limit: limit) }
                // "The Malian army's general staff said": a possessor names the speaker unless a
                // name follows it ("Islamic State's Amaq agency").
                // "The Taliban's spokesman, Zabihullah Mujahid,": the person the role names speaks.
                if !(end + 1 <= limit && isNamePart(end + 1)) && !possessesRole(end, limit: limit)
                    && !namedInApposition(role: end + 1, limit: limit) { end += 1; break }
            }
            // A role of several words ("media office") as a whole.
            if isRole(end) { end = min(limit + 1, end + max(1, Int(text.markerLength[end]))); continue }
            if isNamePart(end) || isParticle(end) { end += 1; continue }
            // "spokesman Col. Steve Warren", "spokesman Lt. Col. Jean Kalala": titles (and their full
            // stops) inside the phrase.
            if end > i, text.markerKind(end) == .title {
                var name = afterTitle(end)
                while name < limit, text.markerKind(name) == .title { name = afterTitle(name) }
                if name <= limit, isNamePart(name) { end = name; continue }
            }
            // "Obama ’s former campaign strategist": the possessive on its own.
            if end > i, isPossessiveMark(end), isNamePart(end - 1), possessesRole(end, limit: limit) { end += 1; continue }
            // "George W. Bush": the full stop of a middle initial, a name part after it.
            if end > i, initial(endingAt: end) == end - 1, end + 1 <= limit, isNamePart(end + 1) { end += 2; continue }
            // A head noun after a name: "the Malian army", "French media", and the noun of an
            // organisation after it: "the Afghan defence ministry".
            if isModifier(end) && end > i && isNamePart(end - 1) && !text.endsInEd(end)
                && (isDeterminer(i) || end + 1 > limit || !text.isWord(end + 1) || text.isWord(end + 1, text.words.and)) {
                end += end + 1 <= limit && text.markerKind(end + 1) == .orgAnaphor ? 2 : 1
                // "the Khortytsia operational-strategic grouping,": a second plain word that ends the
                // phrase; "A US defence official": a role after the noun.
                if end <= limit, isRole(end) { end = min(limit + 1, end + max(1, Int(text.markerLength[end]))) }
                else if end <= limit, isModifier(end), text.cue[end] < 0, end + 1 > limit || text.tokens[end + 1].kind == .punctuation { end += 1 }
                break
            }
            // "senior officials", "one GOP source": a word or two before a role or a name. Not a
            // plural before a name: "told reporters AQIM was behind it" told the reporters.
            // "a former Somali intelligence officer": a name as a modifier between them.
            if (isModifier(end) || (end == i && isQuantifier(end))) && modifiers < 2 && end + 1 <= limit
                && (isRole(end + 1) || isModifier(end + 1) || (end == i && isNamePart(end + 1) && !isPlural(end))
                    || (determined && isNamePart(end + 1) && end + 3 <= limit && (isRole(end + 2) || isModifier(end + 2) && isRole(end + 3)))) {
                // A lower-case possessor heads a noun phrase of its own, whose modifiers count
                // afresh ("The provincial government's information adviser").
                modifiers = isPossessive(end) ? 0 : modifiers + 1; end += 1; continue
            }
            // "the Director of Information and Public Relations of the Armies": "and" inside the name after "of".
            if end > i, text.isWord(end, text.words.and), isNamePart(end - 1), end + 1 <= limit, text.isCapitalised(end + 1), isNamePart(end + 1),
               (i..<end).contains(where: { text.isWord($0, text.words.of) }) {
                end += 1; continue
            }
            if isPreposition(end) && end + 1 <= limit && end > i && (isNamePart(end + 1) || isDeterminer(end + 1)) {
                // "the head of the regional council": after "of the", the plain words of its noun.
                if text.isWord(end, text.words.of) && isDeterminer(end + 1) {
                    end += 2
                    var plain = 0
                    while end <= limit && plain < 3 && isModifier(end) && text.cue[end] < 0 && !text.endsInEd(end) { end += 1; plain += 1 }
                    continue
                }
                end += isDeterminer(end + 1) ? 2 : 1
                continue
            }
            break
        }
        // "one source in the room": a preposition is part of the phrase only with the name after it
        // ("the minister at a news conference" is the minister; "of" and "for" complete the noun:
        // "the head of the council", "lawyers for the boy").
        if let p = ((i + 1)..<max(i + 1, end)).first(where: { isPreposition($0) && !text.isWord($0, text.words.of) && !text.isWord($0, text.words.for) }),
           !((p + 1)..<end).contains(where: { isNamePart($0) || isRole($0) }) { end = p }
        while end - 1 > i && (isPreposition(end - 1) || isDeterminer(end - 1)) { end -= 1 }
        // "one shopkeeper", "senior officials": counting or plain words end with their head noun.
        // "the ad's narrator": after a determiner too, when a modifier follows it.
        if end <= limit && end > i && isModifier(end) && (end > i + 1 || !determined)
            && (i..<end).allSatisfy({ isModifier($0) || isQuantifier($0) || ($0 == i && determined) }) { end += 1 }
        // "two people familiar with the matter", "a commander affiliated with the group": a word that
        // takes a preposition, that preposition and its object.
        if end <= limit, end > i {
            var p = end
            if text.words.takesComplement.contains(text.hashes[p]) { p += 1 }
            if p <= limit, p - 1 > i, isPreposition(p), !text.isWord(p, text.words.of), text.words.takesComplement.contains(text.hashes[p - 1]) {
                var k = p + 1
                if k <= limit && isDeterminer(k) { k += 1 }
                while k <= limit && k - p <= 5 && (isModifier(k) || isNamePart(k)) && text.cue[k] < 0 { k += 1 }
                if k > p + 1 && !isDeterminer(k - 1) { end = k }
            }
        }
        // "the poll", "the campaign's lawyers": a determiner and a plain head noun.
        if end == i + 1 && determined && end <= limit && isModifier(end) {
            end += 1
            if end <= limit && isModifier(end) && (end + 1 > limit || !text.isWord(end + 1)) { end += 1 }
        }
        // "the news agency ANI", "the private Mauritanian news agency Al-Akhbar": a few plain words
        // ending in a singular common noun right before an organisation's name describe it, and
        // the name is what the phrase names ("told reporters AQIM was behind it" is no such).
        if describedName {
            var described = end
            while described <= limit && described - end < 4 && text.entity[described] < 0 && (isModifier(described) || isNamePart(described)) {
                described += 1
            }
            // "the group's Amaq news agency": a possessor before the name too.
            if described <= limit, described > i, isModifier(described - 1) && !isPlural(described - 1) || isPossessive(described - 1), text.entity[described] >= 0,
               text.doc.entities[Int(text.entity[described])].isOrganisation,
               case let name = mentionRange(described), name.lowerBound == described, name.upperBound <= limit {
                end = name.upperBound + 1
            }
        }
        end -= 1
        guard end >= i, var phrase = analyse(i...end) else { return nil }
        // Apposition: "the spokesman of AQIM, Abu Assem al-Muhajir," / "Abu Assem, spokesman of AQIM,".
        // Only a role or a person takes one: the phrase after the comma is read for no other.
        if phrase.kind == .role || phrase.kind == .person, end + 2 <= limit, text.isPunct(end + 1, ","),
           let next = after(end + 2, limit: limit),
           (phrase.kind == .role && next.kind == .person) || (phrase.kind == .person && next.kind == .role) {
            phrase = merge(phrase, next)
        }
        return phrase
    }

    /// A role word at `k` and a person's name after its comma: a person the tables know, or two
    /// name parts or more, not a possessor. Read without reading a phrase: a phrase read here
    /// would ask the same of the next comma, and a long chain of "X's spokesman," each twice.
    private func namedInApposition(role k: Int, limit: Int) -> Bool {
        guard k + 2 <= limit, isRole(k) else { return false }
        let comma = k + Int(text.markerLength[k])
        var n = comma + 1
        guard n <= limit, text.isPunct(comma, ",") else { return false }
        while n < limit && text.markerKind(n) == .title { n = afterTitle(n) }
        guard n <= limit else { return false }
        if text.entity[n] >= 0 { return text.doc.entities[Int(text.entity[n])].isPerson && !isPossessive(mentionRange(n).upperBound) }
        var last = n
        while last + 1 <= limit && isNamePart(last + 1) { last += 1 }
        return isNamePart(n) && last > n && !isPossessive(last)
    }

    /// "Gingrich cynically dismissed", "the rebels swiftly rejected": a lower-case word in "-ly"
    /// between a name, role, plural noun or pronoun and the verb (not "the family said": no
    /// name stands before "family").
    func mannerAdverb(_ t: Int, floor: Int) -> Bool {
        guard t > floor, text.isWord(t), !text.isCapitalised(t) else { return false }
        let view = text.tokens[t].view
        // ("The Paris daily argued": a noun in "-ly" is no adverb.)
        guard view.length >= 5, text.v[view.end - 2] == "l", text.v[view.end - 1] == "y", !text.words.nounsInLy.contains(text.hashes[t]) else { return false }
        return isNamePart(t - 1) || isRole(t - 1) || isNoun(t - 1) || text.markerKind(t - 1) == .pronounPerson || text.markerKind(t - 1) == .pronounGroup
    }

    /// A count or rank at token `e` that names people: "A mother of four" (a count after "of"
    /// completes the noun before it); "One", "Of the four people we spoke to, two", "A third",
    /// "The other" (one that stands alone for people named before).
    private func count(endingAt e: Int, floor: Int) -> Phrase? {
        let counted = isQuantifier(e) || text.tokens[e].kind == .number
        if counted, e - 2 >= floor, text.isWord(e - 1, text.words.of),
           let head = before(e - 2, floor: floor), head.extent.upperBound == e - 2, !head.isPronoun, let phrase = analyse(head.extent.lowerBound...e) {
            return phrase
        }
        guard counted && text.tokens[e].kind == .word || text.words.ordinals.contains(text.hashes[e]), !text.isWord(e, text.words.that) else { return nil }
        func opensPhrase(_ k: Int) -> Bool { k < floor || text.tokens[k].kind == .punctuation }
        if opensPhrase(e - 1) { return Phrase(kind: .common, first: e, last: e, extent: e...e) }
        if e - 1 >= floor, isDeterminer(e - 1), opensPhrase(e - 2) { return Phrase(kind: .common, first: e - 1, last: e, extent: (e - 1)...e) }
        return nil
    }

    /// The phrase that ends at token `t` (before a cue: "Abu Assem, spokesman of AQIM, said").
    func before(_ t: Int, floor: Int) -> Phrase? {
        var e = t
        // Adverbs between the speaker and the verb; before a denial or confirmation, negators and
        // auxiliaries too ("AQIM did not deny", "the ministry could not confirm"): that it was not
        // denied is a claim of its own. Not before other verbs: "he did not say much" reports nothing.
        // Before any reporting verb, "only" and a modal before it ("the ministry would only
        // say"), or a modal when "that" follows the verb ("I should say that …"; not a modal
        // alone: "the group will continue the fight" reports nothing).
        let rule = t + 1 < text.count ? text.cueRule(t + 1) : nil
        let negatable = rule?.implies == .denial || rule?.implies == .confirmation
        // "that", "only" or a colon after the verb: "I should say that …", "would say only: …", "may say: …".
        let afterCue = min(text.count - 1, t + 1 + max(1, Int(text.cueLength[t + 1])))
        let thatAfter = rule != nil && (text.isWord(afterCue, text.words.that) || text.isWord(afterCue, text.words.only) || text.isPunct(afterCue, ":"))
        while e >= floor && (text.adverbStart(endingAt: e) != nil || mannerAdverb(e, floor: floor)
                             || (rule != nil && (text.isWord(e, text.words.only)
                                                 || (text.words.isFinite(text.hashes[e]) && text.markerKind(e + 1) != .negator
                                                     && (thatAfter || text.isWord(e + 1, text.words.only)))))
                             || (negatable && (text.markerKind(e) == .negator
                                               || (e < t && text.words.isFinite(text.hashes[e]) && text.markerKind(e + 1) == .negator)))) {
            e = (text.adverbStart(endingAt: e) ?? e) - 1
        }
        if e >= floor && text.isPunct(e, ",") { e -= 1 }  // "X, spokesman of Y, said"
        if e > floor && isPluralPossessive(e) { e -= 1 }  // "the rebels’ claim": the possessor
        // "A Telegram channel, “Grey Zone”, wrote": a name in quote marks.
        if e > floor, let last = quotedNameEnd(e, floor: floor) { e = last }
        // "Joseph R. Biden Jr. said": a suffix after the name.
        if e - 1 >= floor, text.isPunct(e, "."), isNameSuffix(e - 1) { e -= 2 }
        // "A JNIM “spokesman” told": a role in quote marks, read as the role.
        if e - 2 >= floor, text.flags[e].contains(.quoteMark), isRole(e - 1), text.flags[e - 2].contains(.quoteMark) { return analyse((e - 1)...(e - 1)) }
        guard e >= floor, text.tokens[e].kind == .word else { return nil }
        // "One of them said", "some of them told": a count of the people named before.
        if e - 2 >= floor, text.isWord(e, text.words.them), text.isWord(e - 1, text.words.of),
           isQuantifier(e - 2) || text.tokens[e - 2].kind == .number {
            return Phrase(kind: .common, first: e - 2, last: e, extent: (e - 2)...e)
        }
        // "I should say that …": the first person (whom `SpeakerResolver` reads as the author).
        if text.isFirstPerson(e) { return pronoun(e, group: false) }
        if text.markerKind(e) == .pronounPerson || text.markerKind(e) == .pronounGroup {
            // "People close to him say": the pronoun completes the noun before it.
            if let head = postmodifiedHead(e, floor: floor), let phrase = analyse(head...e) { return phrase }
            return pronoun(e, group: text.markerKind(e) == .pronounGroup)
        }
        // "A relative of his, reached by phone, told": the noun that "of his" completes ("his"
        // only before punctuation: "beneficiaries of his plans" holds a determiner).
        if e - 2 >= floor, text.words.ofPossessives.contains(text.hashes[e]), text.isWord(e - 1, text.words.of), isRole(e - 2) || isNoun(e - 2),
           text.hashes[e] != text.words.his || e + 1 < text.count && text.tokens[e + 1].kind == .punctuation,
           let head = before(e - 2, floor: floor), head.extent.upperBound == e - 2, !head.isPronoun, let phrase = analyse(head.extent.lowerBound...e) {
            return phrase
        }
        guard isNamePart(e) || isRole(e) || isModifier(e) else { return count(endingAt: e, floor: floor) }
        // "The commander hesitated, then added": a verb in "-ed" after a noun, its clause ending
        // there, heads no phrase (not "The editor concerned tells me").
        if e - 1 >= floor, e + 1 < text.count, text.isPunct(e + 1, ",") || text.isWord(e + 1, text.words.and), !text.isCapitalised(e), text.endsInEd(e),
           isRole(e - 1) || isNamePart(e - 1) || isNoun(e - 1) { return nil }
        var start = e, k = e - 1, modifiers = 0, possessed = false
        while k >= floor && e - k < 10 {
            if isNamePart(k) || isRole(k) || isParticle(k) { start = k; k -= 1; continue }
            // "Joseph R. Biden": a middle initial between name parts.
            if let initial = initial(endingAt: k), initial - 1 >= floor, isNamePart(initial - 1), isNamePart(start) {
                start = initial - 1; k = initial - 2; continue
            }
            // "The soldiers' families said": a plural's possessive apostrophe inside the phrase.
            if k - 1 >= floor, isPluralPossessive(k), isNamePart(k - 1) || isModifier(k - 1) { start = k - 1; k -= 2; continue }
            // Not "that" before a name or a plural ("policies that Trump argues …", "argues that
            // families want …", "leaders that al-Sudani had mentioned"), nor after a noun ("a
            // statement that civil-society groups in Pemba described"): a relative or a conjunction, not a determiner.
            if text.isWord(k, text.words.that) && (text.isCapitalised(start) || isNamePart(start) || endsInPluralS(e)
                                                 || k - 1 >= floor && (isNoun(k - 1) || text.markerKind(k - 1) == .utterance || text.words.reportNouns.contains(text.hashes[k - 1]))) { break }
            // "The other resident", "A second military officer": a determiner before the count or rank.
            // (A rank in lower case before a noun that is no name: not "the third time AROS".)
            if isDeterminer(k) || isQuantifier(k)
                || text.words.ordinals.contains(text.hashes[k]) && !text.isCapitalised(k) && !isNamePart(e) && !text.isCapitalised(e) {
                start = k
                if !isDeterminer(k), k - 1 >= floor, isDeterminer(k - 1), !text.isWord(k - 1, text.words.that) { start = k - 1 }
                break
            }
            // "63 percent said", "Another 19 percent": a count right before the noun.
            if text.tokens[k].kind == .number && k + 1 == start && (isNoun(start) || text.isWord(start, text.words.percent)) {
                start = k; k -= 1
                // Not "that": "showed that 74 percent of voters" opens a clause.
                if k >= floor && (isDeterminer(k) || isQuantifier(k)) && !text.isWord(k, text.words.that) { start = k }
                break
            }
            // Not after a participle: "a Facebook page widely shared in Ouagadougou" is no "shared in …".
            if isPreposition(k) && k > floor && (isRole(k - 1) || isNamePart(k - 1) || isModifier(k - 1) && !text.endsInEd(k - 1)) {
                start = k; k -= 1; continue
            }
            // "A member of the Civilian Joint Task Force (CJTF) in Malam Fatori": past a name's short form.
            if isPreposition(k), let open = text.parenthesisOpen(closingAt: k - 1, floor: floor), open - 1 >= floor, isNamePart(open - 1) {
                start = k; k = open - 1; continue
            }
            // "The injured man", "the detained journalist": a verb's form in "-ed" between a
            // determiner or a possessive and the noun describes it.
            if modifiers < 2, k - 1 >= floor, text.endsInEd(k), !text.isCapitalised(k), text.isWord(k),
               isDeterminer(k - 1) || isPossessive(k - 1) {
                modifiers += 1; start = k; k -= 1; continue
            }
            // "an accusation Armenia's defence ministry rejected": a possessive name opens its phrase.
            // A lower-case possessor heads a noun phrase of its own, whose modifiers count afresh
            // ("the former prime minister's office").
            if isModifier(k) && modifiers < 2 && !(start < e && isPossessive(start) && isNamePart(start)) {
                // Not an occasion ("The last time officials … insisted"), nor a preposition a verb
                // takes ("asked about residents of Mamund who said"; not "a campaign against …").
                if k - 1 >= floor, text.words.occasionWords.contains(text.hashes[k]),
                   text.words.occasionLeads.contains(text.hashes[k - 1]) || text.words.ordinals.contains(text.hashes[k - 1]) { break }
                if text.words.objectPrepositions.contains(text.hashes[k]), k == floor || text.endsInEd(k - 1) || text.isFiniteVerb(k - 1) { break }
                if isPossessive(k) { possessed = true; modifiers = 0 } else { modifiers += 1 }
                start = k; k -= 1; continue
            }
            // "The then defence minister": "then" between the determiner and the noun.
            if k - 1 >= floor, text.isWord(k, text.words.then), isDeterminer(k - 1) { start = k - 1 }
            break
        }
        while start < e && (isPreposition(start) || (isModifier(start) && !isRole(start + 1) && !isModifier(start + 1))) { start += 1 }
        // "Mr. Bush", "Sheikh Abu X": the title belongs to the phrase.
        start = titled(start, floor: floor)
        // "A spokeswoman for the campaign", "Two people familiar with the matter", "an aide to
        // Mr. Obama": the phrase is the complement of the noun before its preposition, which speaks.
        if let head = postmodifiedHead(start, floor: floor) {
            start = titled(head, floor: floor)
        } else if start < e, start - 1 >= floor, text.endsInIng(start), !text.isCapitalised(start),
                  isRole(start - 1) || isNoun(start - 1) || text.words.femaleWords.contains(text.hashes[start - 1])
                    || text.words.maleWords.contains(text.hashes[start - 1]),
                  let head = before(start - 1, floor: floor), head.extent.upperBound == start - 1, !head.isPronoun {
            // "A man living near Mitiga told us": a participle's phrase completes the noun before it.
            start = head.extent.lowerBound
        } else if start > floor && isPreposition(start - 1) && !isDeterminer(start)
                    && (start - 1 == floor || text.tokens[start - 2].kind == .punctuation || text.endsInEd(start - 2)) {
            // The object of a preposition that opens the clause or follows a participle is no
            // subject ("In many cases, reporting …", "a Facebook page widely shared in Ouagadougou claimed").
            return nil
        }
        guard var phrase = analyse(start...e) else { return nil }
        // "Spokesman of AQIM in Mali, Abu Assem Al Muhajir, spoke" / "Abu Assem, the spokesman, said".
        // Only a role or a person takes one: the phrase before the comma is read for no other.
        // Not a plural role: "… an insult to all African-Americans, top black lawmakers said".
        // A name's possessor describes the person before the comma too ("Ivanka Trump, the
        // Republican presidential nominee's eldest daughter, noted").
        let described = possessed && phrase.kind == .named
        if phrase.kind == .role || phrase.kind == .person || described, start - 2 >= floor, text.isPunct(start - 1, ","),
           !(phrase.kind == .role && phrase.roleToken.map(endsInPluralS) == true),
           let previous = before(start - 2, floor: floor),
           (phrase.kind == .person && previous.kind == .role) || (phrase.kind != .person && previous.kind == .person) {
            phrase = described ? previous.joined(with: phrase) : merge(previous, phrase)
        }
        return phrase
    }

    /// The last word of a name in quote marks whose closing mark is `e`: a few capitalised
    /// words (prepositions between them: "Signatories in Blood") after an opening mark that a
    /// comma or a word precedes.
    private func quotedNameEnd(_ e: Int, floor: Int) -> Int? {
        guard text.flags[e].contains(.quoteMark), text.isWord(e - 1) else { return nil }
        var k = e - 1
        while k > floor && e - k <= 5 && text.isWord(k)
                && (text.isCapitalised(k) || isParticle(k) || (k < e - 1 && isPreposition(k) && text.isCapitalised(k - 1))) { k -= 1 }
        guard k > floor, k < e - 1, text.flags[k].contains(.quoteMark), text.isCapitalised(k + 1),
              text.isPunct(k - 1, ",") || text.isWord(k - 1) else { return nil }
        return e - 1
    }

    /// The token after the title at `t`, its full stop, and a hyphen that joins the next title
    /// ("Maj.-Gen. Sergei Bragin").
    func afterTitle(_ t: Int) -> Int {
        var k = t + 1
        if k < text.count && text.isPunct(k, ".") { k += 1 }
        if k + 1 < text.count && text.isPunct(k, "-") && text.markerKind(k + 1) == .title { k += 1 }
        return k
    }

    /// `start`, or the title before it ("Mr." or "Sheikh").
    func titled(_ start: Int, floor: Int) -> Int {
        // Titles one after another too ("Brig. Gen. Onyema Nwachukwu", "Maj.-Gen. Sergei Bragin").
        var start = start
        while true {
            if text.markerKind(start) == .title, start - 1 > floor, text.isPunct(start - 1, "-") {
                if start - 3 >= floor, text.isPunct(start - 2, "."), text.markerKind(start - 3) == .title { start -= 3; continue }
                if text.markerKind(start - 2) == .title { start -= 2; continue }
            }
            if start - 2 >= floor, text.isPunct(start - 1, "."), text.markerKind(start - 2) == .title { start -= 2; continue }
            if start - 1 >= floor, text.markerKind(start - 1) == .title { start -= 1; continue }
            return start
        }
    }

    /// The first token of the noun phrase that the phrase starting at `start` completes: a
    /// preposition before `start` (an adjective before it: "familiar with", "close to") and a
    /// role, plural noun or name before that, with its determiner and modifiers. Nil when
    /// none stands there.
    private func postmodifiedHead(_ start: Int, floor: Int) -> Int? {
        var p = start - 1
        // "a rebel group based in southern Libya": a modifier of the place after "in" is its.
        if p - 2 >= floor, isModifier(p), text.isFollowing(p - 1) { p -= 1 }
        // "Experts on North Korea and nuclear nonproliferation": the second of two conjuncts
        // completes the noun as the first does.
        if p - 1 >= floor, text.isWord(p, text.words.and), let left = before(p - 1, floor: floor), left.extent.upperBound == p - 1,
           !left.isPronoun, left.extent.contains(where: isPostmodifierPreposition) {
            return left.extent.lowerBound
        }
        // "dissidents led by Ivan Mordisco": "by" after a participle too.
        guard p - 1 >= floor, isPostmodifierPreposition(p) || text.isFollowing(p) else { return nil }
        var j = p - 1
        // "A relative of one of its fighters", "The mother of one of the boys": past a count and
        // its "of", where a word for a woman or a man heads the phrase too.
        var counted = false
        if j - 2 >= floor, text.isWord(p, text.words.of), isQuantifier(j), text.isWord(j - 1, text.words.of) { j -= 2; counted = true }
        // "familiar with", "close to": an adjective between the noun and the preposition.
        // "Fighters loyal to …": a plural opening the sentence is capitalised.
        if j - 1 >= floor, !text.isCapitalised(j), !isRole(j), !isNoun(j),
           isRole(j - 1) || isNoun(j - 1) || text.sentenceRange(j - 1).lowerBound == j - 1 && endsInPluralS(j - 1) && text.entity[j - 1] < 0 { j -= 1 }
        // "A Telegram channel close to …", "a website linked to …": any noun before the words of following.
        let follows = !counted && j == p - 1 && j - 1 >= floor && text.isFollowing(p) && !text.isWord(p, text.words.by)
            && text.isWord(j - 1) && !text.isFiniteVerb(j - 1)
        if follows { j -= 1 }
        guard follows || isRole(j) || isNoun(j) || isNamePart(j) || counted && (text.words.femaleWords.contains(text.hashes[j]) || text.words.maleWords.contains(text.hashes[j])),
              text.markerKind(j) != .pronounPerson,
              let head = before(j, floor: floor), head.extent.upperBound == j, !head.isPronoun else { return nil }
        return head.extent.lowerBound
    }

    /// A plural noun: regular ("experts") or not ("people", "police").
    private func isNoun(_ t: Int) -> Bool { isPlural(t) || text.words.irregularPlurals.contains(text.hashes[t]) }

    private func pronoun(_ t: Int, group: Bool) -> Phrase {
        Phrase(kind: .pronoun(group: group), first: t, last: t, extent: t...t)
    }
}
