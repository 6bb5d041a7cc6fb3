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

    /// Not inlined into the stage's `run`, where the loop would run short of registers.
    @inline(never)
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { s in
            asciiTraits.withUnsafeBufferPointer { table in
                // At most one token per scalar.
                [Token](unsafeUninitializedCapacity: s.count) { out, count in
                    var i = 0, k = 0
                    let n = s.count
                    while i < n {
                        let v = s[i].value
                        let t = v < 128 ? table[Int(v)] : traitsOutlined(s[i])
                        if t.contains(.space) { i += 1; continue }
                        var end = i + 1
                        let kind: Token.Kind
                        if t.contains(.word) {
                            let letters: Bool
                            (end, letters) = wordEnd(s, from: i, table: table)
                            kind = letters ? .word : .number
                        } else {
                            kind = t.contains(.punctuation) ? .punctuation : .symbol
                        }
                        (out.baseAddress! + k).initialize(to: Token(view: ScalarSpan(i, end), kind: kind))
                        k += 1
                        i = end
                    }
                    count = k
                }
            }
        }
    }

    /// The end of the word starting at `i`, and whether it holds anything but ASCII digits.
    @inline(__always)
    static func wordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, table: UnsafeBufferPointer<Traits>) -> (Int, Bool) {
        let n = s.count
        var seen: Traits = []
        var j = i
        while j < n {
            let v = s[j].value
            if v < 128 {
                let t = table[Int(v)]
                if t.contains(.word) { seen.formUnion(t); j &+= 1; continue }
                if t.contains(.joiner), j > i, j + 1 < n, isWordOutlined(s[j + 1]) { seen.insert(.letter); j &+= 1; continue }
                break
            }
            if isWordOutlined(s[j]) { seen.insert(.letter); j &+= 1; continue }
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
