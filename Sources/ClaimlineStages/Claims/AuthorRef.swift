import ClaimlineCore
import ClaimlineRules

/// The document's author and translator, as chain links. The author of a communiqué's plain
/// assertions is the organisation that issues it ("The Ministry of Defence informs …", a
/// title "MNLA communiqué n°19" or "[Statement] al-Qaeda in the Islamic Maghreb: …");
/// otherwise the declared source (metadata `source`). A declared name is tied to a mention
/// of it in the text, else to the entity the entities stage resolved it to; a name tied to
/// neither keeps an empty span at the start of the text and speaks for no claim.
/// A class: the finders and the resolver each hold it, and copying them copies a reference
/// rather than three mentions.
final class AuthorRef {
    /// Who asserts what the text states in its own voice.
    let ref: MentionRef?
    /// The declared source that published the text.
    let publisher: MentionRef?
    let translator: MentionRef?
    /// Rule id of how `ref` was found.
    let rule: String
    /// The publisher as the last link of a chain, and its name folded: made once, not for
    /// every chain that ends with it.
    let publisherLink: MentionRef?
    private let publisherFolded: String?
    /// The dash ending the text's dateline ("NIAMEY, May 12 (AFP) -"), whoever the author.
    let datelineEnd: Int?

    init(_ text: ClaimsText) {
        // The document is read through `text` in place: a local copy retained every array in it.
        datelineEnd = Self.datelineDash(text)
        let translator = text.doc.metadata.translator.map { Self.link($0, entity: text.doc.translatorEntity, role: "translator", text.doc) }
        publisher = text.doc.metadata.source.map { Self.link($0, entity: text.doc.sourceEntity, role: "author", text.doc) }
            .map { Self.tiedToTranslator($0, translator) }
        self.translator = translator
        publisherLink = publisher.map { MentionRef(span: $0.span, entity: $0.entity, name: $0.name, role: "publisher") }
        publisherFolded = publisher?.name.map(SpeakerResolver.fold)
        // An issuer no table lists ("The Ministry of Defence informs …") yields to a declared
        // source the tables know, which names it better, unless that source is an outlet that
        // publishes others' communiqués (an agency, a paper, a platform).
        let declared = publisher?.entity != nil && !Self.outletKinds.contains(text.doc.sourceKind ?? "")
        switch Self.issuer(text, unknown: !declared) {
        case .some(.some(let issuer)):
            ref = issuer; rule = "author.issuer"
        case .some(.none):
            // An issuing clause whose subject names no known organisation: the declared source.
            ref = publisher; rule = "author.source"
        case .none:
            if let heading = Self.titleIssuer(text, unknown: !declared) { ref = heading; rule = "author.statement_title" }
            else if let letterhead = Self.letterhead(text) { ref = letterhead; rule = "author.letterhead" }
            else if let byline = Self.byline(text) { ref = byline; rule = "author.byline" }
            else if let dash = datelineEnd, let dateline = Self.dateline(text, dash: dash) { ref = dateline; rule = "author.dateline" }
            else { ref = publisher; rule = "author.source" }
        }
    }

    /// The chain of the author's own assertions: the author, the translator, then the publisher
    /// when it is another. Made once, where each such claim built three arrays.
    private(set) lazy var assertionChain: [MentionRef] = {
        guard let ref else { return [] }
        var chain = [ref]
        if let translator { chain.append(translator) }
        if var p = publisher, p != ref { p.role = "publisher"; chain.append(p) }
        return chain
    }()

    /// True when `m` names the publisher: the same entity, else the same name folded.
    func isPublisher(_ m: MentionRef) -> Bool {
        guard let publisher else { return false }
        if let x = m.entity, let y = publisher.entity { return x == y }
        guard let name = m.name, let folded = publisherFolded else { return false }
        return SpeakerResolver.folds(name, to: folded)
    }

    /// True when the author is the organisation issuing the text (a communiqué), not a reporter.
    var isIssuer: Bool { rule == "author.issuer" || rule == "author.statement_title" || rule == "author.letterhead" }

    /// The author as the speaker of a claim: only when it names an entity or a mention.
    var speaker: MentionRef? {
        guard let ref, ref.entity != nil || ref.span.length > 0 else { return nil }
        return ref
    }

