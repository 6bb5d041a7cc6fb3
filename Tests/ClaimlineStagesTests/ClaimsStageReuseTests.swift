import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// One claims stage serves every document of a worker and keeps its per-token arrays between
/// them: a document must come out the same whatever the stage read before it.
@Suite("Claims: one stage, many documents")
struct ClaimsStageReuseTests {
    static let long = """
        Hamaha is alive, the spokesman of AQIM told ANI on Friday. "We deny that he was killed," he said. \
        The French army said it killed Omar Ould Hamaha in an air strike near Timbuktu.
        """
    static let short = "The group said Hamaha was captured."

    @Test func aShortDocumentAfterALongOneComesOutAsFromAFreshStage() throws {
        let plan = defaultPlan.plans.first { $0.kind == .claims }!
        let shared = try plan.makeStage()
        var first = ClaimsFixture(Self.long).document, second = ClaimsFixture(Self.short).document
        try shared.run(&first)
        try shared.run(&second)
        let fresh = ClaimsFixture(Self.short).run()
        #expect(!fresh.claims.isEmpty)
        #expect(second.claims == fresh.claims)
        #expect(second.quotes == fresh.quotes)
        // And the long one again, after the short one shrank the arrays.
        var again = ClaimsFixture(Self.long).document
        try shared.run(&again)
        #expect(again.claims == first.claims)
        #expect(again.quotes == first.quotes)
    }

    @Test func recordIdsAreALetterAndANumber() {
        #expect(SerialID.make("q", 1) == "q1")
        #expect(SerialID.make("c", 0) == "c0")
        #expect(SerialID.make("c", 10) == "c10")
        #expect(SerialID.make("c", 9_876_543) == "c9876543")
    }

    @Test func idsMadeOnceAreTheIdsMadeOnDemand() {
        let ids = SerialIDs(count: 3)
        for n in 1...5 {
            #expect(ids.quote(n) == SerialID.make("q", n))
            #expect(ids.claim(n) == SerialID.make("c", n))
        }
    }
}
