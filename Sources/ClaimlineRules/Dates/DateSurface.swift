import ClaimlineCore

/// Turns the written form of surfaces and literals into token tests, splitting them the way
/// `DateTokenizer` splits text ("Apr." → `apr`, `.`), so tables and text always agree.
struct DateSurface {
    /// Splits a phrase into tokens: letter runs, digit runs, single other scalars.
    static func pieces(_ text: String) -> [String] {
        var pieces: [String] = [], current = String.UnicodeScalarView(), kind = 0
        for s in text.unicodeScalars {
            let k = DateTokenizer.isSpace(s) ? 0 : DateTokenizer.isLetter(s) ? 1 : DateTokenizer.isDigit(s) ? 2 : 3
            if k != kind || k == 3, !current.isEmpty { pieces.append(String(current)); current = String.UnicodeScalarView() }
            if k != 0 { current.append(s) }
            kind = k
        }
        if !current.isEmpty { pieces.append(String(current)) }
        return pieces
    }

    /// The test for one token written in a table: a word, a digit run or a punctuation mark.
    /// `caseSensitive` makes a capitalised word require a capital in the text.
    static func test(_ piece: String, caseSensitive: Bool, lexicon: inout DateLexicon) -> DateTokenTest? {
        guard let first = piece.unicodeScalars.first else { return nil }
        if DateTokenizer.isLetter(first) {
            guard let id = lexicon.intern(piece.lowercased()) else { return nil }
            let capital = caseSensitive && first.value >= 65 && first.value <= 90
            return .literal(words: [id], puncts: [], capital: capital)
        }
        if DateTokenizer.isDigit(first), let v = Int32(piece) {
            let width = UInt8(piece.unicodeScalars.count)
            return .number(DateNumberSpec(low: v, high: v, width: width, suffix: .none))
        }
        return .literal(words: [], puncts: [first.value], capital: false)
    }

    /// Parses `#low-high` with an optional suffix rule: `th` (ordinal), `th?` (optional
    /// ordinal), `s` (plural: "1990s"). A low bound written with a leading zero ("#01-12")
    /// fixes the digit count.
    static func numberSpec(_ text: Substring) -> DateNumberSpec? {
        var body = text.dropFirst()
        var suffix = DateNumberSpec.SuffixRule.none
        if body.hasSuffix("th?") { suffix = .optionalOrdinal; body = body.dropLast(3) }
        else if body.hasSuffix("th") { suffix = .ordinal; body = body.dropLast(2) }
        else if body.hasSuffix("s") { suffix = .plural; body = body.dropLast(1) }
        let bounds = body.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let low = Int32(bounds[0]), let high = Int32(bounds[1]), low <= high,
              bounds[0].allSatisfy(\.isASCII), bounds[1].allSatisfy(\.isASCII) else { return nil }
        let width: UInt8 = bounds[0].hasPrefix("0") && bounds[0].count > 1 ? UInt8(bounds[0].count) : 0
        return DateNumberSpec(low: low, high: high, width: width, suffix: suffix)
    }
}
