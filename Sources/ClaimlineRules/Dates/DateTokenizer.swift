/// Splits text into `DateToken`s in one pass (consecutive words that no table mentions
/// become one token, since no rule can match them). Words are looked up in the lexicon as they are
/// read; nothing is allocated per token (the output buffer is reused by the caller).
public struct DateTokenizer: Sendable {
    public let words: DateWordTable

    public init(lexicon: DateLexicon) { words = lexicon.lookupTable() }

    /// Replaces `tokens` with the tokens of `s`.
    public func tokenize(_ text: [Unicode.Scalar], into tokens: inout [DateToken]) {
        tokens.removeAll(keepingCapacity: true)
        text.withUnsafeBufferPointer { tokenize($0, into: &tokens) }
    }

    private func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, into tokens: inout [DateToken]) {
        let n = s.count
        var i = 0
        var spaced = true, newlines = 0
        while i < n {
            let c = s[i]
            if Self.isSpace(c) {
                spaced = true
                if c == "\n" { newlines += 1 }
                i += 1
                continue
            }
            // A blank line ends a paragraph: no date runs across it.
            if newlines >= 2, let last = tokens.last, !(last.kind == .word && last.word < 0) {
                tokens.append(DateToken(start: Int32(i), end: Int32(i), kind: .word, word: -1, number: 0,
                                        digits: 0, suffix: .none, capitalized: false, spaced: true))
            }
            newlines = 0
            if Self.isDigit(c) {
                i = number(s, from: i, spaced: spaced, into: &tokens)
            } else if Self.isLetter(c) {
                i = word(s, from: i, spaced: spaced, into: &tokens)
            } else {
                tokens.append(DateToken(start: Int32(i), end: Int32(i + 1), kind: .punct, word: -1, number: Int32(bitPattern: c.value),
                                        digits: 0, suffix: .none, capitalized: false, spaced: spaced))
                i += 1
            }
            spaced = false
        }
    }

    private func number(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, spaced: Bool, into tokens: inout [DateToken]) -> Int {
        var i = start, value: Int32 = 0
        while i < s.count, Self.isDigit(s[i]) {
            if value < 100_000_000 { value = value * 10 + Int32(s[i].value - 48) }
            i += 1
        }
        let digits = UInt8(min(i - start, 255))
        var suffix = DateToken.Suffix.none
        // Fold "th"/"st"/"nd"/"rd" and the plural "s" into the number when nothing follows.
        var j = i
        while j < s.count, Self.isLetter(s[j]) { j += 1 }
        if j - i == 2, Self.isOrdinal(s[i], s[i + 1]) { suffix = .ordinal; i = j }
        else if j - i == 1, s[i] == "s" { suffix = .plural; i = j }
        tokens.append(DateToken(start: Int32(start), end: Int32(i), kind: .number, word: -1, number: value,
                                digits: digits, suffix: suffix, capitalized: false, spaced: spaced))
        return i
    }

    private func word(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, spaced: Bool, into tokens: inout [DateToken]) -> Int {
        var i = start, key: UInt64 = 0, keyable = true
        while i < s.count {
            let v = s[i].value
            if v < 128 {
                let lower = v | 0x20
                guard lower >= 97 && lower <= 122 else { break }
                key = key << 5 | UInt64(lower - 96)
            } else {
                guard s[i].properties.isAlphabetic else { break }
                keyable = false
            }
            i += 1
        }
        if i - start > DateLexicon.maxLetters { keyable = false }
        let v = s[start].value
        let id = keyable ? words.id(key) : -1
        // Words no table knows only separate matches; a run of them is one token.
        if id < 0, let last = tokens.last, last.kind == .word, last.word < 0 {
            tokens[tokens.count - 1].end = Int32(i)
            return i
        }
        tokens.append(DateToken(start: Int32(start), end: Int32(i), kind: .word, word: id, number: 0,
                                digits: 0, suffix: .none, capitalized: v >= 65 && v <= 90, spaced: spaced))
        return i
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return v == 0xA0 || v == 0xFEFF || c.properties.isWhitespace
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) }
        return c.properties.isAlphabetic
    }

    static func isOrdinal(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        switch (a.value | 0x20, b.value | 0x20) {
        case (0x74, 0x68), (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64): return true  // th st nd rd
        default: return false
        }
    }
}
