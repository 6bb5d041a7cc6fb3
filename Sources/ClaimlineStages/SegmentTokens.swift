import ClaimlineCore
import ClaimlineRules

/// The segment stage's token scan: words (letters and digits, with inner apostrophes and
/// hyphens), and single punctuation marks and symbols. ASCII scalars are classified by one
/// table lookup; others by their Unicode properties. The same walk hashes each token
/// (`TokenHash`, which the phrase tables of later stages are keyed by) and notes the scalars
/// where a sentence may end, so that neither needs another pass over the text.
extension SegmentStage {
    /// What a scalar is to the token scan, as bits.
    struct Traits: OptionSet {
        let rawValue: UInt8
        static let space = Traits(rawValue: 1)
        /// A letter or digit: part of a word.
        static let word = Traits(rawValue: 2)
        /// A word scalar that is no ASCII digit (the word is then no number).
        static let letter = Traits(rawValue: 4)
        /// An apostrophe or hyphen: inside a word when a word scalar follows.
        static let joiner = Traits(rawValue: 8)
        static let punctuation = Traits(rawValue: 16)
        /// A control character (line ends among them), ".", "!" or "?": where the sentence
        /// breaker looks for the end of a sentence (it looks at every non-ASCII scalar too).
        static let mayEndSentence = Traits(rawValue: 32)
    }

    static let asciiTraits: [Traits] = (0..<128).map { traits(of: Unicode.Scalar(UInt8($0))) }

    /// The traits of any scalar (the table holds those of ASCII).
    static func traits(of c: Unicode.Scalar) -> Traits {
        let end: Traits = c.value < 14 || c == "." || c == "!" || c == "?" ? .mayEndSentence : []
        if isSpace(c) { return end.union(.space) }
        if isWord(c) { return c.value >= 48 && c.value <= 57 ? .word : [.word, .letter] }
        let joiner: Traits = c == "'" || c == "-" ? .joiner : []
        return isPunctuation(c) ? joiner.union(.punctuation).union(end) : joiner.union(end)
    }

