import Foundation
import Testing

@Suite("Exit status")
struct ExitStatusTests {
    @Test("0 when every document was processed")
    func allProcessed() throws {
        let result = try CLI.run(["run", "Corpora/seed"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test("1 when some documents failed; their error lines are in the output")
    func someFailed() throws {
        let result = try CLI.run(["run", "--input-format", "jsonl"], stdin: JSON.line(["id": "a", "text": "ok"]) + "\n{}\n")
        #expect(result.status == 1)
        #expect(result.records.map(errorCode) == [nil, "missing_text"])
    }

    @Test("2 for a usage error")
    func usageError() throws {
        for arguments in [["run", "--no-such-flag"], ["run", "--jobs", "0"], ["run", "--jobs", "100000"], ["run", "--date", "April"], ["run", "--encoding", "no-such-charset"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("claimline: "))
        }
    }

    @Test("A negative count is read as a count, and refused by name")
    func negativeCount() throws {
        let jobs = try CLI.run(["run", "--jobs", "-1"], stdin: "Text.")
        #expect(jobs.status == 2)
        #expect(jobs.stderr.contains("--jobs must be at least 1"))
        let maxBytes = try CLI.run(["run", "--max-bytes", "-5"], stdin: "Text.")
        #expect(maxBytes.status == 2)
        #expect(maxBytes.stderr.contains("--max-bytes must be at least 1"))
    }

    @Test("2 for a broken pipeline file, naming file:line:column")
    func brokenPipeline() throws {
        let dir = try Scratch()
        try dir.file("p.pipeline", "clean boilerplate=tables/x.tsv\nsegmnt\n")
        let result = try CLI.run(["run", "--pipeline", dir.path("p.pipeline")], stdin: "Text.")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("p.pipeline:2:1: error: unknown stage \"segmnt\""))
        try dir.file("q.pipeline", "clean boilerplate=missing.tsv\n")
        let missing = try CLI.run(["run", "--pipeline", dir.path("q.pipeline")], stdin: "Text.")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("q.pipeline:1:7: error: cannot read rule file"))
    }

    @Test("2 for a malformed rule table, naming file:line:column")
    func brokenTable() throws {
        let dir = try Scratch()
        try dir.file("p.pipeline", "segment abbreviations=abbr.tsv\n")
        try dir.file("abbr.tsv", "# abbreviations\nid\tabbreviation\nabbr.mr\tMr.\nabbr.bad\tNo dot\n")
        let result = try CLI.run(["check", "--pipeline", dir.path("p.pipeline")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("abbr.tsv:4:10: error: an abbreviation ends with \".\""))
    }

    @Test("2 for a malformed meta.tsv, naming file:line:column; nothing is written")
    func brokenMetaTable() throws {
        let dir = try Scratch()
        try dir.file("a.txt", "Alpha.")
        try dir.file("meta.tsv", "id\tdate\na\t16 April 2014\n")
        let result = try CLI.run(["run", dir.url.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("meta.tsv:2:3: error: \"date\" must be YYYY-MM-DD"))
    }

    @Test("--help exits 0")
    func help() throws {
        let result = try CLI.run(["run", "--help"])
        #expect(result.status == 0)
        #expect(result.text.contains("--jobs"))
    }
}
