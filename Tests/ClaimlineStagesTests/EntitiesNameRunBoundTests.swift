import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// A name found by its shape has at most `EntitiesStage.maxNameParts` parts, however long the
/// run of capitalised words it starts (a title-case line, a list, junk): the cost of a run is
/// then linear in its length, and names of ordinary length are found as before.
@Suite struct EntitiesNameRunBoundTests {
    let bound = EntitiesStage.maxNameParts

    func words(_ m: EntityMention) -> Int { m.text.split(separator: " ").count }

    @Test func aLongRunAfterAKunyaGivesANameOfTheBoundAtMost() throws {
        let run = (["Abu"] + Array(repeating: "Xyz", count: 999)).joined(separator: " ")
        let d = try EntitiesFixtures.run("\(run) said it. Abu Talha al-Liby fled.")
        let first = try #require(d.entities.first)
        #expect(first.rule == "unknown.kunya_name")
        #expect(words(first) == bound)
        #expect(d.entities.allSatisfy { words($0) <= bound })
        #expect(d.mention("Abu Talha al-Liby")?.rule == "unknown.kunya_name")
    }

    @Test func aLongRunAfterATitleGivesANameOfTheBoundAtMost() throws {
        let d = try EntitiesFixtures.run("Mr " + Array(repeating: "Xyz", count: 1000).joined(separator: " ") + " spoke.")
        #expect(d.entities.first?.rule == "title.mr")
        #expect(d.entities.first.map(words) == bound)
        #expect(d.entities.allSatisfy { words($0) <= bound })
    }

    @Test func aLongRunOfOneSurnameLinksInPiecesOfTheBoundAtMost() throws {
        let d = try EntitiesFixtures.run("Omar Ould Hamaha was seen in Gao. " + Array(repeating: "Hamaha", count: 1000).joined(separator: " "))
        let links = d.entities.filter { $0.link == "link.short_form" }
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0.entity == "per.omar_ould_hamaha" && words($0) <= bound })
    }

    @Test func aRunOfCapitalisedWordsWithoutAParticleNamesNoOne() throws {
        let d = try EntitiesFixtures.run(Array(repeating: "Xyz", count: 1000).joined(separator: " ") + " said it.")
        #expect(d.entities.isEmpty)
    }
}
