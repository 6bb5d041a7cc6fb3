import CMemoryHints

/// A hash table from 64-bit keys to values, open addressing with linear probing, key and
/// value side by side (one cache line per probe): the matcher looks up every name part of
/// every document here, and the standard Dictionary's per-lookup SipHash and separate key
/// and value storage cost more than the rest of the work on a part.
struct FlatTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    private static var empty: UInt64 { UInt64.max }
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: Self.empty, value: nil), count: size)
        mask = size - 1
    }

    /// A table without storage, which stands in for one moved out while it is probed:
    /// `init(capacity:)` would allocate sixteen slots for it on every call.
    static var vacant: FlatTable { FlatTable(slots: [], mask: 0) }

    private init(slots: [Slot], mask: Int) {
        self.slots = slots
        self.mask = mask
    }

    @inline(__always)
    private static func index(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// `UInt64.max` is the empty marker, so it is stored as `UInt64.max - 1`.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == empty ? empty - 1 : key }

    @inline(__always)
    func get(_ key: UInt64) -> Value? {
        let k = Self.stored(key)
        var i = Self.index(k, mask)
        while true {
            let found = slots[i].key
            if found == k { return slots[i].value }
            if found == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }

    /// Asks the memory system for the slot `key` would be read from, so that a probe made a
    /// little later finds it in cache.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        slots.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + Self.index(Self.stored(key), mask)) }
    }

    mutating func set(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > slots.count { grow() }
        let k = Self.stored(key)
        var i = Self.index(k, mask)
        while slots[i].key != Self.empty && slots[i].key != k { i = (i + 1) & mask }
        if slots[i].key == Self.empty { count += 1 }
        slots[i] = Slot(key: k, value: value)
    }

    mutating func removeAll() {
        for i in slots.indices { slots[i] = Slot(key: Self.empty, value: nil) }
        count = 0
    }

    private mutating func grow() {
        var bigger = FlatTable(capacity: slots.count)
        for slot in slots where slot.key != Self.empty { bigger.set(slot.key, slot.value!) }
        self = bigger
    }
}
