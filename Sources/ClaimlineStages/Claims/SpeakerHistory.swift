import ClaimlineCore

/// The speakers met so far, each once, with the chain stated for it, latest met first. An entry
/// stays where it was added; links order the entries by when they were last met, so meeting a
/// speaker again moves nothing. Past a few dozen speakers, entries are also indexed by key
/// and by name, so that a long document's thousandth speaker is found as fast as its first.
struct SpeakerHistory {
    struct Remembered {
        var speaker: Speaker
        var chain: [MentionRef]
        /// The name the speaker was first met with, folded; or still unfolded, until the
        /// first look-up by name (`Speaker.nameFoldedLater`).
        var folded: NameKey?
        var unfolded: String?
    }

    private(set) var entries: [Remembered] = []
    /// For each entry, the entries met just before and after it, when it was last met, and its
    /// speaker's key (read here in place: a walk of the speakers' objects missed the cache at each).
    private var links: [Link] = []
    private var latest = -1
    /// The latest met entry with a key: keyed entries are linked among themselves as well, so
    /// that a look-up for a keyed speaker passes over no unresolved one ("he said" with no
    /// person before adds one each time).
    private var latestKeyed = -1
    /// The latest met keyed person, and keyed organisation: keyed entries of each kind are
    /// linked among themselves too, so that "he" or "it" passes over no speaker of the other
    /// kind (N organisations, each followed by "he said", walked all those before each).
    private var latestOfKind = [-1, -1]
    private var clock = 0

    /// The keyed speakers a pronoun looks for: a person ("he"), or an organisation with an
    /// entity ("it", "they").
    enum Kind: Int {
        case person, organisation

        init?(_ s: Speaker) {
            guard s.key != nil else { return nil }
            if s.isPerson { self = .person } else if s.ref.entity != nil { self = .organisation } else { return nil }
        }
    }

    /// An entry's place in one order of meeting: the entries met just before and after it.
    private struct Neighbours {
        var before = -1, after = -1
    }

    private struct Link {
        /// Among all entries, among the keyed ones, and among the keyed ones of its kind.
        var all = Neighbours(), keyed = Neighbours(), ofKind = Neighbours()
        /// The kind the entry was linked as (its speaker's when it was last met).
        var kind: Kind?
        var met = 0
        let key: SpeakerKey?
    }
    /// Entries by key, by the hash of their folded name, and (names of several words) by the
    /// hash of its last word; kept from `indexedFrom` entries on (a short history is walked).
    private var byKey: [SpeakerKey: Int] = [:]
    private var byName: [UInt64: Bucket] = [:]
    private var byLastWord: [UInt64: Bucket] = [:]
    private var indexed = false

    /// The entries under one hash, and the one among them met last: all of them match a name
    /// with that hash unless two names share it, so a look-up reads one entry, not thousands
    /// ("the Ansar Front", "the Azawad Front", … each looked up against every "… Front").
    private struct Bucket {
        var entries: [Int] = []
        var latest = -1
    }
    private static let indexedFrom = 32

    /// Forgets every speaker, keeping the arrays' storage for the next document: a history
    /// made for each document cost two allocations and the growth of both arrays.
    mutating func clear() {
        entries.removeAll(keepingCapacity: true)
        links.removeAll(keepingCapacity: true)
        latest = -1
        latestKeyed = -1
        latestOfKind = [-1, -1]
        clock = 0
        if indexed { byKey = [:]; byName = [:]; byLastWord = [:]; indexed = false }
    }

    /// The latest met entry for which `wanted` holds; with `keyed`, among those with a key
    /// only (an entry without one was never met again: its speaker is unresolved, with no entity).
    func latest(keyed: Bool = false, where wanted: (Int) -> Bool) -> Int? {
        var i = keyed ? latestKeyed : latest
        while i >= 0 {
            if wanted(i) { return i }
            i = keyed ? links[i].keyed.before : links[i].all.before
        }
        return nil
    }

    /// The latest met entry, keyed or not.
    var lastMet: Int? { latest >= 0 ? latest : nil }

    /// The latest met entry whose speaker is of `kind`: `latest(keyed: true)` where the
    /// speaker is of that kind.
    func latest(_ kind: Kind) -> Int? {
        let i = latestOfKind[kind.rawValue]
        return i >= 0 ? i : nil
    }

    /// The entry whose speaker has `key` (none for a nil key).
    func index(of key: SpeakerKey?) -> Int? {
        guard let key else { return nil }
        if indexed { return byKey[key] }
        // Keys are unique (a speaker met again updates its entry): any order finds the one.
        return links.lastIndex { $0.key == key }
    }

    /// The latest met entry whose name matches `name` (`NameKey.matches`).
    mutating func latest(named name: NameKey) -> Int? {
        if name.isEmpty { return nil }  // an empty name matches none
        guard indexed else {
            var i = latest
            while i >= 0 {
                if folded(i)?.matches(name) ?? false { return i }
                i = links[i].all.before
            }
            return nil
        }
        // The same folded name; or by the last word, a one-word name ending this one, or for
        // a one-word name, a longer one it ends.
        var best = latest(in: byName[name.foldedHash], named: name)
        if name.lastWordMatches {
            let other = name.hasSeveralWords ? latest(in: byName[name.lastWordHash], named: name) : latest(in: byLastWord[name.lastWordHash], named: name)
            if let i = other, best.map({ links[i].met > links[$0].met }) ?? true { best = i }
        }
        return best
    }

