import ClaimlineCore
import ClaimlineRules

/// Turns phrases into speakers in the order a careful reader uses: an explicit name beside
/// the cue; a role phrase through the roles of the entities stage or an earlier speaker with
/// that role; a pronoun back to the last person who spoke; "we" to the document's author.
/// What cannot be resolved keeps its span and a nil entity.
struct SpeakerResolver {
    let text: ClaimsText
    var reader: PhraseReader { PhraseReader(text: text) }
    /// Speakers met so far, with the chain that was stated for them.
    var history: SpeakerHistory

    /// The document's author, read once.
    let author: AuthorRef

    /// `history` is empty (a cleared one keeps its storage).
    init(_ text: ClaimsText, author: AuthorRef, history: consuming SpeakerHistory) {
        self.text = text
        self.author = author
        self.history = history
    }

    mutating func remember(_ speaker: Speaker, chain: [MentionRef]) {
        history.remember(speaker, chain: chain)
    }

    /// Meets the speaker of an attribution whose cue states `relays`: returns the relays stated
    /// for it, these or else those stated earlier ("spoke with an ANI journalist"). One lookup
    /// answers both.
    mutating func meet(_ speaker: Speaker, relays: [MentionRef]) -> [MentionRef] {
        history.meet(speaker, relays: relays)
    }

    mutating func resolve(_ p: Phrase, at t: Int) -> Speaker {
        let s = resolvePhrase(p, at: t)
        return gender(of: p).map { s.gendered($0) } ?? s
    }

    /// The gender a phrase's words say: its role's word ("the spokeswoman"), a common noun's
    /// last words ("a woman", "a mother of four"), a person's title ("Mrs Kamara"), role or
    /// given name ("Fatima Diallo").
    func gender(of p: Phrase) -> Speaker.Gender? {
        switch p.kind {
        case .role: return p.roleToken.flatMap { gender(of: $0...$0) }
        case .common: return gender(of: max(p.first, p.last - 3)...p.last)  // ("a mother of four")
        case .person:
            // The title right before the name, in the phrase or not ("Mrs Kamara", "Mr. Ali").
            var k = p.first - 1
            if k > 0, text.isPunct(k, ".") { k -= 1 }
            if k >= 0 && text.markerKind(k) == .title, let g = gender(of: k...k) { return g }
            // Or the role beside it ("Rangers chairman Samuel Cheruiyot"), or the given name.
            return p.roleToken.flatMap { gender(of: $0...$0) } ?? genderOfName(at: p.first)
        case .named, .pronoun: return nil
        }
    }

    /// The sex the given name at token `t` says ("Fatima"), when the table lists it.
    func genderOfName(at t: Int) -> Speaker.Gender? { text.genders.gender(of: text.hashes[t]) }

    /// "she" or "he" (or "him": "According to him, …") at token `t`.
    func pronounGender(_ t: Int) -> Speaker.Gender? {
        text.isWord(t, text.words.she) ? .female : text.isWord(t, text.words.he) || text.isWord(t, text.words.him) ? .male : nil
    }

    /// The gender the words of `range` say, when one does (the first such word).
    func gender(of range: ClosedRange<Int>) -> Speaker.Gender? {
        for k in range where text.tokens[k].kind == .word {
            if text.words.femaleWords.contains(text.hashes[k]) { return .female }
            if text.words.maleWords.contains(text.hashes[k]) { return .male }
        }
        return nil
    }