    /// Kinds of the entity tables whose organisations publish what others issue.
    static let outletKinds: Set<String> = ["agency", "media", "platform"]

    /// How many sentences from the start an issuing clause ("X informs") may open.
    static let issuerSentences: Int32 = 10

    /// "The Nigerian Army wishes to inform …": the first issuing verb (marker kind `issuing`)
    /// in the first sentences, and the organisation right before it (nil inside when the
    /// words before it name no known organisation). Nil when there is no issuing verb.
    private static func issuer(_ text: ClaimsText, unknown: Bool) -> MentionRef?? {
        // The first sentences' tokens are read through buffers: most hold no marker.
        let verb: Int? = text.sentence.withUnsafeBufferPointer { sentence in
            text.markerKinds.withUnsafeBufferPointer { kinds in
                var t = 1
                while t < sentence.count && sentence[t] < issuerSentences {
                    if kinds[t] == .issuing { return t }
                    t += 1
                }
                return nil
            }
        }
        guard let t = verb else { return nil }
        // "BAMAKO — The army said … stated: “The General Staff informs …”": a communiqué quoted
        // in a report issues the quote, not the text.
        var k = t - 1
        while k > 0 && !text.paragraphStart[k] { k -= 1 }
        if (k..<t).contains(where: { text.flags[$0].contains(.quoteMark) }) { return nil }
        var before = t - 1
        if text.isPunct(before, ")") && before > 0 { before -= 1 }
        if text.markerKind(before) == .orgAnaphor && before > 0 { before -= 1 }  // "the Ansar Dine movement informs"
        let e = text.entity[before]
        return .some(e >= 0 ? organisation(Int(e), text, unknown: unknown) : nil)
    }

    /// A title line that names a statement (an utterance marker: "communiqué", "statement")
    /// and an organisation. Only a headline (`Headline`): a first line that is a whole
    /// sentence ("Boko Haram leader Abubakar Shekau said in a video …") is a report's lead,
    /// whose organisations issue nothing.
    private static func titleIssuer(_ text: ClaimsText, unknown: Bool) -> MentionRef? {
        // The organisation is sought only in a title that names a statement: most name none.
        // "Al-Shabaab Mujahideen Movement" over "Military Statement": a short second line may name it.
        var end = text.headline.last + 1
        if end > 0, !(0..<end).contains(where: { text.markerKind($0) == .utterance }) {
            var t = end
            while t < text.count && t - end < 6 && !text.lineBreak(after: t) { t += 1 }
            if t < text.count, t - end < 6, text.lineBreak(after: t), (end...t).contains(where: { text.markerKind($0) == .utterance }) { end = t + 1 }
        }
        guard (0..<end).contains(where: { text.markerKind($0) == .utterance }) else { return nil }
        // "Mali: army communiqué says …; JNIM claims ambush": a headline whose statement or
        // organisation says something reports them.
        if (1..<end).contains(where: { text.cueKinds[$0] == .speech && (text.entity[$0 - 1] >= 0 || text.markerKind($0 - 1) == .utterance) }) { return nil }
        for t in 0..<end where text.entity[t] >= 0 {
            if let issuer = organisation(Int(text.entity[t]), text, unknown: unknown) { return issuer }
        }
        return nil
    }

    /// A headline that is an organisation's name and nothing else heads its statement, as a
    /// letterhead does ("Islamic State West Africa Province" above the text).
    /// So does one whose name a dash and the issuing office's or branch's capitalised name
    /// follow ("Harakat al-Shabaab al-Mujahideen – Office of Military Affairs", "Al-Qaeda in the
    /// Arabian Peninsula – Ansar al-Sharia").
    private static func letterhead(_ text: ClaimsText) -> MentionRef? {
        let first = text.headline.first, last = text.headline.last
        guard last >= first, text.entity[first] >= 0 else { return nil }
        let e = text.entity[first]
        var t = first
        while t <= last && (text.entity[t] == e || text.tokens[t].kind == .punctuation && !text.isDash(t)) { t += 1 }
        if t <= last, text.isDash(t) {
            t += 1
            while t <= last && (text.isCapitalised(t) || text.entity[t] >= 0 || text.isWord(t, text.words.of) || text.isWord(t, text.words.and)) { t += 1 }
        }
        guard t > last else { return nil }
        return organisation(Int(e), text)
    }

