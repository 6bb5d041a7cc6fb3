import ClaimlineCore

/// The rules that fold a name part to its matching key, loaded from data:
/// - script sections (`.icu`, ICU transform rule syntax; `#= fold.id` starts a named section),
///   applied to parts holding non-ASCII (Arabic script → Latin, diacritics, ʿayn/hamza marks);
/// - rewrites (`id kind from to`, kind `any`/`start`/`end`/`squeeze`), applied in order to
///   the lower-case ASCII part (ou → u, -une → -un, doubled letters);
/// - particles (`id key spellings use`): al/el/ul, Ould/Hould/Wuld, Ag, Abu/Abou, bin/ben;
/// - variants (`id key spellings`): whole spellings of one name part (Mohamed/Muhammad);
/// - do-not-merge pairs (`id a b`): two name parts that must never match each other.
public struct FoldRules: Sendable {
    public struct ScriptSection: Sendable {
        public let id: String
        public let rules: String
        public let location: SourceLocation
        /// Declared on the section line (`#= fold.id non_ascii`): the section changes only
        /// parts holding a non-ASCII character, so ICU is not run on parts of ASCII only.
        public var nonASCIIOnly = false
    }

    public struct Rewrite: Sendable {
        public enum Kind: String, Sendable, CaseIterable { case any, start, end, squeeze }
        public let id: String
        public let kind: Kind
        public let from: [UInt8]
        public let to: [UInt8]
    }

    /// How a particle behaves inside names.
    public enum ParticleUse: String, Sendable, CaseIterable, BitwiseCopyable {
        /// The article: optional when matching ("Abu Assem Muhajir" meets "Abu Assem al-Muhajir").
        case article
        /// An assimilated article ("ash-", "ad-"): an article only when hyphen-joined.
        case articleHyphen = "article_hyphen"
        /// Joins a given name to a father's or tribe's name: Ould, Ag, bin.
        case connector
        /// Begins a kunya: Abu, Umm.
        case kunya
        /// Written apart or joined to the next part, with or without an article: "Abdul Aziz",
        /// "Abd el-Kader" meet "Abdelaziz", "Abdelkader". The part is folded together with
        /// what follows it.
        case compound
        /// A lower-case word inside a family name ("Bill de Blasio", "Ursula von der Leyen",
        /// "Daniel arap Moi"): it keeps a name's run of parts going, and nothing more.
        case family
    }

    public struct WordClass: Sendable {
        public let id: String
        public let key: String
        public let spellings: [String]
        public let use: ParticleUse?
        public let location: SourceLocation
    }

    public struct Pair: Sendable {
        public let id: String
        public let a: String
        public let b: String
        public let location: SourceLocation
    }

    public var script: [ScriptSection] = []
    public var rewrites: [Rewrite] = []
    public var particles: [WordClass] = []
    public var variants: [WordClass] = []
    public var doNotMerge: [Pair] = []

    public init() {}

    /// Splits an ICU rule file into named sections; text before the first marker is an error.
    public mutating func addScript(file: String, text: String) throws(RuleErrors) {
        var errors: [RuleError] = []
        var current: (id: String, nonASCIIOnly: Bool, lines: [String], location: SourceLocation)? = nil
        func close() {
            guard let c = current else { return }
            script.append(ScriptSection(id: c.id, rules: c.lines.joined(separator: "\n"), location: c.location, nonASCIIOnly: c.nonASCIIOnly))
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            let at = SourceLocation(file: file, line: index + 1)
            if line.hasPrefix("#=") {
                close()
                let words = line.dropFirst(2).split(separator: " ").map(String.init)
                let id = words.first ?? ""
                if !RuleIDs.isValid(id) { errors.append(RuleError(SourceLocation(file: file, line: index + 1, column: 4), "section id must be kind.snake_name, found \"\(id)\"")) }
                let scope = words.dropFirst().joined(separator: " ")
                if !scope.isEmpty && scope != "non_ascii" {
                    errors.append(RuleError(SourceLocation(file: file, line: index + 1, column: 5 + id.count), "unknown section scope \"\(scope)\"; the only one is non_ascii"))
                }
                current = (id, scope == "non_ascii", [], SourceLocation(file: file, line: index + 2))
                continue
            }
            if current == nil {
                let blank = line.trimmingSpaces.isEmpty || line.hasPrefix("#")
                if !blank { errors.append(RuleError(at, "rules before the first \"#= fold.id\" section line")) }
                continue
            }
            current!.lines.append(line)
        }
        close()
        if !errors.isEmpty { throw RuleErrors(errors) }
    }

