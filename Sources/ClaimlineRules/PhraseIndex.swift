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
    public struct Entry: Sendable {
        let hashes: [UInt64]
        let row: Int32
    }

    private var byFirst: [UInt64: [Entry]] = [:]
    /// Rows by phrase, to report a phrase listed twice.
    private var owners: [[UInt64]: Int] = [:]
    /// The same lists in an open-addressing table keyed by the first token's hash (already
    /// well mixed), stored flat so a document token costs one array probe and no reference
    /// counting: each slot holds a range of entries; each entry a range of `tokenHashes`.
    private var slotKeys: [UInt64] = []
    private var slotFirst: [Int32] = []
    private var slotCount: [Int32] = []
    private var entryStart: [Int32] = []
    private var entryLength: [Int32] = []
    private var entryRow: [Int32] = []
    private var tokenHashes: [UInt64] = []
    private var mask = 0

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

    /// Adds every phrase of `other` with its rows tagged `tag << 24 | row`, keeping phrases
    /// that several tables list: one lookup then answers for all of them.
    public mutating func merge(_ other: PhraseIndex, tag: Int) {
        for (first, list) in other.byFirst {
            var mine = byFirst[first, default: []]
            mine.append(contentsOf: list.map { Entry(hashes: $0.hashes, row: Int32(tag << 24) | $0.row) })
            mine.sort { $0.hashes.count > $1.hashes.count }
            byFirst[first] = mine
        }
    }

    /// Calls `body` with the row and length of every phrase starting at token `i`, longest first.
    @inline(__always)
    public func forEachMatch(at i: Int, in hashes: [UInt64], _ body: (Int, Int) -> Void) {
        guard mask > 0 else { return }
        let key = hashes[i]
        var slot = Int(truncatingIfNeeded: key) & mask
        while slotCount[slot] > 0 {
            if slotKeys[slot] == key {
                let first = Int(slotFirst[slot])
                for e in first..<(first + Int(slotCount[slot])) {
                    let start = Int(entryStart[e]), length = Int(entryLength[e])
                    guard i + length <= hashes.count else { continue }
                    var k = 1
                    while k < length && hashes[i + k] == tokenHashes[start + k] { k += 1 }
                    if k == length { body(Int(entryRow[e]), length) }
                }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// The longest phrase of each tag (0, 1, 2) starting at token `i`, for an index built with
    /// `merge`: row and length per tag, row -1 when none.
    @inline(__always)
    public func longestByTag(at i: Int, in hashes: [UInt64]) -> (SIMD3<Int32>, SIMD3<Int32>) {
        var rows = SIMD3<Int32>(repeating: -1), lengths = SIMD3<Int32>(repeating: 0)
        guard mask > 0 else { return (rows, lengths) }
        let key = hashes[i]
        var slot = Int(truncatingIfNeeded: key) & mask
        while slotCount[slot] > 0 {
            if slotKeys[slot] == key {
                let first = Int(slotFirst[slot])
                for e in first..<(first + Int(slotCount[slot])) {
                    let tag = Int(entryRow[e] >> 24)
                    guard rows[tag] < 0 else { continue }
                    let start = Int(entryStart[e]), length = Int(entryLength[e])
                    guard i + length <= hashes.count else { continue }
                    var k = 1
                    while k < length && hashes[i + k] == tokenHashes[start + k] { k += 1 }
                    if k == length { rows[tag] = entryRow[e] & 0xFF_FFFF; lengths[tag] = Int32(length) }
                }
                return (rows, lengths)
            }
            slot = (slot + 1) & mask
        }
        return (rows, lengths)
    }

    /// Builds the lookup table; call once after the last `add`.
    public mutating func seal() {
        var size = 16
        while size < byFirst.count * 2 { size *= 2 }
        mask = size - 1
        slotKeys = [UInt64](repeating: 0, count: size)
        slotFirst = [Int32](repeating: 0, count: size)
        slotCount = [Int32](repeating: 0, count: size)
        for (key, list) in byFirst {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slotCount[slot] > 0 { slot = (slot + 1) & mask }
            slotKeys[slot] = key
            slotFirst[slot] = Int32(entryRow.count)
            slotCount[slot] = Int32(list.count)
            for entry in list {
                entryStart.append(Int32(tokenHashes.count))
                entryLength.append(Int32(entry.hashes.count))
                entryRow.append(entry.row)
                tokenHashes.append(contentsOf: entry.hashes)
            }
        }
    }

    /// The longest phrase starting at token `i` of `hashes`: its row and length in tokens.
    @inline(__always)
    public func longest(at i: Int, in hashes: [UInt64]) -> (row: Int, length: Int)? {
        guard mask > 0 else { return unsealedLongest(at: i, in: hashes) }
        let key = hashes[i]
        var slot = Int(truncatingIfNeeded: key) & mask
        while slotCount[slot] > 0 {
            if slotKeys[slot] == key {
                let first = Int(slotFirst[slot])
                for e in first..<(first + Int(slotCount[slot])) {
                    let start = Int(entryStart[e]), length = Int(entryLength[e])
                    guard i + length <= hashes.count else { continue }
                    var k = 1
                    while k < length && hashes[i + k] == tokenHashes[start + k] { k += 1 }
                    if k == length { return (Int(entryRow[e]), length) }
                }
                return nil
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func unsealedLongest(at i: Int, in hashes: [UInt64]) -> (row: Int, length: Int)? {
        guard let list = byFirst[hashes[i]] else { return nil }
        for entry in list where i + entry.hashes.count <= hashes.count {
            var k = 1
            while k < entry.hashes.count && hashes[i + k] == entry.hashes[k] { k += 1 }
            if k == entry.hashes.count { return (Int(entry.row), k) }
        }
        return nil
    }

    public var isEmpty: Bool { byFirst.isEmpty }

    /// The hashes of the tokens phrases start with.
    public var firstTokens: Dictionary<UInt64, [Entry]>.Keys { byFirst.keys }
}
