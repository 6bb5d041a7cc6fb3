import ClaimlineCore
import ClaimlineRules
@testable import ClaimlineStages
import Testing

/// Workers run each stage over a whole batch of documents before the next stage
/// (`Pipeline.run(_:failures:)`): a document must come out as it does when run alone,
/// whatever its neighbours, and a stage that fails one document must fail only that one.
@Suite("Pipeline over a batch")
struct PipelineBatchTests {
    static let texts = [
        ClaimsSeedTests.seedText,
        "",
        "Oumar Hould Hamaha was killed by French forces in March, the army said on Tuesday.",
        "« Nous démentons », a déclaré le porte-parole. The spokesman of AQIM denied it on 12 March 2013.",
        "The group said: \"Our leader is alive and well.\" Reuters could not confirm it.",
    ]

    static func documents() -> [Document] {
        texts.enumerated().map { i, text in
            var metadata = DocumentMetadata()
            metadata.date = CalendarDate(iso: "2014-04-14")
            return Document(id: "d\(i)", text: text, metadata: metadata)
        }
    }

    @Test func eachDocumentComesOutAsWhenRunAlone() throws {
        var batch = Self.documents()
        var failures = [StageError?](repeating: nil, count: batch.count)
        try defaultPlan.makePipeline().run(&batch, failures: &failures)
        #expect(failures.allSatisfy { $0 == nil })
        for var alone in Self.documents() {
            // A fresh pipeline for each: nothing carried over from other documents.
            try defaultPlan.makePipeline().run(&alone)
            let together = try #require(batch.first { $0.id == alone.id })
            #expect(together.tokens == alone.tokens, "\(alone.id)")
            #expect(together.entities == alone.entities, "\(alone.id)")
            #expect(together.roles == alone.roles, "\(alone.id)")
            #expect(together.dates == alone.dates, "\(alone.id)")
            #expect(together.quotes == alone.quotes, "\(alone.id)")
            #expect(together.claims == alone.claims, "\(alone.id)")
            #expect(together.conflicts == alone.conflicts, "\(alone.id)")
        }
        #expect(batch.first { $0.id == "d0" }?.claims.isEmpty == false)
    }

    /// Fails every document whose text contains "FAIL"; marks the others it sees.
    final class FailingStage: Stage {
        let kind = StageKind.clean
        private(set) var seen: [String] = []
        func run(_ document: inout Document) throws(StageError) {
            if document.text.contains("FAIL") { throw StageError(.clean, code: "test", "failed \(document.id)") }
            seen.append(document.id)
        }
    }

    @Test func aFailedDocumentSkipsTheLaterStagesAndTheOthersGoOn() throws {
        let first = FailingStage(), second = FailingStage()
        let pipeline = Pipeline(stages: [first, second])
        var batch = ["one", "FAIL two", "three"].enumerated().map { Document(id: "d\($0)", text: $1, metadata: DocumentMetadata()) }
        var failures = [StageError?](repeating: nil, count: batch.count)
        pipeline.run(&batch, failures: &failures)
        #expect(failures.map { $0?.message } == [nil, "failed d1", nil])
        #expect(first.seen == ["d0", "d2"])
        #expect(second.seen == ["d0", "d2"])
        #expect(pipeline.documents == 3)
    }
}
