import ClaimlineRules
import Testing

/// A rule's value template fills its holes in order, whatever the length of the value.
@Suite struct DateValueTemplateTests {
    static func template(_ value: String) throws -> DateValueTemplate {
        let f = try Table(file: "f.tsv", text: "fragment\tsurface\tvalue\nmonth\tApril\t04\nday\t#1-31th?\t=\n",
                          required: ["fragment", "surface", "value"])
        let r = try Table(file: "r.tsv", text: "id\ttype\tpattern\tvalue\ndate.x\tDATE\t{month} {day}\t\(value)\n",
                          required: DateRuleSet.ruleColumns)
        return try DateRuleSet(fragmentTables: [f], ruleTables: [r]).rules[0].value
    }

    @Test func holesAreFilledWithTheirCapturesAndFunctions() throws {
        let template = try Self.template("UNDEF-year-{month}-{day:2d}")
        #expect(template.render { ["04", "7"][$0] } == "UNDEF-year-04-07")
    }

    @Test func aValueLongerThanTheStackBufferIsWhole() throws {
        let long = String(repeating: "x", count: DateValueTemplate.stackBytes)
        let template = try Self.template("\(long)-{month}-{day:2d}")
        #expect(template.render { ["04", "11"][$0] } == "\(long)-04-11")
        #expect(template.render { ["04", "11"][$0] }.utf8.count == DateValueTemplate.stackBytes + 6)
    }
}
