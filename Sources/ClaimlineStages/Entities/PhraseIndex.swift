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
    private var payloads: [Int32: [Int32]] = [:]
    private var nodes: Int32 = 1
    /// Parts of the longest phrase.
    private(set) var longest = 0

    mutating func insert(_ keys: [Int32], payload: Int32) {
        var node: Int32 = 0
        for key in keys {
            let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
            if let next = edges.get(edge) { node = next; continue }
            edges.set(edge, nodes)
            node = nodes
            nodes += 1
        }
        payloads[node, default: []].append(payload)
        longest = max(longest, keys.count)
    }

    @inline(__always)
    func next(_ node: Int32, _ key: Int32) -> Int32? {
        edges.get(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key)))
    }

    @inline(__always)
    func payloads(at node: Int32) -> [Int32]? { payloads[node] }

    /// True when some phrase starts with `key`.
    @inline(__always)
    func starts(_ key: Int32) -> Bool { key >= 0 && next(0, key) != nil }
}
