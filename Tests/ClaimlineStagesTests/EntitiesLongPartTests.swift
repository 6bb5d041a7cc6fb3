import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// A name part longer than `PartKeyCache.maxFoldedPart` is not folded (no table lists one so
/// long, and folding it with ICU costs the square of its length): it names no one, and the
/// names around it are found as before.
@Suite struct EntitiesLongPartTests {
    let bound = PartKeyCache.maxFoldedPart

    @Test func aNameAfterALetterUnderManyMarksIsFound() throws {
        let stack = "ب" + String(repeating: "\u{064E}\u{0651}", count: 5_000)
        let d = try EntitiesFixtures.run("\(stack) Omar Ould Hamaha said it in Gao.")
        #expect(d.mention("Omar Ould Hamaha")?.entity == "per.omar_ould_hamaha")
        #expect(d.mention("Gao")?.entity != nil)
    }

    @Test func aPartLongerThanTheBoundNamesNoOne() throws {
        let long = "Hamaha" + String(repeating: "\u{00E1}", count: bound)
        let d = try EntitiesFixtures.run("Omar Ould Hamaha was seen in Gao. \(long) said it. Hamaha left.")
        #expect(d.entities.allSatisfy { !d.string($0.span).hasPrefix(long) })
        let links = d.entities.filter { $0.link == "link.short_form" }
        #expect(links.count == 1)
        #expect(links.first.map { d.string($0.span) } == "Hamaha")
    }
}
