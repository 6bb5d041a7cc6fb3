import ClaimlineCore

/// Normalisation functions a value template may apply to a capture: `{day:2d}`.
public enum DateFunction: String, CaseIterable, Sendable {
    /// Zero-padded to two digits: 4 → 04.
    case twoDigits = "2d"
    /// A year written with two digits becomes four ('98 → 1998, '05 → 2005); others unchanged.
    case year
    /// The decade of a year: 1990 → 199 (and of a two-digit year: 90 → 9).
    case decade
    /// The century of a year: 1900 → 19.
    case century
    /// A clock hour after noon: 3 → 15 (12 stays 12).
    case pm
    /// A clock hour before noon: 12 → 00.
    case am
    /// Ten times the number, for decades in years: 2 → 20.
    case tens
    /// A unit name as a duration letter: day → D, week → W, month → M, year → Y, decade → DE, …
    case letter
    /// A four-digit time of day as hours and minutes: 1430 → 14:30, 600 (read from "0600")
    /// → 06:00, as wires write it ("1430 GMT").
    case clock

    public func apply(_ value: String) -> String {
        switch self {
        case .twoDigits: return value.count == 1 ? "0" + value : value
        case .year:
            guard value.count <= 2, let v = Int(value) else { return value }
            return String(v < 50 ? 2000 + v : 1900 + v)
        case .decade: return value.count == 4 ? String(value.prefix(3)) : value.count == 2 ? String(value.prefix(1)) : value
        case .century: return value.count == 4 ? String(value.prefix(2)) : value
        case .pm:
            guard let v = Int(value) else { return value }
            return String(v < 12 ? v + 12 : v)
        case .am:
            guard let v = Int(value) else { return value }
            return v == 12 ? "00" : DateFunction.twoDigits.apply(String(v))
        case .tens: return Int(value).map { String($0 * 10) } ?? value
        case .clock:
            // The number as read: "0600" comes as 600.
            guard value.utf8.count <= 4 else { return value }
            let digits = String(repeating: "0", count: 4 - value.utf8.count) + value
            return digits.prefix(2) + ":" + digits.suffix(2)
        case .letter:
            switch value {
            case "day": return "D"
            case "week", "weekend": return "W"
            case "month": return "M"
            case "year": return "Y"
            case "decade": return "DE"
            case "century": return "CE"
            case "quarter": return "Q"
            case "hour": return "H"
            case "minute": return "M"
            case "second": return "S"
            default: return value
            }
        }
    }
}

/// A rule's value: text with `{capture}` or `{capture:function:function}` holes, filled
/// from the captures of a match. The result may be underspecified (`UNDEF-year-04-11`,
/// `REF-month-MINUS-2`); the stage resolves it against an anchor.
public struct DateValueTemplate: Sendable {
    public enum Piece: Sendable {
        case text(String)
        case capture(slot: Int, functions: [DateFunction])
    }
    public let pieces: [Piece]

    /// Parses a template; `captures` are the pattern's capture names and whether each is optional.
    init(_ cell: Table.Cell, captures: [DatePatternParser.Capture], errors: inout [RuleError]) {
        var pieces: [Piece] = []
        var literal = ""
        let scalars = Array(cell.text.unicodeScalars)
        var i = 0
        func at(_ offset: Int) -> SourceLocation { SourceLocation(file: cell.location.file, line: cell.location.line, column: cell.location.column + offset) }
        while i < scalars.count {
            guard scalars[i] == "{" else { literal.unicodeScalars.append(scalars[i]); i += 1; continue }
            guard let close = scalars[i...].firstIndex(of: "}") else { errors.append(RuleError(at(i), "missing \"}\"")); break }
            if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
            let parts = ScalarString.make(scalars[(i + 1)..<close]).split(separator: ":", omittingEmptySubsequences: false)
            var functions: [DateFunction] = []
            var column = i + 1 + parts[0].unicodeScalars.count + 1
            for name in parts.dropFirst() {
                if let f = DateFunction(rawValue: String(name)) { functions.append(f) } else {
                    let known = DateFunction.allCases.map(\.rawValue).joined(separator: ", ")
                    errors.append(RuleError(at(column), "unknown function \"\(name)\"; known: \(known)"))
                }
                column += name.unicodeScalars.count + 1
            }
            if let slot = captures.firstIndex(where: { $0.name == parts[0] }) {
                if captures[slot].optional { errors.append(RuleError(at(i + 1), "capture {\(parts[0])} is optional in the pattern; write a second rule without it")) }
                pieces.append(.capture(slot: slot, functions: functions))
            } else {
                let known = captures.map(\.name).joined(separator: ", ")
                errors.append(RuleError(at(i + 1), "the pattern captures no {\(parts[0])}; captures: \(known.isEmpty ? "none" : known)"))
            }
            i = close + 1
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// The value with every hole filled; `capture(slot)` gives a capture's text. The pieces
    /// are copied into one buffer on the stack and made into one String (appending each
    /// piece to a String cost more than the rest of the rendering).
    public func render(_ capture: (Int) -> String) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.stackBytes) { buffer in
            var count = 0
            for piece in pieces {
                var text = self.text(of: piece, capture)
                let copied = text.withUTF8 { bytes -> Bool in
                    guard count + bytes.count <= buffer.count else { return false }
                    for b in bytes { buffer[count] = b; count += 1 }
                    return true
                }
                if !copied { return pieces.reduce(into: "") { $0 += self.text(of: $1, capture) } }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
        }
    }

    /// Longest value rendered on the stack; a longer one is appended piece by piece.
    public static let stackBytes = 64

    private func text(of piece: Piece, _ capture: (Int) -> String) -> String {
        switch piece {
        case .text(let t): return t
        case .capture(let slot, let functions): return functions.reduce(capture(slot)) { $1.apply($0) }
        }
    }
}
