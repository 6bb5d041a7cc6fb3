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
    /// Prefilter bits per token (the buffer is longer than the tokens).
    private var tokenBits: [DateClassBits] = []
    /// The machine's trigger pool with each rule's window level and required bits inline.
    private let triggers: [Trigger]
    private var live: DocumentTriggers
    private let values = DateMatchValues()

    init(plan: DatesPlan) {
        self.plan = plan
        tokenizer = DateTokenizer(lexicon: plan.rules.lexicon)
        matcher = DateMatcher(rules: plan.rules)
        let machine = plan.rules.machine
        live = DocumentTriggers(lexiconSize: machine.lexiconSize)
        triggers = machine.triggerPool.map { rule in
            Trigger(rule: rule, level: Int32(machine.windowLevels[Int(rule)]), required: machine.requiredBits[Int(rule)])
        }
    }

    /// A rule that can start at some token: it is tried there when its required bits all
    /// occur in the 2^level tokens from there.
    struct Trigger {
        var rule: Int32
        var level: Int32
        var required: DateClassBits
    }

    deinit { matcher.release() }

    func run(_ document: inout Document) throws(StageError) {
        tokenizer.tokenize(document.view.scalars, into: &tokens)
        findMatches()
        let order = document.metadata.source.flatMap { plan.sourceOrders[$0.lowercased()] } ?? plan.numericOrder
        let chosen = select(order: order)
        var resolution = DateResolution(plan: plan, document: document, values: values)
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
    /// prefilter bits are all present in the window of tokens the rule can span.
    private func findMatches() {
        matches.removeAll(keepingCapacity: true)
        let machine = plan.rules.machine
        let present = fillTokenBits(machine)
        // Filled in place: a copy of `live` would copy its per-key arrays on every document.
        tokens.withUnsafeBufferPointer { self.live.fill($0, present: present, machine: machine, triggers: triggers) }
        var matcher = self.matcher, found = self.matches
        let live = self.live
        defer { self.matcher = matcher; self.matches = found }
        self.matches = []
        let levels = machine.levels, lexiconSize = machine.lexiconSize
        tokens.withUnsafeBufferPointer { buffer in
            tokenBits.withUnsafeBufferPointer { allBits in
                let bits = UnsafeBufferPointer(rebasing: allBits[0..<buffer.count])
                live.pool.withUnsafeBufferPointer { triggers in
                    live.ranges.withUnsafeBufferPointer { ranges in
                        withUnsafeTemporaryAllocation(of: DateClassBits.self, capacity: max(1, levels)) { window in
                            matcher.setTokens(buffer)
                            for i in buffer.indices {
                                let key = DocumentTriggers.key(buffer[i], lexiconSize: lexiconSize)
                                if key < 0 { continue }
                                let range = ranges[key]
                                if range.count == 0 { continue }
                                var known = 0  // window levels filled for this token
                                for k in Int(range.start)..<Int(range.start + range.count) {
                                    let trigger = triggers[k]
                                    let level = Int(trigger.level)
                                    while known <= level { window[known] = Self.windowBits(bits, at: i, level: known, below: known > 0 ? window[known - 1] : nil); known += 1 }
                                    if !window[level].covers(trigger.required) { continue }
                                    if let m = matcher.match(Int(trigger.rule), at: i) { found.append(m) }
                                }
                            }
                            matcher.setTokens(UnsafeBufferPointer(start: nil, count: 0))
                        }
                    }
                }
            }
        }
    }

    /// The prefilter bits of the 2^level tokens from `i`, given those of the first half.
    @inline(__always)
    private static func windowBits(_ bits: UnsafeBufferPointer<DateClassBits>, at i: Int, level: Int,
                                   below: DateClassBits?) -> DateClassBits {
        guard let below else { return bits[i] }
        var result = below
        let half = 1 << (level - 1)
        let end = min(bits.count, i + 2 * half)
        var k = i + half
        while k < end { result = result | bits[k]; k += 1 }
        return result
    }

    /// The prefilter bits of each token; returns those of the whole document.
    private func fillTokenBits(_ machine: DateMachine) -> DateClassBits {
        let n = tokens.count
        if tokenBits.count < n { tokenBits = Array(repeating: DateClassBits(), count: n + n / 2) }
        return machine.punctBits.withUnsafeBufferPointer { punctBits in
            machine.wordBits.withUnsafeBufferPointer { wordBits in
                tokens.withUnsafeBufferPointer { tokens in
                    tokenBits.withUnsafeMutableBufferPointer { bits in
                        var present = DateClassBits()
                        for i in 0..<n {
                            let t = tokens[i]
                            switch t.kind {
                            case .number: bits[i] = .number
                            case .word: bits[i] = t.word >= 0 ? wordBits[Int(t.word)] : DateClassBits()
                            case .punct: bits[i] = t.number < 128 ? punctBits[Int(t.number)] : DateClassBits()
                            }
                            present = present | bits[i]
                        }
                        return present
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
