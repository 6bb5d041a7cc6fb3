import Foundation
import Testing

@Suite("Input modes")
struct InputModeTests {
    @Test("the seed gives the same record from a file, a folder, stdin text and stdin JSON Lines")
    func seedThroughEveryMode() throws {
        // A copy of the seed with a sidecar of our own, so the test does not depend on Corpora's.
        let dir = try Scratch()
        try dir.file("\(Seed.id).txt", Seed.bytes)
        try dir.file("\(Seed.id).meta.json", #"{"date": "2014-04-16", "source": "ANI", "desk": "Sahel"}"#)
        let file = try CLI.run(["run", dir.path("\(Seed.id).txt")])
        let folder = try CLI.run(["run", dir.url.path])
        let text = try CLI.run(["run", "--id", Seed.id, "--date", "2014-04-16", "--meta", "source=ANI", "--meta", "desk=Sahel"],
                               stdin: Data(Seed.bytes))
        let line = JSON.line(["id": Seed.id, "text": Seed.text, "date": "2014-04-16", "source": "ANI", "desk": "Sahel"]) + "\n"
        let jsonl = try CLI.run(["run", "--input-format", "jsonl"], stdin: line)
        for result in [file, folder, text, jsonl] {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.lines.count == 1)
            expectSchemaValid(result)
        }
        let reference = try #require(file.records.first)
        let meta = reference["meta"] as? [String: Any] ?? [:]
        #expect(reference["id"] as? String == Seed.id)
        #expect(meta["path"] as? String == dir.path("\(Seed.id).txt"))
        #expect(meta["date"] as? String == "2014-04-16")
        #expect(meta["desk"] as? String == "Sahel")
        for other in [folder, text, jsonl] {
            #expect(withoutOrigin(try #require(other.records.first)) == withoutOrigin(reference))
        }
    }

    @Test("the bundled seed corpus runs from any directory")
    func bundledSeed() throws {
        let elsewhere = try Scratch()
        let result = try CLI.run(["run", CLI.packageRoot.appendingPathComponent("Corpora/seed").path], in: elsewhere.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.records.map { $0["id"] as? String } == [Seed.id])
        expectSchemaValid(result)
    }

