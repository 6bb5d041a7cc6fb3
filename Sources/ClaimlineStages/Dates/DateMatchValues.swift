import CMemoryHints

/// A rule's rendered value and its parsed form depend only on the rule and the captures,
/// and the same few combinations recur across documents ("last week", "April 2014"), so
/// they are kept per stage instance (one worker) in a direct-mapped table under a key
/// packed from plain integers: a hit costs a few multiplications and compares instead of
/// building and hashing a string. A combination that collides just replaces the older one.
final class DateMatchValues {
    /// The rendered value and its form (nil when the value is no known form). A class: a
    /// lookup hands out one reference instead of copying the strings inside the form.
    /// Fields in the order a mention reads them (`rendered` only for a warning).
    final class Value {
        /// The value of a `.complete` form, which needs no resolving (read without copying the form).
        let complete: String?
        /// For a `PREV-` shift: how precise the latest earlier value must be to count from it.
        let previousPrecision: Int?
        let form: DateValueForm?
        let rendered: String

        init(rendered: String, form: DateValueForm?) {
            self.rendered = rendered
            self.form = form
            if case .complete(let value)? = form { complete = value } else { complete = nil }
            if case .fromPrevious(.shift(let unit, _, _, _))? = form { previousPrecision = DateResolution.precision(unit) } else { previousPrecision = nil }
        }
    }

    /// A rule and up to `Key.slots` captures, each packed into one word.
    struct Key: Equatable {
        static let slots = 4
        var rule: Int32
        var count: Int32
        var captures: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        /// Nil when the rule has more captures than a key holds.
        init?(rule: Int, captures: ArraySlice<DateCapture>) {
            guard captures.count <= Self.slots else { return nil }
            self.rule = Int32(rule)
            count = Int32(captures.count)
            let base = captures.startIndex, n = captures.count
            func word(_ k: Int) -> UInt64 { k < n ? Self.pack(captures[base + k]) : 0 }
            self.captures = (word(0), word(1), word(2), word(3))
        }

        static func pack(_ capture: DateCapture) -> UInt64 {
            switch capture {
            case .none: return 0
            case .fixed(let fragment, let surface): return 1 << 62 | UInt64(UInt32(bitPattern: fragment)) << 31 | UInt64(UInt32(bitPattern: surface))
            case .number(let n): return 2 << 62 | UInt64(UInt32(bitPattern: n))
            }
        }

        static func == (a: Key, b: Key) -> Bool {
            a.rule == b.rule && a.count == b.count && a.captures.0 == b.captures.0 && a.captures.1 == b.captures.1
                && a.captures.2 == b.captures.2 && a.captures.3 == b.captures.3
        }

        /// The table slot of the key (multiplicative hashing of its words).
        func slot(mask: Int) -> Int {
            var h = UInt64(UInt32(bitPattern: rule)) &* 0x9E37_79B9_7F4A_7C15
            h = (h ^ captures.0) &* 0xBF58_476D_1CE4_E5B9
            h = (h ^ captures.1) &* 0x94D0_49BB_1331_11EB
            h = (h ^ captures.2) &* 0x9E37_79B9_7F4A_7C15
            h = (h ^ captures.3) &* 0xBF58_476D_1CE4_E5B9
            return Int(truncatingIfNeeded: h >> 32) & mask
        }
    }

    private static let size = 4096
    /// About the size of a `Value` object: its header and fields.
    private static let valueBytes = 16 + MemoryLayout<String?>.stride + MemoryLayout<Int?>.stride + MemoryLayout<DateValueForm?>.stride
        + MemoryLayout<String>.stride
    /// One stage instance (one thread) owns the table: no access needs a runtime check.
    /// Each value is retained by hand (released when replaced or in `deinit`), so that
    /// `prefetchValue` can read its address without touching its reference count.
    @exclusivity(unchecked) private var slots: [(key: Key, value: Unmanaged<Value>)?] = Array(repeating: nil, count: DateMatchValues.size)
    /// Parsed forms by rendered value, for combinations not seen yet.
    private let forms = DateFormCache()

    /// Asks for the slot of `rule` with `captures` ahead of `value(rule:captures:render:)`:
    /// the table is cold after the other stages ran, and a document's matches are all known
    /// before the first is resolved, so their misses can overlap.
    func prefetchSlot(rule: Int, captures: ArraySlice<DateCapture>) {
        guard let key = Key(rule: rule, captures: captures) else { return }
        slots.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + key.slot(mask: Self.size - 1)) }
    }

    /// Asks for the value a slot asked for by `prefetchSlot` holds, when it is the one of
    /// `rule` with `captures`: a hit retains it, and its count is as cold as the slot was.
    func prefetchValue(rule: Int, captures: ArraySlice<DateCapture>) {
        guard let key = Key(rule: rule, captures: captures) else { return }
        guard let known = slots[key.slot(mask: Self.size - 1)], known.key == key else { return }
        // The object spans two or three lines (the form is kept in it).
        let object = known.value.toOpaque()
        for line in stride(from: 0, to: Self.valueBytes, by: 64) { memory_prefetch(object + line) }
    }

    /// The value of `rule` with `captures`; `render` builds it when it is not known yet.
    func value(rule: Int, captures: ArraySlice<DateCapture>, render: () -> String) -> Value {
        guard let key = Key(rule: rule, captures: captures) else { return make(render()) }
        let slot = key.slot(mask: Self.size - 1)
        if let known = slots[slot], known.key == key { return known.value.takeUnretainedValue() }
        let value = make(render())
        slots[slot]?.value.release()
        slots[slot] = (key, Unmanaged.passRetained(value))
        return value
    }

    deinit {
        for case let known? in slots { known.value.release() }
    }

    private func make(_ rendered: String) -> Value { Value(rendered: rendered, form: forms.form(rendered)) }
}
