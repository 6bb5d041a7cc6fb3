import ClaimlineCore
import ClaimlineEval
import ClaimlineRecords
import Testing

@Suite struct CorpusEvaluationTests {
    @Test func loadsAnnotatedDocumentsWithTheirMetadata() throws {
        let corpus = try loadFixtureCorpus()
        #expect(corpus.documents.map(\.id) == ["001_denial", "002_report"])
        #expect(corpus.unannotated == ["003_unannotated"])
        #expect(corpus.documents[0].metadata.date == CalendarDate(year: 2014, month: 4, day: 16))
        #expect(corpus.documents[0].metadata.translator == "TheMaghrebiNote")
        #expect(corpus.documents[1].gold.claims.first?.time == "2014-03-14")
    }

    @Test func perfectOutputScoresOneEverywhere() throws {
        let corpus = try loadFixtureCorpus()
        let system = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, AnnotationSet(document: perfectDocument($0))) })
        let report = CorpusEvaluation.score(corpus, system: system)
        for metric in Metric.allCases { #expect(report.total[metric].f1 == 1, "\(metric.rawValue)") }
        #expect(report.diff.isEmpty)
        #expect(report.notes == ["1 documents without .ann not scored: 003_unannotated"])
    }

    @Test func aGoldIDNoTableKnowsIsMatchedByAnUnknownEntity() throws {
        let corpus = try loadFixtureCorpus()
        let ids = Set(corpus.documents.flatMap { $0.gold.entities.compactMap(\.entity) })
        let local = try #require(ids.sorted().first)
        // The pipeline calls every mention of `local` unknown (null), as it can only do for an entity no table lists.
        let system = Dictionary(uniqueKeysWithValues: corpus.documents.map { gold -> (String, AnnotationSet) in
            var d = perfectDocument(gold)
            for i in d.entities.indices where d.entities[i].entity == local { d.entities[i].entity = nil }
            for i in d.quotes.indices where d.quotes[i].speaker?.entity == local { d.quotes[i].speaker?.entity = nil }
            for i in d.claims.indices where d.claims[i].speaker?.entity == local { d.claims[i].speaker?.entity = nil }
            for i in d.claims.indices where d.claims[i].subject?.entity == local { d.claims[i].subject?.entity = nil }
            return (gold.id, AnnotationSet(document: d))
        })
        let known = ids.subtracting([local])
        #expect(CorpusEvaluation.score(corpus, system: system, knownIDs: known).total[.entitySpanIDExact].f1 == 1)
        // When the tables know it, calling it unknown is a mistake.
        #expect(CorpusEvaluation.score(corpus, system: system, knownIDs: ids).total[.entitySpanIDExact].f1 ?? 1 < 1)
        #expect(CorpusEvaluation.score(corpus, system: system).total[.entitySpanIDExact].f1 ?? 1 < 1)
    }

    @Test func recordsFileScoresLikeTheDocuments() throws {
        let corpus = try loadFixtureCorpus()
        var w = JSONWriter()
        for gold in corpus.documents {
            var d = perfectDocument(gold)
            d.entities.removeLast()
            DocumentRecord.write(d, into: &w)
            w.newline()
        }
        let records = try CorpusEvaluation.readRecords(String(decoding: w.bytes, as: UTF8.self), file: "out.jsonl", corpus: corpus)
        #expect(records.notes.isEmpty)
        let report = CorpusEvaluation.score(corpus, system: records.system)
        #expect(report.total[.entitySpanTypeExact] == PRF(tp: 11, fp: 0, fn: 2))
        #expect(report.total[.claimTuple].f1 == 1)
        #expect(report.diff.allSatisfy { $0.kind == .falseNegative && $0.layer == "entity" })
    }

    @Test func anErrorRecordIsScoredAsEmptyOutput() throws {
        let corpus = try loadFixtureCorpus()
        let text = "{\"id\": \"001_denial\", \"error\": {\"code\": \"x\", \"message\": \"boom\"}}\n"
        let records = try CorpusEvaluation.readRecords(text, file: "r.jsonl", corpus: corpus)
        #expect(records.system["001_denial"] == AnnotationSet())
        #expect(records.notes == ["001_denial: the record is an error (boom); scored as empty output"])
    }

    @Test func badRecordsAreErrorsNamingTheLine() throws {
        let corpus = try loadFixtureCorpus()
        let text = "{\"id\": \"001_denial\", \"entities\": [{\"start\": 0, \"end\": 999, \"type\": \"ORG\"}]}\nnot json\n"
        #expect(throws: GoldErrors.self) { try CorpusEvaluation.readRecords(text, file: "r.jsonl", corpus: corpus) }
        do { _ = try CorpusEvaluation.readRecords(text, file: "r.jsonl", corpus: corpus) } catch {
            #expect(error.errors.map(\.location.line) == [1, 2])
        }
    }

    @Test func reportRendersTablesDiffAndJSON() throws {
        let corpus = try loadFixtureCorpus()
        let report = CorpusEvaluation.score(corpus, system: [:])
        #expect(report.table().contains("entities.span_type.exact                n/a    0.0    0.0     0     0    13"))
        #expect(report.perDocumentTable().contains("001_denial"))
        #expect(report.diffText().contains("001_denial\tentity\tfn\t[0, 4)\t\"AQIM\"\tORG org.aqim"))
        #expect(report.json().contains("\"entities.span_type.exact\":{\"p\":null,\"r\":0.0,\"f\":0.0,\"tp\":0,\"fp\":0,\"fn\":13}"))
    }
}
