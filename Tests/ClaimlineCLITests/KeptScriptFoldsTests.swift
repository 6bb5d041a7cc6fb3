import Foundation
import Testing

/// `claimline run` keeps the ICU folds of the entity tables' non-ASCII spellings in its cache
/// folder, so that later runs need not build ICU's transliterator registry at start-up.
@Suite("Kept script folds")
struct KeptScriptFoldsTests {
    /// The seed after a paragraph of names in Arabic script and with accents, which the folds
    /// must link ("عمر ولد حماها" meets the table's spelling in Arabic script).
    static let text = "عمر ولد حماها is alive, said Abū Assem al-Muhajir in Ménaka.\n\n" + Seed.text

    func records(cache: String) throws -> CLI.Result {
        try CLI.run(["run", "--id", "seed", "--date", "2014-04-16"], stdin: Data(Self.text.utf8),
                    environment: ["CLAIMLINE_CACHE_DIR": cache])
    }

    func keptFiles(_ dir: Scratch) -> [String] { keptFiles(in: dir.url) }

    func keptFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("script-folds-") }
    }

    /// `text` with the fold of "عمر" changed to one no section makes.
    static func editingOmar(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("عمر\t") ? "عمر\tzzz\tfold.arabic_latin" : String($0) }.joined(separator: "\n")
    }

    @Test("a run keeps the folds; the next reads them and writes the same records as a run that keeps none")
    func keptFoldsGiveTheSameRecords() throws {
        let dir = try Scratch()
        let none = try records(cache: "")
        #expect(none.status == 0)
        #expect(keptFiles(dir).isEmpty)
        let first = try records(cache: dir.url.path)
        let kept = keptFiles(dir)
        #expect(kept.count == 1)
        let file = try String(contentsOf: dir.url.appendingPathComponent(kept[0]), encoding: .utf8)
        #expect(file.hasPrefix("claimline script folds 1\t"))
        #expect(file.contains("\nعمر\t"))
        let second = try records(cache: dir.url.path)
        #expect(first.stdout == none.stdout)
        #expect(second.stdout == none.stdout)
        #expect(second.stderr == none.stderr)
        let linked = (none.records.first?["entities"] as? [[String: Any]] ?? []).first { $0["text"] as? String == "عمر ولد حماها" }
        #expect(linked?["entity"] as? String == "per.omar_ould_hamaha")
        // The next run takes the tables' folds from the file: one changed there changes a match.
        try Data(Self.editingOmar(file).utf8).write(to: dir.url.appendingPathComponent(kept[0]))
        #expect(try records(cache: dir.url.path).stdout != none.stdout)
    }

    @Test("folds shipped beside the pipeline are read when none are kept, and never written")
    func shippedFolds() throws {
        let dir = try Scratch()
        let pipeline = dir.url.appendingPathComponent("pipeline")
        try FileManager.default.createDirectory(at: pipeline, withIntermediateDirectories: true)
        for item in ["default.pipeline", "tables"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Pipelines/\(item)"),
                                             to: pipeline.appendingPathComponent(item))
        }
        func records(cache: String) throws -> CLI.Result {
            try CLI.run(["run", "--pipeline", pipeline.appendingPathComponent("default.pipeline").path, "--id", "seed",
                         "--date", "2014-04-16"], stdin: Data(Self.text.utf8), environment: ["CLAIMLINE_CACHE_DIR": cache])
        }
        let none = try records(cache: "")
        #expect(none.status == 0)
        #expect(keptFiles(in: pipeline).isEmpty)
        // What Scripts/spark/build-release.sh does: one run keeps the folds in the pipeline's folder.
        _ = try records(cache: pipeline.path)
        let name = try #require(keptFiles(in: pipeline).first)
        let file = pipeline.appendingPathComponent(name)
        #expect(try records(cache: "").stdout == none.stdout)
        // A fold changed in the shipped file changes a match: the file was read, and left as it was.
        let edited = Data(Self.editingOmar(try String(contentsOf: file, encoding: .utf8)).utf8)
        try edited.write(to: file)
        let run = try records(cache: "")
        #expect(run.status == 0)
        #expect(run.stdout != none.stdout)
        #expect(try Data(contentsOf: file) == edited)
        #expect(keptFiles(in: pipeline) == [name])
    }

    @Test("a damaged file of folds is not read, and the next run writes a whole one")
    func damagedFileIsIgnored() throws {
        let dir = try Scratch()
        let none = try records(cache: "")
        _ = try records(cache: dir.url.path)
        let name = try #require(keptFiles(dir).first)
        let path = dir.url.appendingPathComponent(name)
        let whole = try Data(contentsOf: path)
        // Cut short, then its first line and a line of two fields: neither is read.
        let header = whole.prefix { $0 != 0x0A } + Data("\n".utf8)
        for damaged in [whole.prefix(whole.count / 2), header + Data("A'maq\tAmaq\n".utf8)] {
            try damaged.write(to: path)
            let run = try records(cache: dir.url.path)
            #expect(run.status == 0)
            #expect(run.stdout == none.stdout)
            #expect(try Data(contentsOf: path) == whole)
        }
    }

    @Test("a cache folder that cannot be written costs nothing but the keeping")
    func unwritableFolder() throws {
        let dir = try Scratch()
        let blocked = try dir.file("not-a-folder", "a file where the folder would go")
        let none = try records(cache: "")
        let run = try records(cache: blocked.path + "/claimline")
        #expect(run.status == 0)
        #expect(run.stdout == none.stdout)
        #expect(run.stderr == none.stderr)
    }
}
