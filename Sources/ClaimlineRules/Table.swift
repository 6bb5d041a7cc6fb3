import ClaimlineCore

/// A tab-separated rule table: UTF-8, `#` comment lines and blank lines ignored, the first
/// other line is the header. Every cell knows its line and column, so a loader can point
/// at the exact place of a mistake.
public struct Table: Sendable {
    public struct Cell: Sendable {
        public let text: String
        public let location: SourceLocation
    }

    public struct Row: Sendable {
        public let line: Int
        public let cells: [Cell]
        fileprivate let columns: [String: Int]

        /// The cell of a header column; the loader checked the header, so a missing name is a bug.
        public subscript(_ column: String) -> Cell {
            guard let i = columns[column] else { preconditionFailure("no column \(column)") }
            return cells[i]
        }
    }

    /// The path as records and messages cite it (repository-relative where possible).
    public let file: String
    public let header: [String]
    public let rows: [Row]

    /// Parses table text. `required` columns must all appear in the header; a row with a
    /// different number of cells than the header is an error.
    public init(file: String, text: String, required: [String]) throws(RuleErrors) {
        self.file = file
        var errors: [RuleError] = []
        var header: [String]? = nil
        var columns: [String: Int] = [:]
        var rows: [Row] = []
        var lineNumber = 0
        // Split on scalars: as Characters, "\r\n" is one grapheme and would hide the line break.
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.unicodeScalars.first == "\u{FEFF}" { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
            let cells = Self.cells(of: line, file: file, line: lineNumber)
            guard let names = header else {
                header = cells.map(\.text)
                columns = Self.columns(cells, required: required, file: file, line: lineNumber, errors: &errors)
                continue
            }
            if cells.count != names.count {
                let end = cells.last.map { $0.location.column + $0.text.unicodeScalars.count } ?? 1
                let at = cells.count > names.count ? cells[names.count].location : SourceLocation(file: file, line: lineNumber, column: end)
                errors.append(RuleError(at, "expected \(names.count) tab-separated cells (\(names.joined(separator: ", "))), found \(cells.count)"))
                continue
            }
            rows.append(Row(line: lineNumber, cells: cells, columns: columns))
        }
        if header == nil {
            errors.append(RuleError(SourceLocation(file: file, line: 1), "table has no header line; expected columns: \(required.joined(separator: ", "))"))
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        self.header = header ?? []
        self.rows = rows
    }

    /// The tab-separated cells of a line, each with its 1-based column in scalars.
    static func cells(of line: Substring, file: String, line number: Int) -> [Cell] {
        var cells: [Cell] = []
        var column = 1
        for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
            cells.append(Cell(text: String(piece), location: SourceLocation(file: file, line: number, column: column)))
            column += piece.unicodeScalars.count + 1
        }
        return cells
    }

    /// The header's column indexes; a repeated or missing required column is an error.
    static func columns(_ cells: [Cell], required: [String], file: String, line: Int, errors: inout [RuleError]) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (i, cell) in cells.enumerated() {
            if columns[cell.text] != nil { errors.append(RuleError(cell.location, "column \"\(cell.text)\" appears twice in the header")) }
            columns[cell.text] = i
        }
        for name in required where columns[name] == nil {
            errors.append(RuleError(SourceLocation(file: file, line: line), "header lacks column \"\(name)\"; expected columns: \(required.joined(separator: ", "))"))
        }
        return columns
    }
}
