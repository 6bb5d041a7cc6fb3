import ClaimlineCore
import CMemoryHints

/// Hashes of case-folded tokens: phrase tables and documents meet on these keys, so a
/// lookup costs a few array probes per token and no string is built in the hot loop.
public enum TokenHash {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// One FNV-1a step, ASCII letters folded to lower case: a token's hash is the steps over
    /// its scalars from `seed`, so the hash of a prefix is the state part-way.
    @inlinable @inline(__always)
    public static func step(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var v = scalar.value
        if v >= 65 && v <= 90 { v += 32 }
        return (h ^ UInt64(v)) &* prime
    }

    /// The hash of a table's `*`, which stands for any one token of the text ("carried out the *
    /// operation"): tried where the text's own token leads nowhere.
    public static let wildcard = step(seed, "*")

    /// The hash of `s[start..<end]`.
    @inlinable
    public static func of(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h = seed
        for i in start..<end { h = step(h, s[i]) }
        return h
    }

    /// The tokens of a table phrase, cut as the segment stage cuts text: words (letters and
    /// digits with inner apostrophes or hyphens) and single punctuation marks.
    public static func phrase(_ text: String) -> [UInt64] {
        let s = Array(text.unicodeScalars)
        var out: [UInt64] = []
        var i = 0
        while i < s.count {
            if isSpace(s[i]) { i += 1; continue }
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

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c == " " || (c.value >= 9 && c.value <= 13) : c.properties.isWhitespace
    }

    static func isWord(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value | 0x20
            return (v >= 97 && v <= 122) || (c.value >= 48 && c.value <= 57)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
}

/// Multi-token phrases of several tables (tags 0, 1, 2) as one trie over token hashes.
/// Matching walks down from a token, one probe of an open-addressing edge table per token,
/// and keeps the deepest phrase end of each tag: the cost depends on the phrase's length,
/// not on how many phrases share its first word. A bit per first-token hash lets most tokens
/// be passed over with one test. A phrase's `*` (not its first token) matches any one token
/// where no edge of the text's token leads on: the text's own word is tried first, and a walk
/// never goes back to try the `*` instead.
public struct PhraseIndex: Sendable {
    public static let tags = 3

    /// One trie edge: (parent node, token hash) → child node; child 0 marks a free slot.
    struct Edge: Sendable {
        var parent: Int32
        var child: Int32
        var hash: UInt64
    }

    private var edges: [Edge] = []
    private var edgeCount = 0
    /// For each node, the row of each tag whose phrase ends there, or -1 (3 per node).
    private var ends: [Int32] = [-1, -1, -1]
    /// For each node, a bit per tag whose phrase ends there (`1 << tag`), `hasChildren` and
    /// `hasWildcard`: one load tells the walk whether to write anything and whether to go on.
    private var nodeBits: [UInt8] = [0]
    private static let tagBits: UInt8 = 0b111
    private static let hasWildcard: UInt8 = 1 << 6
    private static let hasChildren: UInt8 = 1 << 7
    private var nodeCount = 1
    /// A bit per first-token hash (mod 2^14) of any phrase.
    private var firstTokenBits = [UInt64](repeating: 0, count: Self.filterWords)
    private static let filterWords = 256
    /// How many walks ahead the first probe of a walk is prefetched.
    private static let prefetchDistance = 8

    public init() {}

    public var isEmpty: Bool { nodeCount == 1 }

    /// Adds a phrase (token hashes, not empty) for `row` of table `tag`; a table lists each
    /// phrase once (its loader reports repeats).
    public mutating func insert(_ hashes: [UInt64], tag: Int, row: Int) {
        guard let first = hashes.first else { return }
        firstTokenBits[Int(first >> 6) & (Self.filterWords - 1)] |= 1 << (first & 63)
        var node: Int32 = 0
        for h in hashes {
            if let child = child(of: node, h) { node = child; continue }
            let child = Int32(nodeCount)
            nodeCount += 1
            ends.append(contentsOf: [-1, -1, -1])
            nodeBits.append(0)
            nodeBits[Int(node)] |= Self.hasChildren | (h == TokenHash.wildcard ? Self.hasWildcard : 0)
            addEdge(Edge(parent: node, child: child, hash: h))
            node = child
        }
        ends[Int(node) * Self.tags + tag] = Int32(row)
        nodeBits[Int(node)] |= 1 << UInt8(tag)
    }

    private mutating func addEdge(_ edge: Edge) {
        // At most a quarter full: most walks start at common words, and a probe that meets
        // another phrase's edge first costs as much as the look-up itself.
        if (edgeCount + 1) * 4 > edges.count { grow() }
        let mask = edges.count - 1
        var slot = Self.slot(edge.parent, edge.hash) & mask
        while edges[slot].child != 0 { slot = (slot + 1) & mask }
        edges[slot] = edge
        edgeCount += 1
    }

    private mutating func grow() {
        let old = edges
        edges = [Edge](repeating: Edge(parent: 0, child: 0, hash: 0), count: max(64, old.count * 2))
        edgeCount = 0
        for e in old where e.child != 0 { addEdge(e) }
    }

    @inline(__always)
    private static func slot(_ parent: Int32, _ h: UInt64) -> Int {
        Int(truncatingIfNeeded: h ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15))
    }

    private func child(of parent: Int32, _ h: UInt64) -> Int32? {
        guard !edges.isEmpty else { return nil }
        let mask = edges.count - 1
        var slot = Self.slot(parent, h) & mask
        while edges[slot].child != 0 {
            if edges[slot].hash == h && edges[slot].parent == parent { return edges[slot].child }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The longest phrase of each tag starting at each token of `hashes`: for tag `g` and
    /// token `i`, `rows[g][i]` is its row and `lengths[g][i]` its length in tokens (at most
    /// 255). `rows` and `lengths` hold one buffer per tag of `hashes.count` elements, which
    /// the caller has filled with -1 and 0 (no phrase); only tokens where phrases start are
    /// written, straight into the caller's arrays. Those tokens are also written, in order, to
    /// `starts` (room for `hashes.count`), so that a caller need not look for them again;
    /// returns how many there are.
    public func longestByTag(in hashes: UnsafeBufferPointer<UInt64>, rows: [UnsafeMutablePointer<Int32>],
                             lengths: [UnsafeMutablePointer<UInt8>], starts: UnsafeMutablePointer<Int32>) -> Int {
        precondition(rows.count == Self.tags && lengths.count == Self.tags, "one buffer per tag")
        let n = hashes.count
        guard !edges.isEmpty else { return 0 }
        return firstTokenBits.withUnsafeBufferPointer { bits in
            edges.withUnsafeBufferPointer { edges in
                ends.withUnsafeBufferPointer { ends in
                    nodeBits.withUnsafeBufferPointer { nodeBits in
                        // The tokens that pass the filter are listed first, with no branch: about
                        // half do, in no pattern, and a branch on it mispredicted most of the time.
                        // `starts` holds the list, and is overwritten by the phrase starts behind
                        // the reading.
                        var passed = 0
                        for i in 0..<n {
                            let first = hashes[i]
                            starts[passed] = Int32(truncatingIfNeeded: i)
                            passed &+= Int(truncatingIfNeeded: bits[Int(first >> 6) & (Self.filterWords - 1)] >> (first & 63) & 1)
                        }
                        // The first probe of a walk misses the cache most often: its slot is
                        // asked for a few walks ahead, while the walks before it run.
                        let mask = edges.count - 1
                        var found = 0
                        for p in 0..<passed {
                            if p &+ Self.prefetchDistance < passed {
                                let ahead = hashes[Int(starts[p &+ Self.prefetchDistance])]
                                memory_prefetch(edges.baseAddress! + (Self.slot(0, ahead) & mask))
                            }
                            let i = Int(starts[p])
                            if Self.walk(from: i, hashes, edges, ends, nodeBits, rows: rows, lengths: lengths) {
                                starts[found] = Int32(truncatingIfNeeded: i)
                                found &+= 1
                            }
                        }
                        return found
                    }
                }
            }
        }
    }

    /// Walks the trie from token `i`, writing the row and length of each tag's phrase ending
    /// at each node passed (the deepest last); stops where no edge leads on, or at a leaf.
    /// Returns whether a phrase starts at `i`.
    @inline(__always)
    private static func walk(from i: Int, _ hashes: UnsafeBufferPointer<UInt64>, _ edges: UnsafeBufferPointer<Edge>,
                             _ ends: UnsafeBufferPointer<Int32>, _ nodeBits: UnsafeBufferPointer<UInt8>,
                             rows: [UnsafeMutablePointer<Int32>], lengths: [UnsafeMutablePointer<UInt8>]) -> Bool {
        let n = hashes.count, mask = edges.count - 1
        var node: Int32 = 0, k = i, found = false
        while k < n {
            var h = hashes[k]
            var slot = Self.slot(node, h) & mask
            while true {
                let e = edges[slot]
                if e.child == 0 {
                    guard h != TokenHash.wildcard, nodeBits[Int(node)] & Self.hasWildcard != 0 else { return found }
                    h = TokenHash.wildcard
                    slot = Self.slot(node, h) & mask
                    continue
                }
                if e.hash == h && e.parent == node { node = e.child; break }
                slot = (slot &+ 1) & mask
            }
            k &+= 1
            let bits = nodeBits[Int(node)]
            if bits & Self.tagBits != 0 {
                found = true
                for g in 0..<Self.tags where bits & (1 << UInt8(g)) != 0 {
                    rows[g][i] = ends[Int(node) &* Self.tags &+ g]
                    lengths[g][i] = UInt8(min(k &- i, 255))
                }
            }
            if bits & Self.hasChildren == 0 { return found }
        }
        return found
    }
}