    /// The tokens of a text, their hashes and the offsets, in order, of the scalars where a
    /// sentence may end: every non-ASCII scalar and every ASCII one with the trait `mayEndSentence`.
    struct Scan {
        var tokens: [Token] = []
        var hashes: [UInt64] = []
        var sentenceEnds: [Int32] = []
    }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] { scan(scalars).tokens }

    static func scan(_ scalars: [Unicode.Scalar]) -> Scan {
        var scan = Scan()
        (scan.tokens, scan.hashes) = self.scan(scalars, sentenceEnds: &scan.sentenceEnds)
        return scan
    }

    /// The tokens and their hashes; the possible sentence ends replace what `sentenceEnds`
    /// held, in its storage (the stage keeps the array from one document to the next).
    static func scan(_ scalars: [Unicode.Scalar], sentenceEnds: inout [Int32]) -> (tokens: [Token], hashes: [UInt64]) {
        sentenceEnds.removeAll(keepingCapacity: true)
        // At most one token, and one possible sentence end, per scalar; their offsets fit 32 bits.
        let n = scalars.count
        precondition(n <= maxViewScalars, "a view of \(n) scalars is too long to scan")
        var count = 0, hashes: [UInt64] = []
        let tokens = [Token](writingUpTo: n) { tokens in
            hashes = [UInt64](writingUpTo: n) { hashes in
                sentenceEnds.appendWritten(upTo: n) { ends in
                    var writer = Writer(tokens: tokens.baseAddress!, hashes: hashes.baseAddress!, ends: ends.baseAddress!)
                    scalars.withUnsafeBufferPointer { s in
                        asciiTraits.withUnsafeBufferPointer { table in
                            var i = 0
                            while i < n {
                                i = asciiTokens(s, from: i, table: table, into: &writer)
                                if i < n { i = anyToken(s, at: i, table: table, into: &writer) }
                            }
                        }
                    }
                    count = writer.count
                    return writer.endCount
                }
                return count
            }
            return count
        }
        return (tokens, hashes)
    }

    /// Where the scan writes: tokens and their hashes side by side, and possible sentence ends.
    struct Writer {
        let tokens: UnsafeMutablePointer<Token>
        let hashes: UnsafeMutablePointer<UInt64>
        let ends: UnsafeMutablePointer<Int32>
        var count = 0, endCount = 0

        @inline(__always)
        mutating func token(_ token: Token, hash: UInt64) {
            (tokens + count).initialize(to: token)
            (hashes + count).initialize(to: hash)
            count &+= 1
        }

        @inline(__always)
        mutating func mayEndSentence(at i: Int) {
            (ends + endCount).initialize(to: Int32(truncatingIfNeeded: i))
            endCount &+= 1
        }
    }

    /// Writes the tokens from `start` for as long as they are all ASCII; returns where the
    /// first token (or space) with another scalar starts, or the end. The scalars up to the
    /// first non-ASCII one are found at once (`firstNonASCII`), so the loops below test each
    /// scalar against that limit only. Nothing in the loop calls out, so its state stays in
    /// registers: the token count and buffers only, since possible sentence ends are rare
    /// enough to be written through `writer` in memory.
    ///
    /// The hash folds a word's scalars with `| 0x20`: on ASCII letters, digits, "'" and "-"
    /// (all a word holds) that is `TokenHash.step`'s folding to lower case.
    @inline(never)
    static func asciiTokens(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, table: UnsafeBufferPointer<Traits>,
                            into writer: inout Writer) -> Int {
        let limit = s.firstNonASCII(from: start)
        var i = start
        // Copies in registers, written back on the way out.
        let tokens = writer.tokens, hashes = writer.hashes
        var count = writer.count
        defer { writer.count = count }
        while i < limit {
            var v = s[i].value
            var t = table[Int(v)]
            if t.contains(.word) {
                var hash = (TokenHash.seed ^ UInt64(v | 0x20)) &* TokenHash.prime
                var letters = t.contains(.letter)
                guard let end = asciiWordEnd(s, from: i &+ 1, limit: limit, table: table, hash: &hash, letters: &letters) else { return i }
                // A word starting with a letter is no number; one starting with a digit is
                // looked at again (rare), so the letter loop tracks nothing but the hash.
                let kind: Token.Kind = t.contains(.letter) || !allDigits(s, i, end) ? .word : .number
                (tokens + count).initialize(to: Token(uncheckedStart: i, end: end, kind: kind, asciiLetters: letters))
                (hashes + count).initialize(to: hash)
                count &+= 1
                i = end
                guard i < limit else { break }
                // The scalar after a word is taken on here: most often one space, stepped over.
                v = s[i].value
                if v == 0x20 { i &+= 1; continue }
                t = table[Int(v)]
            }
            if t.contains(.mayEndSentence) { writer.mayEndSentence(at: i) }
            if !t.contains(.space) {
                (tokens + count).initialize(to: Token(uncheckedStart: i, end: i &+ 1, kind: t.contains(.punctuation) ? .punctuation : .symbol))
                // No letter: `TokenHash.step` leaves the scalar as it is.
                (hashes + count).initialize(to: (TokenHash.seed ^ UInt64(v)) &* TokenHash.prime)
                count &+= 1
            }
            i &+= 1
        }
        return i
    }

    /// The end of the ASCII word whose scalars before `from` are read (and hashed into
    /// `hash`), all before `limit`, the first non-ASCII scalar or the end of `s`; nil when
    /// the word runs into that scalar, which `anyToken` then reads. `letters` says the word
    /// so far is ASCII letters only, and stays true while it is: such a word is read by a
    /// loop that takes letters, then, from a digit or joiner on, by one that takes any word scalar.
    @inline(__always)
    static func asciiWordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from: Int, limit: Int, table: UnsafeBufferPointer<Traits>,
                             hash: inout UInt64, letters: inout Bool) -> Int? {
        var end = letters ? wordScalarsEnd(s, from: from, limit: limit, table: table, hash: &hash, taking: .letter)
            : wordScalarsEnd(s, from: from, limit: limit, table: table, hash: &hash, taking: .word)
        while true {
            guard end < limit else { return limit < s.count ? nil : end }
            let x = s[end].value, traits = table[Int(x)]
            // A digit after letters.
            if traits.contains(.word) {
                letters = false
                end = wordScalarsEnd(s, from: end, limit: limit, table: table, hash: &hash, taking: .word)
                continue
            }
            guard traits.contains(.joiner) else { return end }
            guard end &+ 1 < limit else { return end &+ 1 < s.count ? nil : end }
            guard table[Int(s[end &+ 1].value)].contains(.word) else { return end }
            hash = (hash ^ UInt64(x | 0x20)) &* TokenHash.prime
            letters = false
            end = wordScalarsEnd(s, from: end &+ 1, limit: limit, table: table, hash: &hash, taking: .word)
        }
    }

    /// The first scalar from `from` on without the trait `taking` (`.word`: letters and
    /// digits; `.letter`: letters), or `limit`, with those before it hashed into `hash`.
    /// Unrolled four times: each scalar costs a load, a table test and a hash step, and none
    /// is read twice.
    @inline(__always)
    static func wordScalarsEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from: Int, limit: Int, table: UnsafeBufferPointer<Traits>,
                               hash: inout UInt64, taking: Traits) -> Int {
        var k = from
        while k &+ 4 <= limit {
            guard hashWordScalar(s, k, table, &hash, taking) else { return k }
            guard hashWordScalar(s, k &+ 1, table, &hash, taking) else { return k &+ 1 }
            guard hashWordScalar(s, k &+ 2, table, &hash, taking) else { return k &+ 2 }
            guard hashWordScalar(s, k &+ 3, table, &hash, taking) else { return k &+ 3 }
            k &+= 4
        }
        while k < limit {
            guard hashWordScalar(s, k, table, &hash, taking) else { return k }
            k &+= 1
        }
        return k
    }

    /// Whether the scalar at `k` has the trait `taking`, hashed into `hash` if so.
    @inline(__always)
    static func hashWordScalar(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ k: Int, _ table: UnsafeBufferPointer<Traits>,
                               _ hash: inout UInt64, _ taking: Traits) -> Bool {
        let v = s[k].value
        guard table[Int(v)].rawValue & taking.rawValue != 0 else { return false }
        hash = (hash ^ UInt64(v | 0x20)) &* TokenHash.prime
        return true
    }

    /// Whether `s[start..<end]` holds only ASCII digits (a joiner or letter makes a word).
    @inline(__always)
    static func allDigits(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end { if s[k].value &- 48 >= 10 { return false }; k &+= 1 }
        return true
    }

    /// Writes the token at `i` whatever its scalars (or skips a space); returns where it ends.
    static func anyToken(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, table: UnsafeBufferPointer<Traits>,
                         into writer: inout Writer) -> Int {
        let v = s[i].value
        let t = v < 128 ? table[Int(v)] : traitsOutlined(s[i])
        var end = i + 1
        var kind: Token.Kind? = nil
        if t.contains(.space) {
            kind = nil
        } else if t.contains(.word) {
            let letters: Bool
            (end, letters) = wordEnd(s, from: i, table: table)
            kind = letters ? .word : .number
        } else {
            kind = t.contains(.punctuation) ? .punctuation : .symbol
        }
        var hash = TokenHash.seed, letters = true
        for k in i..<end {
            let c = s[k].value
            if c >= 128 || table[Int(c)].contains(.mayEndSentence) { writer.mayEndSentence(at: k) }
            hash = TokenHash.step(hash, s[k])
            letters = letters && (c | 0x20) &- 97 < 26
        }
        if let kind { writer.token(Token(uncheckedStart: i, end: end, kind: kind, asciiLetters: kind == .word && letters), hash: hash) }
        return end
    }

    /// The end of the word starting at `i`, and whether it holds anything but ASCII digits.
    static func wordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, table: UnsafeBufferPointer<Traits>) -> (Int, Bool) {
        let n = s.count
        var seen: Traits = []
        var j = i
        while j < n {
            let v = s[j].value
            if v < 128 {
                let t = table[Int(v)]
                if t.contains(.word) { seen.formUnion(t); j += 1; continue }
                if t.contains(.joiner), j > i, j + 1 < n, isWordOutlined(s[j + 1]) { seen.insert(.letter); j += 1; continue }
                break
            }
            if isWordOutlined(s[j]) { seen.insert(.letter); j += 1; continue }
            break
        }
        return (j, seen.contains(.letter))
    }

    /// `isWord` and `traits(of:)` as calls, for the rare non-ASCII scalar: inlined, their
    /// Unicode property lookups would make the token loop set up type metadata.
    @inline(never)
    static func isWordOutlined(_ c: Unicode.Scalar) -> Bool { isWord(c) }

    @inline(never)
    static func traitsOutlined(_ c: Unicode.Scalar) -> Traits { traits(of: c) }
}