    /// The organisation of mention `e`; one no table lists (`entity` null) only when `unknown`
    /// ("The General Staff of the Armed Forces informs …", a statement's title naming it).
    /// Fields read in place: a copy of the mention retained each of its strings.
    private static func organisation(_ e: Int, _ text: ClaimsText, unknown: Bool = false) -> MentionRef? {
        text.doc.entities.withUnsafeBufferPointer { entities in
            guard entities[e].isOrganisation, entities[e].entity != nil || unknown else { return nil }
            return MentionRef(span: entities[e].span, entity: entities[e].entity, name: entities[e].name ?? entities[e].text, role: "author")
        }
    }

    /// "TheMaghrebiNote (blog)" who also translated the text: a declared source tied to no
    /// mention is tied to the translator's, when its name before a parenthesis or comma is the
    /// translator's (a blogger who translates and publishes).
    private static func tiedToTranslator(_ source: MentionRef, _ translator: MentionRef?) -> MentionRef {
        guard source.span.length == 0, source.entity == nil, let translator, translator.span.length > 0,
              let name = source.name, let translatorName = translator.name else { return source }
        let head = String(name.prefix { $0 != "(" && $0 != "," && $0 != "[" })
        guard SpeakerResolver.folds(head, to: SpeakerResolver.fold(translatorName)) else { return source }
        return MentionRef(span: translator.span, entity: translator.entity, name: translatorName, role: source.role)
    }

    private static func link(_ name: String, entity: String?, role: String, _ doc: Document) -> MentionRef {
        let isID = name.hasPrefix("org.") || name.hasPrefix("per.")
        let id = isID ? name : entity
        let folded = SpeakerResolver.fold(name)
        let ends = folded.utf8.first.map { ($0, folded.utf8.last!) }
        // An index loop: most mentions are passed over after reading a field or two.
        for i in doc.entities.indices where (id != nil && doc.entities[i].entity == id)
            || (!isID && (Self.mayFold(doc.entities[i].text, to: ends) && SpeakerResolver.folds(doc.entities[i].text, to: folded)
                          || doc.entities[i].name.map { Self.mayFold($0, to: ends) && SpeakerResolver.folds($0, to: folded) } == true)) {
            let e = doc.entities[i]
            return MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text, role: role)
        }
        if role == "translator", let span = translatorSpan(name, doc) {
            return MentionRef(span: span, entity: id, name: name, role: role)
        }
        return MentionRef(span: ScalarSpan(0, 0), entity: id, name: name, role: role)
    }

    /// False only when `s` starts or ends with an ASCII letter that cannot fold to the first or
    /// last byte of a folded name (`fold` keeps such letters, lower-cased, at its ends): most
    /// mentions fail this before the full comparison, which most that pass the first letter failed.
    private static func mayFold(_ s: String, to ends: (first: UInt8, last: UInt8)?) -> Bool {
        guard let ends else { return true }
        if let b = s.utf8.first, isLetter(b), b | 0x20 != ends.first { return false }
        if let b = s.utf8.last, isLetter(b), b | 0x20 != ends.last { return false }
        return true
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

    /// The translator's name inside the "Translated by:" line. The name's scalars are walked in
    /// place: an array of them was made for every document with a translator.
    private static func translatorSpan(_ name: String, _ doc: Document) -> ScalarSpan? {
        let needle = name.unicodeScalars
        guard let first = needle.first else { return nil }
        return doc.scalars.withUnsafeBufferPointer { scalars in
            for region in doc.regions where region.kind == .translatorLine {
                // The first scalar is compared alone: most positions fail it.
                for i in region.span.start..<region.span.end where scalars[i] == first {
                    var end = i
                    for c in needle {
                        guard end < region.span.end, scalars[end] == c else { end = -1; break }
                        end += 1
                    }
                    if end >= 0 { return ScalarSpan(i, end) }
                }
            }
            return nil
        }
    }
}
