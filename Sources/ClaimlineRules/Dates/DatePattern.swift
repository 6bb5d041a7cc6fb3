import ClaimlineCore

/// How a number token must look: value range, digit count, suffix.
public struct DateNumberSpec: Sendable, Equatable {
    public enum SuffixRule: UInt8, Sendable { case none, ordinal, optionalOrdinal, plural }
    public var low: Int32
    public var high: Int32
    /// Exact digit count, or 0 for any count up to that of `high` (at least two).
    public var width: UInt8
    public var suffix: SuffixRule

    /// Inlinable: the dates matcher in another module calls it for every number it tries.
    @inlinable
    public func matches(_ t: DateToken) -> Bool {
        guard t.kind == .number, t.number >= low, t.number <= high else { return false }
        if width != 0 { if t.digits != width { return false } } else if t.digits > max(2, Self.printedLength(high)) { return false }
        switch suffix {
        case .none: return t.suffix == .none
        case .ordinal: return t.suffix == .ordinal
        case .optionalOrdinal: return t.suffix != .plural
        case .plural: return t.suffix == .plural
        }
    }

    /// How many characters `String(v)` has (sign included), counted without making the string.
    @inlinable
    static func printedLength(_ v: Int32) -> UInt8 {
        var length: UInt8 = v < 0 ? 2 : 1, rest = v.magnitude
        while rest >= 10 { rest /= 10; length += 1 }
        return length
    }
}

/// One token position of a pattern or fragment surface.
public enum DateTokenTest: Sendable, Equatable {
    /// Any of these words (lexicon ids) or punctuation scalars; `capital` requires an
    /// upper-case first letter (month and weekday names, so "may" and "march" stay verbs).
    case literal(words: [Int32], puncts: [UInt32], capital: Bool)
    case number(DateNumberSpec)

    @inline(__always)
    public func matches(_ t: DateToken) -> Bool {
        switch self {
        case .number(let spec): return spec.matches(t)
        case .literal(let words, let puncts, let capital):
            switch t.kind {
            case .word: return words.contains(t.key) && (!capital || t.capitalized)
            case .punct: return puncts.contains(UInt32(bitPattern: t.number))
            case .number: return false
            }
        }
    }
}

/// A compiled pattern element. Captures are numbered slots of the rule.
public indirect enum DatePatternNode: Sendable {
    case token(DateTokenTest)
    /// A fragment (index into `DateRuleSet.fragments`) whose value goes to a capture slot.
    case fragment(Int, slot: Int)
    case optional([DatePatternNode])
    /// The mention's span starts (after leading context) or ends (before trailing context) here.
    case spanStart, spanEnd
    /// The next token must not pass the test (zero-width).
    case notNext(DateTokenTest)
}

/// One surface of a fragment ("Apr ." or "#1-31th?") and the value it stands for.
public struct DateFragmentSurface: Sendable {
    public enum Value: Sendable, Equatable {
        case fixed(String)
        /// The value of the surface's number token.
        case number
    }
    public var tests: [DateTokenTest]
    public var value: Value
}

/// A named vocabulary (`month`, `weekday`, `count`, …): every surface with its value.
public struct DateFragment: Sendable {
    public let name: String
    public var surfaces: [DateFragmentSurface]
    public let location: SourceLocation
}
