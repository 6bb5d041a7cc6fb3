import ClaimlineCore
import ClaimlineRules
import CMemoryHints

/// What folding a name part gave, as the matcher needs it.
struct PartKey: Sendable, Hashable {
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
    /// A part's key (by index in `partKeys`), its flags, and whether its spelling is plain:
    /// ASCII letters, digits and apostrophes only. A word token spelt so is one whole name
    /// part (see `parts(_:tokens:hashes:into:)`). Eight bytes, so a slot of `slots` is
    /// sixteen: the table of the few thousand words of everyday prose stays in the core's
    /// cache, where a probe is cheap; a probe that misses it costs more than the rest of
    /// the work on a part.
    fileprivate struct Entry {
        var key: UInt32
        var flags: WordFlags
        var plain: Bool
    }

    let folder: NameFolder
    private let vocabulary: Vocabulary
    private let vocabularyFilter: KeyFilter
    /// What the tables say about each vocabulary key, by key id.
    private let flags: [WordFlags]
    /// Hashes of the spellings the not-names table lists (`WordFlags.notNameSpelling`).
    private let notNameSpellings: WordHashSet
    private var slots = FlatTable<Entry>(capacity: 1 << 12)
    /// A direct-mapped cache in front of `slots` for the words that recur in every document
    /// ("the", "said"): one compare where `slots` hashes again and may probe on.
    private let recent: UnsafeMutableBufferPointer<(hash: UInt64, entry: Entry)>
    /// Slots of `recent` (a power of two; 256 kB, a quarter of the core's L2: 64 kB was 1.5 % slower
    /// over the bench corpus, a megabyte 3 % slower, as it pushed other tables out).
    fileprivate static let recentSlots = 1 << 14
    /// The distinct keys of the cached parts (most parts share the key of a word no table knows).
    private var partKeys: [PartKey] = []
    private var partKeyIndex: [PartKey: UInt32] = [:]
    private(set) var ruleSets: [[String]] = [[]]
    /// Index in `ruleSets` by a hash of the ids (hashing a list of strings costs more than the fold).
    private var ruleSetIndex = FlatTable<Int32>()
    /// Entries kept before the cache is emptied (between documents).
    let limit: Int

    init(folder: NameFolder, vocabulary: Vocabulary, flags: [WordFlags], notNameSpellings: WordHashSet = WordHashSet(),
         limit: Int = 200_000) {
        self.folder = folder
        self.vocabulary = vocabulary
        self.flags = flags
        self.notNameSpellings = notNameSpellings
        self.vocabularyFilter = KeyFilter(vocabulary.ids.keys)
        self.limit = limit
        recent = .allocate(capacity: Self.recentSlots)
        recent.initialize(repeating: (.max, Entry(key: 0, flags: [], plain: false)))
    }

    deinit { recent.deallocate() }

    /// Empties the cache when it has grown past its limit; call between documents only.
    /// `recent` goes too: its entries point into `partKeys`.
    func trim() {
        if slots.count > limit {
            slots.removeAll()
            partKeys.removeAll()
            partKeyIndex.removeAll()
            recent.update(repeating: (.max, Entry(key: 0, flags: [], plain: false)))
        }
    }

    /// The hash of a whole string, as `hash` gives it for the same part of a text.
    static func hash(_ part: String) -> UInt64 { NameParts.hash(part) }

    @inline(__always)
    static func hash(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        NameParts.hash(s, start, end)
    }

    /// The name parts of `s` with their keys and flags, from the segment stage's tokens of
    /// `s` and their hashes. A word token whose hash is cached with a plain spelling is one
    /// whole part: a single probe gives its key, and of its letters only those that decide
    /// its case are read. Other tokens (hyphenated, possessive, not ASCII, or not seen yet)
    /// are read by `NameParts.part`, as when there are no tokens, so the parts are the same.
    func parts(_ s: UnsafeBufferPointer<Unicode.Scalar>, tokens: UnsafeBufferPointer<Token>, hashes: UnsafeBufferPointer<UInt64>,
               into scan: inout NameScan) {
        let n = s.count
        precondition(n < Int(Int32.max), "a text of \(n) scalars is too long for name parts")
        scan.fill(room: (n + 1) / 2) { out in readParts(s, tokens, hashes, into: &out) }
    }

