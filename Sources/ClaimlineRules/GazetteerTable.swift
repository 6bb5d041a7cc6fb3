import ClaimlineCore
import Foundation

/// One known person, organisation or place, as an entity table lists it.
public struct GazetteerEntry: Sendable {
    /// Canonical id: `per.`/`org.`/`loc.` + snake_case ASCII of the usual English spelling.
    public let id: String
    /// PER, ORG or LOC.
    public let type: String
    /// Finer kind (armed_group, agency, army, ministry, media, city, region, country, …), if given.
    public let kind: String?
    /// The canonical name; also a form that matches.
    public let name: String
    /// Every surface form that names the entity: the name, aliases, noms de guerre, Arabic script.
    public var forms: [GazetteerForm]
    public let activeFrom: Int?
    public let activeTo: Int?
    public var affiliations: [Affiliation]
    /// Where the row's facts come from.
    public let source: String?
    /// The row (first row, for tables with one row per alias).
    public let location: SourceLocation
}

/// A surface form of an entity and the table cell it was written in.
public struct GazetteerForm: Sendable {
    public let text: String
    public let location: SourceLocation
}

/// A role an entity holds towards another: `spokesman:org.aqim@2012..2014`.
public struct Affiliation: Sendable, Equatable {
    public let role: String
    public let target: String
    public let from: Int?
    public let to: Int?
    public let location: SourceLocation

    /// True when the role is known to hold in `year` (or when no year is known).
    public func holds(in year: Int?) -> Bool {
        guard let year else { return true }
        return (from ?? Int.min) <= year && year <= (to ?? Int.max)
    }
}

/// An entity table. Two layouts are read (the README documents both):
/// - one row per entity: `id type kind name aliases arabic active affiliations source`
///   (`id`, `type`, `name` required; lists are `|`-separated, affiliations `;`-separated);
/// - one row per alias: `id type form` (or `id label surface`, as other tools export them),
///   rows of one id grouped into one entry; ids without a `per.`/`org.`/`loc.` prefix get one.
public struct GazetteerTable: Sendable {
    public let file: String
    public let entries: [GazetteerEntry]

    public init(file: String, text: String) throws(RuleErrors) {
        let table = try Table(file: file, text: text, required: ["id"])
        self.file = file
        let columns = Set(table.header)
        var parser = GazetteerRowParser()
        if columns.contains("surface") || columns.contains("form") {
            parser.readAliasRows(table)
        } else {
            for name in ["type", "name"] where !columns.contains(name) {
                parser.errors.append(RuleError(SourceLocation(file: file, line: 1),
                    "entity table lacks column \"\(name)\"; expected: id, type, kind, name, aliases, arabic, active, affiliations, source (or id, type, form: one row per alias)"))
            }
            if parser.errors.isEmpty { parser.readEntityRows(table) }
        }
        if !parser.errors.isEmpty { throw RuleErrors(parser.errors) }
        self.entries = parser.entries
    }
}

/// Collects entries and every error of one table.
struct GazetteerRowParser {
    var entries: [GazetteerEntry] = []
    var errors: [RuleError] = []
    private var indexByID: [String: Int] = [:]

    static let prefixes: [String: String] = ["PER": "per.", "ORG": "org.", "LOC": "loc."]

    mutating func readEntityRows(_ table: Table) {
        let has = Set(table.header)
        for row in table.rows {
            func optional(_ column: String) -> Table.Cell? {
                guard has.contains(column) else { return nil }
                let cell = row[column]
                return cell.text.isEmpty || cell.text == "-" ? nil : cell
            }
            guard let type = checkedType(row["type"]) else { continue }
            let idCell = row["id"]
            guard checkID(idCell, type: type) else { continue }
            if let first = indexByID[idCell.text] {
                errors.append(RuleError(idCell.location, "duplicate id \(idCell.text), first listed at \(entries[first].location)"))
                continue
            }
            let nameCell = row["name"]
            guard !nameCell.text.trimmed.isEmpty else {
                errors.append(RuleError(nameCell.location, "empty name")); continue
            }
            var forms = [GazetteerForm(text: nameCell.text.trimmed, location: nameCell.location)]
            if let aliases = optional("aliases") { forms += listForms(aliases, arabic: false) }
            if let arabic = optional("arabic") { forms += listForms(arabic, arabic: true) }
            let kind = optional("kind").flatMap { checkedKind($0) }
            let active = optional("active").flatMap { years($0.text, at: $0.location) } ?? (nil, nil)
            let affiliations = optional("affiliations").map { parseAffiliations($0) } ?? []
            indexByID[idCell.text] = entries.count
            entries.append(GazetteerEntry(id: idCell.text, type: type, kind: kind, name: nameCell.text.trimmed,
                forms: forms, activeFrom: active.0, activeTo: active.1, affiliations: affiliations,
                source: optional("source")?.text, location: SourceLocation(file: idCell.location.file, line: row.line)))
        }
    }

