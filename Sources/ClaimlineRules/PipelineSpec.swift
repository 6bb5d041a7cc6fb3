import ClaimlineCore
import Foundation

/// The stages claimline knows. Names become cases when a pipeline file is read; after that
/// no code compares stage names as strings.
public enum StageKind: String, CaseIterable, Sendable {
    case clean, normalize, segment, entities, dates, claims
}

/// A pipeline file: one stage a line, in order, with `key=value` options (table paths
/// relative to the file). `#` starts a comment line.
///
///     clean      boilerplate=tables/clean/en.boilerplate.tsv
///     entities   gazetteer=tables/entities/sahel.entities.tsv gazetteer=tables/entities/neighbours.entities.tsv
public struct PipelineSpec: Sendable {
    public struct Option: Sendable {
        public let key: String
        public let value: String
        public let location: SourceLocation
    }

    public struct StageLine: Sendable {
        public let kind: StageKind
        public var options: [Option]
        public let location: SourceLocation

        public func values(_ key: String) -> [Option] { options.filter { $0.key == key } }
        public func value(_ key: String) -> Option? { options.last { $0.key == key } }
    }

    public var stages: [StageLine]
    public let source: RuleSource
    public let file: String

    /// Reads a pipeline file; `displayPrefix` is how paths under its folder are cited.
    public init(contentsOf url: URL, displayPrefix: String) throws(RuleErrors) {
        let source = RuleSource(base: url.deletingLastPathComponent(), displayPrefix: displayPrefix)
        let name = url.lastPathComponent
        let text = try source.read(name, from: SourceLocation(file: source.displayName(name), line: 1))
        try self.init(text: text, file: source.displayName(name), source: source)
    }

    public init(text: String, file: String, source: RuleSource) throws(RuleErrors) {
        self.file = file
        self.source = source
        var stages: [StageLine] = []
        var errors: [RuleError] = []
        // Split on scalars: as Characters, "\r\n" is one grapheme and would hide the line break.
        for (index, rawScalars) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let raw = Substring(rawScalars)
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            var words: [(String, Int)] = []
            var column = 1, current = "", start = 1
            for ch in line.unicodeScalars {
                if ch == " " || ch == "\t" {
                    if !current.isEmpty { words.append((current, start)); current = "" }
                } else {
                    if current.isEmpty { start = column }
                    current.unicodeScalars.append(ch)
                }
                column += 1
            }
            if !current.isEmpty { words.append((current, start)) }
            let at = { (col: Int) in SourceLocation(file: file, line: index + 1, column: col) }
            guard let kind = StageKind(rawValue: words[0].0) else {
                let choices = StageKind.allCases.map(\.rawValue).joined(separator: ", ")
                errors.append(RuleError(at(words[0].1), "unknown stage \"\(words[0].0)\"; choose from: \(choices)"))
                continue
            }
            var options: [Option] = []
            for (word, col) in words.dropFirst() {
                guard let eq = word.firstIndex(of: "="), eq != word.startIndex else {
                    errors.append(RuleError(at(col), "expected key=value, found \"\(word)\""))
                    continue
                }
                options.append(Option(key: String(word[..<eq]), value: String(word[word.index(after: eq)...]), location: at(col)))
            }
            if stages.contains(where: { $0.kind == kind }) {
                errors.append(RuleError(at(words[0].1), "stage \"\(kind.rawValue)\" appears twice"))
            }
            stages.append(StageLine(kind: kind, options: options, location: at(words[0].1)))
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        self.stages = stages
    }

    public func stage(_ kind: StageKind) -> StageLine? { stages.first { $0.kind == kind } }
}
