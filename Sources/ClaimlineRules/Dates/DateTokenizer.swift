import ClaimlineCore

/// Splits text into `DateToken`s in one pass (consecutive words that no table mentions
/// become one token, since no rule can match them). Words are looked up in the lexicon as they are
/// read; nothing is allocated per token (the output buffer is reused by the caller).
public struct DateTokenizer: Sendable {
    public let words: DateWordTable
    /// The same words by their `TokenHash`, for words the segment stage has read.
    let hashedWords: DateWordTable
    /// The key of a number token (`DateToken.key`); ASCII marks follow it.
    let numberKey: Int32

    public init(lexicon: DateLexicon) {
        words = lexicon.lookupTable()
        hashedWords = lexicon.hashedLookupTable()
        numberKey = Int32(lexicon.words.count)
    }

    /// Replaces `tokens` with the tokens of `text`.
    public func tokenize(_ text: [Unicode.Scalar], into tokens: inout [DateToken]) {
        tokens = [DateToken](unsafeUninitializedCapacity: text.count + 1) { out, count in count = tokenize(text, into: out) }
    }

    /// Writes the tokens of `text` into `out` and returns how many there are. `out` needs
    /// room for one more token than `text` has scalars: at most one token per scalar, as a
    /// paragraph mark stands on two newlines.
    public func tokenize(_ text: [Unicode.Scalar], into out: UnsafeMutableBufferPointer<DateToken>) -> Int {
        precondition(text.count < Int(Int32.max), "a text of \(text.count) scalars is too long for date tokens")
        precondition(out.count > text.count, "room for \(out.count) tokens, \(text.count + 1) needed")
        return text.withUnsafeBufferPointer { s in
            words.withKeys { table in
                var writer = Writer(out: out, table: table, numberKey: numberKey)
                writer.tokenize(s)
                return writer.count
            }
        }
    }

    /// `tokenize(_:into:)` reading the segment stage's tokens of `text` and their hashes
    /// (`Document.tokens`, `Document.tokenHashes`): the same tokens, but a word of ASCII letters
    /// only is looked up by its hash, and its letters are not read again. Date tokens never
    /// cross a segment token's bounds (a segment word holds every letter and digit next to
    /// it), so the scalars of other segment tokens and of the spaces between them are read
    /// by the tokenizer's own steps, stopped at the segment token's end.
    public func tokenize(_ text: [Unicode.Scalar], segments: UnsafeBufferPointer<Token>, hashes: UnsafeBufferPointer<UInt64>,
                         into out: UnsafeMutableBufferPointer<DateToken>) -> Int {
        precondition(text.count < Int(Int32.max), "a text of \(text.count) scalars is too long for date tokens")
        precondition(out.count > text.count, "room for \(out.count) tokens, \(text.count + 1) needed")
        precondition(hashes.count == segments.count && (segments.last?.view.end ?? 0) <= text.count,
                     "\(segments.count) segment tokens with \(hashes.count) hashes do not fit a text of \(text.count) scalars")
        return text.withUnsafeBufferPointer { s in
            words.withKeys { table in
                hashedWords.withKeys { hashed in
                    var writer = Writer(out: out, table: table, numberKey: numberKey)
                    writer.tokenize(s, segments: segments, hashes: hashes, hashed: hashed)
                    return writer.count
                }
            }
        }
    }

    /// Scalar classes of ASCII for the tokenizer's loop.
    enum Class: UInt8 { case other, space, newline, digit, upper, lower }

    static let asciiClasses: [Class] = (0..<128).map { v in
        switch v {
        case 10: return .newline
        case 9, 11, 12, 13, 32: return .space
        case 48...57: return .digit
        case 65...90: return .upper
        case 97...122: return .lower
        default: return .other
        }
    }

    /// 1…26 for an ASCII letter of either case (its code in a word key); any other scalar,
    /// ASCII or not, gives a value outside 1…26. No table and no ASCII check: only the two
    /// ranges of letters have their lower-case bit pattern in 0x61…0x7A.
    @inline(__always) static func letterCode(_ v: UInt32) -> UInt32 { (v | 0x20) &- 96 }

    @inline(__always) static func isLetterCode(_ code: UInt32) -> Bool { code &- 1 < 26 }

    /// Writes the tokens of one text into a buffer big enough for them.
    struct Writer {
        let out: UnsafeMutableBufferPointer<DateToken>
        let table: DateWordTable.Keys
        /// `DateTokenizer.numberKey`.
        let numberKey: Int32
        var count = 0
        /// Whitespace came since the last token; how many line feeds.
        var spaced = true, newlines = 0
        /// The last token is a word no table knows (or a paragraph mark): a next such word
        /// extends it. Kept by `append`, so that no step reads the token back.
        var unknownLast = false

