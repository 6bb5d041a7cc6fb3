import ClaimlineCore

/// Hashes of case-folded tokens: phrase tables and documents meet on these keys, so a
/// lookup costs a few array probes per token and no string is built in the hot loop.
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

/// Multi-token phrases as a trie over token hashes. Matching walks down from a token, one
/// probe of an open-addressing edge table per token, and keeps the deepest phrase end seen:
/// the cost depends on the phrase's length, not on how many phrases share its first word.
/// Rows may carry a tag in their top byte (`merge`), so one walk serves several tables.
public struct PhraseIndex: Sendable {
    /// Rows by phrase, to report a phrase listed twice.
    private var owners: [[UInt64]: Int] = [:]
    /// Trie edges: (parent node, token hash) → child node, in an open-addressing table.
    private var edgeParent: [Int32] = []
    private var edgeHash: [UInt64] = []
    private var edgeChild: [Int32] = []
    private var mask = 0
    private var edges = 0
    /// Rows of the phrases ending at each node (usually none or one) while building, and the
    /// same flattened by `seal()` (no nested arrays to retain in the hot loop).
    private var terminals: [[Int32]] = [[]]
    private var terminalStart: [Int32] = []
    private var terminalRows: [Int32] = []
    /// The first tokens of phrases.
    public private(set) var firstTokens: Set<UInt64> = []

    public init() {}

    public var isEmpty: Bool { firstTokens.isEmpty }

    /// Adds a phrase for `row`; returns the row that already owns the phrase, if any.
    public mutating func add(_ phrase: String, row: Int) -> Int? {
        let hashes = TokenHash.phrase(phrase)
        guard !hashes.isEmpty else { return nil }
        if let owner = owners[hashes] { return owner }
        owners[hashes] = row
        insert(hashes, row: Int32(row))
        return nil
    }

    /// Adds every phrase of `other` with its rows tagged `tag << 24 | row`, keeping phrases
    /// that several tables list.
    public mutating func merge(_ other: PhraseIndex, tag: Int) {
        for (hashes, row) in other.owners { insert(hashes, row: Int32(tag << 24) | Int32(row)) }
    }

    private mutating func insert(_ hashes: [UInt64], row: Int32) {
        firstTokens.insert(hashes[0])
        var node: Int32 = 0
        for h in hashes {
            if let child = child(of: node, h) { node = child; continue }
            let child = Int32(terminals.count)
            terminals.append([])
            addEdge(node, h, child)
            node = child
        }
        terminals[Int(node)].append(row)
    }

    private mutating func addEdge(_ parent: Int32, _ h: UInt64, _ child: Int32) {
        if (edges + 1) * 2 > edgeChild.count { grow() }
        var slot = Self.slot(parent, h) & mask
        while edgeChild[slot] != 0 { slot = (slot + 1) & mask }
        edgeParent[slot] = parent; edgeHash[slot] = h; edgeChild[slot] = child
        edges += 1
    }

    private mutating func grow() {
        let old = (edgeParent, edgeHash, edgeChild)
        let size = max(64, edgeChild.count * 2)
        mask = size - 1
        edgeParent = [Int32](repeating: 0, count: size)
        edgeHash = [UInt64](repeating: 0, count: size)
        edgeChild = [Int32](repeating: 0, count: size)
        edges = 0
        for i in old.2.indices where old.2[i] != 0 { addEdge(old.0[i], old.1[i], old.2[i]) }
    }

    @inline(__always)
    private static func slot(_ parent: Int32, _ h: UInt64) -> Int {
        Int(truncatingIfNeeded: h ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15))
    }

    @inline(__always)
    private func child(of parent: Int32, _ h: UInt64) -> Int32? {
        guard mask > 0 else { return nil }
        var slot = Self.slot(parent, h) & mask
        while edgeChild[slot] != 0 {
            if edgeHash[slot] == h && edgeParent[slot] == parent { return edgeChild[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Flattens the phrase ends for lookups; call once after the last `add` or `merge`.
    public mutating func seal() {
        terminalStart = [0]
        terminalRows = []
        for rows in terminals { terminalRows.append(contentsOf: rows); terminalStart.append(Int32(terminalRows.count)) }
    }

    @inline(__always)
    private func ends(_ node: Int32) -> Range<Int> {
        guard Int(node) + 1 < terminalStart.count else { return 0..<0 }
        return Int(terminalStart[Int(node)])..<Int(terminalStart[Int(node) + 1])
    }

    /// The longest phrase starting at token `i` of `hashes`: its row and length in tokens.
    public func longest(at i: Int, in hashes: [UInt64]) -> (row: Int, length: Int)? {
        var node: Int32 = 0, best: (row: Int, length: Int)? = nil, k = i
        while k < hashes.count, let next = child(of: node, hashes[k]) {
            node = next; k += 1
            let r = ends(node)
            if !r.isEmpty { best = (Int(terminalRows[r.lowerBound]), k - i) } else if let row = terminals[Int(node)].first, terminalStart.isEmpty { best = (Int(row), k - i) }
        }
        return best
    }

    /// The longest phrase of each tag (0, 1, 2) starting at token `i`, for an index built with
    /// `merge`: row and length per tag, row -1 when none.
    @inline(__always)
    public func longestByTag(at i: Int, in hashes: [UInt64]) -> (rows: (Int32, Int32, Int32), lengths: (Int32, Int32, Int32)) {
        var rows: (Int32, Int32, Int32) = (-1, -1, -1), lengths: (Int32, Int32, Int32) = (0, 0, 0)
        var node: Int32 = 0, k = i
        while k < hashes.count, let next = child(of: node, hashes[k]) {
            node = next; k += 1
            for e in ends(node) {
                let code = terminalRows[e]
                let row = code & 0xFF_FFFF, length = Int32(k - i)
                switch code >> 24 {
                case 0: rows.0 = row; lengths.0 = length
                case 1: rows.1 = row; lengths.1 = length
                default: rows.2 = row; lengths.2 = length
                }
            }
        }
        return (rows, lengths)
    }
}
