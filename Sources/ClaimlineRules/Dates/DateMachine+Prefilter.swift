/// The cheap test that keeps most rules from running: every rule's required elements
/// (month, unit, a number, …) become bits, each token of the text gets the bits of the
/// elements it can begin, and a rule is tried at a token only when all its bits occur in
/// the next `window` tokens.
extension DateMachine {
    /// Bit of number tokens; the others are word classes.
    public static let numberBit: UInt64 = 1 << 63

    /// Fills `wordBits`, `requiredBits` and `window` from the rules.
    mutating func addPrefilter(_ rules: [DateRule], fragments: [DateFragment]) {
        var classes: [[Int32]: UInt64] = [:]
        wordBits = Array(repeating: 0, count: lexiconSize)
        for rule in rules {
            var required: UInt64 = 0
            for node in rule.nodes {
                guard let requirement = Self.requirement(node, fragments: fragments) else { continue }
                switch requirement {
                case .number: required |= Self.numberBit
                case .words(let words):
                    if let bit = classes[words] { required |= bit; continue }
                    guard classes.count < 63 else { continue }
                    let bit: UInt64 = 1 << UInt64(classes.count)
                    classes[words] = bit
                    for w in words { wordBits[Int(w)] |= bit }
                    required |= bit
                }
            }
            requiredBits.append(required)
            window = max(window, Self.maxTokens(rule.nodes, fragments: fragments))
        }
    }

    enum Requirement { case number, words([Int32]) }

    /// What a required (non-optional) element needs to see: some word of a set, or a number.
    static func requirement(_ node: DatePatternNode, fragments: [DateFragment]) -> Requirement? {
        switch node {
        case .token(.number): return .number
        case .token(.literal(let words, let puncts, _)): return puncts.isEmpty && !words.isEmpty ? .words(Array(Set(words)).sorted()) : nil
        case .fragment(let f, _):
            var words: Set<Int32> = [], numbers = 0
            for surface in fragments[f].surfaces {
                switch surface.tests[0] {
                case .number: numbers += 1
                case .literal(let w, let p, _): if !p.isEmpty { return nil }; words.formUnion(w)
                }
            }
            if numbers == fragments[f].surfaces.count { return .number }
            return numbers == 0 ? .words(words.sorted()) : nil
        default: return nil
        }
    }

    /// The most tokens a pattern can span, context included.
    static func maxTokens(_ nodes: [DatePatternNode], fragments: [DateFragment]) -> Int {
        nodes.reduce(0) { total, node in
            switch node {
            case .token: return total + 1
            case .fragment(let f, _): return total + (fragments[f].surfaces.map(\.tests.count).max() ?? 1)
            case .optional(let inner): return total + maxTokens(inner, fragments: fragments)
            case .spanStart, .spanEnd, .notNext: return total
            }
        }
    }
}
