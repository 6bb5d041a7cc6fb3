import ClaimlineCore
import ClaimlineRules

/// The name parts of one document's analysis view with their folded keys, and the mentions
/// found so far (each part belongs to at most one mention).
struct NameScan {
    var parts: [NamePart] = []
    var keys: [PartKey] = []
    /// What the tables say about each part's key.
    var flags: [WordFlags] = []
    /// The union of `flags` as the parts were read: a pass whose flag no part has is skipped.
    var flagsSeen: WordFlags = []
    /// Index in `mentions` of the mention covering each part, or -1.
    var owner: [Int32] = []
    var mentions: [Candidate] = []
    /// Fold rule lists of the candidates that cite some (`Candidate.folds`).
    var foldLists: [[String]] = []
    /// Scalar offsets of the original's non-ASCII scalars (`NonASCIIOffsets`).
    var nonASCII: [Int32] = []
    /// Storage of `linkShortForms`' tables, kept from one document to the next.
    var linkedKeys = KeyOwners()
    var linkedSurnames = KeySurnames()
    var personsSeen = PersonsSeen()
    /// Storage of `linkUnknownSurnames`, likewise.
    var unknownSurnames = UnknownSurnames()

    var count: Int { parts.count }

    /// The index of the part holding view offset `offset`, or -1 (binary search).
    func partIndex(containing offset: Int) -> Int {
        var lo = 0, hi = parts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(parts[mid].end) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < parts.count && Int(parts[lo].start) <= offset ? lo : -1
    }

    /// The first part at or after `i` whose flags hold `flag` (any of them, for several), or
    /// `count`: the passes skip to the few parts that can start what they look for without
    /// testing each in turn.
    func next(_ flag: WordFlags, from i: Int) -> Int {
        flags.withUnsafeBufferPointer { f in
            var k = max(i, 0)
            let n = f.count
            // Four parts' flags at a time (most parts have none of the flag's bits), then one by one.
            if let base = f.baseAddress {
                let raw = UnsafeRawPointer(base), spread = UInt64(flag.rawValue) &* 0x0001_0001_0001_0001
                while k &+ 4 <= n && raw.loadUnaligned(fromByteOffset: k &* 2, as: UInt64.self) & spread == 0 { k &+= 4 }
            }
            while k < n && f[k].isDisjoint(with: flag) { k += 1 }
            return k
        }
    }

    /// The first capitalised part at or after `i` joined to a part that is capitalised or a
    /// particle (where an unknown name can start), or `count`.
    func nextNameStart(from i: Int) -> Int {
        parts.withUnsafeBufferPointer { p in
            keys.withUnsafeBufferPointer { keys in
                var k = max(i, 0)
                while k + 1 < p.count {
                    if p[k].capitalised && p[k].joinsNext && (p[k + 1].capitalised || keys[k + 1].particle != nil) { return k }
                    k += 1
                }
                return p.count
            }
        }
    }

    /// The first part at or after `i` that short-form linking reads: one a mention owns or,
    /// when `freeToo`, a free one that may start a link (`mayStartLink`); or `count`.
    func nextLinkable(from i: Int, freeToo: Bool, the: Int32) -> Int {
        owner.withUnsafeBufferPointer { owner in
            parts.withUnsafeBufferPointer { parts in
                keys.withUnsafeBufferPointer { keys in
                    var k = i
                    while k < owner.count {
                        if owner[k] >= 0 || (freeToo && Self.mayStartLink(parts[k], keys[k], the: the)) { return k }
                        k += 1
                    }
                    return k
                }
            }
        }
    }

    /// A free part may start a link when it is the word `the` ("the spokesman") or a
    /// capitalised part whose key some table lists or that is a particle: a name's first part
    /// is linked through its key, and no person registers a part no table lists.
    @inline(__always)
    static func mayStartLink(_ part: NamePart, _ key: PartKey, the: Int32) -> Bool {
        key.key == the || (part.capitalised && (key.key >= 0 || key.particle != nil))
    }