    mutating func readAliasRows(_ table: Table) {
        let typeColumn = table.header.contains("type") ? "type" : "label"
        let formColumn = table.header.contains("form") ? "form" : "surface"
        guard let typeAt = table.header.firstIndex(of: typeColumn) else {
            errors.append(RuleError(SourceLocation(file: table.file, line: 1), "alias table lacks column \"type\" (or \"label\")"))
            return
        }
        // Cells are read by index: a look-up by column name hashes the name at every row.
        let idAt = table.header.firstIndex(of: "id")!, formAt = table.header.firstIndex(of: formColumn)!
        let nameAt = table.header.firstIndex(of: "name"), kindAt = table.header.firstIndex(of: "kind")
        // The rows of one id are grouped: the entry of the row before, for the same id cell and
        // type, takes the form without the id being made, checked and looked up again.
        var last: (raw: String, type: String, index: Int)? = nil
        for row in table.rows {
            guard let type = checkedType(row.cells[typeAt]) else { continue }
            let idCell = row.cells[idAt]
            let form = row.cells[formAt]
            let formText = form.text.trimmed
            if formText.isEmpty { errors.append(RuleError(form.location, "empty form")); continue }
            if let last, last.type == type, last.raw.hasSameUTF8(as: idCell.text) {
                entries[last.index].forms.append(GazetteerForm(text: formText, location: form.location))
                continue
            }
            let id = Self.prefixed(idCell.text, type: type)
            guard checkID(Table.Cell(text: id, location: idCell.location), type: type) else { continue }
            if let i = indexByID[id] {
                guard entries[i].type == type else {
                    errors.append(RuleError(row.cells[typeAt].location, "\(id) is \(entries[i].type) at \(entries[i].location), not \(type)"))
                    continue
                }
                entries[i].forms.append(GazetteerForm(text: formText, location: form.location))
                last = (idCell.text, type, i)
                continue
            }
            let name = nameAt.map { row.cells[$0].text }.flatMap { $0.isEmpty ? nil : $0 } ?? formText
            let kind = kindAt.flatMap { row.cells[$0].text.isEmpty ? nil : checkedKind(row.cells[$0]) }
            indexByID[id] = entries.count
            last = (idCell.text, type, entries.count)
            entries.append(GazetteerEntry(id: id, type: type, kind: kind, name: name,
                forms: [GazetteerForm(text: formText, location: form.location)], activeFrom: nil, activeTo: nil,
                affiliations: [], source: table.file, location: SourceLocation(file: table.file, line: row.line)))
        }
    }