    private mutating func resolvePhrase(_ p: Phrase, at t: Int) -> Speaker {
        // "the army's claim": a common noun's possessive "'s" is no part of the speaker (a name
        // may end in one: "Sotheby's").
        let whole = text.original(p.first, p.last)
        let span = p.kind == .common || p.kind == .role ? text.withoutPossessive(whole) : whole
        let org = p.organisation
        let phraseRole = reader.role(of: p)
        switch p.kind {
        case .person, .named:
            if let i = p.entity {
                // Fields read in place: the mention is not copied whole.
                let (name, id, isPerson, end) = text.doc.entities.withUnsafeBufferPointer { e in (e[i].name ?? e[i].text, e[i].entity, e[i].isPerson, e[i].span.end) }
                // "Ansar Dine's": the possessive's "'s" is no part of the name.
                let span = end > span.start && end < span.end ? ScalarSpan(span.start, end) : span
                // A known entity is keyed by its id: its name is folded only when a bare name is looked up.
                let folded = id == nil ? NameKey(name: name) : nil
                return Speaker(ref: MentionRef(span: span, entity: id, name: name, role: phraseRole), rule: "speaker.explicit",
                               key: folded.map(SpeakerKey.init(name:)) ?? SpeakerKey(entity: id!),
                               isPerson: isPerson, role: phraseRole ?? role(ofEntity: i), organisation: org, folded: folded,
                               nameFoldedLater: folded == nil)
            }
            let name = text.text(p.first, p.last)
            let folded = NameKey(name: name)
            // Entries found by index, then read in place: `last(where:)` copied the entry it returned.
            if let i = history.latest(named: folded) {
                let earlier = history.entries[i].speaker.ref, role = phraseRole ?? history.entries[i].speaker.role
                return Speaker(ref: MentionRef(span: span, entity: earlier.entity, name: earlier.name, role: role), rule: "speaker.name_match",
                               key: history.entries[i].speaker.key, isPerson: history.entries[i].speaker.isPerson, role: role, organisation: org)
            }
            return Speaker(ref: MentionRef(span: span, entity: nil, name: name, role: phraseRole), rule: "speaker.explicit_name",
                           key: SpeakerKey(name: folded), isPerson: p.kind == .person, role: phraseRole, organisation: org, folded: folded)
        case .role:
            // "The official news agency": a role's word before a word for an organisation qualifies it.
            if headedByOrganisationWord(p), let s = resolveOrganisationAnaphor(p, span: span) { return s }
            return resolveRole(p, role: phraseRole, span: span, organisation: org, at: t)
        case .pronoun(let group):
            let span = p.first == p.last ? text.pronounSpan(p.first) : span
            if !group, text.isFirstPerson(p.first) { return resolveFirstPerson(span: span) }
            if group, !text.isWord(p.first, Self.we), let s = resolveThirdPersonGroup(span: span, at: p.first) { return s }
            return group ? resolveGroup(span: span, at: p.first) : resolvePerson(span: span, at: t, gender: pronounGender(p.first))
        case .common:
            if let s = resolveOrganisationAnaphor(p, span: span) { return s }
            return Speaker(ref: MentionRef(span: span, entity: nil, name: nil), rule: "speaker.unresolved_noun", key: nil, isPerson: false, role: nil, organisation: nil)
        }
    }