    /// The first part starting at or after view offset `offset`, or `count` (binary search).
    func firstPart(startingAtOrAfter offset: Int) -> Int {
        var lo = 0, hi = parts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(parts[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Empties every array but keeps its storage for the next document.
    mutating func reset() {
        parts.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        owner.removeAll(keepingCapacity: true)
        mentions.removeAll(keepingCapacity: true)
        foldLists.removeAll(keepingCapacity: true)
        nonASCII.removeAll(keepingCapacity: true)
        flagsSeen = []
    }

    /// Sets `parts`, `keys` and `flags` (empty before) to what `body` writes, `room` at most,
    /// in the storage they kept from the last document. Moved out while written: each array
    /// is then written through a local, not through `self`.
    mutating func fill(room: Int, _ body: (inout PartWriter) -> Void) {
        guard room > 0 else { return }
        var parts = take(&self.parts, leaving: []), keys = take(&self.keys, leaving: []), flags = take(&self.flags, leaving: [])
        var seen: WordFlags = [], count = 0
        parts.appendWritten(upTo: room) { p in
            keys.appendWritten(upTo: room) { k in
                flags.appendWritten(upTo: room) { f in
                    var out = PartWriter(parts: p.baseAddress, keys: k.baseAddress!, flags: f.baseAddress!, room: room)
                    body(&out)
                    (seen, count) = (out.seen, out.count)
                    return count
                }
                return count
            }
            return count
        }
        (self.parts, self.keys, self.flags) = (parts, keys, flags)
        flagsSeen = seen
    }

    /// Sets `keys` and `flags` (empty before) to what `body` writes for each of `parts`, in
    /// the storage they kept from the last document.
    mutating func fillKeys(_ body: (UnsafeBufferPointer<NamePart>, inout PartWriter) -> Void) {
        let room = parts.count
        guard room > 0 else { return }
        var keys = take(&self.keys, leaving: []), flags = take(&self.flags, leaving: [])
        var seen: WordFlags = [], count = 0
        keys.appendWritten(upTo: room) { k in
            flags.appendWritten(upTo: room) { f in
                var out = PartWriter(parts: nil, keys: k.baseAddress!, flags: f.baseAddress!, room: room)
                parts.withUnsafeBufferPointer { body($0, &out) }
                (seen, count) = (out.seen, out.count)
                return count
            }
            return count
        }
        (self.keys, self.flags) = (keys, flags)
        flagsSeen = seen
    }

    /// Sorts `mentions` by start, the longer first, keeping the order of equal ones. Each
    /// pass adds its mentions left to right, so the list is a few sorted runs: an insertion
    /// sort moves only the mentions of later passes, where a general sort compares them all.
    /// Past a few moves per mention (a long text whose later passes find many), it stops and
    /// the general sort takes over: equal mentions never passed each other, so the result is
    /// the same.
    mutating func sortMentions() {
        let sorted = mentions.withUnsafeMutableBufferPointer { m -> Bool in
            var moves = 4 * m.count
            for i in m.indices.dropFirst() where Self.precedes(m[i], m[i - 1]) {
                let moving = m[i]
                var j = i
                while j > 0 && Self.precedes(moving, m[j - 1]) && moves > 0 {
                    m[j] = m[j - 1]
                    j -= 1
                    moves -= 1
                }
                m[j] = moving
                if moves == 0 { return false }
            }
            return true
        }
        if !sorted { mentions.sort(by: Self.precedes) }
    }

    @inline(__always)
    private static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        a.viewStart != b.viewStart ? a.viewStart < b.viewStart : a.viewEnd > b.viewEnd
    }

    /// Owners again after `mentions` was sorted: each part's index in the sorted list, or -1
    /// (parts of boilerplate are free again: no pass adds mentions after the sort).
    mutating func ownMentionsInOrder() {
        let mentions = self.mentions
        owner.withUnsafeMutableBufferPointer { owner in
            owner.update(repeating: -1)
            for (m, c) in mentions.enumerated() { for k in c.first...c.last { owner[k] = Int32(m) } }
        }
    }

    /// Articles are transparent inside a name: "Abu Assem al-Muhajir" meets "Abu Assem Muhajir".
    @inline(__always)
    func isArticle(_ i: Int) -> Bool { Self.isArticle(parts[i], keys[i]) }

    @inline(__always)
    static func isArticle(_ part: NamePart, _ key: PartKey) -> Bool {
        guard let p = key.particle else { return false }
        return p == .article || (p == .articleHyphen && part.hyphenNext)
    }

    @inline(__always)
    func joins(_ i: Int) -> Bool { i + 1 < parts.count && parts[i].joinsNext }

    @inline(__always)
    func isFree(_ i: Int) -> Bool { owner[i] < 0 }

    @inline(__always)
    func key(_ i: Int) -> Int32 { i >= 0 && i < parts.count ? keys[i].key : -1 }

    /// Adds a mention over parts `first...last` (all free).
    @inline(__always)
    mutating func add(_ candidate: consuming Candidate) {
        let index = Int32(mentions.count)
        for k in candidate.first...candidate.last { owner[k] = index }
        mentions.append(candidate)
    }

    /// Puts `candidate` in the place of mention `m`, whose parts it covers.
    mutating func replace(_ m: Int32, with candidate: consuming Candidate) {
        for k in candidate.first...candidate.last { owner[k] = m }
        mentions[Int(m)] = candidate
    }
}

/// Writes parts, their keys and flags side by side straight into the storage of arrays made
/// to size: appending to three arrays per part checked their uniqueness and capacity each
/// time, and filling them with blanks first cost a pass over each.
struct PartWriter {
    /// Nil when the parts are there already and only keys and flags are written.
    let parts: UnsafeMutablePointer<NamePart>?
    let keys: UnsafeMutablePointer<PartKey>
    let flags: UnsafeMutablePointer<WordFlags>
    let room: Int
    private(set) var count = 0
    /// The union of the flags written.
    private(set) var seen: WordFlags = []

    init(parts: UnsafeMutablePointer<NamePart>?, keys: UnsafeMutablePointer<PartKey>, flags: UnsafeMutablePointer<WordFlags>,
         room: Int) {
        (self.parts, self.keys, self.flags, self.room) = (parts, keys, flags, room)
    }

    @inline(__always)
    mutating func append(_ part: NamePart, _ key: PartKey, _ flags: WordFlags) {
        precondition(count < room)
        (parts.unsafelyUnwrapped + count).initialize(to: part)
        append(key, flags)
    }

    @inline(__always)
    mutating func append(_ key: PartKey, _ flags: WordFlags) {
        precondition(count < room)
        (keys + count).initialize(to: key)
        (self.flags + count).initialize(to: flags)
        seen.formUnion(flags)
        count &+= 1
    }
}

/// A mention before it is written to the document: parts, view span and what it names.
/// Plain values only (the strings are looked up when the mention is written), so that
/// storing, sorting and reading candidates retains nothing.
struct Candidate {
    var first: Int
    var last: Int
    var viewStart: Int
    var viewEnd: Int
    /// Index of the gazetteer entry, or `unknownPerson`, `unknownOrganisation` or `unknownPlace` for a name no table lists.
    var entry: Int32
    var rule: CandidateRule
    /// Index in `NameScan.foldLists` of the fold rules that made the spelling meet, or -1.
    var folds: Int32 = -1
    var link: LinkRule? = nil
    /// For a short form of a person no table knows: the view span of the earlier full name,
    /// which becomes the mention's name (start -1 for none).
    var nameStart: Int32 = -1
    var nameEnd: Int32 = -1

    static let unknownPerson: Int32 = -1
    static let unknownOrganisation: Int32 = -2
    static let unknownPlace: Int32 = -3

    init(first: Int, last: Int, scan: NameScan, entry: Int32, rule: CandidateRule) {
        self.first = first
        self.last = last
        self.viewStart = Int(scan.parts[first].start)
        self.viewEnd = Int(scan.parts[last].end)
        self.entry = entry
        self.rule = rule
        if case .link(let link) = rule { self.link = link }
    }
}

/// The rule that found a candidate, by index into the plan's tables.
enum CandidateRule {
    /// `EntitiesPlan.forms[i].rule`.
    case form(Int32)
    /// The title rule of the vocabulary key (`EntityLexicon.titles`).
    case title(Int32)
    /// The demonym rule of the vocabulary key (`EntityLexicon.demonyms`).
    case demonym(Int32)
    case link(LinkRule)
    case unknown(UnknownNameRule)
}

/// Rules of unknown names, as records cite them.
enum UnknownNameRule: String {
    case connectorName = "unknown.connector_name"
    case kunyaName = "unknown.kunya_name"
    case articleName = "unknown.article_name"
    case roleApposition = "unknown.role_apposition"
    case givenName = "unknown.given_name"
    case personNoun = "unknown.person_noun"
    case organisationName = "unknown.organisation_name"
    case placeName = "unknown.place_name"
}
