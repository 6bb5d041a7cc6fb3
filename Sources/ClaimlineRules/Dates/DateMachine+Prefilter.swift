/// A set of up to 127 token classes plus "a number", as two words of bits.
public struct DateClassBits: Sendable, Equatable {
    public var lo: UInt64 = 0
    public var hi: UInt64 = 0

    public static let number = DateClassBits(lo: 0, hi: 1 << 63)

    public init(lo: UInt64 = 0, hi: UInt64 = 0) { self.lo = lo; self.hi = hi }

    init(bit: Int) { if bit < 64 { lo = 1 << UInt64(bit) } else { hi = 1 << UInt64(bit - 64) } }

    @inline(__always) public static func | (a: Self, b: Self) -> Self { Self(lo: a.lo | b.lo, hi: a.hi | b.hi) }

    /// True when every bit of `required` is set here.
    @inline(__always) public func covers(_ required: Self) -> Bool { (required.lo & ~lo) | (required.hi & ~hi) == 0 }
}

/// The cheap test that keeps most rules from running: every rule's required elements
/// (month, unit, "ago", "/", a number, …) become bits, each token of the text gets the bits
/// of the elements it can begin, and a rule is tried at a token only when all its bits
/// occur in the next 2^level tokens, where 2^level covers the longest match of the rule.
extension DateMachine {
    /// Fills `wordBits`, `punctBits`, `requiredBits` and `windowLevels` from the rules. With
    /// more classes than bits, the classes most rules require get bits.
    mutating func addPrefilter(_ rules: [DateRule], fragments: [DateFragment]) {
        let requirements = rules.map { rule in rule.nodes.compactMap { Self.requirement($0, fragments: fragments) } }
        var uses: [[Int32]: Int] = [:]
        for list in requirements { for key in list where !key.isEmpty { uses[key, default: 0] += 1 } }
        let ranked = uses.keys.sorted { a, b in
            if uses[a]! != uses[b]! { return uses[a]! > uses[b]! }
            return a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
        }
        var classes: [[Int32]: DateClassBits] = [:]
        wordBits = Array(repeating: DateClassBits(), count: lexiconSize)
        punctBits = Array(repeating: DateClassBits(), count: 128)
        for (i, key) in ranked.prefix(127).enumerated() {
            let bit = DateClassBits(bit: i)
            classes[key] = bit
            for k in key { if k >= 0 { wordBits[Int(k)] = wordBits[Int(k)] | bit } else { punctBits[Int(-1 - k)] = punctBits[Int(-1 - k)] | bit } }
        }
        for (rule, list) in zip(rules, requirements) {
            requiredBits.append(list.reduce(DateClassBits()) { $0 | ($1.isEmpty ? .number : classes[$1] ?? DateClassBits()) })
            let window = Self.maxTokens(rule.nodes, fragments: fragments)
            var level = 0
            while 1 << level < window { level += 1 }
            windowLevels.append(UInt8(level))
            levels = max(levels, level + 1)
        }
    }

    /// What a required (non-optional) element needs to see, as a class key: word ids, and
    /// ASCII marks as -1 - scalar; an empty key stands for "a number".
    static func requirement(_ node: DatePatternNode, fragments: [DateFragment]) -> [Int32]? {
        switch node {
        case .token(let test): return key([test])
        case .fragment(let f, _): return key(fragments[f].surfaces.map { $0.tests[0] })
        default: return nil
        }
    }

    /// The class of tokens that can pass one of `tests`: all numbers, or all words and marks.
    static func key(_ tests: [DateTokenTest]) -> [Int32]? {
        var key: Set<Int32> = [], numbers = 0
        for test in tests {
            switch test {
            case .number: numbers += 1
            case .literal(let words, let puncts, _):
                if puncts.contains(where: { $0 >= 128 }) { return nil }
                key.formUnion(words)
                key.formUnion(puncts.map { -1 - Int32($0) })
            }
        }
        if numbers == tests.count { return [] }
        return numbers == 0 && !key.isEmpty ? key.sorted() : nil
    }

    /// The most tokens a pattern can span, context included.
    /// Tokens in the fragment's longest surface (1 when it has none).
    static func longestSurface(_ fragment: DateFragment) -> Int {
        var longest = 0
        for surface in fragment.surfaces { longest = max(longest, surface.tests.count) }
        return fragment.surfaces.isEmpty ? 1 : longest
    }

    static func maxTokens(_ nodes: [DatePatternNode], fragments: [DateFragment]) -> Int {
        nodes.reduce(0) { total, node in
            switch node {
            case .token: return total + 1
            case .fragment(let f, _): return total + longestSurface(fragments[f])
            case .optional(let inner): return total + maxTokens(inner, fragments: fragments)
            case .spanStart, .spanEnd, .notNext: return total
            }
        }
    }
}
