import ClaimlineCore

/// Which of two numbers comes first in an all-numeric date (04/11/2014).
public enum NumericDateOrder: String, Sendable, CaseIterable {
    case mdy, dmy
}

/// One row of a date rule table, compiled.
public struct DateRule: Sendable {
    public let id: String
    public let type: TimexType
    /// The slot of the `{weekday}` capture, checked against the resolved date. Next to
    /// `id` and `type`: the fields read for every mention share a cache line.
    public let weekdaySlot: Int?
    public let nodes: [DatePatternNode]
    public let program: [DateInstruction]
    /// The fragment each capture slot takes its value from, and the capture names.
    public let captureFragments: [Int]
    public let captureNames: [String]
    public let value: DateValueTemplate
    /// For numeric dates: the order the rule reads; the stage prefers the declared one.
    public let order: NumericDateOrder?
    public let location: SourceLocation
    /// Where the value template is, for checks of what it renders to.
    public let valueLocation: SourceLocation
}

/// Fragments and rules of the dates stage, loaded once and checked, with the flat
/// `DateMachine` the matcher runs (trigger index, prefilter bits, ops).
public struct DateRuleSet: Sendable {
    public static let ruleColumns = ["id", "type", "pattern", "value"]

    public let lexicon: DateLexicon
    public let fragments: [DateFragment]
    public let rules: [DateRule]
    /// The same rules flattened for matching.
    public let machine: DateMachine

    /// Loads fragment tables, then rule tables; every error of every table is collected.
    public init(fragmentTables: [Table], ruleTables: [Table]) throws(RuleErrors) {
        var lexicon = DateLexicon(), fragments: [DateFragment] = [], index: [String: Int] = [:]
        var errors: [RuleError] = []
        for table in fragmentTables {
            DateFragmentTable.load(table, into: &fragments, index: &index, lexicon: &lexicon, errors: &errors)
        }
        var rules: [DateRule] = [], seen: [String: SourceLocation] = [:]
        for table in ruleTables {
            for row in table.rows {
                let idCell = row["id"]
                if let earlier = seen[idCell.text] {
                    errors.append(RuleError(idCell.location, "rule id \(idCell.text) already used at \(earlier)"))
                } else if !Self.isRuleID(idCell.text) {
                    errors.append(RuleError(idCell.location, "a rule id is kind.snake_name, found \"\(idCell.text)\""))
                }
                seen[idCell.text] = idCell.location
                if let rule = Self.compile(row, table: table, fragments: index, lexicon: &lexicon, errors: &errors) { rules.append(rule) }
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        self.lexicon = lexicon
        self.fragments = fragments
        self.rules = rules
        self.machine = DateMachine(lexicon: lexicon, fragments: fragments, rules: rules)
    }

    static func compile(_ row: Table.Row, table: Table, fragments: [String: Int], lexicon: inout DateLexicon,
                        errors: inout [RuleError]) -> DateRule? {
        let before = errors.count
        guard let type = TimexType(rawValue: row["type"].text) else {
            errors.append(RuleError(row["type"].location, "unknown type \"\(row["type"].text)\"; choose from: DATE, TIME, DURATION, SET"))
            return nil
        }
        var order: NumericDateOrder? = nil
        if table.header.contains("order") {
            let cell = row["order"]
            if cell.text != "-" {
                order = NumericDateOrder(rawValue: cell.text)
                if order == nil { errors.append(RuleError(cell.location, "unknown order \"\(cell.text)\"; choose from: mdy, dmy, -")) }
            }
        }
        var parser = DatePatternParser(row["pattern"], fragments: fragments, lexicon: lexicon)
        let nodes = parser.parse()
        errors.append(contentsOf: parser.errors)
        lexicon = parser.lexicon
        let value = DateValueTemplate(row["value"], captures: parser.captures, errors: &errors)
        if errors.count > before { return nil }
        let names = parser.captures.map(\.name)
        return DateRule(id: row["id"].text, type: type, weekdaySlot: names.firstIndex(of: "weekday"), nodes: nodes, program: DateProgram.compile(nodes),
                        captureFragments: parser.captures.map(\.fragment), captureNames: names, value: value, order: order,
                        location: row["id"].location, valueLocation: row["value"].location)
    }

    static func isRuleID(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && DateFragmentTable.isName(String($0)) }
    }
}
