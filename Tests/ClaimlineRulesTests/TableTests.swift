import ClaimlineCore
import ClaimlineRules
import Foundation
import Testing

@Suite("Rule tables")
struct TableTests {
    func errors(_ text: String, required: [String] = ["id", "marker"]) -> [String] {
        do {
            _ = try Table(file: "Pipelines/tables/x.tsv", text: text, required: required)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("comments, blank lines, a BOM and CRLF are accepted; cells know their place")
    func wellFormed() throws {
        let text = "\u{FEFF}# a comment\r\n\r\nid\tmarker\r\nclean.a\tLeave a Reply\r\n# another\nclean.b\tShare\n"
        let table = try Table(file: "t.tsv", text: text, required: ["id", "marker"])
        #expect(table.header == ["id", "marker"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0]["marker"].text == "Leave a Reply")
        #expect(table.rows[0]["marker"].location.description == "t.tsv:4:9")
        #expect(table.rows[1].line == 6)
    }

    @Test("a row with too many or too few cells is an error at its line and column")
    func cellCount() {
        #expect(errors("id\tmarker\na\tb\tc\n") == ["Pipelines/tables/x.tsv:2:5: error: expected 2 tab-separated cells (id, marker), found 3"])
        #expect(errors("id\tmarker\nonly\n") == ["Pipelines/tables/x.tsv:2:5: error: expected 2 tab-separated cells (id, marker), found 1"])
    }

    @Test("a header without a required column, or with a column twice, is an error")
    func header() {
        #expect(errors("id\tother\n") == ["Pipelines/tables/x.tsv:1:1: error: header lacks column \"marker\"; expected columns: id, marker"])
        #expect(errors("id\tmarker\tid\n").first == "Pipelines/tables/x.tsv:1:11: error: column \"id\" appears twice in the header")
        #expect(errors("# only a comment\n") == ["Pipelines/tables/x.tsv:1:1: error: table has no header line; expected columns: id, marker"])
    }

    @Test("every error of a table is reported, not only the first")
    func collectsAll() {
        #expect(errors("id\tmarker\na\n\nb\tc\td\ne\n").count == 3)
    }

    @Test("columns are counted in scalars, so non-ASCII cells point at the right place")
    func scalarColumns() {
        #expect(errors("id\tmarker\tx\né\t“q”\n") == ["Pipelines/tables/x.tsv:2:6: error: expected 3 tab-separated cells (id, marker, x), found 2"])
    }
}

@Suite("Pipeline files")
struct PipelineSpecTests {
    let source = RuleSource(base: URL(fileURLWithPath: "/nonexistent"), displayPrefix: "Pipelines/")

    func errors(_ text: String) -> [String] {
        do {
            _ = try PipelineSpec(text: text, file: "Pipelines/p.pipeline", source: source)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("an unknown stage, a bad option and a repeated stage are errors at file:line:column")
    func errorsWithPlaces() {
        #expect(errors("# comment\nclean\n  normalise x=y\n") == [
            "Pipelines/p.pipeline:3:3: error: unknown stage \"normalise\"; choose from: clean, normalize, segment, entities, dates, claims",
        ])
        #expect(errors("segment  abbreviations\n") == ["Pipelines/p.pipeline:1:10: error: expected key=value, found \"abbreviations\""])
        #expect(errors("clean\nclean\n") == ["Pipelines/p.pipeline:2:1: error: stage \"clean\" appears twice"])
        #expect(errors("clean\r\nsegmnt\r\n") == [
            "Pipelines/p.pipeline:2:1: error: unknown stage \"segmnt\"; choose from: clean, normalize, segment, entities, dates, claims",
        ])
    }

    @Test("stages keep their order and options their places")
    func parses() throws {
        let spec = try PipelineSpec(text: "clean boilerplate=a.tsv\nsegment abbreviations=b.tsv locale=en\n", file: "p", source: source)
        #expect(spec.stages.map(\.kind) == [.clean, .segment])
        #expect(spec.stages[1].value("locale")?.value == "en")
        #expect(spec.stages[1].value("locale")?.location.description == "p:2:29")
    }

    @Test("a missing table is an error at the option that names it")
    func missingTable() {
        do {
            _ = try source.table("tables/none.tsv", required: ["id"], from: SourceLocation(file: "Pipelines/p.pipeline", line: 2, column: 7))
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "Pipelines/p.pipeline:2:7: error: cannot read rule file Pipelines/tables/none.tsv")
        }
    }
}