    public mutating func addRewrites(_ table: Table) throws(RuleErrors) {
        var errors: [RuleError] = []
        for row in table.rows {
            guard RuleIDs.check(row["id"], into: &errors) else { continue }
            guard let kind = Rewrite.Kind(rawValue: row["kind"].text) else {
                errors.append(RuleError(row["kind"].location, "unknown kind \"\(row["kind"].text)\"; choose from: any, start, end, squeeze"))
                continue
            }
            let from = asciiLetters(row["from"], into: &errors, allowStar: kind == .squeeze)
            let to = row["to"].text == "-" ? [] : asciiLetters(row["to"], into: &errors, allowStar: false)
            guard let from, let to else { continue }
            if from.isEmpty { errors.append(RuleError(row["from"].location, "empty \"from\"")); continue }
            if kind == .squeeze && !to.isEmpty { errors.append(RuleError(row["to"].location, "a squeeze rule writes - in \"to\"")); continue }
            rewrites.append(Rewrite(id: row["id"].text, kind: kind, from: from, to: to))
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
    }

    public mutating func addParticles(_ table: Table) throws(RuleErrors) {
        var errors: [RuleError] = []
        for row in table.rows {
            guard let use = ParticleUse(rawValue: row["use"].text) else {
                errors.append(RuleError(row["use"].location, "unknown use \"\(row["use"].text)\"; choose from: \(ParticleUse.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            if let word = wordClass(row, use: use, into: &errors) { particles.append(word) }
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
    }

    public mutating func addVariants(_ table: Table) throws(RuleErrors) {
        var errors: [RuleError] = []
        for row in table.rows { if let word = wordClass(row, use: nil, into: &errors) { variants.append(word) } }
        if !errors.isEmpty { throw RuleErrors(errors) }
    }

    public mutating func addDoNotMerge(_ table: Table) throws(RuleErrors) {
        var errors: [RuleError] = []
        for row in table.rows {
            guard RuleIDs.check(row["id"], into: &errors) else { continue }
            let a = row["a"].text.lowercased(), b = row["b"].text.lowercased()
            if a.isEmpty || a.contains(" ") { errors.append(RuleError(row["a"].location, "one name part expected, found \"\(row["a"].text)\"")); continue }
            if b.isEmpty || b.contains(" ") { errors.append(RuleError(row["b"].location, "one name part expected, found \"\(row["b"].text)\"")); continue }
            doNotMerge.append(Pair(id: row["id"].text, a: a, b: b, location: SourceLocation(file: table.file, line: row.line)))
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
    }

    private func wordClass(_ row: Table.Row, use: ParticleUse?, into errors: inout [RuleError]) -> WordClass? {
        guard RuleIDs.check(row["id"], into: &errors) else { return nil }
        let key = row["key"].text.lowercased()
        guard !key.isEmpty, !key.contains(" ") else {
            errors.append(RuleError(row["key"].location, "key must be one lower-case name part, found \"\(row["key"].text)\""))
            return nil
        }
        var spellings: [String] = []
        for (piece, column) in row["spellings"].pieces(separator: "|") {
            let s = piece.trimmed.lowercased()
            if s.isEmpty || s.contains(" ") {
                errors.append(RuleError(SourceLocation(file: row["spellings"].location.file, line: row.line, column: column), "a spelling is one name part, found \"\(piece)\""))
                continue
            }
            spellings.append(s)
        }
        return WordClass(id: row["id"].text, key: key, spellings: spellings, use: use, location: SourceLocation(file: row["id"].location.file, line: row.line))
    }

    private func asciiLetters(_ cell: Table.Cell, into errors: inout [RuleError], allowStar: Bool) -> [UInt8]? {
        if allowStar && cell.text == "*" { return Array("abcdefghijklmnopqrstuvwxyz".utf8) }
        let bytes = Array(cell.text.utf8)
        if bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) { return bytes }
        errors.append(RuleError(cell.location, "lower-case ASCII letters expected (the text is already folded to ASCII), found \"\(cell.text)\""))
        return nil
    }
}

/// Checks on rule ids (`kind.snake_name`).
enum RuleIDs {
    static func isValid(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { p in
            !p.isEmpty && p.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        }
    }

    static func check(_ cell: Table.Cell, into errors: inout [RuleError]) -> Bool {
        if isValid(cell.text) { return true }
        errors.append(RuleError(cell.location, "rule id must be kind.snake_name, found \"\(cell.text)\""))
        return false
    }
}

extension StringProtocol {
    var trimmingSpaces: String { String(self).trimmed }
}
