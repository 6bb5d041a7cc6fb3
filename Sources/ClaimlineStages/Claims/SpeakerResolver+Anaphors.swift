import ClaimlineCore
import ClaimlineRules

/// Speakers named by an anaphor ("the group", "it") or by a name the entity tables do not know.
extension SpeakerResolver {
    static let article = FunctionWords.hash("a")

    /// "the group", "the ministry": the last organisation mentioned before whose entity kind is
    /// the one of the `org_anaphor` marker (`anaphor.armed_group` → armed_group). Nil when the
    /// phrase is no such anaphor ("a group", "the poll") or no organisation fits.
    func resolveOrganisationAnaphor(_ p: Phrase, span: ScalarSpan) -> Speaker? {
        guard p.last > p.first, text.markerKind(p.first) == .determiner, !text.isWord(p.first, Self.article),
              let head = (p.first + 1...p.last).first(where: { text.markerKind($0) == .orgAnaphor }) else { return nil }
        let id = text.tables.markers[Int(text.marker[head])].id
        let kind = id.hasPrefix("anaphor.") ? String(id.dropFirst(8)) : id
        // "the agency", "the paper": an outlet named in the anaphor's own paragraph (outlets the
        // tables do not know are named too often between).
        var from = 0
        if AuthorRef.outletKinds.contains(kind) {
            var k = p.first
            while k > 0 && !text.paragraphStart[k] { k -= 1 }
            from = text.original(k, k).start
        }
        guard let e = lastOrganisation(before: span.start, where: { $0.kind == kind && $0.span.start >= from }) else { return nil }
        return Speaker(ref: MentionRef(span: span, entity: e.entity, name: e.name ?? e.text), rule: "speaker.organisation_anaphor",
                       key: e.entity.map(SpeakerKey.init(entity:)), isPerson: false, role: nil, organisation: nil)
    }

    /// Whether a word for an organisation ends phrase `p` with no preposition or possessive
    /// before it ("The official news agency"; not "An official from Palestinian leader Yasser
    /// Arafat's Fatah movement", whose role's word heads the phrase).
    func headedByOrganisationWord(_ p: Phrase) -> Bool {
        guard let head = (p.first...p.last).last(where: { text.markerKind($0) == .orgAnaphor }),
              head + Int(text.markerLength[head]) - 1 == p.last else { return false }
        return !(p.first..<head).contains { text.isPreposition($0) || reader.isPossessive($0) }
    }

