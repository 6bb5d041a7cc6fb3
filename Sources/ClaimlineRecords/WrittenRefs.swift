import ClaimlineCore

/// The references a record has written so far, by span, with where their JSON lies in the
/// writer: a quote's speaker comes again in its chain and in the claims drawn from it, so
/// about half the references of a record were written before. A reference whose bytes are
/// those of one written before (the same span and the same strings, down to their storage)
/// has the same JSON, which is copied instead of written again. Strings equal in value
/// but stored apart are simply written again: the output is the same either way.
///
/// Open addressing, never more than half full, so probes stay short (the references past
/// that are written without a note). The table is kept from one record to the next: a slot
/// holds the number of the record that filled it, and a slot of an earlier record counts as
/// empty, so starting a record neither allocates nor clears anything. The references are
/// held by address: valid while the document being written is unchanged.
public struct WrittenRefs: ~Copyable {
    private struct Slot {
        var ref: UnsafePointer<MentionRef>?
        var json: Range<Int>
        var record: Int
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var capacity = 0
    private var mask = 0
    private var room = 0
    /// The number of the record being written (slots start at 0, an empty record before the first).
    private var record = 0
    /// The JSON of entities' shared facts, kept across records too.
    var facts = WrittenFacts()

    public init() {
        slots = .allocate(capacity: 0)
    }

    deinit { slots.deallocate() }

    /// Forgets the notes of the record before and makes room for about `count` references.
    mutating func start(count: Int) {
        var size = 8
        while size < count &* 2 { size &*= 2 }
        if size > capacity {
            slots.deallocate()
            slots = .allocate(capacity: size)
            slots.initialize(repeating: Slot(ref: nil, json: 0..<0, record: 0), count: size)
            capacity = size
        }
        record &+= 1
        mask = size &- 1
        room = size / 2
    }

    /// Where the JSON of a reference the same as `r` lies, if one was written; else the slot
    /// where `add` keeps `r`.
    func find(_ r: UnsafePointer<MentionRef>) -> (json: Range<Int>?, slot: Int) {
        var i = (r.pointee.span.start &* 31 &+ r.pointee.span.end) & mask
        while slots[i].record == record {
            if WrittenRefs.sameBits(slots[i].ref!, r) { return (slots[i].json, i) }
            i = (i &+ 1) & mask
        }
        return (nil, i)
    }

    /// Notes that `r`'s JSON lies at `json`, in the slot `find` gave for it.
    mutating func add(_ r: UnsafePointer<MentionRef>, json: Range<Int>, slot: Int) {
        guard room > 0 else { return }
        slots[slot] = Slot(ref: r, json: json, record: record)
        room &-= 1
    }

    /// Whether two references hold the same bits: every field, strings by their two words.
    @inline(__always)
    private static func sameBits(_ a: UnsafePointer<MentionRef>, _ b: UnsafePointer<MentionRef>) -> Bool {
        let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
        let words = MemoryLayout<MentionRef>.size / 8
        for k in 0..<words where x.load(fromByteOffset: k &* 8, as: UInt64.self) != y.load(fromByteOffset: k &* 8, as: UInt64.self) {
            return false
        }
        for k in (words &* 8)..<MemoryLayout<MentionRef>.size where x.load(fromByteOffset: k, as: UInt8.self) != y.load(fromByteOffset: k, as: UInt8.self) {
            return false
        }
        return true
    }
}
