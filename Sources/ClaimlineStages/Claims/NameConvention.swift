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
        // Only a short form (two words at most) looks back, over the nearest mentions, for its full name.
        if full.utf8.count(where: { $0 == 32 }) <= 1, let earlier = earlierMention(before: start, doc, where: {
            $0.type == "PER" && $0.entity == nil && SpeakerResolver.fold(doc.view.string($0.view)).hasSuffix(suffix) }) {
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

    /// How far back, in scalars, a mention is looked for: work stays bounded in long texts.
    static let lookBack = 4000

    /// The last mention ending at or before `start`, within `lookBack`, that fits.
    static func earlierMention(before start: Int, _ doc: Document, where fits: (EntityMention) -> Bool) -> EntityMention? {
        var lo = 0, hi = doc.entities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.entities[mid].span.start < start { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 && doc.entities[i].span.start >= start - lookBack {
            let e = doc.entities[i]
            if e.span.end <= start && fits(e) { return e }
            i -= 1
        }
        return nil
    }

    /// "abu talha", "umm hafsa": a kunya alone, which names no one identity.
    static func isBareKunya(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        return words.count == 2 && kunyaWords.contains(words[0])
    }

    static let kunyaWords: [Substring] = ["abu", "abou", "umm", "oum"]
}