    @Test("--format brat writes each document as brat standoff into --output")
    func bratOutput() throws {
        let out = try Scratch()
        let result = try CLI.run(["run", "--format", "brat", "--output", out.url.path, "Corpora/seed"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted()
        #expect(files.contains("\(Seed.id).txt") && files.contains("\(Seed.id).ann"))
        #expect(try CLI.run(["run", "--format", "brat", "Corpora/seed"]).status == 2)
    }

    @Test("a folder is walked recursively in sorted order; ids are relative paths without .txt")
    func folderOrderAndIds() throws {
        let dir = try Scratch()
        try dir.file("b.txt", "Second document.")
        try dir.file("a/y.txt", "Inner two.")
        try dir.file("a/x.txt", "Inner one.")
        try dir.file("notes.md", "not an input")
        try dir.file(".hidden.txt", "skipped")
        let result = try CLI.run(["run", dir.url.path])
        #expect(result.status == 0)
        #expect(result.records.map { $0["id"] as? String } == ["a/x", "a/y", "b"])
        expectSchemaValid(result)
    }

    @Test("a folder's names are ordered by their UTF-8 bytes: capitals first, a shorter prefix first, decomposed accents apart")
    func folderByteOrder() throws {
        let dir = try Scratch()
        let names = ["\u{E9}", "f", "e\u{301}x", "ab", "a", "a b", "B"]   // shuffled; expected order below
        for name in names { try dir.file(name + ".txt", "Text of \(name).") }
        let result = try CLI.run(["run", dir.url.path])
        #expect(result.status == 0)
        let ids = result.records.compactMap { $0["id"] as? String }
        // Compared as scalars: Swift's == would take the decomposed "e\u{301}x" for "\u{E9}x".
        #expect(ids.map { Array($0.unicodeScalars) } == ["B", "a b", "a", "ab", "e\u{301}x", "f", "\u{E9}"].map { Array($0.unicodeScalars) })
    }

    @Test("meta.tsv in a folder and NAME.meta.json beside a file give document metadata")
    func sidecarMetadata() throws {
        let dir = try Scratch()
        try dir.file("one.txt", "First.")
        try dir.file("two.txt", "Second.")
        try dir.file("sub/three.txt", "Third.")
        try dir.file("meta.tsv", "id\tdate\tsource\tdesk\none\t2014-04-16\tANI\tSahel\ntwo\t2013-01-02\t\t\nsub/three\t2015-05-05\tAFP\t\n")
        try dir.file("two.meta.json", #"{"date": "2012-12-12", "translator": "TheMaghrebiNote", "tags": ["a", 1]}"#)
        let result = try CLI.run(["run", "--date", "2000-01-01", dir.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        let metas = result.records.map { $0["meta"] as? [String: Any] ?? [:] }
        #expect(metas.map { $0["date"] as? String } == ["2014-04-16", "2015-05-05", "2012-12-12"])
        #expect(metas[0]["source"] as? String == "ANI")
        #expect(metas[0]["desk"] as? String == "Sahel")
        #expect(metas[2]["translator"] as? String == "TheMaghrebiNote")
        #expect((metas[2]["tags"] as? [Any])?.count == 2)
        expectSchemaValid(result)
    }

    @Test("JSON Lines: one output line per non-blank input line, in order, errors keep their id or line number")
    func jsonLinesOneLinePerLine() throws {
        let input = [
            JSON.line(["id": "a", "text": "Alpha said the leader is alive.", "date": "2014-04-16", "source": "ANI"]),
            "{not json",
            JSON.line(["id": "c", "date": "2014-04-16"]),
            JSON.line(["id": "d", "text": 42]),
            JSON.line(["id": 7, "text": "Numbers are ids too."]),
            "",
            JSON.line(["id": "g", "text": "Last one.", "date": "14 April"]),
        ].joined(separator: "\n") + "\n"
        let result = try CLI.run(["run", "--input-format", "jsonl"], stdin: input)
        #expect(result.status == 1)
        let records = result.records
        #expect(records.count == 6)
        #expect(records.map { $0["id"] as? String } == ["a", nil, "c", "d", "7", "g"])
        #expect(records.map(errorCode) == [nil, "bad_json", "missing_text", "bad_text", nil, "bad_metadata"])
        #expect(records[1]["line"] as? Int == 2)
        #expect(records[5]["line"] as? Int == 7)
        #expect((records[0]["meta"] as? [String: Any])?["source"] as? String == "ANI")
        expectSchemaValid(result)
    }

    @Test("a UTF-8 byte order mark opening JSON Lines is skipped; one elsewhere fails its line")
    func jsonLinesByteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let lines = [JSON.line(["id": "a", "text": "Alpha said the leader is alive."]), "{\"id\": 1, x}", "",
                     JSON.line(["id": "c", "text": "\u{FEFF}Gamma."])]
        let plain = Array((lines.joined(separator: "\n") + "\n").utf8)
        let reference = try CLI.run(["run", "--input-format", "jsonl"], stdin: Data(plain))
        let marked = try CLI.run(["run", "--input-format", "jsonl"], stdin: Data(bom + plain))
        #expect(marked.status == 1)
        #expect(marked.stdout == reference.stdout)
        #expect(marked.records.map(errorCode) == [nil, "bad_json", nil])
        #expect((marked.records[1]["error"] as? [String: Any])?["message"] as? String
                    == "line 2 is not a JSON object: expected a string key at byte 10")
        #expect((marked.records[2]["stats"] as? [String: Any])?["scalars"] as? Int == 7)

        // Line 1's errors count bytes from after the mark; a mark opening a later line is no framing.
        let firstBad = try CLI.run(["run", "--input-format", "jsonl"], stdin: Data(bom + Array("{\"id\": 1, x}\n".utf8)))
        #expect((firstBad.records.first?["error"] as? [String: Any])?["message"] as? String
                    == "line 1 is not a JSON object: expected a string key at byte 10")
        let later = try CLI.run(["run", "--input-format", "jsonl"], stdin: Data(plain + bom + Array(lines[0].utf8)))
        #expect(later.records.map(errorCode) == [nil, "bad_json", nil, "bad_json"])
        #expect(later.records.last?["line"] as? Int == 5)
    }

    @Test("a byte order mark split over several reads of a pipe is still skipped")
    func jsonLinesByteOrderMarkSplit() throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["run", "--input-format", "jsonl"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        for piece in [[0xEF], [0xBB], [0xBF] + Array((JSON.line(["id": "a", "text": "Alpha."]) + "\n").utf8)] as [[UInt8]] {
            input.fileHandleForWriting.write(Data(piece))
            Thread.sleep(forTimeInterval: 0.1)
        }
        try input.fileHandleForWriting.close()
        let record = JSON.object(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(record["id"] as? String == "a")
        #expect(errorCode(record) == nil)
    }

    @Test("JSON Lines are streamed: a record comes out before standard input ends")
    func jsonLinesStream() throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["run", "--input-format", "jsonl", "--jobs", "2"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        input.fileHandleForWriting.write(Data((JSON.line(["id": "first", "text": "Hello there."]) + "\n").utf8))
        let got = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var first = Data()
        DispatchQueue.global().async {
            while !first.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                first.append(chunk)
            }
            got.signal()
        }
        #expect(got.wait(timeout: .now() + 20) == .success, "no record before end of input")
        #expect(String(decoding: first, as: UTF8.self).contains(#""id":"first""#))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("--jobs gives the same output, in the same order, as one job")
    func jobsKeepOrder() throws {
        let dir = try Scratch()
        for i in 0..<60 {
            let body = String(repeating: "Mr. Hamaha said on Friday, April 11th that “he is alive”. ", count: 1 + (i * 7) % 23)
            try dir.file(String(format: "doc%03d.txt", i), i % 10 == 3 ? "" : body + "\u{00A0}Café e\u{0301} قال")
        }
        let one = try CLI.run(["run", "--jobs", "1", dir.url.path])
        let three = try CLI.run(["run", "--jobs", "3", dir.url.path])
        #expect(one.status == 1)
        #expect(three.status == 1)
        #expect(one.lines.count == 60)
        #expect(one.stdout == three.stdout)

        // With --output, records, manifest and failures too (batches go out whole there).
        let outOne = try Scratch(), outThree = try Scratch()
        #expect(try CLI.run(["run", "--jobs", "1", "--output", outOne.url.path, dir.url.path]).status == 1)
        #expect(try CLI.run(["run", "--jobs", "3", "--output", outThree.url.path, dir.url.path]).status == 1)
        for name in ["records.jsonl", "manifest.jsonl", "failures.jsonl"] {
            let a = try Data(contentsOf: outOne.url.appendingPathComponent(name))
            let b = try Data(contentsOf: outThree.url.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between 1 and 3 jobs")
            #expect(!a.isEmpty, "\(name) is empty")
        }
        #expect(try Data(contentsOf: outOne.url.appendingPathComponent("records.jsonl")) == one.stdout)
    }
}
