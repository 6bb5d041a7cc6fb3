import ClaimlineCore
import Foundation
import Testing

/// The seed document through the whole default pipeline, every stage real: the claims an
/// analyst must get from it, with their speakers, chains, subjects, polarity, stance and times.
@Suite("The seed through the default pipeline")
struct SeedPipelineTests {
    static let document: Document = {
        let text = ClaimsSeedTests.seedText
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(iso: "2014-04-14")
        metadata.source = "TheMaghrebiNote (blog)"
        var document = Document(id: "000_5e63b64f8ebb7a33", text: text, metadata: metadata)
        try! defaultPlan.makePipeline().run(&document)
        return document
    }()

    static func claims(_ predicate: String, _ polarity: Polarity) -> [Claim] {
        document.claims.filter { $0.predicate == predicate && $0.polarity == polarity }
    }

    @Test func spokesmanQuotedByAniSaysHamahaIsAlive() throws {
        let d = Self.document
        let c = try #require(Self.claims("alive", .asserted).first)
        #expect(c.speaker?.entity == "per.abu_assem_al_muhajir")
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
        #expect(d.string(c.evidence) == "Mr. Omar Ould Hamaha is alive.")
        let chain = c.chain.map(\.entity)
        #expect(chain.first == "per.abu_assem_al_muhajir")
        #expect(chain.contains("org.ani"))
        #expect(c.chain.contains { $0.role == "translator" && $0.name == "TheMaghrebiNote" })
    }

    @Test func spokesmanDeniesTheKillingContraryToLeDrian() throws {
        let c = try #require(Self.claims("killed", .negated).first { $0.subject?.entity == "per.omar_ould_hamaha" })
        #expect(c.speaker?.entity == "per.abu_assem_al_muhajir")
        #expect(c.stance.contains { $0.relation == .contradicts && $0.source.entity == "per.jean_yves_le_drian" })
    }

    @Test func noMujahideenKilledInTheClashOfApril11() throws {
        let c = try #require(Self.claims("killed", .negated).first { $0.time?.value == "2014-04-11" })
        #expect(c.speaker?.entity == "per.abu_assem_al_muhajir")
        #expect(Self.document.string(c.subject?.span ?? ScalarSpan(0, 0)) == "Mujahideen")
    }

    @Test func malianArmyAnnouncementIsItsOwnClaim() throws {
        let c = try #require(Self.claims("killed", .asserted).first { $0.speaker?.entity == "org.malian_army" })
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
        #expect(c.time?.value == "2014-03-14")
        #expect(Self.document.string(c.time!.span) == "14th March")
    }

    @Test func aliveAndKilledAreListedAsAConflict() throws {
        let d = Self.document
        let alive = try #require(Self.claims("alive", .asserted).first)
        let army = try #require(Self.claims("killed", .asserted).first { $0.speaker?.entity == "org.malian_army" })
        #expect(d.conflicts.contains { Set($0.claims) == Set([alive.id, army.id]) })
    }

    @Test func subjectsAreNamedEntitiesAndTimesAreDateMentions() {
        let d = Self.document
        for c in d.claims {
            #expect(c.evidence.end <= d.scalars.count)
            // A subject may be a pronoun ("He was not killed"), but its entity is one the document names.
            if let s = c.subject, s.entity != nil { #expect(d.entities.contains { $0.entity == s.entity }) }
            if let t = c.time { #expect(d.dates.contains { $0.span == t.span && $0.value == t.value }) }
        }
    }
}
