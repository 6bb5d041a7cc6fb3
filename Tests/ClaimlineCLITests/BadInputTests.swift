import Foundation
import Testing

/// Each bad input sits in a folder beside a good document: it gets its own error record
/// (or is decoded correctly), and the good document is still processed.
@Suite("Bad input")
struct BadInputTests {
    static let arabic = "قال المتحدث باسم تنظيم القاعدة في بلاد المغرب الإسلامي إن عمر ولد حماها حي يرزق، ولم يقتل كما زعمت فرنسا. وأضاف أن المجاهدين لم يقتلوا في الغارات الأخيرة؛ وأكد أن الاشتباك الأخير كان يوم الجمعة."

    /// Runs a folder holding `bad.txt` and `good.txt`; returns the record of `bad`.
    func runBeside(_ bad: [UInt8], _ extra: [String] = []) throws -> (record: [String: Any], result: CLI.Result) {
        let dir = try Scratch()
        try dir.file("bad.txt", bad)
        try dir.file("good.txt", "The spokesman said he is alive.")
        let result = try CLI.run(["run"] + extra + [dir.url.path])
        #expect(result.records.count == 2)
        #expect(result.records.last?["id"] as? String == "good")
        #expect(errorCode(result.records.last ?? [:]) == nil)
        expectSchemaValid(result)
        return (try #require(result.records.first), result)
    }

    @Test func emptyFile() throws {
        let (record, result) = try runBeside([])
        #expect(errorCode(record) == "empty")
        #expect(result.status == 1)
    }

    @Test func randomBinaryBytes() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(errorCode(try runBeside(bytes).record) == "binary")
    }

    @Test("invalid UTF-8 in the middle of a UTF-8 file is an error, not a legacy encoding")
    func invalidUTF8InTheMiddle() throws {
        let seed = Seed.bytes
        let damaged = Array(seed[..<1000]) + [0xFF, 0xC3, 0x28] + Array(seed[1000...])
        let (record, _) = try runBeside(damaged)
        #expect(errorCode(record) == "invalid_utf8")
        let message = (record["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(message.contains("byte 1000"))
        let replaced = try runBeside(damaged, ["--replace-invalid"]).record
        #expect(errorCode(replaced) == nil)
        #expect((replaced["meta"] as? [String: Any])?["replaced"] as? Int == 2)
    }

    @Test("invalid UTF-8 in a JSON line is a bad_json error, or U+FFFD with --replace-invalid")
    func invalidUTF8InJSONLine() throws {
        let line = Array(#"{"id": "x", "text": "caf"#.utf8) + [0xE9] + Array("\"}\n".utf8)
        let strict = try CLI.run(["run", "--input-format", "jsonl"], stdin: Data(line))
        #expect(strict.records.map(errorCode) == ["bad_json"])
        let replaced = try CLI.run(["run", "--input-format", "jsonl", "--replace-invalid"], stdin: Data(line))
        #expect(replaced.records.map(errorCode) == [nil])
        #expect((replaced.records.first?["stats"] as? [String: Any])?["scalars"] as? Int == 4)
    }

    @Test("a UTF-16 file with a byte order mark gives the same record as its UTF-8 form")
    func utf16WithBOM() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + Seed.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let (record, _) = try runBeside(utf16)
        #expect(errorCode(record) == nil)
        #expect((record["meta"] as? [String: Any])?["encoding"] as? String == "UTF-16LE")
        let reference = try #require(try CLI.run(["run", Seed.url.path]).records.first)
        #expect(JSON.line(["r": record["regions"] ?? []]) == JSON.line(["r": reference["regions"] ?? []]))
        #expect(JSON.line(record["stats"] as? [String: Any] ?? [:]) == JSON.line(reference["stats"] as? [String: Any] ?? [:]))
    }

    @Test("a UTF-8 byte order mark stays scalar 0: spans count from it, as Python's utf-8 codec reads the file")
    func utf8BOM() throws {
        let (header, _) = try runBeside([0xEF, 0xBB, 0xBF] + Array("Translated by: Someone\nText.".utf8))
        #expect((header["meta"] as? [String: Any])?["translator"] as? String == "Someone")
        #expect((header["regions"] as? [[String: Any]])?.first?["start"] as? Int == 1)
        let (record, _) = try runBeside([0xEF, 0xBB, 0xBF] + Seed.bytes)
        let scalars = Array(("\u{FEFF}" + Seed.text).unicodeScalars)
        let entities = record["entities"] as? [[String: Any]] ?? []
        #expect(entities.count > 5)
        for entity in entities {
            let start = try #require(entity["start"] as? Int), end = try #require(entity["end"] as? Int)
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<end])
            #expect(text == entity["text"] as? String)
        }
    }

