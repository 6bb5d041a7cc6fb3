import ClaimlineCore
import ClaimlineRecords
import ClaimlineRules
import ClaimlineStages
import Foundation
import Testing

/// The claims tables as data: errors point at file, line and column; a new cue or predicate
/// needs only a table row; the record carries the fields scorers read.
@Suite("Claims: tables and records")
struct ClaimsTableTests {
    static let tablesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Pipelines/tables/claims")

    func table(_ text: String, _ columns: [String], file: String = "t.tsv") throws -> Table {
        try Table(file: file, text: text, required: columns)
    }

    @Test func malformedRowsAreErrorsWithLocations() throws {
        let cues = try table("id\tkind\timplies\trole\tforms\ncue.ok\tspeech\tneutral\t-\tsaid\nBad Id\tspeech\tneutral\t-\tsays\ncue.x\tshouting\tneutral\t-\tyelled\ncue.y\tspeech\tneutral\t-\tsaid\ncue.z\tspeech\tneutral\t-\tsaid *|went * on\n",
                             ClaimTables.cueColumns, file: "cues.tsv")
        let empty = try table("id\tkind\tforms\n", ClaimTables.markerColumns)
        let preds = try table("id\tpredicate\tside\tsubject\tforms\n", ClaimTables.predicateColumns)
        let conflicts = try table("id\tfirst\tsecond\treason\nconflict.a\talive\tkilled:asserted\tx\n", ClaimTables.conflictColumns, file: "c.tsv")
        let error = #expect(throws: RuleErrors.self) {
            _ = try ClaimTables(cues: [cues], predicates: [preds], markers: [empty], conflicts: [conflicts])
        }
        let messages = error?.errors.map(\.description) ?? []
        #expect(messages.contains { $0.hasPrefix("cues.tsv:3:1: error: rule id must look like kind.snake_name") })
        #expect(messages.contains { $0.hasPrefix("cues.tsv:4:7: error: unknown value \"shouting\"") })
        #expect(messages.contains { $0.hasPrefix("cues.tsv:5:24: error: form \"said\" is already listed") })
        #expect(messages.contains { $0.hasPrefix("cues.tsv:6:24: error: form \"said *\" starts or ends with *") })
        #expect(!messages.contains { $0.hasPrefix("cues.tsv:6:31:") })
        #expect(messages.contains { $0.hasPrefix("c.tsv:2:12: error: expected predicate:asserted") })
    }

    @Test func theShippedTablesLoad() throws {
        func load(_ name: String, _ columns: [String]) throws -> Table {
            try Table(file: name, text: String(contentsOf: Self.tablesFolder.appendingPathComponent(name), encoding: .utf8), required: columns)
        }
        let tables = try ClaimTables(cues: [try load("en.cues.tsv", ClaimTables.cueColumns)],
                                     predicates: [try load("en.predicates.tsv", ClaimTables.predicateColumns)],
                                     markers: [try load("en.markers.tsv", ClaimTables.markerColumns)],
                                     conflicts: [try load("en.conflicts.tsv", ClaimTables.conflictColumns)])
        #expect(tables.cues.count >= 15)
        #expect(Set(tables.predicates.map(\.predicate)).isSuperset(of: ["alive", "killed", "captured", "wounded", "attacked", "arrested", "released",
                                                                        "defected", "joined", "merged", "claims_responsibility", "threatens", "withdrew", "controls"]))
    }

    @Test func aNewReportingVerbNeedsOnlyATableRow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimline-cues-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cues = try String(contentsOf: Self.tablesFolder.appendingPathComponent("en.cues.tsv"), encoding: .utf8)
            + "cue.brag\tspeech\tneutral\t-\tbrag|brags|bragged\n"
        try cues.write(to: folder.appendingPathComponent("cues.tsv"), atomically: true, encoding: .utf8)
        let t = Self.tablesFolder.path
        let pipeline = """
        segment    abbreviations=\(Self.tablesFolder.deletingLastPathComponent().path)/segment/en.abbreviations.tsv
        claims     cues=cues.tsv predicates=\(t)/en.predicates.tsv markers=\(t)/en.markers.tsv conflicts=\(t)/en.conflicts.tsv
        """
        let spec = try PipelineSpec(text: pipeline, file: "test.pipeline", source: RuleSource(base: folder, displayPrefix: ""))
        let worker = try PipelinePlan(spec: spec).makePipeline()
        var d = Document(id: "t", text: "The emir bragged that his men had captured the barracks.")
        try worker.run(&d)
        let q = try #require(d.quotes.first)
        #expect(q.cueRule == "cue.brag")
        #expect(d.string(q.cue!) == "bragged")
    }

    @Test func recordsCarryTheFieldsScorersRead() throws {
        var w = JSONWriter()
        DocumentRecord.write(ClaimsSeedTests.document, into: &w)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        let quote = try #require(quotes.first { ($0["direct"] as? Bool) == true })
        #expect(quote["start"] is Int && quote["end"] is Int)
        let cue = try #require(quote["cue"] as? [String: Any])
        #expect(cue["start"] is Int && cue["end"] is Int)
        let speaker = try #require(quote["speaker"] as? [String: Any])
        #expect(speaker["entity"] as? String == "per.abu_assem_al_muhajir")
        let claims = try #require(json["claims"] as? [[String: Any]])
        let alive = try #require(claims.first { $0["predicate"] as? String == "alive" })
        for key in ["speaker", "chain", "predicate", "polarity", "subject", "stance", "time", "evidence", "rule"] {
            #expect(alive.keys.contains(key), "claim lacks \(key)")
        }
        let chain = try #require(alive["chain"] as? [[String: Any]])
        #expect(chain.map { $0["role"] as? String } == ["spokesman", "agency", "translator"])
        let denied = try #require(claims.first { ($0["stance"] as? [[String: Any]])?.isEmpty == false })
        let stance = try #require((denied["stance"] as? [[String: Any]])?.first)
        #expect(stance["relation"] as? String == "contradicts")
        #expect(stance["entity"] as? String == "per.jean_yves_le_drian")
        #expect((json["conflicts"] as? [Any])?.count ?? 0 >= 2)
    }
}
