import ClaimlineCore

/// The document's declared author (metadata `source`) and translator, as chain links. An id
/// such as `org.aqim` is taken as the entity; otherwise a mention of that name in the text
/// gives the entity and the span; else the link has an empty span at the start of the text.
struct AuthorRef {
    let ref: MentionRef?
    let translator: MentionRef?

    init(_ doc: Document) {
        ref = doc.metadata.source.map { Self.link($0, role: "author", doc) }
        translator = doc.metadata.translator.map { Self.link($0, role: "translator", doc) }
    }

    private static func link(_ name: String, role: String, _ doc: Document) -> MentionRef {
        let isID = name.hasPrefix("org.") || name.hasPrefix("per.")
        let folded = SpeakerResolver.fold(name)
        if let e = doc.entities.first(where: { $0.entity == name || (!isID && (SpeakerResolver.fold($0.text) == folded || $0.name.map(SpeakerResolver.fold) == folded)) }) {
            return MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text, role: role)
        }
        if role == "translator", let span = translatorSpan(name, doc) {
            return MentionRef(span: span, entity: isID ? name : nil, name: name, role: role)
        }
        return MentionRef(span: ScalarSpan(0, 0), entity: isID ? name : nil, name: name, role: role)
    }

    /// The translator's name inside the "Translated by:" line.
    private static func translatorSpan(_ name: String, _ doc: Document) -> ScalarSpan? {
        let needle = Array(name.unicodeScalars)
        guard !needle.isEmpty else { return nil }
        for region in doc.regions where region.kind == .translatorLine && region.span.length >= needle.count {
            var i = region.span.start
            while i + needle.count <= region.span.end {
                if doc.scalars[i..<(i + needle.count)].elementsEqual(needle) { return ScalarSpan(i, i + needle.count) }
                i += 1
            }
        }
        return nil
    }
}
