import ClaimlineRules

/// What folding a name part gave, as the matcher needs it.
struct PartKey {
    /// Vocabulary id of the folded key, or -1 when no table mentions it.
    let key: Int32
    let particle: FoldRules.ParticleUse?
    let guardClass: Int32
    /// Index of the rule list in `PartKeyCache.ruleSets`.
    let rules: Int32
}

/// Folded keys of the name parts already seen, by a 64-bit hash of the part (ASCII letters
/// lower-cased), so a part is folded once however often it recurs: in prose the same few
/// thousand words come back in every document. Only a miss builds a string and runs the
/// fold rules (and ICU, for non-ASCII parts). Belongs to one stage instance (one thread).
///
/// Two different parts with one hash would share a key; with 64-bit FNV-1a the chance over
/// a million distinct words is below 10⁻⁷, which we accept rather than store every word.
final class PartKeyCache {
    let folder: NameFolder
    private let vocabulary: Vocabulary
    private var slots: [UInt64: Int32] = [:]
    private(set) var keys: [PartKey] = []
    private(set) var ruleSets: [[String]] = [[]]
    private var ruleSetIndex: [[String]: Int32] = [[]: 0]
    /// Entries kept before the cache is emptied (between documents).
    let limit: Int

    init(folder: NameFolder, vocabulary: Vocabulary, limit: Int = 200_000) {
        self.folder = folder
        self.vocabulary = vocabulary
        self.limit = limit
    }

    /// Empties the cache when it has grown past its limit; call between documents only.
    func trim() {
        if keys.count > limit { slots.removeAll(keepingCapacity: true); keys.removeAll(keepingCapacity: true) }
    }

    @inline(__always)
    static func hash(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end {
            var v = s[k].value
            if v >= 65 && v <= 90 { v |= 0x20 }
            h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The index in `keys` of the part `s[start..<end]`.
    @inline(__always)
    func lookup(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Int32 {
        let h = Self.hash(s, start, end)
        if let hit = slots[h] { return hit }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: s[start..<end])
        let folded = folder.fold(String(text))
        let entry = PartKey(key: vocabulary.lookup(folded.key) ?? -1, particle: folded.particle,
                            guardClass: folded.guardClass, rules: intern(folded.rules))
        let index = Int32(keys.count)
        keys.append(entry)
        slots[h] = index
        return index
    }

    private func intern(_ rules: [String]) -> Int32 {
        if let i = ruleSetIndex[rules] { return i }
        let i = Int32(ruleSets.count)
        ruleSets.append(rules)
        ruleSetIndex[rules] = i
        return i
    }
}
