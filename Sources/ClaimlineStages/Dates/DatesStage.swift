import ClaimlineCore
import ClaimlineRules

/// Finds temporal expressions with the date rule tables and resolves them to TIMEX3 values.
/// Needs the analysis view (and, if present, boilerplate regions and entity mentions with
/// active years); adds `Document.dates` and warnings for weekdays that contradict dates.
final class DatesStage: Stage {
    let kind = StageKind.dates
    let plan: DatesPlan
    private let tokenizer: DateTokenizer
    private var matcher: DateMatcher
    private var tokens: [DateToken] = []
    private var matches: [DateRuleMatch] = []
    private var taken: [Bool] = []
    /// Prefilter bits per window level, `levelBits[level * stride + token]`.
    private var levelBits: [DateClassBits] = []
    private var stride = 0
    private let forms = DateFormCache()

    init(plan: DatesPlan) {
        self.plan = plan
        tokenizer = DateTokenizer(lexicon: plan.rules.lexicon)
        matcher = DateMatcher(rules: plan.rules)
    }

    deinit { matcher.release() }

    func run(_ document: inout Document) throws(StageError) {
        tokenizer.tokenize(document.view.scalars, into: &tokens)
        findMatches()
        let order = document.metadata.source.flatMap { plan.sourceOrders[$0.lowercased()] } ?? plan.numericOrder
        let chosen = select(order: order)
        var resolution = DateResolution(plan: plan, document: document, forms: forms)
        for match in chosen {
            let view = ScalarSpan(Int(tokens[match.first].start), Int(tokens[match.end - 1].end))
            let span = document.view.original(view)
            if document.isBoilerplate(span) { continue }
            resolution.add(match, span: span, view: view)
        }
        document.dates = resolution.mentions
        document.warnings.append(contentsOf: resolution.warnings)
    }

    /// Every rule's longest match at every token where the rule can start and whose
    /// prefilter bits are all present.
    private func findMatches() {
        matches.removeAll(keepingCapacity: true)
        let machine = plan.rules.machine
        fillWindowBits(machine)
        var matcher = self.matcher, found = self.matches
        defer { self.matcher = matcher; self.matches = found }
        self.matches = []
        let triggers = machine.triggerPool, required = machine.requiredBits, wordTriggers = machine.wordTriggers
        let levels = machine.windowLevels, bits = levelBits, stride = self.stride
        tokens.withUnsafeBufferPointer { buffer in
            matcher.setTokens(buffer)
            for i in buffer.indices {
                let token = buffer[i]
                let range: DateMachine.Range32
                switch token.kind {
                case .word: if token.word < 0 { continue }; range = wordTriggers[Int(token.word)]
                case .number: range = machine.numberTriggers
                case .punct: if token.number >= 128 { continue }; range = machine.punctTriggers[Int(token.number)]
                }
                for k in Int(range.start)..<Int(range.start + range.count) {
                    let rule = Int(triggers[k])
                    if !bits[Int(levels[rule]) * stride + i].covers(required[rule]) { continue }
                    if let m = matcher.match(rule, at: i) { found.append(m) }
                }
            }
            matcher.setTokens(UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    /// For each token and level, the prefilter bits of the 2^level tokens starting there.
    private func fillWindowBits(_ machine: DateMachine) {
        let n = tokens.count
        stride = n
        if levelBits.count < n * machine.levels { levelBits = Array(repeating: DateClassBits(), count: (n + n / 2) * machine.levels) }
        let punctBits = machine.punctBits
        machine.wordBits.withUnsafeBufferPointer { wordBits in
            tokens.withUnsafeBufferPointer { tokens in
                levelBits.withUnsafeMutableBufferPointer { bits in
                    for i in 0..<n {
                        let t = tokens[i]
                        switch t.kind {
                        case .number: bits[i] = .number
                        case .word: bits[i] = t.word >= 0 ? wordBits[Int(t.word)] : DateClassBits()
                        case .punct: bits[i] = t.number < 128 ? punctBits[Int(t.number)] : DateClassBits()
                        }
                    }
                    for level in 1..<max(1, machine.levels) {
                        let from = (level - 1) * n, to = level * n, step = 1 << (level - 1)
                        for i in 0..<n { bits[to + i] = i + step < n ? bits[from + i] | bits[from + i + step] : bits[from + i] }
                    }
                }
            }
        }
    }

    /// Longest spans first (then the most context, the declared numeric order, table order),
    /// never overlapping; returned in text order.
    private func select(order: NumericDateOrder) -> [DateRuleMatch] {
        if matches.isEmpty { return [] }
        let ranks = order == .mdy ? plan.tieRanks.mdy : plan.tieRanks.dmy
        func rank(_ m: DateRuleMatch) -> Int { ranks[m.rule] }
        matches.sort { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.consumed != b.consumed { return a.consumed > b.consumed }
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            return a.rule != b.rule ? a.rule < b.rule : a.first < b.first
        }
        taken.removeAll(keepingCapacity: true)
        taken.append(contentsOf: repeatElement(false, count: tokens.count))
        var chosen: [DateRuleMatch] = []
        for m in matches where !taken[m.first..<m.end].contains(true) {
            for t in m.first..<m.end { taken[t] = true }
            chosen.append(m)
        }
        return chosen.sorted { $0.first < $1.first }
    }
}
