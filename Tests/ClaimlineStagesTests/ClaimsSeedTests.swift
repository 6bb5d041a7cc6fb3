import ClaimlineCore
import Foundation
import Testing

/// The seed document: AQIM's spokesman, quoted by ANI, translated by TheMaghrebiNote, says
/// Hamaha is alive. Entity, role and date mentions are added by hand in the shape the
/// entities and dates stages give (marked ENTITY-DEPENDENT / DATE-DEPENDENT below);
/// `SeedPipelineTests` runs the same document through the real stages.
@Suite("Claims on the seed document")
struct ClaimsSeedTests {
    static let seedText: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpora/seed/000_5e63b64f8ebb7a33.txt")
        return try! String(contentsOf: url, encoding: .utf8)
    }()

    static func fixture() -> ClaimsFixture {
        var f = ClaimsFixture(seedText)
        // ENTITY-DEPENDENT: mentions the entities stage is expected to find.
        let abu1 = f.entity("Abu Assem Al Muhajir", "PER", "per.abu_assem_al_muhajir", name: "Abu Assem al-Muhajir")
        f.entity("Abu Assem al-Muhajir", "PER", "per.abu_assem_al_muhajir")
        let aqim = f.entity("AQIM", "ORG", "org.aqim", 2)
        f.entity("AQIM", "ORG", "org.aqim", 3)
        f.entity("ANI", "ORG", "org.ani", 1, name: "ANI")
        f.entity("Ani", "ORG", "org.ani", 1, name: "ANI")
        f.entity("Omar Ould Hamaha", "PER", "per.omar_ould_hamaha", 1)
        f.entity("Omar Ould Hamaha", "PER", "per.omar_ould_hamaha", 2)
        f.entity("Oumar Ould Hamaha", "PER", "per.omar_ould_hamaha", name: "Omar Ould Hamaha")
        f.entity("French", "ORG", "org.french_army", 1)
        f.entity("Jean-Yves Le Drian", "PER", "per.jean_yves_le_drian")
        f.entity("Belmokhtar", "PER", "per.mokhtar_belmokhtar", name: "Mokhtar Belmokhtar")
        f.entity("Malian army", "ORG", "org.malian_army")
        // ENTITY-DEPENDENT: the role "Spokesman of AQIM in Mali" held by Abu Assem.
        let holder = f.document.entities.firstIndex { $0.span == f.span("Abu Assem Al Muhajir") } ?? abu1
        let org = f.document.entities.firstIndex { $0.span == f.span("AQIM", 2) } ?? aqim
        f.role("Spokesman of AQIM in Mali, Abu Assem Al Muhajir", "spokesman", holder: holder, organisation: org)
        // DATE-DEPENDENT: the dates stage with document date 2014-04-14.
        f.date("Friday, April 11th", "2014-04-11")
        f.date("14th March", "2014-03-14")
        return f
    }

    static let document = fixture().run()

    @Test func translatorComesFromTheTranslatedByLine() {
        #expect(Self.document.metadata.translator == "TheMaghrebiNote")
    }

    @Test func spokesmanAssertsHamahaAlive() throws {
        let d = Self.document
        let c = try #require(d.claims("alive").first)
        #expect(c.polarity == .asserted)
        #expect(c.speaker?.entity == "per.abu_assem_al_muhajir")
        #expect(c.speaker?.span == ScalarSpan(528, 548))
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
        #expect(c.subject?.span == ScalarSpan(347, 363))
        #expect(c.evidence == ScalarSpan(343, 373))
        #expect(d.text(c.evidence) == "Mr. Omar Ould Hamaha is alive.")
        #expect(c.chain.map(\.role) == ["spokesman", "agency", "translator"])
        #expect(c.chain.map(\.entity) == ["per.abu_assem_al_muhajir", "org.ani", nil])
        #expect(c.chain.map(\.name) == ["Abu Assem al-Muhajir", "ANI", "TheMaghrebiNote"])
        #expect(d.text(c.chain[1].span) == "Ani")
        #expect(d.text(c.chain[2].span) == "TheMaghrebiNote")
        #expect(c.time == nil)
        #expect(c.stance.isEmpty)
    }

    @Test func spokesmanDeniesTheKillingContraryToTheFrench() throws {
        let d = Self.document
        let c = try #require(d.claims("killed").first { $0.subject?.span == ScalarSpan(374, 376) })
        #expect(d.text(c.subject?.span) == "He")
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
        #expect(c.polarity == .negated)
        #expect(c.speaker?.entity == "per.abu_assem_al_muhajir")
        #expect(c.evidence == ScalarSpan(374, 497))
        #expect(c.stance.map(\.relation) == [.contradicts, .contradicts])
        #expect(c.stance.map(\.source.entity) == ["per.jean_yves_le_drian", nil])
        #expect(c.stance.map { d.string($0.source.span) } == ["Jean-Yves Le Drian", "French media"])
        #expect(c.chain.map(\.role) == ["spokesman", "agency", "translator"])
    }

    @Test func noMujahideenKilledInTheClashOfApril11() throws {
        let d = Self.document
        let c = try #require(d.claims("killed").first { $0.subject.map { d.string($0.span) } == "Mujahideen" && $0.time != nil })
        #expect(c.polarity == .negated)
        #expect(c.speaker?.entity == "per.abu_assem_al_muhajir")
        #expect(c.time?.value == "2014-04-11")
        #expect(d.text(c.time?.span) == "Friday, April 11th")
        #expect(d.text(c.evidence)?.hasPrefix("that the latest clash with the French was on Friday, April 11th.") == true)
        #expect(d.text(c.evidence)?.contains("no Mujahideen were killed in these strikes") == true)
        #expect(c.chain.map(\.entity) == ["per.abu_assem_al_muhajir", "org.ani", nil])
    }

    @Test func malianArmyAnnouncementIsItsOwnClaim() throws {
        let d = Self.document
        let c = try #require(d.claims("killed").first { $0.speaker?.entity == "org.malian_army" })
        #expect(c.polarity == .asserted)
        #expect(d.text(c.speaker?.span) == "Malian army")
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
        #expect(c.subject?.span == ScalarSpan(1705, 1722))
        #expect(c.time?.value == "2014-03-14")
        #expect(c.time?.span == ScalarSpan(1637, 1647))
        #expect(d.text(c.evidence)?.hasPrefix("4) The announcement of many Jihadi leaders being killed") == true)
        #expect(d.text(c.evidence)?.hasSuffix("Oumar Ould Hamaha, was this authentic?") == true)
    }

    @Test func noClaimSaysTheSpokesmanReportedAKilling() {
        let d = Self.document
        let asserted = d.claims("killed").filter { $0.polarity == .asserted && $0.speaker?.entity == "per.abu_assem_al_muhajir" }
        #expect(asserted.isEmpty)
        // "Jihadi leaders in Mali were supposedly killed" is hedged: no claim.
        #expect(!d.claims.contains { d.string($0.evidence).contains("supposedly") })
    }

    @Test func conflictsPairTheSpokesmanWithTheMalianArmy() throws {
        let d = Self.document
        let alive = try #require(d.claims("alive").first)
        let denied = try #require(d.claims("killed").first { $0.subject?.span == ScalarSpan(374, 376) })
        let army = try #require(d.claims("killed").first { $0.speaker?.entity == "org.malian_army" })
        #expect(d.conflicts.contains { Set($0.claims) == [alive.id, army.id] && $0.reason.hasPrefix("conflict.alive_killed") })
        #expect(d.conflicts.contains { Set($0.claims) == [denied.id, army.id] && $0.reason.hasPrefix("conflict.opposite_polarity") })
        #expect(d.conflicts.allSatisfy { $0.subject == "per.omar_ould_hamaha" || $0.subject != nil })
    }

    @Test func quotesOfTheSeed() throws {
        let d = Self.document
        d.checkSpans()
        let first = try #require(d.quotes.first { $0.direct })
        #expect(d.text(first.span)?.hasPrefix("“Mr. Omar Ould Hamaha is alive.") == true)
        #expect(d.text(first.span)?.hasSuffix("and French media, “") == true)
        #expect(d.text(first.cue) == "said")
        #expect(first.cueRule == "cue.say")
        #expect(d.text(first.speaker?.span) == "Abu Assem al-Muhajir")
        let second = try #require(d.quotes.filter(\.direct).dropFirst().first)
        #expect(d.text(second.span)?.hasPrefix("“Speaking of the killings") == true)
        #expect(d.text(second.span)?.hasSuffix("during the recent period”") == true)
        #expect(d.text(second.speaker?.span) == "He")
        #expect(second.speaker?.entity == "per.abu_assem_al_muhajir")
        #expect(second.speakerRule == "speaker.pronoun")
        // The scare quotes around “Drama” are not a statement.
        #expect(!d.quotes.contains { d.string($0.span) == "Drama" })
        let stressing = try #require(d.quotes.first { d.text($0.cue) == "Stressing" })
        #expect(!stressing.direct)
        #expect(stressing.speaker?.entity == "per.abu_assem_al_muhajir")
    }

    /// Without the entities and dates stages the same claims come out, with null entities.
    @Test func theSeedWithoutEntitiesOrDates() throws {
        let d = ClaimsFixture(Self.seedText).run()
        d.checkSpans()
        let alive = try #require(d.claims("alive").first)
        #expect(d.text(alive.subject?.span) == "Omar Ould Hamaha")
        #expect(d.text(alive.speaker?.span) == "Abu Assem al-Muhajir")
        #expect(alive.speaker?.entity == nil)
        #expect(alive.chain.map(\.role) == ["spokesman", "agency", "translator"])
        let denied = try #require(d.claims("killed").first { $0.subject.map { d.string($0.span) } == "He" })
        #expect(denied.polarity == .negated)
        #expect(denied.subject?.name == "Omar Ould Hamaha")
        #expect(denied.stance.map { d.string($0.source.span) } == ["Jean-Yves Le Drian", "French media"])
        let army = try #require(d.claims("killed").first { $0.speaker.map { d.string($0.span) } == "the Malian army" })
        #expect(army.polarity == .asserted)
        #expect(d.text(army.subject?.span) == "Oumar Ould Hamaha")
        #expect(army.time == nil)
    }
}
