import ClaimlineCore
import Foundation

/// Reads rule files and names them as records and messages cite them: relative to the
/// pipeline's folder's parent (so `Pipelines/tables/…` inside the repository).
public struct RuleSource: Sendable {
    /// Absolute folder the pipeline file sits in; table paths in it are relative to it.
    public let base: URL
    /// What to print before relative paths (`Pipelines/`).
    public let displayPrefix: String

    public init(base: URL, displayPrefix: String) {
        self.base = base
        self.displayPrefix = displayPrefix
    }

    public func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
    }

    public func displayName(_ path: String) -> String {
        path.hasPrefix("/") ? path : displayPrefix + path
    }

    /// The text of a rule file; a missing or non-UTF-8 file is a RuleError at `location`.
    public func read(_ path: String, from location: SourceLocation) throws(RuleErrors) -> String {
        let url = self.url(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RuleErrors([RuleError(location, "cannot read rule file \(displayName(path))")])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw RuleErrors([RuleError(SourceLocation(file: displayName(path), line: 1), "rule file is not valid UTF-8")])
        }
        return text
    }

    /// Reads and parses a table.
    public func table(_ path: String, required: [String], from location: SourceLocation) throws(RuleErrors) -> Table {
        try Table(file: displayName(path), text: try read(path, from: location), required: required)
    }
}
