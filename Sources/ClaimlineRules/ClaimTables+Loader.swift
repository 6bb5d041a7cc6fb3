import ClaimlineCore

/// Row-by-row reading of the claims tables; every mistake becomes a `RuleError` at its cell.
struct Loader {
    var phrases = PhraseIndex()
    /// The row of each phrase of each table (by tag), to report a phrase listed twice.
    private var owners: [[[UInt64]: Int]] = Array(repeating: [:], count: PhraseIndex.tags)
    private var ids: [String: SourceLocation] = [:]

    mutating func cues(_ tables: [Table], _ errors: inout [RuleError]) -> [CueRule] {
        var rules: [CueRule] = []
        for row in tables.flatMap(\.rows) {
            guard checkID(row["id"], &errors),
                  let kind: CueKind = choice(row["kind"], &errors),
                  let implies: CueImplication = choice(row["implies"], &errors) else { continue }
            let role = row["role"].text == "-" ? nil : row["role"].text
            addForms(row["forms"], row: rules.count, tag: ClaimTables.cueTag, &errors)
            rules.append(CueRule(id: row["id"].text, kind: kind, implies: implies, role: role))
        }
        return rules
    }

    mutating func predicates(_ tables: [Table], _ errors: inout [RuleError]) -> [PredicateRule] {
        var rules: [PredicateRule] = []
        for row in tables.flatMap(\.rows) {
            guard checkID(row["id"], &errors), let side: ArgumentSide = choice(row["side"], &errors) else { continue }
            let predicate = row["predicate"].text
            if predicate.isEmpty || predicate.contains(" ") {
                errors.append(RuleError(row["predicate"].location, "a predicate is one snake_case word, found \"\(predicate)\""))
                continue
            }
            let types = Set(row["subject"].text.split(separator: "|").map(String.init))
            if types.isEmpty { errors.append(RuleError(row["subject"].location, "list the subject types (PER|ORG|LOC)")); continue }
            addForms(row["forms"], row: rules.count, tag: ClaimTables.predicateTag, &errors)
            rules.append(PredicateRule(id: row["id"].text, predicate: predicate, side: side, subjectTypes: types))
        }
        return rules
    }

    mutating func markers(_ tables: [Table], _ errors: inout [RuleError]) -> [MarkerRule] {
        var rules: [MarkerRule] = []
        for row in tables.flatMap(\.rows) {
            guard checkID(row["id"], &errors), let kind: MarkerKind = choice(row["kind"], &errors) else { continue }
            addForms(row["forms"], row: rules.count, tag: ClaimTables.markerTag, &errors)
            rules.append(MarkerRule(id: row["id"].text, kind: kind))
        }
        return rules
    }

    mutating func conflicts(_ tables: [Table], _ errors: inout [RuleError]) -> [ConflictRule] {
        var rules: [ConflictRule] = []
        for row in tables.flatMap(\.rows) {
            guard checkID(row["id"], &errors),
                  let first = reading(row["first"], &errors), let second = reading(row["second"], &errors) else { continue }
            rules.append(ConflictRule(id: row["id"].text, first: first, second: second, reason: row["reason"].text))
        }
        return rules
    }

    /// `predicate:polarity`, polarity asserted or negated, predicate `*` for any.
    private func reading(_ cell: Table.Cell, _ errors: inout [RuleError]) -> (predicate: String, polarity: String)? {
        let parts = cell.text.split(separator: ":").map(String.init)
        guard parts.count == 2, parts[1] == "asserted" || parts[1] == "negated" else {
            errors.append(RuleError(cell.location, "expected predicate:asserted or predicate:negated, found \"\(cell.text)\""))
            return nil
        }
        return (parts[0], parts[1])
    }

    private mutating func checkID(_ cell: Table.Cell, _ errors: inout [RuleError]) -> Bool {
        let id = cell.text
        let valid = id.contains(".") && id.unicodeScalars.allSatisfy {
            ($0.value >= 97 && $0.value <= 122) || ($0.value >= 48 && $0.value <= 57) || $0 == "_" || $0 == "."
        }
        if !valid {
            errors.append(RuleError(cell.location, "rule id must look like kind.snake_name, found \"\(id)\""))
            return false
        }
        if let first = ids[id] {
            errors.append(RuleError(cell.location, "rule id \(id) already used at \(first)"))
            return false
        }
        ids[id] = cell.location
        return true
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ cell: Table.Cell, _ errors: inout [RuleError]) -> T?
    where T.RawValue == String {
        if let value = T(rawValue: cell.text) { return value }
        let choices = T.allCases.map(\.rawValue).joined(separator: ", ")
        errors.append(RuleError(cell.location, "unknown value \"\(cell.text)\"; choose from: \(choices)"))
        return nil
    }

    /// Forms separated by `|`; each a phrase of whole tokens, where `*` between two of them stands
    /// for any one token. A form listed twice in one table is an error.
    private mutating func addForms(_ cell: Table.Cell, row: Int, tag: Int, _ errors: inout [RuleError]) {
        var column = cell.location.column
        var any = false
        for form in cell.text.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false) {
            let at = SourceLocation(file: cell.location.file, line: cell.location.line, column: column)
            column += form.count + 1
            let text = String(Substring(form))
            let hashes = TokenHash.phrase(text)
            if hashes.isEmpty {
                errors.append(RuleError(at, "empty form")); continue
            }
            any = true
            if hashes.first == TokenHash.wildcard || hashes.last == TokenHash.wildcard {
                errors.append(RuleError(at, "form \"\(text)\" starts or ends with *, which stands only between words")); continue
            }
            if owners[tag][hashes] != nil {
                errors.append(RuleError(at, "form \"\(text)\" is already listed in this table"))
                continue
            }
            owners[tag][hashes] = row
            phrases.insert(hashes, tag: tag, row: row)
        }
        if !any && cell.text.isEmpty { errors.append(RuleError(cell.location, "no forms")) }
    }
}
