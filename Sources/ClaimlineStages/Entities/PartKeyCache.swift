import ClaimlineCore
import ClaimlineRules

/// What folding a name part gave, as the matcher needs it.
struct PartKey: Sendable {
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
    private let vocabularyFilter: KeyFilter
    private var slots = FlatTable<PartKey>(capacity: 1 << 16)
    /// A small direct-mapped cache in front of `slots` for the words that recur in every
    /// document ("the", "said"): it stays in the processor's nearest caches.
    private var recent = [(hash: UInt64, key: PartKey)](repeating: (.max, PartKey(key: -1, particle: nil, guardClass: -1, rules: 0)),
                                                        count: 2048)
    private(set) var ruleSets: [[String]] = [[]]
    /// Index in `ruleSets` by a hash of the ids (hashing a list of strings costs more than the fold).
    private var ruleSetIndex = FlatTable<Int32>()
    /// Entries kept before the cache is emptied (between documents).
    let limit: Int

    init(folder: NameFolder, vocabulary: Vocabulary, limit: Int = 200_000) {
        self.folder = folder
        self.vocabulary = vocabulary
        self.vocabularyFilter = KeyFilter(vocabulary.ids.keys)
        self.limit = limit
    }

    /// Empties the cache when it has grown past its limit; call between documents only.
    func trim() {
        if slots.count > limit { slots.removeAll() }
    }

    /// The hash of a whole string, as `hash` gives it for the same part of a text.
    static func hash(_ part: String) -> UInt64 { NameParts.hash(part) }

    @inline(__always)
    static func hash(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        NameParts.hash(s, start, end)
    }

    /// The folded keys of all parts of a text, appended to `scan.keys` with their flags.
    func lookup(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ parts: [NamePart], flags: [WordFlags], into scan: inout NameScan) {
        // Work on a local table so the loop does not pay the class's access checks per part.
        var table = slots, recent = self.recent
        slots = FlatTable(capacity: 0)
        self.recent = []
        defer { slots = table; self.recent = recent }
        // Written straight into the storage of arrays made to size: two appends per part cost
        // more than the look-up, and filling the arrays with blanks first costs a pass over each.
        let count = parts.count
        var partFlags: [WordFlags] = []
        let keys = [PartKey](unsafeUninitializedCapacity: count) { keysOut, keysCount in
            partFlags = [WordFlags](unsafeUninitializedCapacity: count) { flagsOut, flagsCount in
                // Through buffers too: checked array accesses cost as much as the look-up.
                recent.withUnsafeMutableBufferPointer { recent in
                    parts.withUnsafeBufferPointer { parts in
                        for i in parts.indices {
                            let h = parts[i].hash
                            let slot = Int(truncatingIfNeeded: h >> 7) & 2047
                            let key: PartKey
                            if recent[slot].hash == h { key = recent[slot].key } else {
                                if let hit = table.get(h) { key = hit } else {
                                    key = fold(s, Int(parts[i].start), Int(parts[i].end))
                                    table.set(h, key)
                                }
                                recent[slot] = (h, key)
                            }
                            keysOut.initializeElement(at: i, to: key)
                            flagsOut.initializeElement(at: i, to: key.key >= 0 ? flags[Int(key.key)] : [])
                        }
                    }
                }
                flagsCount = count
            }
            keysCount = count
        }
        Self.add(keys, to: &scan.keys)
        Self.add(partFlags, to: &scan.flags)
    }

    /// Appends `new` to `old`, or takes it whole when `old` is empty (the usual case: one
    /// look-up per document).
    private static func add<T>(_ new: [T], to old: inout [T]) {
        if old.isEmpty { old = new } else { old.append(contentsOf: new) }
    }

    /// The key of a string that is not one part of the text ("Abdul" + "Aziz" folded as one).
    func lookup(joined text: String) -> (key: PartKey, hash: UInt64) {
        let h = Self.hash(text)
        if let hit = slots.get(h) { return (hit, h) }
        let folded = folder.foldOnce(text)
        let key = PartKey(key: id(of: folded.key), particle: folded.particle,
                          guardClass: folded.guardClass, rules: intern(folded.rules))
        slots.set(h, key)
        return (key, h)
    }

    /// A miss: build the part's string and run the fold rules (ICU for non-ASCII parts).
    private func fold(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> PartKey {
        if let unlisted = unlistedASCIIKey(s, start, end) { return unlisted }
        let folded = folder.foldOnce(ScalarString.make(UnsafeBufferPointer(rebasing: s[start..<end])))
        return PartKey(key: id(of: folded.key), particle: folded.particle,
                       guardClass: folded.guardClass, rules: intern(folded.rules))
    }

    /// Most misses are English words of ASCII letters that no table knows. Their key is folded
    /// in two stack buffers; when the vocabulary's filter rules it out, the part's key is -1
    /// and no string is built. A part no table knows cites no fold rules: no pass reads them.
    private func unlistedASCIIKey(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> PartKey? {
        let count = end - start, room = 2 * count + 32
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * room) { buffer -> PartKey? in
            let text = UnsafeMutableBufferPointer(rebasing: buffer[..<room])
            let spare = UnsafeMutableBufferPointer(rebasing: buffer[room...])
            for k in 0..<count {
                let v = s[start + k].value
                guard v &- 48 < 10 || (v | 0x20) &- 97 < 26 else { return nil }
                text[k] = UInt8(truncatingIfNeeded: v &- 65 < 26 ? v | 0x20 : v)
            }
            guard let n = folder.plainASCIIKey(text, count: count, spare: spare),
                  !vocabularyFilter.mayContain(bytes: UnsafeBufferPointer(rebasing: text[..<n])) else { return nil }
            return PartKey(key: -1, particle: nil, guardClass: -1, rules: 0)
        }
    }

    /// The vocabulary id of a folded key, or -1.
    private func id(of key: String) -> Int32 {
        vocabularyFilter.mayContain(key) ? vocabulary.lookup(key) ?? -1 : -1
    }

    private func intern(_ rules: [String]) -> Int32 {
        if rules.isEmpty { return 0 }
        let h = Self.hash(rules)
        if let i = ruleSetIndex.get(h) {
            if ruleSets[Int(i)] == rules { return i }
            // Another list with the same hash: look for this one among all (never seen in practice).
            if let j = ruleSets.firstIndex(of: rules) { return Int32(j) }
        }
        let i = Int32(ruleSets.count)
        ruleSets.append(rules)
        if ruleSetIndex.get(h) == nil { ruleSetIndex.set(h, i) }
        return i
    }

    /// FNV-1a over the ids' UTF-8 bytes, each id closed by a byte no UTF-8 text holds.
    private static func hash(_ rules: [String]) -> UInt64 {
        var h = TokenHash.seed
        for var id in rules {
            id.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* TokenHash.prime } }
            h = (h ^ 0xFF) &* TokenHash.prime
        }
        return h
    }
}
