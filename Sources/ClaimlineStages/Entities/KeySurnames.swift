/// The surnames of the persons registered while linking short forms: which keys are a
/// surname of which entry. A `KeyOwners` (dense by key id, where a dictionary of sets would
/// be hashed and allocated per person) plus the pairs that were added: a key that is a
/// surname of several entries is looked up among those pairs.
struct KeySurnames {
    /// The one entry whose surname each key is, -2 several.
    private var owners = KeyOwners()
    private var pairs: [(entry: Int32, key: Int32)] = []

    /// Forgets every surname and makes room for keys `0..<keys`.
    mutating func reset(keys: Int) {
        owners.reset(keys: keys)
        pairs.removeAll(keepingCapacity: true)
    }

    /// True when `key` is a surname of `entry`. Keys outside the vocabulary never are.
    @inline(__always)
    func contains(_ entry: Int32, _ key: Int32) -> Bool {
        guard let e = owners[key] else { return false }
        if e == -2 { return pairs.contains { $0.entry == entry && $0.key == key } }
        return e == entry
    }

    /// Notes `key` as a surname of `entry`.
    mutating func insert(_ entry: Int32, _ key: Int32) {
        guard !contains(entry, key) else { return }
        owners.register(key, entry)
        // Keys outside the vocabulary are not registered, nor kept as pairs.
        if owners[key] != nil { pairs.append((entry, key)) }
    }
}
