import ClaimlineCore
import Foundation
import Testing

/// The seed document: every mention of its actors, with exact offsets on the original text.
@Suite struct EntitiesSeedTests {
    static let text: String = {
        let url = EntitiesFixtures.corpora.appendingPathComponent("seed/000_5e63b64f8ebb7a33.txt")
        return try! String(contentsOf: url, encoding: .utf8)
    }()

    let document = try! EntitiesFixtures.run(EntitiesSeedTests.text, date: "2014-04-16")

    /// (text at the span, start, entity): found by reading the seed text by hand.
    static let expected: [(String, Int, String)] = [
        ("AQIM", 0, "org.aqim"), ("Al-Mourabitoune", 5, "org.al_mourabitoun"), ("Mali", 24, "loc.mali"),
        ("AQIM", 86, "org.aqim"), ("Mali", 94, "loc.mali"), ("Abu Assem Al Muhajir", 100, "per.abu_assem_al_muhajir"),
        ("ANI", 136, "org.ani"), ("Mali", 242, "loc.mali"), ("Omar Ould Hamaha", 285, "per.omar_ould_hamaha"),
        ("Red Beard", 307, "per.omar_ould_hamaha"), ("Omar Ould Hamaha", 347, "per.omar_ould_hamaha"),
        ("French", 399, "org.french_army"), ("Jean-Yves Le Drian", 461, "per.jean_yves_le_drian"),
        ("AQIM", 522, "org.aqim"), ("Abu Assem al-Muhajir", 528, "per.abu_assem_al_muhajir"), ("Ani", 560, "org.ani"),
        ("french", 737, "org.french_army"), ("french", 858, "org.french_army"), ("French", 921, "org.french_army"),
        ("AQIM", 1175, "org.aqim"), ("Belmokhtar", 1184, "per.mokhtar_belmokhtar"),
        ("northern mali", 1450, "loc.northern_mali"), ("Al-Mourabitoune", 1537, "org.al_mourabitoun"),
        ("MUJAO", 1555, "org.mujao"), ("Malian army", 1655, "org.malian_army"),
        ("Oumar Ould Hamaha", 1705, "per.omar_ould_hamaha"), ("Al-Mourabitoune", 1823, "org.al_mourabitoun"),
        ("Mali", 1909, "loc.mali"), ("Oumar Hould Hamaha", 1931, "per.omar_ould_hamaha"),
    ]

    @Test func everyActorIsFoundWithItsEntityAndExactOffsets() {
        for (text, start, entity) in Self.expected {
            let m = document.entities.first { $0.span.start == start }
            #expect(m?.entity == entity, "\(text) at \(start)")
            #expect(m.map { document.string($0.span) } == text, "\(text) at \(start)")
            #expect(m?.text == text)
        }
    }

    @Test func everyMentionTextIsTheOriginalTextAtItsSpan() {
        for m in document.entities { #expect(document.string(m.span) == m.text) }
    }

    @Test func nothingIsFoundInTheCommentFormFooter() {
        let range = Self.text.range(of: "Leave a Reply")!
        let footer = Self.text.unicodeScalars.distance(from: Self.text.startIndex, to: range.lowerBound)
        #expect(document.entities.allSatisfy { $0.span.end <= footer })
        #expect(document.roles.allSatisfy { $0.span.end <= footer })
    }

    @Test func frenchMediaAndFrenchSoldiersAreNotTheFrenchForces() {
        for m in document.entities where m.entity == "org.french_army" {
            let after = document.string(ScalarSpan(m.span.end, min(m.span.end + 9, document.scalars.count)))
            #expect(!after.hasPrefix(" media") && !after.hasPrefix(" soldiers"))
        }
        #expect(!document.entities.contains { $0.type == "PER" && $0.text.lowercased().hasPrefix("french") })
    }

    @Test func redBeardIsLinkedToHamahaByTheAkaRule() {
        let red = document.mention("Red Beard")
        #expect(red?.entity == "per.omar_ould_hamaha")
        #expect(red?.link == "link.aka")
    }

    @Test func spellingsTheTablesListNeedNoFolds() {
        #expect(document.mention("Oumar Hould Hamaha")?.folds == [])
        #expect(document.mention("Omar Ould Hamaha")?.folds == [])
    }

    @Test("a mention cites the normalize stage only where that stage changed its letters, joined compounds too")
    func normalizeIsCitedOnlyForChangedLetters() throws {
        // The curly quotes and the accent make the view differ from the original elsewhere.
        let d = try EntitiesFixtures.run("“Abu Musab Abdul Wadud confirmed it,” said Boutéflika’s aide in Léré.")
        let wadud = try #require(d.mention("Abu Musab Abdul Wadud"))
        #expect(wadud.entity == "per.abdelmalek_droukdel")
        #expect(!wadud.folds.contains("normalize.transliterate"))
        #expect(d.mention("Léré")?.folds.contains("normalize.transliterate") == true)
    }

    @Test func anUnlistedSpellingCitesTheFoldsThatMadeItMeet() throws {
        let d = try EntitiesFixtures.run("Oumar Wuld Hammaha was not killed.")
        let m = d.mention("Oumar Wuld Hammaha")
        #expect(m?.entity == "per.omar_ould_hamaha")
        #expect(m?.folds.contains("particle.ould") == true)
        #expect(m?.folds.contains("fold.double") == true)
    }

    @Test func rolesLinkTheSpokesmanToAqimAndMaliAndTheMinisterToFrance() {
        let roles = document.roles
        func entity(_ i: Int?) -> String? { i.map { document.entities[$0].entity ?? "?" } }
        let first = roles.first { document.string($0.span) == "Spokesman of AQIM in Mali" }
        #expect(first?.role == "spokesman")
        #expect(entity(first?.holder) == "per.abu_assem_al_muhajir")
        #expect(entity(first?.organisation) == "org.aqim")
        #expect(entity(first?.place) == "loc.mali")
        let second = roles.first { document.string($0.span) == "spokesman of AQIM" }
        #expect(entity(second?.holder) == "per.abu_assem_al_muhajir")
        #expect(second.map { document.entities[$0.holder!].span.start } == 528)
        let minister = roles.first { document.string($0.span) == "French Defence Minister" }
        #expect(minister?.role == "minister")
        #expect(entity(minister?.holder) == "per.jean_yves_le_drian")
        #expect(entity(minister?.place) == "loc.france")
        let mourabitoune = roles.first { document.string($0.span) == "Al-Mourabitoune spokesman" }
        #expect(entity(mourabitoune?.organisation) == "org.al_mourabitoun")
        #expect(mourabitoune?.holder == nil)
    }
}
