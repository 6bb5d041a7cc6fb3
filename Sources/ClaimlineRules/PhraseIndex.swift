import ClaimlineCore

/// Hashes of case-folded tokens: phrase tables and documents meet on these keys, so a
/// lookup costs one dictionary probe per token and no string is built in the hot loop.
public enum TokenHash {
    /// FNV-1a over the scalars of `s[start..<end]`, ASCII letters folded to lower case.
    @inline(__always)
    public static func of(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end {
            var v = s[i].value
            if v >= 65 && v <= 90 { v += 32 }
            h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The tokens of a table phrase, cut as the segment stage cuts text: words (letters and
    /// digits with inner apostrophes or hyphens) and single punctuation marks.
    public static func phrase(_ text: String) -> [UInt64] {
        let s = Array(text.unicodeScalars)
        var out: [UInt64] = []
        var i = 0
        while i < s.count {
            if s[i].properties.isWhitespace { i += 1; continue }
            guard isWord(s[i]) else { out.append(of(s, i, i + 1)); i += 1; continue }
            var j = i + 1
            while j < s.count {
                if isWord(s[j]) { j += 1; continue }
                if (s[j] == "'" || s[j] == "-") && j + 1 < s.count && isWord(s[j + 1]) { j += 1; continue }
                break
            }
            out.append(of(s, i, j))
            i = j
        }
        return out
    }

    static func isWord(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }
}

/// Multi-token phrases of one table, found by the hash of their first token; longest first.
public struct PhraseIndex: Sendable {
    struct Entry: Sendable {
        let hashes: [UInt64]
        let row: Int32
    }

    private var byFirst: [UInt64: [Entry]] = [:]
    /// Rows by phrase, to report a phrase listed twice.
    private var owners: [[UInt64]: Int] = [:]

    public init() {}

    /// Adds a phrase for `row`; returns the row that already owns the phrase, if any.
    public mutating func add(_ phrase: String, row: Int) -> Int? {
        let hashes = TokenHash.phrase(phrase)
        guard !hashes.isEmpty else { return nil }
        if let owner = owners[hashes] { return owner }
        owners[hashes] = row
        var list = byFirst[hashes[0], default: []]
        list.append(Entry(hashes: hashes, row: Int32(row)))
        list.sort { $0.hashes.count > $1.hashes.count }
        byFirst[hashes[0]] = list
        return nil
    }

    /// The longest phrase starting at token `i` of `hashes`: its row and length in tokens.
    @inline(__always)
    public func longest(at i: Int, in hashes: [UInt64]) -> (row: Int, length: Int)? {
        guard let list = byFirst[hashes[i]] else { return nil }
        for entry in list where i + entry.hashes.count <= hashes.count {
            var k = 1
            while k < entry.hashes.count && hashes[i + k] == entry.hashes[k] { k += 1 }
            if k == entry.hashes.count { return (Int(entry.row), k) }
        }
        return nil
    }

    public var isEmpty: Bool { byFirst.isEmpty }
}
