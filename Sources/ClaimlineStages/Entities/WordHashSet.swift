/// A set of word hashes (`TokenHash`, `NameParts.hash`) probed as a `FlatTable`: the
/// standard `Set` runs SipHash over a key that is a hash already, about a hundred
/// instructions a probe, and these sets are asked about words at every reporting verb
/// and every name-like part. As in `FlatTable`, the hashes `UInt64.max` and `UInt64.max - 1`
/// are one key.
struct WordHashSet: Sendable {
    private var table = FlatTable<Bool>()

    init() {}

    init(_ keys: some Sequence<UInt64>) {
        for key in keys { insert(key) }
    }

    mutating func insert(_ key: UInt64) { table.set(key, true) }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table.get(key) != nil }
}
