import ClaimlineCore

/// A malformed gold file: a brat line that cannot be read, an offset that does not match
/// the text, a reference to an id that does not exist, a value outside the scheme.
public struct GoldError: Error, Sendable, CustomStringConvertible, Equatable {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public init(file: String, line: Int, _ message: String) {
        self.init(SourceLocation(file: file, line: line), message)
    }

    /// `file:line: error: message`, the form editors jump to (`file: error: …` for line 0,
    /// an error about the whole file).
    public var description: String {
        location.line > 0 ? "\(location.file):\(location.line): error: \(message)" : "\(location.file): error: \(message)"
    }
}

/// Every error found in a corpus's gold files: readers collect them all before throwing.
public struct GoldErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [GoldError]

    public init(_ errors: [GoldError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
