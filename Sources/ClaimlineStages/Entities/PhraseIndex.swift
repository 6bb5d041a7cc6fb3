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

/// A trie over sequences of vocabulary ids: one hash lookup per step, so a walk from a
/// text position costs at most the length of the longest phrase, whatever the number of
/// phrases. Terminal nodes hold payloads (form or rule indexes) in insertion order.
struct PhraseIndex: Sendable {
    private var edges = FlatTable<Int32>()
    /// The root's children by key id (-1: none), read without hashing: every part whose key
    /// starts some phrase takes this first step, and most walks end after it.
    private var roots: [Int32] = []
    /// The first payload of each node (-1: none), in a dense array the matcher reads
    /// without hashing; nodes with more payloads also have all of them in `more`.
    private var firsts: [Int32] = [-1]
    /// Each node's index in `more` (-1: one payload at most), read without hashing.
    private var moreIndex: [Int32] = [-1]
    private var more: [[Int32]] = []
    private var nodes: Int32 = 1
    /// Parts of the longest phrase.
    private(set) var longest = 0

    mutating func insert(_ keys: [Int32], payload: Int32) {
        var node: Int32 = 0
        for key in keys {
            let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
            if let next = edges.get(edge) { node = next; continue }
            edges.set(edge, nodes)
            if node == 0 && key >= 0 {
                if roots.count <= Int(key) { roots.append(contentsOf: repeatElement(-1, count: Int(key) + 1 - roots.count)) }
                roots[Int(key)] = nodes
            }
            node = nodes
            nodes += 1
            firsts.append(-1)
            moreIndex.append(-1)
        }
        if firsts[Int(node)] < 0 { firsts[Int(node)] = payload } else {
            if moreIndex[Int(node)] < 0 {
                moreIndex[Int(node)] = Int32(more.count)
                more.append([firsts[Int(node)]])
            }
            more[Int(moreIndex[Int(node)])].append(payload)
        }
        longest = max(longest, keys.count)
    }

    @inline(__always)
    func next(_ node: Int32, _ key: Int32) -> Int32? {
        if node == 0 && key >= 0 {
            guard Int(key) < roots.count else { return nil }
            let child = roots[Int(key)]
            return child >= 0 ? child : nil
        }
        return edges.get(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key)))
    }

    /// The first payload of a node, or -1.
    @inline(__always)
    func firstPayload(at node: Int32) -> Int32 { firsts[Int(node)] }

    /// Every payload of a node that has more than one, in insertion order; nil otherwise.
    func allPayloads(at node: Int32) -> [Int32]? {
        let m = moreIndex[Int(node)]
        return m >= 0 ? more[Int(m)] : nil
    }

    /// True when some phrase starts with `key`.
    @inline(__always)
    func starts(_ key: Int32) -> Bool { key >= 0 && next(0, key) != nil }
}
