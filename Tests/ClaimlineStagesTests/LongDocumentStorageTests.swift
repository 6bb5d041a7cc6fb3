import ClaimlineCore
import ClaimlineRules
@testable import ClaimlineStages
import Testing

/// The stages keep their per-document storage from one document to the next, but let go of
/// what a long document needed once it is done (so that it is not held through the later
/// stages, the record and the rest of the run). What comes after must not notice.
@Suite struct LongDocumentStorageTests {
    static let short = """
        Nouakchott, 14 March 2013 (ANI) - AQIM's spokesman told ANI on Thursday that Omar Ould \
        Hamaha was alive. "He was not killed," he said. The French army had said he was killed \
        in February.
        """

    @Test("a document after one long enough for every stage to let go of its storage comes out as from a fresh pipeline")
    func afterALongDocument() throws {
        let plan = try PipelinePlan(spec: PipelineSpec(contentsOf: EntitiesFixtures.pipelineURL, displayPrefix: "Pipelines/"))
        let used = try plan.makePipeline(), fresh = try plan.makePipeline()
        var long = Document(id: "long", text: String(repeating: Self.short + "\n\n", count: 6_000))
        try used.run(&long)
        #expect(long.view.scalars.count > DatesStage.keptRoom)
        #expect(long.tokens.count > ClaimsStage.keptTokens && long.tokens.count > EntitiesStage.keptParts)
        #expect(long.claims.count >= 6_000)
        var after = Document(id: "after", text: Self.short), alone = Document(id: "alone", text: Self.short)
        try used.run(&after)
        try fresh.run(&alone)
        #expect(!after.entities.isEmpty && !after.dates.isEmpty && !after.quotes.isEmpty && !after.claims.isEmpty)
        #expect(after.entities == alone.entities)
        #expect(after.roles == alone.roles)
        #expect(after.dates == alone.dates)
        #expect(after.quotes == alone.quotes)
        #expect(after.claims == alone.claims)
    }
}
