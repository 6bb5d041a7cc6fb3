/// A token of the dates tokenizer: a run of letters, a run of digits (with an attached
/// ordinal or plural suffix folded in: "11th", "1990s") or one other non-space scalar.
/// Offsets are scalar offsets of the text that was tokenized (the analysis view).
public struct DateToken: Sendable, Equatable {
    public enum Kind: UInt8, Sendable { case word, number, punct }
    /// What follows the digits of a number token inside the same token.
    public enum Suffix: UInt8, Sendable { case none, ordinal, plural }

    public var start: Int32
    public var end: Int32
    public var kind: Kind
    /// The token's trigger key: for a word its lexicon id (-1 for a word no table
    /// mentions), for a number the lexicon's size, for an ASCII mark the lexicon's size + 1
    /// + the scalar; -1 for any other mark. Set by the tokenizer, so that the stage's
    /// per-token loops read it instead of working it out from the kind.
    public var key: Int32
    /// For numbers: the value (capped); for punctuation: the scalar value.
    public var number: Int32
    /// For numbers: how many digits.
    public var digits: UInt8
    public var suffix: Suffix
    /// The word starts with an upper-case letter.
    public var capitalized: Bool
    /// Whitespace separates this token from the one before.
    public var spaced: Bool
}

/// The words the date tables mention, each with a small id; a word of the text is looked
/// up by a key packed from its lower-cased ASCII letters, so tokenizing allocates nothing.
public struct DateLexicon: Sendable {
    private var ids: [UInt64: Int32] = [:]
    public private(set) var words: [String] = []

    public init() {}

    /// Longest word the packed key can hold (5 bits a letter).
    public static let maxLetters = 12

    /// The id of a lower-case ASCII word, adding it if new; nil when the word cannot be keyed.
    public mutating func intern(_ word: String) -> Int32? {
        var key: UInt64 = 0, count = 0
        for s in word.unicodeScalars {
            guard let k = Self.letterCode(s), count < Self.maxLetters else { return nil }
            key = key << 5 | UInt64(k)
            count += 1
        }
        if count == 0 { return nil }
        if let id = ids[key] { return id }
        let id = Int32(words.count)
        ids[key] = id
        words.append(word.lowercased())
        return id
    }

    public func id(forKey key: UInt64) -> Int32 { ids[key] ?? -1 }

    /// An open-addressing table of the words, for lookups in the tokenizer's hot loop.
    public func lookupTable() -> DateWordTable { DateWordTable(ids) }

    /// The same words keyed by their `TokenHash`, the hash the segment stage gives each
    /// token: a word it has hashed is looked up without reading its letters.
    public func hashedLookupTable() -> DateWordTable {
        DateWordTable(Dictionary(uniqueKeysWithValues: words.enumerated().map { id, word in
            (TokenHash.of(Array(word.unicodeScalars), 0, word.unicodeScalars.count), Int32(id))
        }))
    }

    /// 1…26 for an ASCII letter of either case, nil otherwise.
    @inline(__always)
    public static func letterCode(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if v >= 97 && v <= 122 { return UInt8(v - 96) }
        if v >= 65 && v <= 90 { return UInt8(v - 64) }
        return nil
    }
}

/// Packed word keys → lexicon ids, open addressing with linear probing (key 0 = empty slot).
/// A bit per hash in front of it answers most words, four in five of which no table
/// mentions: 512 bytes that stay in the core's cache, where the slots, probed at random,
/// miss it after the other stages ran. Behind the filter a lookup nearly always finds its
/// word: a key and its id share a slot (one cache line, not two), and the slots are dense.
public struct DateWordTable: Sendable {
    struct Slot {
        var key: UInt64
        var id: Int32
    }

    private let slots: [Slot]
    private let mask: Int
    /// Bit `h >> 52` (the top 12 bits of the key's hash) set for every key in the table.
    private let filter: [UInt64]

    init(_ ids: [UInt64: Int32]) {
        var size = 16
        while size < ids.count * 3 / 2 { size <<= 1 }
        var slots = Array(repeating: Slot(key: 0, id: -1), count: size)
        var filter = Array(repeating: UInt64(0), count: 64)
        // In key order: the slots a collision moves keys to are then the same in every process.
        for (key, id) in ids.sorted(by: { $0.key < $1.key }) {
            var slot = Self.slot(key, mask: size - 1)
            while slots[slot].key != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: key, id: id)
            let bit = Int(Self.hash(key) >> 52)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.slots = slots
        self.filter = filter
        mask = size - 1
    }

    @inline(__always) static func hash(_ key: UInt64) -> UInt64 { key &* 0x9E37_79B9_7F4A_7C15 }

    /// Bits 40 and up of the hash: none of the filter's 12 while the table has under 4096 slots.
    @inline(__always) static func slot(_ key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash(key) >> 40) & mask }

    /// The table as plain memory, for a loop that looks up every word of a text.
    struct Keys {
        let slots: UnsafeBufferPointer<Slot>
        let mask: Int
        let filter: UnsafeBufferPointer<UInt64>

        @inline(__always)
        func id(_ key: UInt64) -> Int32 {
            let h = DateWordTable.hash(key)
            if filter[Int(truncatingIfNeeded: h >> 58)] & (1 << ((h >> 52) & 63)) == 0 { return -1 }
            var slot = Int(truncatingIfNeeded: h >> 40) & mask
            while true {
                let k = slots[slot].key
                if k == key { return slots[slot].id }
                if k == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    func withKeys<R>(_ body: (Keys) -> R) -> R {
        slots.withUnsafeBufferPointer { s in filter.withUnsafeBufferPointer { f in body(Keys(slots: s, mask: mask, filter: f)) } }
    }
}
