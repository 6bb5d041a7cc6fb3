/// Folded name-part keys as small integers, shared by every table of the entities stage.
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]

    mutating func id(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    func lookup(_ key: String) -> Int32? { ids[key] }
    var count: Int { ids.count }
}

/// Phrases of vocabulary ids as the tables add them; `PhraseIndex` lays them out for lookup.
struct PhraseTrie {
    /// Node 0 is the root. Edges and payloads in insertion order, in flat lists (start-up
    /// pays no allocation per node).
    fileprivate var edges: [(parent: Int32, key: Int32, child: Int32)] = []
    fileprivate var payloads: [(node: Int32, payload: Int32)] = []
    fileprivate var nodes = 1
    private var children = FlatTable<Int32>()

    mutating func insert(_ keys: [Int32], payload: Int32) {
        var node: Int32 = 0
        for key in keys {
            let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
            if let next = children.get(edge) { node = next; continue }
            let child = Int32(nodes)
            nodes += 1
            children.set(edge, child)
            edges.append((node, key, child))
            node = child
        }
        payloads.append((node, payload))
    }
}

/// A trie over sequences of vocabulary ids: a walk from a text position costs at most the
/// length of the longest phrase, whatever the number of phrases. Terminal nodes hold
/// payloads (form or rule indexes) in insertion order.
///
/// Every part whose key starts a phrase walks it, so it is laid out for the walk: one
/// array of node records (first payload, index in `more`, child count, child keys sorted,
/// child records) in depth-first order. A node's children are then read from the cache
/// line that held its payload, and a name's next node is most often the next record,
/// where a hash table of (node, key) edges cost a cold read at each step.
struct PhraseIndex: Sendable {
    /// The records; a node is the offset of its record. The root's is first.
    private var cells: [Int32] = []
    /// The root's children by key id (-1: none), read without searching: every walk starts
    /// there, and the root has a child for each first word of a phrase.
    private var roots: [Int32] = []
    /// Every payload of the nodes that have more than one.
    private var more: [[Int32]] = []
    /// One bit per hashed pair of a phrase's first two keys: most words that start a phrase
    /// ("the", "in", "said") are followed by one that no phrase continues them with, and this
    /// small set says so without reading the records.
    private var pairs = [UInt64](repeating: 0, count: Self.pairWords)

    private static let pairWords = 256

    /// Offsets in a record.
    private static let moreIndex = 1, childCount = 2, childKeys = 3

    init() {}