    @Test("a windows-1256 file is detected and converted")
    func windows1256() throws {
        let bytes = try #require(Self.arabic.data(using: String.Encoding(rawValue: 0x80000506)).map { [UInt8]($0) }, "no cp1256 encoder")
        let (record, _) = try runBeside(bytes)
        let meta = record["meta"] as? [String: Any] ?? [:]
        #expect(errorCode(record) == nil)
        #expect(meta["encoding"] as? String == "windows-1256")
        #expect((meta["encoding_confidence"] as? Int ?? 0) > 0)
        #expect((record["stats"] as? [String: Any])?["scalars"] as? Int == Self.arabic.unicodeScalars.count)
    }

    @Test("a windows-1252 file with curly quotes and accents is detected; --encoding forces one")
    func windows1252AndForcedEncoding() throws {
        let text = "The spokesman’s statement — “Omar is alive” — was read in Nouakchott. Café résumé naïve."
        let bytes = try #require(text.data(using: .windowsCP1252).map { [UInt8]($0) })
        let detected = try runBeside(bytes).record
        #expect((detected["meta"] as? [String: Any])?["encoding"] as? String == "windows-1252")
        #expect((detected["stats"] as? [String: Any])?["scalars"] as? Int == text.unicodeScalars.count)
        let forced = try runBeside(bytes, ["--encoding", "windows-1252"]).record
        #expect((forced["meta"] as? [String: Any])?["encoding"] as? String == "windows-1252")
        #expect((forced["meta"] as? [String: Any])?["encoding_confidence"] == nil)
    }

    @Test("a document above --max-bytes gets a too_large record; the limit is configurable")
    func tooLarge() throws {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 50_000_000)
        let (record, _) = try runBeside(big, ["--max-bytes", "10000000"])
        #expect(errorCode(record) == "too_large")
        let line = JSON.line(["id": "big", "text": String(repeating: "b", count: 2_000)]) + "\n"
        let jsonl = try CLI.run(["run", "--input-format", "jsonl", "--max-bytes", "1000"], stdin: line + JSON.line(["id": "ok", "text": "fine"]) + "\n")
        #expect(jsonl.records.map(errorCode) == ["too_large", nil])
        #expect(jsonl.records.first?["line"] as? Int == 1)
    }

    @Test("a large single document is processed under the default limit")
    func largeDocumentProcessed() throws {
        let paragraph = "Mr. Hamaha said on Friday that “he is alive” — contrary to statements by the French. قال إنه حي.\n"
        let text = String(repeating: paragraph, count: 4_000)
        let (record, _) = try runBeside(Array(text.utf8))
        #expect(errorCode(record) == nil)
        #expect((record["stats"] as? [String: Any])?["scalars"] as? Int == text.unicodeScalars.count)
    }

    @Test("a folder with an unreadable entry, a FIFO and a symlink loop: error records, no hang")
    func unreadableEntriesAndSymlinkLoop() throws {
        let dir = try Scratch()
        try dir.file("a.txt", "First.")
        try dir.file("sub/b.txt", "Second.")
        try FileManager.default.createSymbolicLink(atPath: dir.path("dangling.txt"), withDestinationPath: "/nonexistent/file.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path("sub/loop"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: dir.path("self.txt"), withDestinationPath: "self.txt")
        #expect(mkfifo(dir.path("pipe.txt"), 0o644) == 0)
        try FileManager.default.createDirectory(atPath: dir.path("folder.txt"), withIntermediateDirectories: true)
        try dir.file("folder.txt/c.txt", "Third.")
        let result = try CLI.run(["run", dir.url.path])
        #expect(result.status == 1)
        let byID = Dictionary(uniqueKeysWithValues: result.records.map { ($0["id"] as? String ?? "?", errorCode($0) ?? "ok") })
        #expect(byID == ["a": "ok", "dangling": "unreadable", "folder.txt/c": "ok", "pipe": "not_a_file",
                         "self": "symlink_loop", "sub/b": "ok", "sub/loop": "symlink_loop"])
        expectSchemaValid(result)
    }

    @Test("a file that cannot be opened is an error record (skipped when running as root)")
    func permissionDenied() throws {
        guard getuid() != 0 else { return }
        let dir = try Scratch()
        let file = try dir.file("secret.txt", "hidden")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let result = try CLI.run(["run", dir.url.path])
        #expect(result.records.map(errorCode) == ["unreadable"])
    }

    @Test("a closed standard output stops the run quietly")
    func brokenPipe() throws {
        let dir = try Scratch()
        let lines = (0..<20_000).map { JSON.line(["id": "d\($0)", "text": "Document number \($0) says nothing."]) }
        try dir.file("in.jsonl", lines.joined(separator: "\n") + "\n")
        let script = "\"$0\" run --input-format jsonl < \"$1\" 2>\"$2\" | head -c 100 >/dev/null; echo ${PIPESTATUS[0]}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, CLI.binary.path, dir.path("in.jsonl"), dir.path("err")]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let status = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect((try? String(contentsOfFile: dir.path("err"), encoding: .utf8)) == "")
    }
}