    private func readParts(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>,
                           _ hashes: UnsafeBufferPointer<UInt64>, into out: inout PartWriter) {
        // In a local, not captured by a closure: the loop keeps it in registers.
        var probe = Probe(table: take(&slots, leaving: .vacant), keys: take(&partKeys, leaving: []), recent: recent.baseAddress!)
        defer { (slots, partKeys) = (probe.table, probe.keys) }
        let n = s.count
        var i = NameParts.firstPart(s, from: 0, to: n), t = 0
        while i < n {
            while t < tokens.count && tokens[t].view.end <= i { t &+= 1 }
            if t &+ 8 < tokens.count { probe.prefetch(hashes[t &+ 8]) }
            if t < tokens.count && tokens[t].view.start == i, let hit = probe.find(hashes[t]), hit.plain,
               Self.endsPart(s, tokens[t].view.end) {
                var part = Self.plainPart(s, i, tokens[t].view.end, hash: hashes[t])
                i = NameParts.link(&part, s, to: n)
                out.append(part, probe.keys[Int(hit.key)], hit.flags)
                // The part is the whole token: the next one starts where `i` may.
                t &+= 1
                continue
            }
            let (part, next) = NameParts.part(s, at: i, to: n)
            let entry = probe.find(part.hash) ?? miss(s, part, &probe)
            out.append(part, probe.keys[Int(entry.key)], entry.flags)
            i = next
        }
    }

    /// True when the scalar at `end`, right after a plain word token, cannot carry its name
    /// part on: not a mark before a letter, a possessive or a letter beyond ASCII.
    @inline(__always)
    private static func endsPart(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ end: Int) -> Bool {
        guard end < s.count else { return true }
        let v = s[end].value
        return v < 0x80 && v != 0x27 && v != 0x60
    }

