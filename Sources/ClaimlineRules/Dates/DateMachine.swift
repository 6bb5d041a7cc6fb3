/// The rules compiled into flat arrays of plain values for the matcher's hot loop: no
/// arrays inside enums, so matching copies and reference-counts nothing. Built once from a
/// `DateRuleSet`; ranges are (start, count) pairs into shared pools.
public struct DateMachine: Sendable {
    public enum Op: Sendable {
        case test(Int32)
        case fragment(Int32, slot: Int32)
        /// Continue at the next op, and also at the given op.
        case split(Int32)
        case spanStart, spanEnd
        case notNext(Int32)
        case accept
    }

    public struct Test: Sendable {
        public var isNumber: Bool
        public var capital: Bool
        public var words: Range32
        public var puncts: Range32
        public var number: DateNumberSpec
    }

    public struct Range32: Sendable {
        public var start: Int32
        public var count: Int32
        public static let empty = Range32(start: 0, count: 0)
    }

    public struct Surface: Sendable {
        public var tests: Range32
        /// Index of the surface within its fragment (what a capture records).
        public var local: Int32
        public var isNumber: Bool
    }

    public var tests: [Test] = []
    public var wordPool: [Int32] = []
    public var punctPool: [UInt32] = []
    public var ops: [Op] = []
    /// First op of each rule.
    public var ruleStart: [Int32] = []
    public var surfaces: [Surface] = []
    public var surfaceTests: [Int32] = []
    /// Per fragment × word id: the surfaces starting with that word; per fragment: the
    /// surfaces starting with a number, and those starting with a test that takes marks
    /// (so a token is tried only against surfaces that can start with its kind).
    public var fragmentWords: [Range32] = []
    public var fragmentNumbers: [Range32] = []
    public var fragmentMarks: [Range32] = []
    public var surfacePool: [Int32] = []
    public let lexiconSize: Int
    /// Rules that can start at a word id, at a number, at an ASCII mark.
    public var wordTriggers: [Range32] = []
    public var numberTriggers = Range32.empty
    public var punctTriggers: [Range32] = Array(repeating: .empty, count: 128)
    public var triggerPool: [Int32] = []
    /// Prefilter bits (see DateMachine+Prefilter): per word id, per rule; per rule the level
    /// (window of 2^level tokens) its bits are looked for in, and how many levels there are.
    public var wordBits: [DateClassBits] = []
    public var punctBits: [DateClassBits] = []
    public var requiredBits: [DateClassBits] = []
    public var windowLevels: [UInt8] = []
    public var levels = 1
    /// Per rule: where its bits of the keys its second token may have start in
    /// `secondKeyBits`, or -1 when any token may follow its first (DatePatternSecond).
    public var secondKeys: [Int32] = []
    public var secondKeyBits: [UInt64] = []

    public init(lexicon: DateLexicon, fragments: [DateFragment], rules: [DateRule]) {
        lexiconSize = lexicon.words.count
        for rule in rules {
            ruleStart.append(Int32(ops.count))
            for instruction in rule.program { ops.append(op(instruction, base: Int32(ruleStart.last!))) }
        }
        for fragment in fragments { addFragment(fragment) }
        addTriggers(rules, fragments: fragments)
        addPrefilter(rules, fragments: fragments)
        addSecondKeys(rules, fragments: fragments)
    }

    mutating func op(_ instruction: DateInstruction, base: Int32) -> Op {
        switch instruction {
        case .test(let t): return .test(add(t))
        case .fragment(let f, let slot): return .fragment(Int32(f), slot: Int32(slot))
        case .split(let skip): return .split(base + Int32(skip))
        case .spanStart: return .spanStart
        case .spanEnd: return .spanEnd
        case .notNext(let t): return .notNext(add(t))
        case .accept: return .accept
        }
    }

    mutating func add(_ test: DateTokenTest) -> Int32 {
        var flat = Test(isNumber: false, capital: false, words: .empty, puncts: .empty,
                        number: DateNumberSpec(low: 0, high: 0, width: 0, suffix: .none))
        switch test {
        case .number(let spec): flat.isNumber = true; flat.number = spec
        case .literal(let words, let puncts, let capital):
            flat.capital = capital
            flat.words = Range32(start: Int32(wordPool.count), count: Int32(words.count)); wordPool += words
            flat.puncts = Range32(start: Int32(punctPool.count), count: Int32(puncts.count)); punctPool += puncts
        }
        tests.append(flat)
        return Int32(tests.count - 1)
    }

    mutating func addFragment(_ fragment: DateFragment) {
        var byWord = Array(repeating: [Int32](), count: lexiconSize), numbers: [Int32] = [], marks: [Int32] = []
        for (local, surface) in fragment.surfaces.enumerated() {
            let start = Int32(surfaceTests.count)
            for t in surface.tests { surfaceTests.append(add(t)) }
            let id = Int32(surfaces.count)
            surfaces.append(Surface(tests: Range32(start: start, count: Int32(surface.tests.count)), local: Int32(local),
                                    isNumber: surface.value == .number))
            switch surface.tests[0] {
            case .literal(let words, let puncts, _) where puncts.isEmpty: for w in words { byWord[Int(w)].append(id) }
            case .literal: marks.append(id)
            case .number: numbers.append(id)
            }
        }
        for list in byWord { fragmentWords.append(pool(list)) }
        fragmentNumbers.append(pool(numbers))
        fragmentMarks.append(pool(marks))
    }

    mutating func pool(_ list: [Int32]) -> Range32 {
        defer { surfacePool += list }
        return Range32(start: Int32(surfacePool.count), count: Int32(list.count))
    }

    mutating func addTriggers(_ rules: [DateRule], fragments: [DateFragment]) {
        var byWord = Array(repeating: [Int32](), count: lexiconSize), byNumber: [Int32] = []
        var byPunct = Array(repeating: [Int32](), count: 128)
        let fragmentKeys = fragments.map { DatePatternFirst.keys(of: $0) }
        for (i, rule) in rules.enumerated() {
            for key in DatePatternFirst.keys(of: rule.nodes, fragmentKeys: fragmentKeys).keys {
                switch key {
                case .word(let w): byWord[Int(w)].append(Int32(i))
                case .number: byNumber.append(Int32(i))
                case .punct(let p) where p < 128: byPunct[Int(p)].append(Int32(i))
                case .punct: continue
                }
            }
        }
        func put(_ list: [Int32]) -> Range32 {
            defer { triggerPool += list.sorted() }
            return Range32(start: Int32(triggerPool.count), count: Int32(list.count))
        }
        wordTriggers = byWord.map(put)
        numberTriggers = put(byNumber)
        punctTriggers = byPunct.map(put)
    }
}
