import Foundation
import Testing

/// `--format brat --output DIR`: every document's files land inside DIR, and none overwrites
/// another's; a document that cannot have its own files gets an `output` error record.
@Suite("--format brat file names")
struct BratOutputTests {
    /// JSON lines with an empty id, an id given twice and two ids that map to one file
    /// name, spread over more than one batch so that several workers see them.
    static let input: String = {
        var lines = [JSON.line(["id": "", "text": "AQIM said \"x\"."]), JSON.line(["id": "dup", "text": "AQIM said one."])]
        for i in 0..<30 { lines.append(JSON.line(["id": "doc\(i)", "text": "The spokesman said \(i) were killed."])) }
        lines += [JSON.line(["id": "dup", "text": "ANI said two."]), JSON.line(["id": "a/b", "text": "First."]),
                  JSON.line(["id": "a_b", "text": "Second."]), JSON.line(["id": "nul\u{0}z", "text": "Third."])]
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test("an empty id, a repeated id and ids that share a file name fail; the first document keeps its files",
          arguments: [1, 4])
    func noFileOutsideOrOverwritten(jobs: Int) throws {
        let parent = try Scratch()
        let out = parent.path("out")
        let result = try CLI.run(["run", "--jobs", "\(jobs)", "--input-format", "jsonl", "--format", "brat", "--output", out],
                                 stdin: Self.input)
        #expect(result.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.url.path) == ["out"])
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        let expected = ["a_b", "dup"] + (0..<30).map { "doc\($0)" }
        #expect(files == (expected.flatMap { ["\($0).ann", "\($0).txt"] } + ["annotation.conf"]).sorted())
        #expect(try String(contentsOfFile: parent.path("out/dup.txt"), encoding: .utf8) == "AQIM said one.")
        #expect(try String(contentsOfFile: parent.path("out/a_b.txt"), encoding: .utf8) == "First.")

        let records = result.records
        #expect(records.map { $0["line"] as? Int } == [1, 33, 35, 36])
        #expect(records.map { $0["id"] as? String } == ["", "dup", "a_b", "nul\u{0}z"])
        #expect(records.allSatisfy { errorCode($0) == "output" })
        let messages = records.map { ($0["error"] as? [String: Any])?["message"] as? String ?? "" }
        #expect(messages[0] == "an empty id cannot name brat files")
        #expect(messages[1] == #"brat files dup.txt and dup.ann were already written for line 2 (id "dup")"#)
        #expect(messages[2] == #"brat files a_b.txt and a_b.ann were already written for line 34 (id "a/b")"#)
        #expect(messages[3].contains("NUL"))
        expectSchemaValid(result)
    }

    @Test("--jobs 4 writes the same files and records as one job")
    func jobsAgree() throws {
        let one = try Scratch(), four = try Scratch()
        let a = try CLI.run(["run", "--jobs", "1", "--input-format", "jsonl", "--format", "brat", "--output", one.url.path], stdin: Self.input)
        let b = try CLI.run(["run", "--jobs", "4", "--input-format", "jsonl", "--format", "brat", "--output", four.url.path], stdin: Self.input)
        #expect(a.stdout == b.stdout)
        let names = try FileManager.default.contentsOfDirectory(atPath: one.url.path).sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: four.url.path).sorted()))
        for name in names {
            #expect(FileManager.default.contentsEqual(atPath: one.path(name), andPath: four.path(name)), "\(name)")
        }
    }

    @Test("a file whose id maps to a name a folder's file took fails, naming that file")
    func folderNamesCollide() throws {
        let input = try Scratch()
        try input.file("a/b.txt", "Inside.")
        try input.file("a_b.txt", "Beside.")
        let out = try Scratch()
        let result = try CLI.run(["run", "--format", "brat", "--output", out.url.path, input.url.path])
        #expect(result.status == 1)
        #expect(try String(contentsOfFile: out.path("a_b.txt"), encoding: .utf8) == "Inside.")
        let record = try #require(result.records.first)
        #expect(result.records.count == 1)
        #expect(record["id"] as? String == "a_b")
        #expect((record["meta"] as? [String: Any])?["path"] as? String == input.path("a_b.txt"))
        let message = (record["error"] as? [String: Any])?["message"] as? String
        #expect(message == "brat files a_b.txt and a_b.ann were already written for \(input.path("a/b.txt")) (id \"a/b\")")
        expectSchemaValid(result)
    }
}
