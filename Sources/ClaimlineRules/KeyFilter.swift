import ClaimlineICU

/// A bit per hash of a table's keys, so that most look-ups of a name part that no table
/// lists skip the dictionary (whose string hashing costs more than the rest of the work):
/// `mayContain` is false only for a key certainly absent. Only ASCII look-ups are filtered.
/// `String` equality is canonical equivalence, under which a non-ASCII key may equal an
/// ASCII string (the Kelvin sign equals "K"): such a key is entered by its ASCII
/// decomposition. Any other non-ASCII key equals no ASCII string and needs no bit (one of
/// them, an Urdu letter no fold maps, once let every look-up through and cost 11 % more
/// instructions a byte).
///
/// The table has 64 bits or more per key (1,024 words at least), so the share of absent
/// keys let through stays near 1/64 however many keys a table has: a larger gazetteer does
/// not make the look-ups of the text's words dearer.
public struct KeyFilter: Sendable {
    private var bits: [UInt64]
    /// Word count minus one (a power of two minus one).
    private let mask: Int

    public init<Keys: Collection>(_ keys: Keys) where Keys.Element == String {
        var words = 1024
        while words < keys.count && words < 1 << 16 { words <<= 1 }
        bits = [UInt64](repeating: 0, count: words)
        mask = words - 1
        for key in keys {
            guard let h = Self.hash(key) ?? (try? NormalizationForm.nfd.apply(key)).flatMap(Self.hash) else { continue }
            bits[word(h)] |= Self.bit(h)
        }
    }

    /// False when `key` is certainly not one of the keys.
    @inline(__always)
    public func mayContain(_ key: String) -> Bool {
        guard let h = Self.hash(key) else { return true }
        return bits[word(h)] & Self.bit(h) != 0
    }

    /// `mayContain` for a key given as UTF-8 bytes (no string built).
    @inline(__always)
    public func mayContain(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let h = Self.hash(bytes) else { return true }
        return bits[word(h)] & Self.bit(h) != 0
    }

    /// FNV-1a of the key's bytes, nil for a key that is not ASCII. Read through `withUTF8`:
    /// iterating `utf8` costs several times more per byte.
    @inline(__always)
    private static func hash(_ key: String) -> UInt64? {
        var key = key
        return key.withUTF8 { hash($0) }
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var h = TokenHash.seed
        for b in bytes {
            if b >= 0x80 { return nil }
            h = (h ^ UInt64(b)) &* TokenHash.prime
        }
        return h &* 0x9E37_79B9_7F4A_7C15
    }

    /// Bits 32 to 47 of the hash choose the word, bits 48 to 53 the bit in it.
    @inline(__always) private func word(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 32) & mask }
    @inline(__always) private static func bit(_ h: UInt64) -> UInt64 { 1 << ((h >> 48) & 63) }
}
