import Foundation
import Testing

/// `claimline eval` end to end: the built binary on a copy of the fixture corpus, checking
/// output and exit status (0 scored, 1 below the baseline, 2 nothing could be scored).
@Suite struct EvalCommandTests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        let bin = Bundle.main.executableURL?.deletingLastPathComponent()
        let candidates = [bin, Bundle.main.bundleURL.deletingLastPathComponent(), bin?.deletingLastPathComponent()]
        return candidates.compactMap { $0?.appendingPathComponent("claimline") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? URL(fileURLWithPath: "claimline")
    }

    /// Eval runs with a pipeline that stops after segmentation, so its output is fixed.
    var pipelineArguments: [String] {
        ["--pipeline", fixtureFolder.deletingLastPathComponent().appendingPathComponent("segment-only.pipeline").path]
    }

    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A scratch copy of the fixture corpus, removed by the caller.
    func scratchCorpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixtureFolder, to: folder)
        return folder
    }

    @Test func printsTheTableAndTheDiff() throws {
        let r = try run(["eval", fixtureFolder.path, "--per-doc", "--diff"] + pipelineArguments)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2 documents; gold: 13 entities, 2 dates, 2 quotes, 3 claims"))
        #expect(r.stdout.contains("claims.tuple"))
        #expect(r.stdout.contains("002_report\tdate\tfn\t[103, 116)\t\"14 March 2014\"\tDATE 2014-03-14"))
    }

    @Test func jsonIsOneObject() throws {
        let r = try run(["eval", fixtureFolder.path, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((object?["documents"] as? Int) == 2)
        #expect((object?["metrics"] as? [String: Any])?["dates.value"] != nil)
    }

    @Test func baselineGate() throws {
        let corpus = try scratchCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        #expect(try run(["eval", corpus.path, "--update-baseline"] + pipelineArguments).status == 0)
        #expect(try run(["eval", corpus.path] + pipelineArguments).status == 0)
        // A baseline above what the pipeline reaches: exit 1, naming the score.
        let file = corpus.appendingPathComponent("baseline.json")
        let raised = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "\"dates.relaxed\": {\"p\": null, \"r\": 0.0,", with: "\"dates.relaxed\": {\"p\": null, \"r\": 0.5,")
        try raised.write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["eval", corpus.path] + pipelineArguments)
        #expect(r.status == 1)
        #expect(r.stderr.contains("dates.relaxed R: 0.0% < baseline 50.0%"))
    }

    @Test func malformedGoldExitsTwoNamingFileAndLine() throws {
        let corpus = try scratchCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let ann = corpus.appendingPathComponent("002_report.ann")
        try (try String(contentsOf: ann, encoding: .utf8) + "T99\tPER 0 3\tParis\n").write(to: ann, atomically: true, encoding: .utf8)
        let r = try run(["eval", corpus.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("002_report.ann:20: error: text-bound T99"))
    }
}
