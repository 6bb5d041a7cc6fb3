import ClaimlineCore

/// The JSON of the facts entity mentions share (`,"type":…,"rule":…`, see `EntityFacts`),
/// kept from one record to the next: a corpus names the same entities through the same
/// table rows again and again, so a mention's facts are copied from here instead of being
/// escaped and written string by string.
///
/// Noted by instance (open addressing on its address, no string hashed or compared). Each
/// instance noted is held here, so that no other can be made at its address while noted.
struct WrittenFacts: ~Copyable {
    private struct Slot {
        var facts: EntityFacts?
        var start: Int32
        var count: Int32
    }

    private var slots = [Slot](repeating: Slot(facts: nil, start: 0, count: 0), count: 512)
    private var noted = 0
    /// The JSON of every instance noted, one after another.
    private var store = JSONWriter(capacity: 1 << 15)
    /// Past this many slots the notes are dropped instead of given more room.
    private let maxSlots = 1 << 14

    /// Calls `body` with the JSON of `facts`, written here first if it is not noted yet.
    /// Given unretained: the mention holding them is read in place, and a hit retains nothing.
    mutating func withJSON<R>(of facts: Unmanaged<EntityFacts>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var i = slot(of: facts)
        if slots[i].facts == nil {
            if (noted &+ 1) &* 2 > slots.count {
                makeRoom()
                i = slot(of: facts)
            }
            let held = facts.takeUnretainedValue()
            let json = withUnsafePointer(to: held.fields) { DocumentRecord.writeFacts($0, into: &store) }
            slots[i] = Slot(facts: held, start: Int32(json.lowerBound), count: Int32(json.count))
            noted &+= 1
        }
        let start = Int(slots[i].start), end = start &+ Int(slots[i].count)
        return store.withBytes { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The slot holding `facts`, or the empty one where it goes.
    @inline(__always)
    private func slot(of facts: Unmanaged<EntityFacts>) -> Int {
        let mask = slots.count &- 1
        let address = facts.toOpaque()
        var i = Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: address)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while let held = slots[i].facts, Unmanaged.passUnretained(held).toOpaque() != address { i = (i &+ 1) & mask }
        return i
    }

    /// Twice the slots, the notes placed again; at `maxSlots`, every note dropped.
    private mutating func makeRoom() {
        let old = slots
        let size = old.count < maxSlots ? old.count &* 2 : old.count
        slots = [Slot](repeating: Slot(facts: nil, start: 0, count: 0), count: size)
        guard size > old.count else {
            noted = 0
            store.reset()
            return
        }
        for s in old where s.facts != nil { slots[slot(of: .passUnretained(s.facts!))] = s }
    }
}

extension JSONCursor {
    /// Bytes that are JSON already, copied as they are.
    @inline(__always)
    mutating func raw(_ json: UnsafeBufferPointer<UInt8>) {
        (out + at).update(from: json.baseAddress!, count: json.count)
        at &+= json.count
        endsOpen = false
    }
}