    init(_ trie: PhraseTrie) {
        let layout = Layout(trie)
        layout.place(0, into: &self)
        if let top = trie.edges.lazy.filter({ $0.parent == 0 }).map(\.key).max() {
            roots = [Int32](repeating: -1, count: Int(top) + 1)
        }
        // The first key of each phrase by the node it leads to, for the pairs below.
        var firstKeys = [Int32: Int32]()
        for edge in trie.edges where edge.parent == 0 {
            roots[Int(edge.key)] = Int32(cells.count)
            layout.place(edge.child, into: &self)
            firstKeys[edge.child] = edge.key
        }
        for edge in trie.edges {
            guard let first = firstKeys[edge.parent] else { continue }
            let bit = Self.pairIndex(first, edge.key)
            pairs[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// The bit of the pair (`first`, `second`) in `pairs`.
    @inline(__always)
    private static func pairIndex(_ first: Int32, _ second: Int32) -> Int {
        let mixed = (UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 50) & (pairWords * 64 - 1)
    }

    /// 0 when no phrase starts with `first` then `second`, else 1 (1 may be a collision).
    @inline(__always)
    func pairBit(_ first: Int32, _ second: Int32) -> UInt16 {
        let bit = Self.pairIndex(first, second)
        let set = pairs.withUnsafeBufferPointer { $0[bit >> 6] } >> UInt64(bit & 63) & 1
        return UInt16(truncatingIfNeeded: set) & (second >= 0 ? 1 : 0)
    }

    /// True when `key` alone is a phrase.
    func isPhrase(_ key: Int32) -> Bool {
        guard let node = next(0, key) else { return false }
        return firstPayload(at: node) >= 0
    }

    /// The trie's nodes with their children sorted by key, while their records are written.
    private struct Layout {
        /// Every edge by parent then key: node `n`'s children are `edges[starts[n]..<starts[n + 1]]`.
        let edges: [(parent: Int32, key: Int32, child: Int32)]
        var starts: [Int]
        var firsts: [Int32]
        /// The payloads after the first of the nodes that have more.
        var others: [Int32: [Int32]] = [:]

        init(_ trie: PhraseTrie) {
            edges = trie.edges.sorted { ($0.parent, $0.key) < ($1.parent, $1.key) }
            starts = [Int](repeating: 0, count: trie.nodes + 1)
            for edge in edges { starts[Int(edge.parent) + 1] += 1 }
            for n in 0..<trie.nodes { starts[n + 1] += starts[n] }
            firsts = [Int32](repeating: -1, count: trie.nodes)
            for (node, payload) in trie.payloads {
                if firsts[Int(node)] < 0 { firsts[Int(node)] = payload } else { others[node, default: []].append(payload) }
            }
        }

        /// Appends the records of `node` and of what lies below it, depth first (the root's
        /// children are found through `roots`, not in its record).
        func place(_ node: Int32, into index: inout PhraseIndex) {
            let n = Int(node), first = firsts[n]
            index.cells.append(first)
            if let others = others[node] {
                index.cells.append(Int32(index.more.count))
                index.more.append([first] + others)
            } else {
                index.cells.append(-1)
            }
            let kids = node == 0 ? 0..<0 : starts[n]..<starts[n + 1]
            index.cells.append(Int32(kids.count))
            for e in kids { index.cells.append(edges[e].key) }
            let slots = index.cells.count
            index.cells.append(contentsOf: repeatElement(-1, count: kids.count))
            for (k, e) in kids.enumerated() {
                index.cells[slots + k] = Int32(index.cells.count)
                place(edges[e].child, into: &index)
            }
        }
    }

    @inline(__always)
    func next(_ node: Int32, _ key: Int32) -> Int32? {
        if node == 0 {
            guard key >= 0, Int(key) < roots.count else { return nil }
            let child = roots[Int(key)]
            return child >= 0 ? child : nil
        }
        return cells.withUnsafeBufferPointer { Self.child(of: Int(node), key, in: $0) }
    }

    /// The child of the record at `node` by `key`: most nodes have one child or a few, read
    /// in turn; a node with many is halved down to a few first.
    @inline(__always)
    private static func child(of node: Int, _ key: Int32, in cells: UnsafeBufferPointer<Int32>) -> Int32? {
        let count = Int(cells[node + childCount]), keys = node + childKeys
        var lo = 0, hi = count
        while hi - lo > 8 {
            let mid = (lo + hi) / 2
            if cells[keys + mid] < key { lo = mid + 1 } else { hi = mid }
        }
        // Keys before `lo` are smaller; the scan stops at the first key not smaller.
        while lo < count {
            let found = cells[keys + lo]
            if found == key { return cells[keys + count + lo] }
            if found > key { return nil }
            lo += 1
        }
        return nil
    }

    /// The first payload of a node, or -1.
    @inline(__always)
    func firstPayload(at node: Int32) -> Int32 { cells[Int(node)] }

    /// Every payload of a node that has more than one, in insertion order; nil otherwise.
    func allPayloads(at node: Int32) -> [Int32]? {
        let m = cells[Int(node) + Self.moreIndex]
        return m >= 0 ? more[Int(m)] : nil
    }

    /// True when some phrase starts with `key`.
    @inline(__always)
    func starts(_ key: Int32) -> Bool { next(0, key) != nil }
}