    /// `omar_ould_hamaha` of type PER → `per.omar_ould_hamaha`; spaces become `_`, accents go
    /// ("place_ménaka" → "loc.place_menaka"): ids of other tools' exports become ours.
    static func prefixed(_ raw: String, type: String) -> String {
        var trimmed = raw.trimmed
        var snake = ""
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII needs no decomposition (the usual id, and the costly step at load), and is
            // lower-cased in the same pass.
            snake = trimmed.withUTF8 { utf8 in
                String(unsafeUninitializedCapacity: utf8.count) { out in
                    for (n, b) in utf8.enumerated() { out[n] = b == 0x20 || b == 0x2D ? 0x5F : b &- 65 < 26 ? b | 0x20 : b }
                    return utf8.count
                }
            }
        } else {
            for s in trimmed.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                if s == " " || s == "-" { snake.append("_") } else if s.isASCII { snake.unicodeScalars.append(s) }
            }
        }
        let prefix = prefixes[type] ?? ""
        return snake.hasPrefix(prefix) ? snake : prefix + snake
    }

    mutating func checkedType(_ cell: Table.Cell) -> String? {
        // Compared, not hashed: read at every row, and short strings compare at little cost.
        switch cell.text {
        case "PER", "PERSON": return "PER"
        case "ORG": return "ORG"
        case "LOC", "GPE": return "LOC"
        default: break
        }
        errors.append(RuleError(cell.location, "unknown type \"\(cell.text)\"; choose from: PER, ORG, LOC"))
        return nil
    }

    mutating func checkedKind(_ cell: Table.Cell) -> String? {
        if cell.text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }) { return cell.text }
        errors.append(RuleError(cell.location, "kind must be lower-case snake_case, found \"\(cell.text)\""))
        return nil
    }

    mutating func checkID(_ cell: Table.Cell, type: String) -> Bool {
        let prefix = Self.prefixes[type]!
        // On UTF-8 bytes: the prefix is ASCII, and any byte of a non-ASCII scalar fails the test.
        var text = cell.text
        let ok = text.withUTF8 { bytes in
            bytes.count > prefix.utf8.count && bytes.starts(with: prefix.utf8)
                && bytes[prefix.utf8.count...].allSatisfy { $0 &- 97 < 26 || $0 &- 48 < 10 || $0 == 0x5F }
        }
        if !ok { errors.append(RuleError(cell.location, "id \"\(cell.text)\" of a \(type) must be \(prefix)snake_case_ascii")) }
        return ok
    }

    /// `|`-separated forms; each piece keeps its own column.
    mutating func listForms(_ cell: Table.Cell, arabic: Bool) -> [GazetteerForm] {
        var forms: [GazetteerForm] = []
        for (piece, column) in cell.pieces(separator: "|") {
            let at = SourceLocation(file: cell.location.file, line: cell.location.line, column: column)
            let text = piece.trimmed
            if text.isEmpty { errors.append(RuleError(at, "empty form between \"|\" separators")); continue }
            if arabic && !text.unicodeScalars.contains(where: Self.isArabic) {
                errors.append(RuleError(at, "\"\(text)\" in column arabic holds no Arabic-script letter")); continue
            }
            forms.append(GazetteerForm(text: text, location: at))
        }
        return forms
    }

    static func isArabic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0x08A0...0x08FF).contains(v)
            || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
    }

    /// `2012`, `2012..2014`, `2012..`, `..2014`.
    mutating func years(_ text: String, at location: SourceLocation) -> (Int?, Int?)? {
        func year(_ s: Substring.UnicodeScalarView) -> Int?? {
            if s.isEmpty { return .some(nil) }
            guard s.count == 4, let y = Int(Substring(s)) else { return nil }
            return .some(y)
        }
        let parts = text.unicodeScalars.split(separator: ".", omittingEmptySubsequences: false)
        let bounds: (Int?, Int?)?
        if parts.count == 1, let y = year(parts[0]), let y { bounds = (y, y) }
        else if parts.count == 3, parts[1].isEmpty, let a = year(parts[0]), let b = year(parts[2]), a != nil || b != nil { bounds = (a, b) }
        else { bounds = nil }
        guard let bounds, (bounds.0 ?? 0) <= (bounds.1 ?? 9999) else {
            errors.append(RuleError(location, "years must read YYYY, YYYY..YYYY, YYYY.. or ..YYYY, found \"\(text)\""))
            return nil
        }
        return bounds
    }

    /// `role:target[@years]` items separated by `;`.
    mutating func parseAffiliations(_ cell: Table.Cell) -> [Affiliation] {
        var result: [Affiliation] = []
        for (piece, column) in cell.pieces(separator: ";") {
            let at = SourceLocation(file: cell.location.file, line: cell.location.line, column: column)
            let item = piece.trimmed
            let (head, bounds) = item.split(at: "@")
            let (role, target) = head.split(at: ":")
            guard let target, !role.isEmpty, role.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }),
                  target.hasPrefix("per.") || target.hasPrefix("org.") || target.hasPrefix("loc.") else {
                errors.append(RuleError(at, "affiliation must read role:entity_id[@YYYY..YYYY], found \"\(item)\""))
                continue
            }
            let years = bounds.map { self.years($0, at: at) } ?? (nil, nil)
            guard let years else { continue }
            result.append(Affiliation(role: role, target: target, from: years.0, to: years.1, location: at))
        }
        return result
    }
}

extension Table.Cell {
    /// The cell split on a separator, each piece with its 1-based column.
    public func pieces(separator: Unicode.Scalar) -> [(String, Int)] {
        var out: [(String, Int)] = []
        let scalars = text.unicodeScalars
        var column = location.column, start = column
        var from = scalars.startIndex, i = scalars.startIndex
        // Pieces are cut out of the text whole: appending scalars one by one is slow.
        while i != scalars.endIndex {
            if scalars[i] == separator {
                out.append((String(scalars[from..<i]), start))
                from = scalars.index(after: i)
                start = column + 1
            }
            column += 1
            i = scalars.index(after: i)
        }
        out.append((String(scalars[from...]), start))
        return out
    }
}

extension String {
    var trimmed: String {
        if let f = utf8.first, let l = utf8.last, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { return self }
        var s = Substring(self)
        while let f = s.unicodeScalars.first, f == " " || f == "\t" { s = Substring(s.unicodeScalars.dropFirst()) }
        while let l = s.unicodeScalars.last, l == " " || l == "\t" { s = Substring(s.unicodeScalars.dropLast()) }
        return String(s)
    }

    /// Splits at the first `separator`: the part before, and the part after if any.
    func split(at separator: Unicode.Scalar) -> (String, String?) {
        guard let i = unicodeScalars.firstIndex(of: separator) else { return (self, nil) }
        return (String(unicodeScalars[..<i]), String(unicodeScalars[unicodeScalars.index(after: i)...]))
    }
}
