import ClaimlineCore

/// The segment stage's token scan: words (letters and digits, with inner apostrophes and
/// hyphens), and single punctuation marks and symbols. ASCII scalars are classified by one
/// table lookup; others by their Unicode properties.
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
    }

    static let asciiTraits: [Traits] = (0..<128).map { traits(of: Unicode.Scalar(UInt8($0))) }

    /// The traits of any scalar (the table holds those of ASCII).
    static func traits(of c: Unicode.Scalar) -> Traits {
        if isSpace(c) { return .space }
        if isWord(c) { return c.value >= 48 && c.value <= 57 ? .word : [.word, .letter] }
        let joiner: Traits = c == "'" || c == "-" ? .joiner : []
        return isPunctuation(c) ? joiner.union(.punctuation) : joiner
    }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { s in
            asciiTraits.withUnsafeBufferPointer { table in
                // At most one token per scalar.
                [Token](unsafeUninitializedCapacity: s.count) { out, count in
                    var i = 0
                    count = 0
                    while i < s.count {
                        i = asciiTokens(s, from: i, table: table, into: out, count: &count)
                        if i < s.count { i = anyToken(s, at: i, table: table, into: out, count: &count) }
                    }
                }
            }
        }
    }

    /// Writes the tokens from `start` for as long as they are all ASCII; returns where the
    /// first token (or space) with another scalar starts, or the end. Nothing in the loop
    /// calls out, so its state stays in registers.
    @inline(never)
    static func asciiTokens(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, table: UnsafeBufferPointer<Traits>,
                            into out: UnsafeMutableBufferPointer<Token>, count: inout Int) -> Int {
        let n = s.count
        var i = start, k = count
        defer { count = k }
        while i < n {
            let v = s[i].value
            if v >= 128 { return i }
            let t = table[Int(v)]
            if t.contains(.space) { i &+= 1; continue }
            var end = i &+ 1
            var kind: Token.Kind = t.contains(.punctuation) ? .punctuation : .symbol
            if t.contains(.word) {
                var seen = t
                while end < n {
                    let w = s[end].value
                    if w >= 128 { return i }
                    let u = table[Int(w)]
                    if u.contains(.word) { seen.formUnion(u); end &+= 1; continue }
                    guard u.contains(.joiner), end &+ 1 < n else { break }
                    let next = s[end &+ 1].value
                    if next >= 128 { return i }
                    guard table[Int(next)].contains(.word) else { break }
                    seen.insert(.letter)
                    end &+= 1
                }
                kind = seen.contains(.letter) ? .word : .number
            }
            (out.baseAddress! + k).initialize(to: Token(view: ScalarSpan(i, end), kind: kind))
            k &+= 1
            i = end
        }
        return i
    }

    /// Writes the token at `i` whatever its scalars (or skips a space); returns where it ends.
    static func anyToken(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, table: UnsafeBufferPointer<Traits>,
                         into out: UnsafeMutableBufferPointer<Token>, count: inout Int) -> Int {
        let v = s[i].value
        let t = v < 128 ? table[Int(v)] : traitsOutlined(s[i])
        if t.contains(.space) { return i + 1 }
        var end = i + 1
        let kind: Token.Kind
        if t.contains(.word) {
            let letters: Bool
            (end, letters) = wordEnd(s, from: i, table: table)
            kind = letters ? .word : .number
        } else {
            kind = t.contains(.punctuation) ? .punctuation : .symbol
        }
        (out.baseAddress! + count).initialize(to: Token(view: ScalarSpan(i, end), kind: kind))
        count += 1
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
