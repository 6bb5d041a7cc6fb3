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
    /// The captures of `matches`, each match's in one run.
    private var capturePool: [DateCapture] = []
    private var taken: [Bool] = []
    /// Prefilter bits of the 2^level tokens from each token of a block, one run per level
    /// (level 0: each token's own bits); the buffer may be longer than needed.
    private var windows: [DateClassBits] = []
    /// The machine's trigger pool with each rule's window level and required bits inline.
    private let triggers: [Trigger]
    private var live: DocumentTriggers
    /// `DateMachine.secondKeyBits` (the keys a rule's second token may have), then the
    /// `TriggerFollowers` bits (those of all the rules a key starts).
    private let secondKeyBits: [UInt64]
    private let values = DateMatchValues()

    init(plan: DatesPlan) {
        self.plan = plan
        tokenizer = DateTokenizer(lexicon: plan.rules.lexicon)
        matcher = DateMatcher(rules: plan.rules)
        let machine = plan.rules.machine
        let followers = TriggerFollowers(machine: machine, base: machine.secondKeyBits.count)
        live = DocumentTriggers(lexiconSize: machine.lexiconSize, capacity: machine.triggerPool.count, followers: followers.starts)
        triggers = machine.triggerPool.map { rule in
            Trigger(rule: rule, level: Int32(machine.windowLevels[Int(rule)]), required: machine.requiredBits[Int(rule)],
                    second: machine.secondKeys[Int(rule)])
        }
        secondKeyBits = machine.secondKeyBits + followers.bits
    }

    /// A rule that can start at some token: it is tried there when its required bits all
    /// occur in the 2^level tokens from there and the next token's key is among those its
    /// second token may have (bits from `second` in `secondKeyBits`; -1: any token).
    struct Trigger {
        var rule: Int32
        var level: Int32
        var required: DateClassBits
        var second: Int32
    }

    deinit { matcher.release() }

    func run(_ document: inout Document) throws(StageError) {
        tokenizer.tokenize(document.view.scalars, into: &tokens)
        findMatches()
        let order = document.metadata.source.flatMap { plan.sourceOrders[$0.lowercased()] } ?? plan.numericOrder
        let chosen = select(order: order)
        var resolution = DateResolution(plan: plan, document: document, values: values)
        resolution.mentions.reserveCapacity(chosen.count)
        for match in chosen {
            let view = ScalarSpan(Int(tokens[match.first].start), Int(tokens[match.end - 1].end))
            let span = document.view.original(view)
            if document.isBoilerplate(span) { continue }
            resolution.add(match, captures: capturePool[match.captures], span: span, view: view)
        }
        document.dates = resolution.mentions
        document.warnings.append(contentsOf: resolution.warnings)
    }

    /// Every rule's longest match at every token where the rule can start and whose
    /// prefilter bits are all present in the window of tokens the rule can span.
    private func findMatches() {
        matches.removeAll(keepingCapacity: true)
        capturePool.removeAll(keepingCapacity: true)
        let machine = plan.rules.machine
        let present = presentBits(machine)
        // Filled in place: a copy of `live` would copy its per-key arrays on every document.
        tokens.withUnsafeBufferPointer { self.live.fill($0, present: present, machine: machine, triggers: triggers) }
        let levels = max(1, live.levels)
        // A window of the highest level reaches this many tokens past its first.
        let reach = (1 << (levels - 1)) - 1
        var matcher = self.matcher, found = self.matches, captures = self.capturePool
        defer { self.matcher = matcher; self.matches = found; self.capturePool = captures }
        self.matches = []
        self.capturePool = []
        tokens.withUnsafeBufferPointer { buffer in
            matcher.setTokens(buffer)
            var start = 0
            while start < buffer.count {
                let end = min(buffer.count, start + Self.blockTokens)
                let width = min(buffer.count, end + reach) - start
                fillTokenBits(machine, from: start, count: width, levels: levels)
                fillWindows(levels: levels, count: width)
                tryRules(buffer, start..<end, width: width, machine: machine, matcher: &matcher,
                         found: &found, captures: &captures)
                start = end
            }
            matcher.setTokens(UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    /// Windows are built for this many tokens at a time (plus the reach of the widest
    /// window), so their buffer stays small however long the document is.
    private static let blockTokens = 1 << 14

    /// Tries the live rules at each token of `block`, whose windows start the buffer in
    /// runs of `width` per level.
    private func tryRules(_ buffer: UnsafeBufferPointer<DateToken>, _ block: Range<Int>, width: Int,
                          machine: DateMachine, matcher: inout DateMatcher,
                          found: inout [DateRuleMatch], captures: inout [DateCapture]) {
        let lexiconSize = machine.lexiconSize
        let live = self.live
        windows.withUnsafeBufferPointer { windows in
            secondKeyBits.withUnsafeBufferPointer { secondBits in
                live.pool.withUnsafeBufferPointer { triggers in
                    live.ranges.withUnsafeBufferPointer { ranges in
                        for i in block {
                            let key = DocumentTriggers.key(buffer[i], lexiconSize: lexiconSize)
                            if key < 0 { continue }
                            let range = ranges[key]
                            if range.count == 0 { continue }
                            if range.follower >= 0 && !Self.mayFollow(buffer, i, secondBits, Int(range.follower), lexiconSize) { continue }
                            for k in Int(range.start)..<Int(range.start + range.count) {
                                let trigger = triggers[k]
                                if !windows[Int(trigger.level) &* width &+ (i &- block.lowerBound)].covers(trigger.required) { continue }
                                if trigger.second >= 0 && !Self.mayFollow(buffer, i, secondBits, Int(trigger.second), lexiconSize) { continue }
                                if let m = matcher.match(Int(trigger.rule), at: i, captures: &captures) { found.append(m) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// True when a token follows token `i` and its key has a bit in the rule's second-token
    /// keys from `start`.
    @inline(__always)
    private static func mayFollow(_ tokens: UnsafeBufferPointer<DateToken>, _ i: Int, _ bits: UnsafeBufferPointer<UInt64>,
                                  _ start: Int, _ lexiconSize: Int) -> Bool {
        guard i &+ 1 < tokens.count else { return false }
        let key = DocumentTriggers.key(tokens[i &+ 1], lexiconSize: lexiconSize)
        return key >= 0 && bits[start &+ key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// Fills the window levels above 0 up to `levels` for the `count` tokens at the start of
    /// the buffer: the 2^level tokens from `i` are the 2^(level-1) from `i` and the
    /// 2^(level-1) after those (cut at the end of the run, which is the end of the text or
    /// lies past the reach of every window the block's tokens are checked with).
    private func fillWindows(levels: Int, count n: Int) {
        windows.withUnsafeMutableBufferPointer { w in
            guard let base = w.baseAddress else { return }
            for level in 1..<levels {
                let half = 1 << (level - 1)
                let below = base + (level - 1) * n, here = base + level * n
                let full = max(0, n - half)
                for i in 0..<full { here[i] = below[i] | below[i &+ half] }
                for i in full..<n { here[i] = below[i] }
            }
        }
    }

    /// The prefilter bits of one token.
    @inline(__always)
    private static func bits(_ t: DateToken, _ wordBits: UnsafeBufferPointer<DateClassBits>,
                             _ punctBits: UnsafeBufferPointer<DateClassBits>) -> DateClassBits {
        switch t.kind {
        case .number: return .number
        case .word: return t.word >= 0 ? wordBits[Int(t.word)] : DateClassBits()
        case .punct: return t.number < 128 ? punctBits[Int(t.number)] : DateClassBits()
        }
    }

    /// The prefilter bits of the whole document.
    private func presentBits(_ machine: DateMachine) -> DateClassBits {
        machine.punctBits.withUnsafeBufferPointer { punctBits in
            machine.wordBits.withUnsafeBufferPointer { wordBits in
                tokens.withUnsafeBufferPointer { tokens in
                    var present = DateClassBits()
                    for t in tokens { present = present | Self.bits(t, wordBits, punctBits) }
                    return present
                }
            }
        }
    }

    /// The prefilter bits of the `count` tokens from `start` (window level 0), at the start
    /// of the buffer, which gets room for `levels` runs of `count`.
    private func fillTokenBits(_ machine: DateMachine, from start: Int, count: Int, levels: Int) {
        let size = count * levels
        if windows.count < size { windows = Array(repeating: DateClassBits(), count: size) }
        machine.punctBits.withUnsafeBufferPointer { punctBits in
            machine.wordBits.withUnsafeBufferPointer { wordBits in
                tokens.withUnsafeBufferPointer { tokens in
                    windows.withUnsafeMutableBufferPointer { bits in
                        for i in 0..<count { bits[i] = Self.bits(tokens[start &+ i], wordBits, punctBits) }
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
        // A local copy: marking tokens on the stored array would check exclusive access each time.
        var taken = self.taken
        self.taken = []
        defer { self.taken = taken }
        taken.removeAll(keepingCapacity: true)
        taken.append(contentsOf: repeatElement(false, count: tokens.count))
        var chosen: [DateRuleMatch] = []
        chosen.reserveCapacity(matches.count)
        for m in matches where !taken[m.first..<m.end].contains(true) {
            for t in m.first..<m.end { taken[t] = true }
            chosen.append(m)
        }
        return chosen.sorted { $0.first < $1.first }
    }
}
