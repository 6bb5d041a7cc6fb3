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
        var text = text
        // Lines and cells are cut on UTF-8 bytes: "\n", "\r" and tab never occur inside a
        // multi-byte scalar, and as Characters "\r\n" would be one grapheme.
        text.withUTF8 { bytes in
            var start = 0, last = false
            while !last {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                last = end == bytes.count
                lineNumber += 1
                var lo = start, hi = end
                start = end + 1
                if hi > lo && bytes[hi - 1] == 0x0D { hi -= 1 }
                if lineNumber == 1, hi - lo >= 3, bytes[lo] == 0xEF, bytes[lo + 1] == 0xBB, bytes[lo + 2] == 0xBF { lo += 3 }
                if Self.isBlankOrComment(bytes, lo, hi) { continue }
                let cells = Self.cells(of: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), file: file, line: lineNumber,
                                       expected: header?.count ?? 0)
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
        }
        if header == nil {
            errors.append(RuleError(SourceLocation(file: file, line: 1), "table has no header line; expected columns: \(required.joined(separator: ", "))"))
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        self.header = header ?? []
        self.rows = rows
    }

    /// Only spaces and tabs, or a `#` first.
    static func isBlankOrComment(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        if lo < hi && bytes[lo] == 0x23 { return true }
        for i in lo..<hi where bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
        return true
    }

    /// The tab-separated cells of a line (UTF-8), each with its 1-based column in scalars.
    /// Room for `expected` cells (the header's count) is made at once, not cell by cell.
    static func cells(of line: UnsafeBufferPointer<UInt8>, file: String, line number: Int, expected: Int) -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(expected)
        var column = 1, start = 0
        while true {
            var end = start, scalars = 0
            while end < line.count && line[end] != 0x09 {
                if line[end] & 0xC0 != 0x80 { scalars += 1 }
                end += 1
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
            cells.append(Cell(text: text, location: SourceLocation(file: file, line: number, column: column)))
            if end == line.count { return cells }
            column += scalars + 1
            start = end + 1
        }
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
