import ClaimlineCore

/// The id the annotation convention gives a person the entity tables do not know: `per.` and
/// the ASCII name in lower case with `_` between words ("Ibrahim Ag Assaleh" →
/// `per.ibrahim_ag_assaleh`).
enum NameConvention {
    /// The id for a folded name (`SpeakerResolver.fold`) met at `start`. A short form takes the
    /// full name of an earlier person mention that ends with it ("Ag Aharib" after "Mohamed Ag
    /// Aharib"); a possessive "'s" is dropped. Nil for a single word, a bare kunya ("Abu
    /// Usama": many people) or a name that is not plain ASCII in the analysis view.
    static func personID(_ folded: String, before start: Int, _ doc: Document) -> String? {
        var full = folded
        if full.hasSuffix(" s") { full.removeLast(2) }  // "Trump's"
        let suffix = " " + full
        // Only a short form (two words at most) looks back for its full name.
        if full.utf8.count(where: { $0 == 32 }) <= 1, let earlier = doc.entities.last(where: { $0.type == "PER" && $0.entity == nil && $0.span.end <= start
            && SpeakerResolver.fold(doc.view.string($0.view)).hasSuffix(suffix) }) {
            full = SpeakerResolver.fold(doc.view.string(earlier.view))
        }
        guard full.contains(" "), full.unicodeScalars.allSatisfy({ $0.isASCII }), !isBareKunya(full) else { return nil }
        return "per." + String(full.map { $0 == " " ? "_" : $0 })
    }

    /// The id for an entity mention: its own, else the convention's for an unknown person.
    static func id(of e: EntityMention, _ doc: Document) -> String? {
        if let id = e.entity { return id }
        guard e.type == "PER" else { return nil }
        return personID(SpeakerResolver.fold(doc.view.string(e.view)), before: e.span.start, doc)
    }

    /// "abu talha", "umm hafsa": a kunya alone, which names no one identity.
    static func isBareKunya(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        return words.count == 2 && kunyaWords.contains(words[0])
    }

    static let kunyaWords: [Substring] = ["abu", "abou", "umm", "oum"]
}
