/// What makes two speakers the same: the entity id, else the folded name, kept as a hash so
/// that the speakers met so far are compared by a number and no folded string is built.
/// An id holds a "." and a folded name never does, so the two kinds cannot meet as strings;
/// their hashes are seeded apart as well.
struct SpeakerKey: Hashable, Comparable {
    private let value: UInt64

    /// The key of a known entity.
    init(entity id: String) {
        var id = id
        value = id.withUTF8 { bytes in bytes.reduce(Self.entitySeed) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 } }
    }

    /// The key of a name no entity is known for, from its folded form.
    init(name: NameKey) { value = name.foldedHash }

    /// The key of a mention: its entity id, else the name folded.
    init(entity id: String?, name: String) {
        if let id { self.init(entity: id) } else { self.init(name: NameKey(name: name)) }
    }

    /// The key of a reference: its entity id, else its name folded; nil when it has neither.
    init?(entity id: String?, name: String?) {
        if let id { self.init(entity: id) } else if let name { self.init(name: NameKey(name: name)) } else { return nil }
    }

    /// An arbitrary order that keeps equal keys together (sorting claims by subject).
    static func < (a: SpeakerKey, b: SpeakerKey) -> Bool { a.value < b.value }

    private static let entitySeed: UInt64 = 0x84222325_cbf29ce4
}
