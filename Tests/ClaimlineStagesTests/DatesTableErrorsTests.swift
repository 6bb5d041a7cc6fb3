import ClaimlineCore
import ClaimlineRules
import ClaimlineStages
import Foundation
import Testing

/// Malformed date tables are errors naming file, line and column, all collected at once.
@Suite struct DatesTableErrorsTests {
    static let fragments = """
        # test fragments
        fragment\tsurface\tvalue
        month\tApril|Apr.\t04
        day\t#1-31th?\t=
        """

    static func load(rules: String, fragments: String = fragments) -> [String] {
        do {
            let f = try Table(file: "f.tsv", text: fragments, required: ["fragment", "surface", "value"])
            let r = try Table(file: "r.tsv", text: "id\ttype\tpattern\tvalue\n" + rules, required: DateRuleSet.ruleColumns)
            _ = try DateRuleSet(fragmentTables: [f], ruleTables: [r])
            return []
        } catch let error as RuleErrors {
            return error.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func validTablesLoad() {
        #expect(Self.load(rules: "date.month_day\tDATE\t{month} {day}\tUNDEF-year-{month}-{day:2d}\n") == [])
    }

    @Test func unknownFragmentNamesItsColumnAndTheKnownOnes() {
        let errors = Self.load(rules: "date.x\tDATE\t{month} {dya}\tUNDEF-year-{month}\n")
        #expect(errors == ["r.tsv:2:22: error: unknown fragment {dya}; known: day, month"])
    }

    @Test func unknownFunction() {
        let errors = Self.load(rules: "date.x\tDATE\t{month} {day}\tUNDEF-year-{month}-{day:3d}\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("r.tsv:2:51: error: unknown function \"3d\"; known: 2d,") == true, "\(errors)")
    }

    @Test func badPatterns() {
        let errors = Self.load(rules: """
            date.a\tDATE\t( {month} {day}\t{month}
            date.b\tDATE\t( {month} )\t{month}
            date.c\tDATE\tthe?\tPAST_REF
            date.d\tDATE\t{month} [in] {day}\t{month}
            date.e\tDATE\t{month} {day}?\tUNDEF-year-{month}-{day}
            date.f\tDATE\t{month}\t{year}
            date.g\tDATE\t[in] the?\tPAST_REF
            """)
        #expect(errors.contains("r.tsv:2:28: error: missing \")\""))
        #expect(errors.contains("r.tsv:3:13: error: a group ( … ) must be optional: write ( … )?"))
        #expect(errors.contains("r.tsv:4:13: error: pattern can match an empty span"))
        #expect(errors.contains("r.tsv:5:21: error: context [ … ] goes at the start or the end of a pattern"))
        #expect(errors.contains { $0.hasPrefix("r.tsv:6:48: error: capture {day} is optional") })
        #expect(errors.contains("r.tsv:7:22: error: the pattern captures no {year}; captures: month"))
        #expect(errors.contains("r.tsv:8:13: error: pattern can match an empty span"))
    }

    @Test func badRowsAndFragments() {
        let errors = Self.load(rules: "date.a\tDAY\t{month}\t{month}\nDate.b\tDATE\t{month}\t{month}\ndate.a\tDATE\t{month}\t{month}\n",
                               fragments: "fragment\tsurface\tvalue\nmonth\tApril\t04\nday\t#31-1\t=\nDay\tx\t1\n")
        #expect(errors.contains("f.tsv:3:5: error: bad number surface \"#31-1\"; expected #low-high with an optional th, th? or s"))
        #expect(errors.contains("f.tsv:4:1: error: a fragment name is lower-case letters, digits and _, found \"Day\""))
        #expect(errors.contains("r.tsv:2:8: error: unknown type \"DAY\"; choose from: DATE, TIME, DURATION, SET"))
        #expect(errors.contains("r.tsv:3:1: error: a rule id is kind.snake_name, found \"Date.b\""))
        #expect(errors.contains("r.tsv:4:1: error: rule id date.a already used at r.tsv:2:1"))
    }

    @Test func valueFormsAreCheckedWhenThePipelineLoads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dates-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.fragments.write(to: folder.appendingPathComponent("f.tsv"), atomically: true, encoding: .utf8)
        try "id\ttype\tpattern\tvalue\nrel.x\tDATE\t{day} days ago\tREF-dya-MINUS-{day}\n".write(to: folder.appendingPathComponent("r.tsv"), atomically: true, encoding: .utf8)
        let source = RuleSource(base: folder, displayPrefix: "")
        let spec = try PipelineSpec(text: "dates fragments=f.tsv rules=r.tsv", file: "p.pipeline", source: source)
        #expect(throws: RuleErrors.self) { try PipelinePlan(spec: spec) }
        do { _ = try PipelinePlan(spec: spec) } catch {
            #expect(error.errors.map(\.description) == ["r.tsv:2:27: error: value renders as \"REF-dya-MINUS-1\", which is no TIMEX3 value or known UNDEF-/REF-/PREV- form"])
        }
    }

    @Test func shippedTablesLoad() throws {
        let plan = try DatesTestPipeline.plan()
        #expect(plan.plans.contains { $0.kind == .dates })
    }

    @Test func unknownPipelineOptionValueIsAnError() {
        #expect(throws: RuleErrors.self) { try DatesTestPipeline.plan(options: ["prefer=later"]) }
        #expect(throws: RuleErrors.self) { try DatesTestPipeline.plan(options: ["years=2030-1990"]) }
        #expect(throws: RuleErrors.self) { try DatesTestPipeline.plan(options: ["numeric_order=ymd"]) }
        #expect(throws: RuleErrors.self) { try DatesTestPipeline.plan(options: ["future_words=will||shall"]) }
    }
}
