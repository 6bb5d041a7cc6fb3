/// The surnames of the persons registered while linking short forms: which keys are a
/// surname of which entry. Dense by key id like `KeyOwners` (a dictionary of sets hashed
/// and allocated per person), kept from one document to the next and reset through the
/// pairs that were added. A key that is a surname of several entries is looked up among
/// those pairs.
struct KeySurnames {
    /// The one entry whose surname each key is, -1 none, -2 several.
    private var entryOf: [Int32] = []
    private var pairs: [(entry: Int32, key: Int32)] = []

    /// Forgets every surname and makes room for keys `0..<keys`.
    mutating func reset(keys: Int) {
        for p in pairs { entryOf[Int(p.key)] = -1 }
        pairs.removeAll(keepingCapacity: true)
        if entryOf.count < keys { entryOf.append(contentsOf: repeatElement(-1, count: keys - entryOf.count)) }
    }

    /// True when `key` is a surname of `entry`. Keys outside the vocabulary never are.
    @inline(__always)
    func contains(_ entry: Int32, _ key: Int32) -> Bool {
        guard key >= 0, Int(key) < entryOf.count else { return false }
        let e = entryOf[Int(key)]
        if e == -2 { return pairs.contains { $0.entry == entry && $0.key == key } }
        return e == entry
    }

    /// Notes `key` as a surname of `entry`.
    mutating func insert(_ entry: Int32, _ key: Int32) {
        guard key >= 0, Int(key) < entryOf.count, !contains(entry, key) else { return }
        pairs.append((entry, key))
        entryOf[Int(key)] = entryOf[Int(key)] == -1 ? entry : -2
    }
}
