/// What words became, for words already seen: names and Arabic words repeat a lot, and
/// asking ICU again costs thousands of instructions. A direct-mapped table: a word has one
/// slot (by a hash of its scalars) and replaces whatever word was there, so a lookup hashes
/// the word where it lies and compares it with one stored word, building no array.
struct WordCache {
    private struct Entry {
        var word: [Unicode.Scalar]
        var result: [Unicode.Scalar]
    }

    /// Empty until the first word is stored: most workers of a short run never need it.
    private var entries: [Entry?] = []
    private let slotCount: Int

    /// `slotCount` a power of two.
    init(slotCount: Int = 16_384) {
        precondition(slotCount > 0 && slotCount & (slotCount - 1) == 0, "slot count must be a power of two")
        self.slotCount = slotCount
    }

    func result(for word: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        guard !entries.isEmpty, let entry = entries[slot(word)], entry.word.elementsEqual(word) else { return nil }
        return entry.result
    }

    mutating func store(_ result: [Unicode.Scalar], for word: [Unicode.Scalar]) {
        if entries.isEmpty { entries = Array(repeating: nil, count: slotCount) }
        entries[slot(word[...])] = Entry(word: word, result: result)
    }

    /// FNV-1a over the scalars, masked to the table.
    private func slot(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in word { h = (h ^ UInt64(c.value)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29)) & (slotCount - 1)
    }
}
