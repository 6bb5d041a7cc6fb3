/// The person mentions short-form linking has passed so far, for "the spokesman": the
/// mention it names is the one of highest index among them whose entry holds that role.
/// Each role asked about keeps a cursor into the list and its best so far, so the list is
/// read once per role over the whole document instead of once per role noun.
struct PersonsSeen {
    private var mentions: [Int32] = []
    private var asked: [(role: String, cursor: Int, best: Int32)] = []

    /// Forgets the last document; the storage is kept.
    mutating func reset() {
        mentions.removeAll(keepingCapacity: true)
        asked.removeAll(keepingCapacity: true)
    }

    mutating func append(_ mention: Int32) { mentions.append(mention) }

    /// The highest mention index seen whose entry `holds` the role, or nil.
    mutating func latest(holding role: String, _ holds: (Int32) -> Bool) -> Int32? {
        var r = asked.firstIndex { $0.role == role } ?? -1
        if r < 0 { asked.append((role, 0, -1)); r = asked.count - 1 }
        var best = asked[r].best
        for m in mentions[asked[r].cursor...] where m > best && holds(m) { best = m }
        asked[r].cursor = mentions.count
        asked[r].best = best
        return best >= 0 ? best : nil
    }
}