        init(out: UnsafeMutableBufferPointer<DateToken>, table: DateWordTable.Keys, numberKey: Int32) {
            self.out = out
            self.table = table
            self.numberKey = numberKey
        }

        /// The key of a mark token: ASCII marks have one each.
        @inline(__always)
        func markKey(_ v: UInt32) -> Int32 { v < 128 ? numberKey &+ 1 &+ Int32(v) : -1 }

        /// The one-scalar mark `v` at `i` (punctuation, a symbol, any other scalar that is no
        /// space, letter or digit).
        @inline(__always)
        mutating func appendMark(at i: Int, _ v: UInt32) {
            append(DateToken(start: Self.offset(i), end: Self.offset(i &+ 1), kind: .punct, key: markKey(v), number: Int32(bitPattern: v),
                             digits: 0, suffix: .none, capitalized: false, spaced: spaced))
        }

        mutating func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>) {
            DateTokenizer.asciiClasses.withUnsafeBufferPointer { classes in steps(s, from: 0, to: s.count, classes: classes) }
        }

        mutating func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, segments: UnsafeBufferPointer<Token>,
                               hashes: UnsafeBufferPointer<UInt64>, hashed: DateWordTable.Keys) {
            // On a local copy (plain values) the writer's fields live in registers, not behind `self`.
            var writer = self
            defer { self = writer }
            DateTokenizer.asciiClasses.withUnsafeBufferPointer { classes in
                writer.segmentLoop(s, segments: segments, hashes: hashes, hashed: hashed, classes: classes)
            }
        }

        /// The segment tokens in order: a word of ASCII letters is keyed by its hash, a number
        /// of ASCII digits and an ASCII mark are written at once, and the scalars of any other
        /// token, and of the spaces between tokens unless they are one blank, go through `steps`.
        @inline(__always)
        mutating func segmentLoop(_ s: UnsafeBufferPointer<Unicode.Scalar>, segments: UnsafeBufferPointer<Token>,
                                  hashes: UnsafeBufferPointer<UInt64>, hashed: DateWordTable.Keys, classes: UnsafeBufferPointer<Class>) {
            var i = 0
            for t in 0..<segments.count {
                let token = segments[t], start = token.view.start, end = token.view.end
                precondition(start >= i && end > start, "segment token \(t) overlaps the one before or is empty")
                // The spaces before the token: most often one blank. Only line feeds among spaces
                // read by `steps` end a paragraph (no line feed is pending after a token).
                if start == i &+ 1 && s[i].value == 32 {
                    spaced = true
                } else if start > i {
                    steps(s, from: i, to: start, classes: classes)
                    endParagraph(at: start)
                }
                i = end
                switch token.kind {
                case .word where token.asciiLetters:
                    appendWord(s, start, end, id: hashed.id(hashes[t]), spaced: spaced)
                case .number:
                    // Digits are all a number token holds: any other scalar is read by `steps`.
                    let next = asciiNumber(s, from: start, limit: end)
                    if next != end {
                        if next > start { spaced = false }
                        steps(s, from: max(next, start), to: end, classes: classes)
                        continue
                    }
                case .punctuation, .symbol:
                    let v = s[start].value
                    guard end == start &+ 1 && v < 128 else { steps(s, from: start, to: end, classes: classes); continue }
                    appendMark(at: start, v)
                default:
                    steps(s, from: start, to: end, classes: classes)
                    continue
                }
                spaced = false
            }
            steps(s, from: i, to: s.count, classes: classes)
        }

        /// The tokens of `s[start..<limit]`; no token runs past `limit`. Out of line: the
        /// segment loop calls it for the few tokens it does not write itself.
        @inline(never)
        mutating func steps(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to limit: Int, classes: UnsafeBufferPointer<Class>) {
            var i = start
            while i < limit {
                i = asciiTokens(s, from: i, limit: limit, classes: classes)
                if i < limit { i = anyToken(s, at: i, limit: limit, classes: classes) }
            }
        }

        /// One step at `i`, whatever the scalars: skips a space or writes the token there;
        /// returns where the next step starts.
        mutating func anyToken(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, limit: Int, classes: UnsafeBufferPointer<Class>) -> Int {
            let c = s[i]
            let cls: Class = c.value < 128 ? classes[Int(c.value)] : DateTokenizer.isSpace(c) ? .space
                : DateTokenizer.isLetter(c) ? .lower : .other
            switch cls {
            case .space: spaced = true; return i + 1
            case .newline: spaced = true; newlines += 1; return i + 1
            default: break
            }
            endParagraph(at: i)
            var next = i + 1
            switch cls {
            case .digit: next = number(s, from: i, limit: limit, spaced: spaced, classes: classes)
            case .upper, .lower: next = word(s, from: i, limit: limit, spaced: spaced, classes: classes)
            default:
                appendMark(at: i, c.value)
            }
            spaced = false
            return next
        }

        /// A blank line ends a paragraph: no date runs across it (an empty unknown word stands there).
        @inline(__always)
        mutating func endParagraph(at i: Int) {
            if newlines >= 2, count > 0, !unknownLast {
                append(DateToken(start: Self.offset(i), end: Self.offset(i), kind: .word, key: -1, number: 0,
                                 digits: 0, suffix: .none, capitalized: false, spaced: true))
            }
            newlines = 0
        }

        /// A scalar offset as stored in a token; `tokenize` checks that the text's fit.
        @inline(__always)
        static func offset(_ i: Int) -> Int32 { Int32(truncatingIfNeeded: i) }

        @inline(__always)
        mutating func append(_ token: DateToken) {
            out[count] = token
            count &+= 1
            unknownLast = token.kind == .word && token.key < 0
        }

        @inline(__always)
        static func isLetter(_ c: Unicode.Scalar, _ classes: UnsafeBufferPointer<Class>) -> Bool {
            if c.value < 128 { let k = classes[Int(c.value)]; return k == .upper || k == .lower }
            return c.properties.isAlphabetic
        }

        mutating func number(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int, spaced: Bool,
                             classes: UnsafeBufferPointer<Class>) -> Int {
            var i = start, value: Int32 = 0
            while i < limit, DateTokenizer.isDigit(s[i]) {
                if value < 100_000_000 { value = value * 10 + Int32(s[i].value - 48) }
                i += 1
            }
            var j = i
            while j < limit, Self.isLetter(s[j], classes) { j += 1 }
            return appendNumber(s, start, digitsEnd: i, lettersEnd: j, value: value, spaced: spaced)
        }

        /// Writes the number token of the digits `start..<digitsEnd` (letters follow up to
        /// `lettersEnd`), folding "th"/"st"/"nd"/"rd" and the plural "s" into it when nothing
        /// else follows; returns where the token ends.
        @inline(__always)
        mutating func appendNumber(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, digitsEnd i: Int, lettersEnd j: Int,
                                   value: Int32, spaced: Bool) -> Int {
            let digits = UInt8(min(i - start, 255))
            var suffix = DateToken.Suffix.none, end = i
            if j - i == 2, DateTokenizer.isOrdinal(s[i], s[i + 1]) { suffix = .ordinal; end = j }
            else if j - i == 1, s[i] == "s" { suffix = .plural; end = j }
            append(DateToken(start: Self.offset(start), end: Self.offset(end), kind: .number, key: numberKey, number: value,
                             digits: digits, suffix: suffix, capitalized: false, spaced: spaced))
            return end
        }

        mutating func word(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit n: Int, spaced: Bool,
                           classes: UnsafeBufferPointer<Class>) -> Int {
            var i = start, key: UInt64 = 0, keyable = true
            // ASCII letters in a loop without calls; a non-ASCII letter makes the word unkeyable.
            while i < n {
                let code = DateTokenizer.letterCode(s[i].value)
                if !DateTokenizer.isLetterCode(code) { break }
                key = key << 5 | UInt64(code)
                i += 1
            }
            while i < n, s[i].value >= 128, s[i].properties.isAlphabetic {
                keyable = false
                i += 1
                while i < n, DateTokenizer.isLetterCode(DateTokenizer.letterCode(s[i].value)) { i += 1 }
            }
            if i - start > DateLexicon.maxLetters { keyable = false }
            appendWord(s, start, i, id: keyable ? table.id(key) : -1, spaced: spaced)
            return i
        }

        /// Writes the word token `start..<end`, or extends the token before when both are
        /// words no table knows (they only separate matches; a run of them is one token).
        @inline(__always)
        mutating func appendWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, id: Int32, spaced: Bool) {
            if id < 0 && unknownLast {
                out[count &- 1].end = Self.offset(end)
                return
            }
            let v = s[start].value
            append(DateToken(start: Self.offset(start), end: Self.offset(end), kind: .word, key: id, number: 0,
                             digits: 0, suffix: .none, capitalized: v >= 65 && v <= 90, spaced: spaced))
        }
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
