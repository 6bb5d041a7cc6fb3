import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// The entities and dates stages keep room and caches from one document to the next (name
/// texts, folded parts, date tokens): a document must come out the same whatever one stage
/// read before it, through documents that grow, shrink, are empty or are not ASCII.
@Suite("Entities and dates: one stage, many documents")
struct StageReuseTests {
    static let texts: [String] = [
        "AQIM's spokesman Abu Assem al-Muhajir told ANI on Friday, 11 April 2014, that Omar Ould Hamaha is alive.",
        String(repeating: "Oumar Hould Hamaha met Mokhtar Belmokhtar in Gao on 3 March 2014; the French said so. ", count: 300),
        "",
        "Boutéflika and Traoré met in Tombouctou on 12 mars 2013 — المرابطون said, and Hamaha’s aide agreed.",
        "Hamaha.",
        "\u{1F600} 2014 \u{1F600}",
        String(repeating: "Abdelmalek Droukdel, 2 days later, denied it. ", count: 40),
    ]

    static func document(_ text: String) -> Document {
        var meta = DocumentMetadata()
        meta.date = CalendarDate(iso: "2014-04-16")
        return Document(id: "d", text: text, metadata: meta)
    }

    @Test("every document as from a fresh pipeline, twice over")
    func sameAsFresh() throws {
        let shared = try defaultPlan.makePipeline()
        for text in Self.texts + Self.texts.reversed() {
            var reused = Self.document(text), fresh = Self.document(text)
            try shared.run(&reused)
            try defaultPlan.makePipeline().run(&fresh)
            #expect(reused.entities == fresh.entities, "\(text.prefix(30))")
            #expect(reused.roles == fresh.roles, "\(text.prefix(30))")
            #expect(reused.dates == fresh.dates, "\(text.prefix(30))")
            #expect(reused.claims == fresh.claims, "\(text.prefix(30))")
            for m in reused.entities { #expect(reused.string(m.span) == m.text) }
            for m in reused.dates { #expect(reused.string(m.span) == m.text) }
        }
    }
}
