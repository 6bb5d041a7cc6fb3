import ClaimlineCore

/// Loads a fragments table: the vocabularies rules refer to as `{name}`.
///
///     fragment	surface	value
///     month	January|Jan|Jan.	01
///     day	#1-31th?	=
///
/// Surfaces separated by `|` share the row's value. A capitalised word must be capitalised in
/// the text. `#low-high` is a number (suffix `th`, `th?` or `s`); value `=` takes its value.
struct DateFragmentTable {
    static let columns = ["fragment", "surface", "value"]

    static func load(_ table: Table, into fragments: inout [DateFragment], index: inout [String: Int],
                     lexicon: inout DateLexicon, errors: inout [RuleError]) {
        for row in table.rows {
            let name = row["fragment"].text
            guard isName(name) else {
                errors.append(RuleError(row["fragment"].location, "a fragment name is lower-case letters, digits and _, found \"\(name)\""))
                continue
            }
            let slot: Int
            if let i = index[name] { slot = i } else {
                slot = fragments.count
                index[name] = slot
                fragments.append(DateFragment(name: name, surfaces: [], location: row["fragment"].location))
            }
            let valueText = row["value"].text
            for (surface, column) in alternatives(row["surface"]) {
                let at = SourceLocation(file: table.file, line: row.line, column: column)
                if surface.hasPrefix("#") {
                    guard let spec = DateSurface.numberSpec(surface) else {
                        errors.append(RuleError(at, "bad number surface \"\(surface)\"; expected #low-high with an optional th, th? or s"))
                        continue
                    }
                    let value: DateFragmentSurface.Value = valueText == "=" ? .number : .fixed(valueText)
                    fragments[slot].surfaces.append(DateFragmentSurface(tests: [.number(spec)], value: value))
                    continue
                }
                var tests: [DateTokenTest] = []
                for piece in DateSurface.pieces(String(surface)) {
                    guard let test = DateSurface.test(piece, caseSensitive: true, lexicon: &lexicon) else {
                        errors.append(RuleError(at, "cannot use \"\(piece)\" in a surface (words of at most \(DateLexicon.maxLetters) ASCII letters)"))
                        continue
                    }
                    tests.append(test)
                }
                if tests.isEmpty { errors.append(RuleError(at, "empty surface")); continue }
                if valueText == "=" { errors.append(RuleError(row["value"].location, "value = needs a #number surface")); continue }
                fragments[slot].surfaces.append(DateFragmentSurface(tests: tests, value: .fixed(valueText)))
            }
        }
    }

    /// The `|`-separated parts of a cell with the column each starts at.
    static func alternatives(_ cell: Table.Cell) -> [(Substring, Int)] {
        var result: [(Substring, Int)] = []
        var column = cell.location.column
        for part in cell.text.split(separator: "|", omittingEmptySubsequences: false) {
            result.append((part, column))
            column += part.unicodeScalars.count + 1
        }
        return result
    }

    static func isName(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_" }
    }
}
