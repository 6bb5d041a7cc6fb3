import ClaimlineEval
import ClaimlinePipelines
import ClaimlineRules
import ClaimlineStages
import Foundation
import Testing

/// The regression gate: the default pipeline over every `Corpora/<name>/` that has a
/// `baseline.json` must score at least the baseline (less its tolerance) on every score.
/// A rule change that lowers a score fails here until the baseline is updated in the same
/// commit (`claimline eval Corpora/<name> --update-baseline`).
@Suite struct RegressionTests {
    static let corpora = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpora")

    /// Corpus folders with a baseline, by name.
    static func baselined() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpora.path)) ?? []
        return names.sorted().filter {
            FileManager.default.fileExists(atPath: corpora.appendingPathComponent($0).appendingPathComponent("baseline.json").path)
        }
    }

    /// Every corpus folder's gold must read: offsets that match the text, the scheme's values.
    @Test func everyCorpusGoldReads() throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: Self.corpora.path)) ?? []).sorted()
        for name in names {
            var isFolder: ObjCBool = false
            let folder = Self.corpora.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            do {
                _ = try GoldCorpus.load(folder: folder, name: "Corpora/" + name)
            } catch {
                Issue.record("Corpora/\(name): malformed gold:\n\(error.description)")
            }
        }
    }

    @Test func everyCorpusKeepsItsBaseline() throws {
        let names = Self.baselined()
        if names.isEmpty {
            print("RegressionTests: no Corpora/<name>/baseline.json yet; nothing to check")
            return
        }
        let url = try #require(DefaultPipeline.locate(executable: nil), "default pipeline not found")
        let plan = try PipelinePlan(spec: try PipelineSpec(contentsOf: url, displayPrefix: "Pipelines/"))
        for name in names {
            let folder = Self.corpora.appendingPathComponent(name)
            let corpus = try GoldCorpus.load(folder: folder, name: "Corpora/" + name)
            let report = CorpusEvaluation.run(corpus, pipeline: try plan.makePipeline(), knownIDs: plan.entityIDs)
            let file = folder.appendingPathComponent("baseline.json")
            let baseline = try Baseline(json: try String(contentsOf: file, encoding: .utf8), file: "Corpora/\(name)/baseline.json")
            let regressions = baseline.regressions(in: report)
            let listed = regressions.map { "  \($0)" }.joined(separator: "\n")
            #expect(regressions.isEmpty, "Corpora/\(name): \(regressions.count) scores below the baseline:\n\(listed)")
            print("RegressionTests: Corpora/\(name): \(corpus.documents.count) documents, \(regressions.count) regressions")
        }
    }
}