    /// "it said", "they said": the last organisation that spoke, else the last one mentioned
    /// (not a platform where words were posted: "… posted on Telegram. It did not say …").
    /// "The army said … It did not confirm …": a speaker named by a common noun, not a person,
    /// or by a name no table lists that ends in a word for an organisation ("Somalia's Defence
    /// Ministry"), who spoke after both.
    func resolveThirdPersonGroup(span: ScalarSpan, at t: Int) -> Speaker? {
        let entries = history.entries
        // "The group, which is linked to al-Qaeda, said …, and it denied …": the organisation
        // that spoke earlier in the pronoun's own sentence, whatever its asides name since.
        let sentenceStart = text.sentenceRange(t).lowerBound
        if let i = history.latest(.organisation), entries[i].speaker.ref.span.start >= text.original(sentenceStart, sentenceStart).start,
           entries[i].speaker.ref.span.start < span.start {
            let s = entries[i].speaker
            return s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name), rule: "speaker.group_previous")
        }
        // "Somalia's Ministry of Information said … that commander X, whom it described as …": an
        // organisation's name that opens the sentence before its verb of speech (met or not yet).
        if let p = reader.after(sentenceStart, limit: t - 1), p.kind == .named, p.extent.lowerBound == sentenceStart,
           case let verb = p.extent.upperBound + 1, verb < t, text.cueKinds[verb] == .speech || text.cueKinds[verb] == .relay,
           p.entity.map({ text.doc.entities[$0].isOrganisation }) ?? true {
            return organisationSpeaker(p, span: span)
        }
        // "The GNU's Ministry of Defence issued a statement. It described …": the issuer of the
        // statement the sentence before names.
        if sentenceStart > 0, let s = issuerOfStatement(inSentenceEndingAt: sentenceStart - 1, span: span) { return s }
        let lastMentioned = lastOrganisationStart(before: span.start)
        if let i = history.lastMet, entries[i].speaker.ref.entity == nil,
           entries[i].speaker.key == nil ? !entries[i].speaker.isPerson : namesAnOrganisation(entries[i].speaker),
           entries[i].speaker.ref.span.start >= lastMentioned,
           history.latest(.organisation).map({ entries[$0].speaker.ref.span.start < entries[i].speaker.ref.span.start }) ?? true {
            let s = entries[i].speaker
            return s.restated(ref: MentionRef(span: span, entity: nil, name: s.ref.name), rule: "speaker.group_previous")
        }
        if let i = history.latest(.organisation), entries[i].speaker.ref.span.start >= lastMentioned {
            let s = entries[i].speaker
            return s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name), rule: "speaker.group_previous")
        }
        guard let e = lastOrganisation(before: span.start, where: { _ in true }) else { return nil }
        return Speaker(ref: MentionRef(span: span, entity: e.entity, name: e.name ?? e.text), rule: "speaker.group_mention",
                       key: e.entity.map(SpeakerKey.init(entity:)), isPerson: false, role: nil, organisation: nil)
    }

    /// The organisation that opens its clause before a verb of issuing and a word for a statement
    /// ("issued a statement", "released a new video") or where it was made public ("has just
    /// posted on its Facebook page") in the sentence ending at token `end`.
    private func issuerOfStatement(inSentenceEndingAt end: Int, span: ScalarSpan) -> Speaker? {
        let start = text.sentenceRange(end).lowerBound
        guard let verb = (start..<end).first(where: { k in
            text.words.issuedBy.contains(text.hashes[k])
                && (((k + 1)...min(end, k + 3)).contains { text.markerKind($0) == .utterance } || text.words.madePublicAt.contains(text.hashes[k + 1]))
        }) else { return nil }
        // Past an auxiliary and adverbs ("has just posted").
        var subjectEnd = verb - 1
        while subjectEnd > start, let adverb = text.adverbStart(endingAt: subjectEnd) { subjectEnd = adverb - 1 }
        if subjectEnd > start, text.words.isFinite(text.hashes[subjectEnd]), !text.isCapitalised(subjectEnd) { subjectEnd -= 1 }
        guard subjectEnd >= start, let p = reader.before(subjectEnd, floor: start), p.extent.upperBound == subjectEnd else { return nil }
        // A name no table lists issues as an organisation does ("The Radaa").
        let organisation = p.entity.map { text.doc.entities[$0].isOrganisation }
            ?? (p.kind == .named && (text.markerKind(p.extent.lowerBound) == .determiner
                                     || (p.first...p.last).contains { text.markerKind($0) == .orgAnaphor }))
        return organisation ? organisationSpeaker(p, span: span) : nil
    }

    /// "it" at `span` standing for the organisation phrase `p` names: its entity, else its name.
    private func organisationSpeaker(_ p: Phrase, span: ScalarSpan) -> Speaker {
        let m = p.entity.map { text.doc.entities[$0] }
        let name = m.map { $0.name ?? $0.text } ?? text.text(p.first, p.last)
        return Speaker(ref: MentionRef(span: span, entity: m?.entity, name: name), rule: "speaker.group_previous",
                       key: m?.entity.map(SpeakerKey.init(entity:)) ?? SpeakerKey(name: NameKey(name: name)), isPerson: false, role: nil, organisation: nil)
    }

    /// A name no table lists that ends in a word for an organisation ("Somalia's Defence
    /// Ministry"; not "Somalia's Ministry of Information", whose last word names no organisation).
    private func namesAnOrganisation(_ s: Speaker) -> Bool {
        let last = text.firstToken(atOrAfter: s.ref.span.end) - 1
        return last >= 0 && last < text.count && text.markerKind(last) == .orgAnaphor
    }

    private func lastOrganisation(before start: Int, where fits: (EntityMention) -> Bool) -> EntityMention? {
        text.doc.earlierMention(before: start) { $0.isOrganisation && $0.entity != nil && $0.kind != Self.platform && fits($0) }
    }

    /// Where the last organisation mentioned starts, an outlet aside ("said in a statement
    /// released via its az-Zallaqa Foundation. It claimed …": the speaker, not its outlet).
    private func lastOrganisationStart(before start: Int) -> Int {
        lastOrganisation(before: start, where: { !AuthorRef.outletKinds.contains($0.kind ?? "") })?.span.start ?? 0
    }

    /// The entity kind of a platform words are posted on (Telegram, X): no one who speaks.
    static let platform = "platform"
}