    /// The latest met entry of `bucket` whose name matches `name`: the bucket's latest, unless
    /// another name shares the hash.
    private func latest(in bucket: Bucket?, named name: NameKey) -> Int? {
        guard let bucket else { return nil }
        if entries[bucket.latest].folded?.matches(name) ?? false { return bucket.latest }
        var best = -1
        for i in bucket.entries where (best < 0 || links[i].met > links[best].met) && (entries[i].folded?.matches(name) ?? false) {
            best = i
        }
        return best >= 0 ? best : nil
    }

    /// Meets `speaker`: the entry with its key is updated and becomes the latest, else one is added.
    mutating func remember(_ speaker: Speaker, chain: [MentionRef]) {
        guard let i = index(of: speaker.key) else { add(speaker, chain: chain); return }
        update(i, speaker, chain: chain)
    }

    /// `remember(speaker, chain: relays)`, returning the chain stated for the speaker: `relays`,
    /// else when they are none the chain its entry had.
    mutating func meet(_ speaker: Speaker, relays: [MentionRef]) -> [MentionRef] {
        guard let i = index(of: speaker.key) else { add(speaker, chain: relays); return relays }
        update(i, speaker, chain: relays)
        return relays.isEmpty ? entries[i].chain : relays
    }

    private mutating func update(_ i: Int, _ speaker: Speaker, chain: [MentionRef]) {
        let met = entries[i].speaker, role = met.role ?? speaker.role, gender = speaker.gender ?? met.gender
        // The speaker met again is kept itself when the entry would differ from it only by
        // its mention and rule: most are, and a restated one is a new object.
        let same = role == speaker.role && met.isPerson == speaker.isPerson && met.organisation == speaker.organisation
            && met.folded == speaker.folded && met.nameFoldedLater == speaker.nameFoldedLater && gender == speaker.gender
        entries[i].speaker = same ? speaker : met.restated(ref: speaker.ref, rule: speaker.rule, role: role, gender: gender)
        if !chain.isEmpty { entries[i].chain = chain }
        // The latest stays where it is, unless its speaker changed kind (a name met again with its entity).
        guard i != latest || links[i].kind != Kind(entries[i].speaker) else { return }
        // Unlinked from its places (keyed, as an entry found by key is), linked as the latest.
        Self.unlink(i, \.all, &links, head: &latest)
        Self.unlink(i, \.keyed, &links, head: &latestKeyed)
        if let kind = links[i].kind { Self.unlink(i, \.ofKind, &links, head: &latestOfKind[kind.rawValue]) }
        link(i)
    }

    private mutating func add(_ speaker: Speaker, chain: [MentionRef]) {
        let i = entries.count
        entries.append(Remembered(speaker: speaker, chain: chain, folded: speaker.folded, unfolded: speaker.nameFoldedLater ? speaker.ref.name : nil))
        links.append(Link(key: speaker.key))
        link(i)
        if indexed { index(i) } else if entries.count == Self.indexedFrom {
            indexed = true
            for k in entries.indices { index(k) }
        }
    }

    private mutating func link(_ i: Int) {
        clock += 1
        links[i].met = clock
        if indexed, let name = entries[i].folded {
            byName[name.foldedHash]?.latest = i
            if name.hasSeveralWords { byLastWord[name.lastWordHash]?.latest = i }
        }
        Self.push(i, \.all, &links, head: &latest)
        guard links[i].key != nil else { return }
        Self.push(i, \.keyed, &links, head: &latestKeyed)
        links[i].kind = Kind(entries[i].speaker)
        if let kind = links[i].kind { Self.push(i, \.ofKind, &links, head: &latestOfKind[kind.rawValue]) }
    }

    /// Takes entry `i` out of one order of meeting, whose latest entry is `head`.
    private static func unlink(_ i: Int, _ order: WritableKeyPath<Link, Neighbours>, _ links: inout [Link], head: inout Int) {
        let n = links[i][keyPath: order]
        if n.before >= 0 { links[n.before][keyPath: order].after = n.after }
        if n.after >= 0 { links[n.after][keyPath: order].before = n.before } else { head = n.before }
    }

    /// Makes entry `i` the latest of one order of meeting, whose latest entry is `head`.
    private static func push(_ i: Int, _ order: WritableKeyPath<Link, Neighbours>, _ links: inout [Link], head: inout Int) {
        links[i][keyPath: order] = Neighbours(before: head, after: -1)
        if head >= 0 { links[head][keyPath: order].after = i }
        head = i
    }

    /// The folded name of entry `i`, folded now if it was left unfolded.
    private mutating func folded(_ i: Int) -> NameKey? {
        if let name = entries[i].unfolded {
            entries[i].folded = NameKey(name: name)
            entries[i].unfolded = nil
        }
        return entries[i].folded
    }

    private mutating func index(_ i: Int) {
        if let key = entries[i].speaker.key { byKey[key] = i }
        guard let name = folded(i) else { return }
        Self.add(i, to: &byName[name.foldedHash, default: Bucket()], links)
        if name.hasSeveralWords { Self.add(i, to: &byLastWord[name.lastWordHash, default: Bucket()], links) }
    }

    private static func add(_ i: Int, to bucket: inout Bucket, _ links: [Link]) {
        bucket.entries.append(i)
        if bucket.latest < 0 || links[i].met > links[bucket.latest].met { bucket.latest = i }
    }
}
