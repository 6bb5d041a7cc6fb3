/// A hash table from 64-bit keys to values, open addressing with linear probing: the
/// matcher looks up every name part of every document here, and the standard Dictionary's
/// per-lookup SipHash costs more than the rest of the work on a part.
struct FlatTable<Value: Sendable>: Sendable {
    private static var empty: UInt64 { UInt64.max }
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// `UInt64.max` is the empty marker, so it is stored as `UInt64.max - 1`.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == empty ? empty - 1 : key }

    @inline(__always)
    func get(_ key: UInt64) -> Value? {
        let k = Self.stored(key)
        var i = Self.slot(k, mask)
        while true {
            let found = keys[i]
            if found == k { return values[i] }
            if found == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.stored(key)
        var i = Self.slot(k, mask)
        while keys[i] != Self.empty && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == Self.empty { count += 1 }
        keys[i] = k
        values[i] = value
    }

    mutating func removeAll() {
        for i in keys.indices { keys[i] = Self.empty; values[i] = nil }
        count = 0
    }

    private mutating func grow() {
        var bigger = FlatTable(capacity: keys.count)
        for i in keys.indices where keys[i] != Self.empty { bigger.set(keys[i], values[i]!) }
        self = bigger
    }
}
