/// The registered person each vocabulary key belongs to, for linking short forms: -1 none,
/// -2 several. A dense array indexed by key id (the passes look a key up at every name-like
/// part, and a dictionary hashes each time), kept from one document to the next and reset
/// through the keys that were set.
struct KeyOwners {
    private var owners: [Int32] = []
    private var setKeys: [Int32] = []

    var isEmpty: Bool { setKeys.isEmpty }

    /// Forgets every registration and makes room for keys `0..<keys`.
    mutating func reset(keys: Int) {
        for k in setKeys { owners[Int(k)] = -1 }
        setKeys.removeAll(keepingCapacity: true)
        if owners.count < keys { owners.append(contentsOf: repeatElement(-1, count: keys - owners.count)) }
    }

    /// The owner of `key` (-2 when several persons share it), nil when none registered it.
    @inline(__always)
    subscript(key: Int32) -> Int32? {
        guard key >= 0, Int(key) < owners.count else { return nil }
        let owner = owners[Int(key)]
        return owner == -1 ? nil : owner
    }

    /// Registers `key` as a part of `entry`'s name: a key of two persons belongs to neither.
    mutating func register(_ key: Int32, _ entry: Int32) {
        guard key >= 0, Int(key) < owners.count else { return }
        let k = Int(key)
        if owners[k] == -1 {
            owners[k] = entry
            setKeys.append(key)
        } else if owners[k] != entry {
            owners[k] = -2
        }
    }
}
