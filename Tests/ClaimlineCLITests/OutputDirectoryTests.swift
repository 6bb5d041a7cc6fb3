import Foundation
import Testing

@Suite("--output DIR")
struct OutputDirectoryTests {
    @Test("records, manifest and failures are written, complete and valid")
    func writesThreeFiles() throws {
        let input = try Scratch()
        try input.file("a.txt", "Alpha.")
        try input.file("b.txt", [UInt8]())
        try input.file("c.txt", "Gamma.")
        let out = try Scratch()
        let result = try CLI.run(["run", "--output", out.url.path, input.url.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted()
        #expect(files == ["failures.jsonl", "manifest.jsonl", "records.jsonl"])
        let records = try lines(out, "records.jsonl")
        let manifest = try lines(out, "manifest.jsonl")
        let failures = try lines(out, "failures.jsonl")
        #expect(records.map { $0["id"] as? String } == ["a", "b", "c"])
        #expect(manifest.map { $0["status"] as? String } == ["ok", "failed", "ok"])
        #expect(manifest.map { $0["bytes"] as? Int } == [6, 0, 6])
        let alpha = try sha256("Alpha.")
        #expect(manifest[0]["sha256"] as? String == alpha)
        #expect(manifest[0]["path"] as? String == input.path("a.txt"))
        #expect(failures.map { $0["code"] as? String } == ["empty"])
        for m in manifest { #expect(SchemaValidator.manifest.errors(m).isEmpty, "\(SchemaValidator.manifest.errors(m))") }
        for f in failures { #expect(SchemaValidator.failure.errors(f).isEmpty, "\(SchemaValidator.failure.errors(f))") }
        for r in records { #expect(SchemaValidator.recordErrors(r).isEmpty) }
    }

    @Test("JSON Lines input: the manifest names every line, with its id when it could be read")
    func manifestOfJSONLines() throws {
        let out = try Scratch()
        let input = JSON.line(["id": "x", "text": "Alpha."]) + "\nnot json\n"
        let result = try CLI.run(["run", "--input-format", "jsonl", "--output", out.url.path], stdin: input)
        #expect(result.status == 1)
        let manifest = try lines(out, "manifest.jsonl")
        #expect(manifest.map { $0["line"] as? Int } == [1, 2])
        #expect(manifest.map { $0["id"] as? String } == ["x", nil])
        let alpha = try sha256("Alpha.")
        #expect(manifest[0]["sha256"] as? String == alpha)
        for m in manifest { #expect(SchemaValidator.manifest.errors(m).isEmpty) }
    }

    @Test("a killed run leaves no file under a final name")
    func killedRunLeavesNoFinalFiles() throws {
        let out = try Scratch()
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["run", "--input-format", "jsonl", "--output", out.url.path]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((JSON.line(["id": "a", "text": "Alpha."]) + "\n").utf8))
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: out.url.path)) ?? []
        #expect(!files.contains("records.jsonl"))
        #expect(!files.contains("manifest.jsonl"))
        #expect(!files.contains("failures.jsonl"))
    }

    @Test("a run stopped by a malformed meta.tsv leaves no files behind")
    func stoppedRunCleansUp() throws {
        let input = try Scratch()
        try input.file("a.txt", "Alpha.")
        try input.file("meta.tsv", "id\tdate\na\tyesterday\n")
        let out = try Scratch()
        let result = try CLI.run(["run", "--output", out.url.path, input.url.path])
        #expect(result.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path).isEmpty)
    }

    private func lines(_ dir: Scratch, _ name: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: dir.path(name), encoding: .utf8)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        return text.split(separator: "\n").map { JSON.object(String($0)) }
    }

    /// SHA-256 through the system's sha256sum, independent of the implementation under test.
    private func sha256(_ text: String) throws -> String {
        let scratch = try Scratch()
        let file = try scratch.file("x", text)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        return String(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64))
    }
}