    /// The part of a plain spelling at `start..<end` whose hash is known: of its scalars,
    /// only those that settle its case are read (a lower-case letter, most often the first
    /// or second, settles it).
    @inline(__always)
    private static func plainPart(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, hash: UInt64) -> NamePart {
        var part = NamePart(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), hash: hash)
        let first = s[start].value
        part.capitalised = first &- 65 < 26
        if first &- 97 < 26 { return part }
        var upper = false, k = start
        while k < end {
            let v = s[k].value
            if v &- 97 < 26 { return part }
            upper = upper || v &- 65 < 26
            k &+= 1
        }
        part.allUpper = upper
        return part
    }

    /// The keys and flags of `scan.parts`, which the tokens did not give (no segment stage).
    func lookup(_ s: UnsafeBufferPointer<Unicode.Scalar>, into scan: inout NameScan) {
        scan.fillKeys { parts, out in lookUp(s, parts, into: &out) }
    }

    private func lookUp(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ parts: UnsafeBufferPointer<NamePart>, into out: inout PartWriter) {
        var probe = Probe(table: take(&slots, leaving: .vacant), keys: take(&partKeys, leaving: []), recent: recent.baseAddress!)
        defer { (slots, partKeys) = (probe.table, probe.keys) }
        for part in parts {
            let entry = probe.find(part.hash) ?? miss(s, part, &probe)
            out.append(probe.keys[Int(entry.key)], entry.flags)
        }
    }

    /// A part not cached: folded, and cached.
    @inline(never)
    private func miss(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ part: NamePart, _ probe: inout Probe) -> Entry {
        let start = Int(part.start), end = Int(part.end)
        let entry = entry(fold(s, start, end), spelling: part.hash, plain: Self.isPlain(s[start..<end]), &probe.keys)
        probe.add(part.hash, entry)
        return entry
    }

    /// A key with its flags, `compound` for a compound prefix and `notNameSpelling` when the
    /// not-names table lists the spelling (by its hash); the key is added to `keys` unless it is there.
    private func entry(_ key: PartKey, spelling: UInt64, plain: Bool, _ keys: inout [PartKey]) -> Entry {
        var flags: WordFlags = key.key >= 0 ? self.flags[Int(key.key)] : []
        if key.particle == .compound { flags.insert(.compound) }
        if notNameSpellings.contains(spelling) { flags.insert(.notNameSpelling) }
        let index: UInt32
        if let known = partKeyIndex[key] {
            index = known
        } else {
            index = UInt32(keys.count)
            keys.append(key)
            partKeyIndex[key] = index
        }
        return Entry(key: index, flags: flags, plain: plain)
    }

    /// ASCII letters, digits and apostrophes only: read from a token's first scalar, such a
    /// spelling is one whole part (an apostrophe joins what follows; a possessive "'s" would
    /// end the part, but no part's spelling ends with one).
    private static func isPlain<S: Sequence<Unicode.Scalar>>(_ spelling: S) -> Bool {
        spelling.allSatisfy { $0.value == 0x27 || NameParts.isASCIILetterOrDigit($0) }
    }

    /// The key of a text that is not one part of the text ("Abdul" + "Aziz" folded as one),
    /// by its hash (`NameParts.hash`); the text itself is made only when it is not cached.
    func lookup(joined h: UInt64, _ makeText: () -> String) -> PartKey {
        var probe = Probe(table: take(&slots, leaving: .vacant), keys: take(&partKeys, leaving: []), recent: recent.baseAddress!)
        defer { (slots, partKeys) = (probe.table, probe.keys) }
        if let hit = probe.find(h) { return probe.keys[Int(hit.key)] }
        let text = makeText()
        let folded = folder.foldOnce(text)
        let key = PartKey(key: id(of: folded.key), particle: folded.particle,
                          guardClass: folded.guardClass, rules: intern(folded.rules))
        probe.add(h, entry(key, spelling: h, plain: Self.isPlain(text.unicodeScalars), &probe.keys))
        return key
    }

    /// The longest part that is folded; a longer one is no table's name. ICU's cost grows
    /// with the square of a part's length (a letter under 100,000 marks took 17 s), and the
    /// tables' longest name part has 16 scalars, the corpora's longest non-ASCII word 11.
    static let maxFoldedPart = 64

    /// A miss: build the part's string and run the fold rules (ICU for non-ASCII parts).
    private func fold(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> PartKey {
        if end - start > Self.maxFoldedPart { return PartKey(key: -1, particle: nil, guardClass: -1, rules: 0) }
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

/// The look-ups of one pass, held in a local: the class's properties would cost access
/// checks per part.
private struct Probe {
    var table: FlatTable<PartKeyCache.Entry>
    var keys: [PartKey]
    let recent: UnsafeMutablePointer<(hash: UInt64, entry: PartKeyCache.Entry)>

    @inline(__always)
    private static func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 7) & (PartKeyCache.recentSlots - 1) }

    @inline(__always)
    func prefetch(_ h: UInt64) {
        memory_prefetch(recent + Self.slot(h))
        table.prefetch(h)
    }

    @inline(__always)
    mutating func find(_ h: UInt64) -> PartKeyCache.Entry? {
        let slot = Self.slot(h)
        if recent[slot].hash == h { return recent[slot].entry }
        guard let hit = table.get(h) else { return nil }
        recent[slot] = (h, hit)
        return hit
    }

    mutating func add(_ h: UInt64, _ entry: PartKeyCache.Entry) {
        table.set(h, entry)
        recent[Self.slot(h)] = (h, entry)
    }
}