    /// "the spokesman of AQIM": the holder from the roles stage, else an earlier speaker with the role.
    private func resolveRole(_ p: Phrase, role phraseRole: String?, span: ScalarSpan, organisation: ClosedRange<Int>?, at t: Int) -> Speaker {
        let roles = text.doc.roles
        if let i = text.mentions.firstRole(overlapping: span, held: true), case let r = roles[i], let h = r.holder {
            let e = text.doc.entities[h]
            return Speaker(ref: MentionRef(span: span, entity: e.entity, name: e.name ?? e.text, role: r.role), rule: "speaker.role_holder",
                           key: SpeakerKey(entity: e.entity, name: e.text), isPerson: true, role: r.role, organisation: organisation)
        }
        // "a NATO spokesman", "a spokesman": an indefinite article brings in someone not named before.
        if let role = phraseRole, !text.isIndefiniteArticle(p.extent.lowerBound) {
            if let i = text.mentions.lastHeldRole(role, endingBy: span.start), let h = roles[i].holder,
               sameOrganisation(roles[i].organisation, organisation) {
                let e = text.doc.entities[h]
                return Speaker(ref: MentionRef(span: span, entity: e.entity, name: e.name ?? e.text, role: role), rule: "speaker.role_earlier",
                               key: SpeakerKey(entity: e.entity, name: e.text), isPerson: true, role: role, organisation: organisation)
            }
            let entries = history.entries
            let organisationName = organisation.map { NameKey(name: text.text($0.lowerBound, $0.upperBound)) }
            // The walk stops at the speaker with the role past `roleReach` of them, and does not take it.
            var read = 0
            if let i = history.latest(where: { k in
                guard entries[k].speaker.role == role else { return false }
                read += 1
                guard let organisationName else { return true }
                return read > Self.roleReach || entries[k].speaker.organisation.map { sameName($0, organisationName) } ?? false
            }), read <= Self.roleReach {
                let s = entries[i].speaker
                return s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name, role: role), rule: "speaker.role_previous")
            }
        }
        // "The Malian army spokesman said": no one named holds the role; the organisation he
        // speaks for is whose words they are.
        if let organisation, let k = organisation.first(where: { text.entity[$0] >= 0 }),
           case let e = text.doc.entities[Int(text.entity[k])], e.isOrganisation, e.entity != nil {
            return Speaker(ref: MentionRef(span: span, entity: e.entity, name: e.name ?? e.text, role: phraseRole), rule: "speaker.role_organisation",
                           key: nil, isPerson: true, role: phraseRole, organisation: organisation)
        }
        return Speaker(ref: MentionRef(span: span, entity: nil, name: nil, role: phraseRole), rule: "speaker.role_unresolved",
                       key: nil, isPerson: true, role: phraseRole, organisation: organisation)
    }

    /// Whether an earlier role held for the organisation at entity index `held` can be the role
    /// of a phrase naming `organisation`: yes when either names none, else when both are one entity.
    private func sameOrganisation(_ held: Int?, _ organisation: ClosedRange<Int>?) -> Bool {
        guard let held, let organisation, let k = organisation.first(where: { text.entity[$0] >= 0 }) else { return true }
        let a = text.doc.entities[held], b = text.doc.entities[Int(text.entity[k])]
        return a.entity.map { $0 == b.entity } ?? (NameKey(name: a.text) == NameKey(name: b.text))
    }

    /// The most earlier speakers with a role that a role phrase is compared with: "the spokesman
    /// of X said" for N organisations X compared each with all those before it.
    static let roleReach = 64

    /// "he": the last person who spoke, else the person the sentence is about (`subjectPerson`),
    /// else the last person mentioned before.
    /// "she" (`gender`) passes over a speaker a phrase called a man, "he" over one called a woman.
    private mutating func resolvePerson(span: ScalarSpan, at t: Int, gender: Speaker.Gender?) -> Speaker {
        let entries = history.entries
        func other(_ g: Speaker.Gender?) -> Bool { gender != nil && g != nil && g != gender }
        func other(_ s: Speaker) -> Bool { other(s.gender) }
        var named = history.latest(.person)
        // (Past one of the other gender, a name the text mentions is not read instead: it may be his.)
        let passedOver = named.map { other(entries[$0].speaker) } ?? false
        if passedOver {
            var read = 0
            named = history.latest(keyed: true, where: { read += 1; return read > Self.genderReach || entries[$0].speaker.isPerson && !other(entries[$0].speaker) })
            if read > Self.genderReach { named = nil }
        }
        // "Two days later, the government spokesman went further. Speaking to reporters …, he
        // called …": the role that is the subject of the sentence before, when no person who
        // spoke was met after it began, nor named since.
        if let p = roleSubject(before: t), !other(self.gender(of: p)) {
            let start = text.original(p.extent.lowerBound, p.extent.lowerBound).start
            // The role spoke there ("Contacted by ASI, a spokesman … said …"): as it was read then
            // when it named anyone, else read again; no other person may have spoken since.
            let own = history.entries.lastIndex(where: { $0.speaker.ref.span.start == start })
            if let i = own, history.entries[i].speaker.key != nil {
                let s = history.entries[i].speaker
                return s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name, role: s.role), rule: "speaker.pronoun_role")
            }
            if own != nil || !personSpoke(since: start) {
                let s = resolveRole(p, role: reader.role(of: p), span: text.original(p.first, p.last), organisation: p.organisation, at: t)
                // (A role that spoke and names no one leaves "he" to the person named before.)
                if own == nil || s.ref.name != nil {
                    return s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name, role: s.role), rule: "speaker.pronoun_role")
                }
            }
        }
        // "An HTS official … told AFP that … “…,” he said": a person no name identifies who spoke
        // after the last one named.
        if let i = history.lastMet, history.entries[i].speaker.isPerson, history.entries[i].speaker.key == nil,
           !namesSeveral(history.entries[i].speaker), !other(history.entries[i].speaker),
           named.map({ history.entries[$0].speaker.ref.span.start < history.entries[i].speaker.ref.span.start }) ?? true {
            let s = history.entries[i].speaker
            return s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name, role: s.role), rule: "speaker.pronoun")
        }
        // "X said that … “…,” she said": the person whose name opens the sentence before with a
        // verb of speech, when named after the last who spoke (direct quotes are read before
        // the reports around them).
        if !passedOver, let subject = speakingSubject(before: t), !other(genderOfName(at: subject.first)),
           named.map({ history.entries[$0].speaker.ref.span.start < subject.start }) ?? true {
            if let i = subject.entity, case let e = text.doc.entities[i] {
                return Speaker(ref: MentionRef(span: span, entity: e.entity, name: e.name ?? e.text), rule: "speaker.pronoun_mention",
                               key: SpeakerKey(entity: e.entity, name: e.text), isPerson: true, role: nil, organisation: nil)
            }
            // A name no table lists: a person who spoke before under it.
            if let i = history.latest(named: NameKey(name: subject.name)), history.entries[i].speaker.isPerson {
                let s = history.entries[i].speaker
                return s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name, role: s.role), rule: "speaker.pronoun")
            }
        }
        if let i = named {
            let s = history.entries[i].speaker
            return s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name, role: s.role), rule: "speaker.pronoun")
        }
        // (Not the byline's name: the writer is "I". Past a speaker of the other gender, only a
        // name whose given name says the pronoun's.)
        if let i = subjectPerson(before: t) ?? text.mentions.lastPerson(endingBy: span.start), case let e = text.doc.entities[i],
           e.span != author.ref?.span, case let sex = genderOfName(at: text.firstToken(atOrAfter: e.view.start)),
           passedOver ? sex != nil && sex == gender : !other(sex) {
            return Speaker(ref: MentionRef(span: span, entity: e.entity, name: e.name ?? e.text), rule: "speaker.pronoun_mention",
                           key: SpeakerKey(entity: e.entity, name: e.text), isPerson: true, role: nil, organisation: nil)
        }
        return Speaker(ref: MentionRef(span: span, entity: nil, name: nil), rule: "speaker.pronoun_unresolved", key: nil, isPerson: true, role: nil, organisation: nil)
    }

    /// The person whose name opens the sentence before token `t`'s and a verb of speech
    /// follows ("Lindqvist-Moreau said that …", "Col. Ali Musa told …"); past up to two
    /// sentences of quoted words that name no one and hold no verb of speech.
    private func speakingSubject(before t: Int) -> (entity: Int?, name: String, start: Int, first: Int)? {
        var start = text.sentenceRange(t).lowerBound
        for _ in 0..<3 {
            guard start > 0 else { return nil }
            let previous = text.sentenceRange(start - 1)
            var k = previous.lowerBound
            while k < previous.upperBound && text.markerKind(k) == .title { k += text.isPunct(k + 1, ".") ? 2 : 1 }
            // A person's mention, or a name no table lists ("Lindqvist-Moreau said").
            if k < previous.upperBound,
               text.entity[k] >= 0 ? text.doc.entities[Int(text.entity[k])].isPerson : reader.isNamePart(k) && text.isCapitalised(k) {
                var end = k
                if text.entity[k] >= 0 { end = reader.mentionRange(k).upperBound } else { while end + 1 < previous.upperBound && reader.isNamePart(end + 1) { end += 1 } }
                var v = end + 1
                while v < previous.upperBound && (text.markerKind(v) == .adverb || text.isAdverbInLy(v)) { v += 1 }
                guard v < previous.upperBound, text.cueKinds[v] == .speech else { return nil }
                let span = text.original(k, end)
                return (text.entity[k] >= 0 ? Int(text.entity[k]) : nil, text.text(k, end), span.start, k)
            }
            guard text.flags[previous.lowerBound].contains(.quoteMark),
                  !previous.contains(where: { text.cueKinds[$0] == .speech || text.entity[$0] >= 0 }) else { return nil }
            start = previous.lowerBound
        }
        return nil
    }

    /// How many of the last speakers met a pronoun's gender is read against.
    static let genderReach = 8

    /// Whether a person spoke at or after scalar `start`, read from the latest speaker back
    /// (speakers are met in text order).
    private func personSpoke(since start: Int) -> Bool {
        var i = history.entries.count - 1
        while i >= 0 && history.entries[i].speaker.ref.span.start >= start {
            if history.entries[i].speaker.isPerson { return true }
            i -= 1
        }
        return false
    }

    /// The singular role phrase, a determiner's, that opens the sentence before the one of token
    /// `t` (after an opening phrase up to a comma) and a lower-case verb follows, when no person
    /// is named from it to `t`.
    private func roleSubject(before t: Int) -> Phrase? {
        let own = text.sentenceRange(t)
        guard own.lowerBound > 0 else { return nil }
        let previous = text.sentenceRange(own.lowerBound - 1)
        var start = previous.lowerBound
        // "Two days later, …", "In Kaya, …": an opening phrase of time or place (not a name and its
        // apposition), or a participle's ("Contacted by ASI on Wednesday, …", "Speaking to reporters, …").
        let participle = text.endsInEd(start) || text.endsInIng(start)
        if let comma = (start..<min(previous.upperBound, start + 8)).first(where: { text.isPunct($0, ",") }),
           (start..<comma).contains(where: { text.date[$0] >= 0 }) || text.isPreposition(start) || text.markerKind(start) == .adverb || participle,
           !((participle ? start + 1 : start)..<comma).contains(where: { text.isFiniteVerb($0) || text.cue[$0] >= 0 }) { start = comma + 1 }
        guard start < previous.upperBound, text.markerKind(start) == .determiner,
              let p = reader.after(start, limit: previous.upperBound), p.kind == .role, p.extent.lowerBound == start,
              case let verb = p.extent.upperBound + 1, verb < previous.upperBound, text.isWord(verb), !text.isCapitalised(verb),
              // (A plural role is no "he"; the role's word tells, not a place after it: "… staff in Paris".)
              !reader.endsInPluralS(p.roleToken ?? p.extent.upperBound) else { return nil }
        let namedSince = ((p.extent.upperBound + 1)..<max(p.extent.upperBound + 1, t)).contains {
            text.entity[$0] >= 0 && text.doc.entities[Int(text.entity[$0])].isPerson
        }
        return namedSince ? nil : p
    }

    /// A speaker whose phrase ends in a plural "-s" ("Residents who left Kandahar early
    /// Monday", "Officials"): no antecedent of "he" or "she".
    private func namesSeveral(_ s: Speaker) -> Bool {
        guard s.ref.span.length >= 2 else { return false }
        let v = text.doc.scalars
        return v[s.ref.span.end - 1] == "s" && v[s.ref.span.end - 2] != "s"
    }

    /// "In the video, Ag Ghaly renews his allegiance to … Akhundzada. “We are one group,” he
    /// says": the first person named in the pronoun's sentence before it (outside quote
    /// marks), else in the sentence before (outside its quoted words), not the last one named.
    private func subjectPerson(before t: Int) -> Int? {
        // Not a name inside quoted words ("an armband that reads “FARC-EP, Frente Carlos Patiño.” He says").
        func firstPerson(_ range: Range<Int>) -> Int? {
            var quoted = false
            for k in range {
                if text.flags[k].contains(.quoteMark) { quoted.toggle(); continue }
                guard !quoted, text.entity[k] >= 0 else { continue }
                let i = Int(text.entity[k])
                if text.doc.entities[i].isPerson { return i }
            }
            return nil
        }
        let own = text.sentenceRange(t)
        if let i = firstPerson(own.lowerBound..<t), !(own.lowerBound..<t).contains(where: { text.flags[$0].contains(.quoteMark) }) { return i }
        guard own.lowerBound > 0 else { return nil }
        let previous = text.sentenceRange(own.lowerBound - 1)
        return firstPerson(previous.lowerBound..<(previous.upperBound + 1))
    }

    /// "we" (or "they" no organisation named answers): the document's declared author, else the
    /// organisation of the last speaker; for "we" at `t`, not one named earlier in its sentence
    /// with no quote mark or colon between: "The French army announced the killing of X, and we
    /// say …" is not the army speaking.
    private func resolveGroup(span: ScalarSpan, at t: Int) -> Speaker {
        if let author = author.ref {
            return Speaker(ref: MentionRef(span: span, entity: author.entity, name: author.name), rule: "speaker.group_author",
                           key: SpeakerKey(entity: author.entity, name: author.name), isPerson: false, role: nil, organisation: nil)
        }
        let entries = history.entries
        // "they" is no one person ("Koufa: “They say they killed me”"); "we" may be a person's group.
        // (Past a few people the walk gives up: a long document's history is not read for each "they".)
        let we = text.isWord(t, Self.we)
        var read = 0
        if let i = history.latest(keyed: true, where: { read += 1; return we || read > Self.groupReach || !entries[$0].speaker.isPerson }),
           we || !entries[i].speaker.isPerson, !(we && namedBefore(entries[i].speaker.ref.span, inSentenceOf: t)) {
            let s = entries[i].speaker
            return s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name, role: s.role), rule: "speaker.group_previous")
        }
        return Speaker(ref: MentionRef(span: span, entity: nil, name: nil), rule: "speaker.group_unresolved", key: nil, isPerson: false, role: nil, organisation: nil)
    }

    static let we = FunctionWords.hash("we")
    /// How many earlier speakers "they" passes over looking for an organisation.
    static let groupReach = 16

    /// Whether `span` starts in the sentence of `t`, before it and at most `AttributionFinder.reportReach`
    /// tokens from it, with no quote mark or colon between.
    private func namedBefore(_ span: ScalarSpan, inSentenceOf t: Int) -> Bool {
        let k = text.firstToken(atOrAfter: span.start)
        guard k >= text.sentenceRange(t).lowerBound, k < t, t - k <= AttributionFinder.reportReach else { return false }
        return !(k..<t).contains { text.flags[$0].contains(.quoteMark) || text.isPunct($0, ":") }
    }

    /// "I": the document's author when one is known (a blog's writer, a statement's signer);
    /// inside someone's quoted words, that speaker (`AttributionFinder.add`).
    private func resolveFirstPerson(span: ScalarSpan) -> Speaker {
        if let author = author.ref {
            // An organisation that writes "I" is still no "he" later.
            return Speaker(ref: MentionRef(span: span, entity: author.entity, name: author.name), rule: "speaker.first_person_author",
                           key: SpeakerKey(entity: author.entity, name: author.name), isPerson: author.entity.map { $0.hasPrefix("per.") } ?? true,
                           role: nil, organisation: nil)
        }
        return Speaker(ref: MentionRef(span: span, entity: nil, name: nil), rule: "speaker.pronoun_unresolved", key: nil, isPerson: true, role: nil, organisation: nil)
    }

    private func role(ofEntity index: Int) -> String? {
        text.doc.roles.isEmpty ? nil : text.mentions.role(heldBy: index)
    }

    /// A name reduced to lower-case letters and single spaces ("al-Muhajir" → "al muhajir").
    static func fold(_ s: String) -> String {
        if let ascii = foldASCII(s) { return ascii }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = true
        for c in s.unicodeScalars {
            let v = c.value
            if v >= 65 && v <= 90 { out.append(UInt8(v + 32)); space = false }
            else if v >= 97 && v <= 122 { out.append(UInt8(v)); space = false }
            else if c.isASCII { if !space { out.append(32); space = true } }
            else if foldLetter(c, { out.append($0) }) { space = false }
        }
        if space, !out.isEmpty { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `byte` with each UTF-8 byte of a non-ASCII letter lower-cased, as `fold` writes it;
    /// false, calling nothing, for a scalar that is no letter. Latin-1 letters ("é", "Ç") are
    /// mapped by their code: the property look-ups cost more than the rest of a fold.
    @inline(__always)
    static func foldLetter(_ c: Unicode.Scalar, _ byte: (UInt8) -> Void) -> Bool {
        let v = c.value
        guard v >= 0x100 else {
            guard v == 0xAA || v == 0xB5 || v == 0xBA || (v >= 0xC0 && v != 0xD7 && v != 0xF7) else { return false }
            let lower = v <= 0xDE && v >= 0xC0 ? v + 0x20 : v
            byte(UInt8(0xC0 | lower >> 6)); byte(UInt8(0x80 | lower & 0x3F))
            return true
        }
        guard c.properties.isAlphabetic else { return false }
        for b in c.properties.lowercaseMapping.utf8 { byte(b) }
        return true
    }

    /// `fold` for an ASCII name, folded on the stack (a short result is a string that needs no
    /// allocation); nil for any other name.
    private static func foldASCII(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { out -> String? in
                var n = 0, space = true
                for b in bytes {
                    if b >= 0x80 { return nil }
                    if (b >= 65 && b <= 90) || (b >= 97 && b <= 122) { out[n] = b | 0x20; n += 1; space = false }
                    else if !space { out[n] = 32; n += 1; space = true }
                }
                if space && n > 0 { n -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
            }
        }
    }

    /// True when `fold(s) == folded`; an ASCII name is compared as it is folded, building no string.
    static func folds(_ s: String, to folded: String) -> Bool {
        var s = s, folded = folded
        let ascii: Bool? = s.withUTF8 { bytes in
            folded.withUTF8 { target in
                var k = 0, started = false, pendingSpace = false
                for b in bytes {
                    if b >= 0x80 { return nil }
                    guard (b >= 65 && b <= 90) || (b >= 97 && b <= 122) else { pendingSpace = started; continue }
                    if pendingSpace {
                        guard k < target.count, target[k] == 32 else { return false }
                        k += 1; pendingSpace = false
                    }
                    guard k < target.count, target[k] == b | 0x20 else { return false }
                    k += 1; started = true
                }
                return k == target.count
            }
        }
        return ascii ?? foldsScalars(s, to: folded)
    }

    /// `folds` for a name with non-ASCII letters: compared scalar by scalar as `fold` writes
    /// them, so a mismatch stops before later letters are looked up and no string is built.
    private static func foldsScalars(_ s: String, to folded: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { target in
            var k = 0, started = false, pendingSpace = false
            for c in s.unicodeScalars {
                let v = c.value
                if c.isASCII {
                    guard (v >= 65 && v <= 90) || (v >= 97 && v <= 122) else { pendingSpace = started; continue }
                    if pendingSpace {
                        guard k < target.count, target[k] == 32 else { return false }
                        k += 1; pendingSpace = false
                    }
                    started = true
                    guard k < target.count, target[k] == UInt8(v) | 0x20 else { return false }
                    k += 1
                    continue
                }
                // A letter's bytes are compared as they come; the space before it only once one comes.
                var same = true, space = pendingSpace
                let letter = foldLetter(c) { b in
                    if space { same = same && k < target.count && target[k] == 32; k += 1; space = false }
                    same = same && k < target.count && target[k] == b
                    k += 1
                }
                guard same else { return false }
                if letter { started = true; pendingSpace = false }
            }
            return k == target.count
        }
    }

    /// Same organisation by name: that of tokens `a` against a name key (`NameKey.matches`).
    private func sameName(_ a: ClosedRange<Int>, _ b: NameKey) -> Bool {
        NameKey(name: text.text(a.lowerBound, a.upperBound)).matches(b)
    }
}
