import ClaimlineCore
import ClaimlineRecords
import Foundation

/// A folder's `meta.tsv`, checked in full when it is opened (a malformed one stops the run
/// before any output) but kept compact: the file's bytes and, per id, where its row is.
/// A row becomes `DocumentMetadata` only when its document is read, so memory does not
/// grow with a copy of every row's metadata.
struct MetaTable {
    let path: String
    private let bytes: [UInt8]
    private let columns: [String]
    /// Document id (prefixed with the table's folder) → byte range of its row.
    private var rows: [String: Range<Int>] = [:]

    init(path: String, folder: String) throws(RuleErrors) {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleErrors([RuleError(SourceLocation(file: path, line: 1), "cannot read metadata table")])
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw RuleErrors([RuleError(SourceLocation(file: path, line: 1), "metadata table is not valid UTF-8")])
        }
        self.bytes = bytes
        var header: [String]? = nil
        var errors: [RuleError] = []
        for (number, range) in Self.lines(bytes) {
            let cells = Self.cells(bytes, range)
            guard let names = header else {
                header = cells.map(\.text)
                if !cells.contains(where: { $0.text == "id" }) { errors.append(RuleError(SourceLocation(file: path, line: number), "header lacks column \"id\"")) }
                continue
            }
            guard cells.count == names.count else {
                errors.append(RuleError(SourceLocation(file: path, line: number, column: cells.last.map { $0.column + $0.text.unicodeScalars.count } ?? 1),
                                        "expected \(names.count) tab-separated cells (\(names.joined(separator: ", "))), found \(cells.count)"))
                continue
            }
            var scratch = DocumentMetadata()
            for (name, cell) in zip(names, cells) where name != "id" && !cell.text.isEmpty {
                do throws(RuleError) { try Sidecars.apply(name, .string(cell.text), to: &scratch, at: SourceLocation(file: path, line: number, column: cell.column)) } catch {
                    errors.append(error)
                }
            }
            let id = cells[names.firstIndex(of: "id") ?? 0].text
            rows[folder.isEmpty ? id : folder + "/" + id] = range
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        columns = header ?? []
    }

    /// The metadata of a document listed in the table, nil when it is not listed. The row was
    /// checked when the table was opened: its cells are read in place, one string each.
    func metadata(for id: String) -> DocumentMetadata? {
        guard let range = rows[id] else { return nil }
        var meta = DocumentMetadata()
        var column = 0, start = range.lowerBound
        bytes.withUnsafeBufferPointer { bytes in
            while column < columns.count && start <= range.upperBound {
                var end = start
                while end < range.upperBound && bytes[end] != 0x09 { end += 1 }
                if end > start && columns[column] != "id" {
                    let cell = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    try? Sidecars.apply(columns[column], .string(cell), to: &meta, at: SourceLocation(file: path, line: 1))
                }
                column += 1
                start = end + 1
            }
        }
        return meta
    }

    /// Non-blank, non-comment lines as (1-based number, byte range without the line end).
    private static func lines(_ bytes: [UInt8]) -> [(Int, Range<Int>)] {
        var out: [(Int, Range<Int>)] = []
        var start = 0, number = 0
        while start <= bytes.count {
            number += 1
            var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let next = end + 1
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            let blank = bytes[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if !blank && bytes[start] != UInt8(ascii: "#") { out.append((number, start..<end)) }
            start = next
        }
        return out
    }

    /// The tab-separated cells of a line with their 1-based columns (in scalars).
    private static func cells(_ bytes: [UInt8], _ range: Range<Int>) -> [(text: String, column: Int)] {
        var out: [(text: String, column: Int)] = []
        var column = 1
        for piece in bytes[range].split(separator: 0x09, omittingEmptySubsequences: false) {
            let text = String(decoding: piece, as: UTF8.self)
            out.append((text, column))
            column += text.unicodeScalars.count + 1
        }
        return out
    }
}
