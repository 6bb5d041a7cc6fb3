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
    /// The prefilter bits of each trigger key (`DocumentTriggers.key`): word ids, numbers, ASCII marks.
    private let keyBits: [DateClassBits]
    /// The machine's trigger pool with each rule's window level and required bits inline;
    /// each key's run goes by second-token set, then level, so that one failed second-token
    /// test skips every rule of its set.
    private let triggers: [Trigger]
    private var live: DocumentTriggers
    /// `DateMachine.secondKeyBits` (the keys a rule's second token may have), then the
    /// `TriggerFollowers` bits (those of all the rules a key starts).
    private let secondKeyBits: [UInt64]
    private let values = DateMatchValues()
    /// `t1`, `t2`, …: the ids of the first mentions of every document, made once.
    private let mentionIDs = (1...64).map(DateResolution.mentionID)
    /// Scratch for `tryTriggers`: room for every trigger of one key.
    private let passedRules: UnsafeMutableBufferPointer<Int32>

    init(plan: DatesPlan) {
        self.plan = plan
        tokenizer = DateTokenizer(lexicon: plan.rules.lexicon)
        matcher = DateMatcher(rules: plan.rules)
        let machine = plan.rules.machine
        let followers = TriggerFollowers(machine: machine, base: machine.secondKeyBits.count)
        live = DocumentTriggers(lexiconSize: machine.lexiconSize, capacity: machine.triggerPool.count, followers: followers.starts)
        triggers = Self.triggers(machine)
        keyBits = machine.wordBits + [.number] + machine.punctBits
        secondKeyBits = machine.secondKeyBits + followers.bits
        passedRules = .allocate(capacity: max(1, machine.triggerPool.count))
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

    deinit {
        matcher.release()
        passedRules.deallocate()
    }

    /// The machine's trigger pool as `Trigger`s, each key's run sorted by second-token set, then level.
    private static func triggers(_ machine: DateMachine) -> [Trigger] {
        var triggers = machine.triggerPool.map { rule in
            Trigger(rule: rule, level: Int32(machine.windowLevels[Int(rule)]), required: machine.requiredBits[Int(rule)],
                    second: machine.secondKeys[Int(rule)])
        }
        for run in machine.wordTriggers + [machine.numberTriggers] + machine.punctTriggers where run.count > 1 {
            triggers[Int(run.start)..<Int(run.start + run.count)].sort { ($0.second, $0.level, $0.rule) < ($1.second, $1.level, $1.rule) }
        }
        return triggers
    }

    func run(_ document: inout Document) throws(StageError) {
        tokenizer.tokenize(document.view.scalars, into: &tokens)
        findMatches()
        let order = document.metadata.source.flatMap { plan.sourceOrders[$0.lowercased()] } ?? plan.numericOrder
        let chosen = select(order: order)
        var resolution = DateResolution(plan: plan, document: document, values: values, ids: mentionIDs)
        resolution.mentions.reserveCapacity(chosen.count)
        let boilerplate = document.boilerplateSpans()
        for match in chosen {
            let view = ScalarSpan(Int(tokens[match.first].start), Int(tokens[match.end - 1].end))
            let span = document.view.original(view)
            if boilerplate.overlapAny(span) { continue }
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
        // Filled in place: a copy of `live` would copy its per-key arrays on every document.
        tokens.withUnsafeBufferPointer { tokens in
            keyBits.withUnsafeBufferPointer { self.live.fill(tokens, keyBits: $0, machine: machine, triggers: triggers) }
        }
        var matcher = self.matcher, found = self.matches, captures = self.capturePool
        defer { self.matcher = matcher; self.matches = found; self.capturePool = captures }
        self.matches = []
        self.capturePool = []
        tokens.withUnsafeBufferPointer { buffer in
            matcher.setTokens(buffer)
            tryRules(buffer, matcher: &matcher, found: &found, captures: &captures)
            matcher.setTokens(UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    /// Tries the live rules at each token. A rule's window (the 2^level tokens from there)
    /// is made only where a token and its next token can start some rule, and grows with
    /// the levels of its rules, so no buffer of windows is kept however long the text is.
    private func tryRules(_ buffer: UnsafeBufferPointer<DateToken>, matcher: inout DateMatcher,
                          found: inout [DateRuleMatch], captures: inout [DateCapture]) {
        let live = self.live
        keyBits.withUnsafeBufferPointer { keyBits in
            secondKeyBits.withUnsafeBufferPointer { secondBits in
                live.pool.withUnsafeBufferPointer { triggers in
                    live.ranges.withUnsafeBufferPointer { ranges in
                        for i in 0..<buffer.count {
                            let key = Int(buffer[i].key)
                            if key < 0 { continue }
                            let range = ranges[key]
                            if range.count == 0 { continue }
                            // The next token's key as a word and bit of the second-key bits (none after the last token).
                            let next = i &+ 1 < buffer.count ? Int(buffer[i &+ 1].key) : -1
                            let word = max(0, next) >> 6, bit = next < 0 ? 0 : UInt64(1) << UInt64(next & 63)
                            if range.follower >= 0 && secondBits[Int(range.follower) &+ word] & bit == 0 { continue }
                            tryTriggers(at: i, range, tokens: buffer, keyBits: keyBits, secondBits: secondBits,
                                        word: word, bit: bit, triggers: triggers, matcher: &matcher, found: &found, captures: &captures)
                        }
                    }
                }
            }
        }
    }

    /// Tries the triggers of `range` at token `i` (`word` and `bit`: the next token's key in
    /// the second-key bits), each where its window holds its required bits. The rules that
    /// pass are listed first and matched after: a loop that also kept the matcher's state
    /// would not fit in registers. Out of line for the same reason.
    @inline(never)
    private func tryTriggers(at i: Int, _ range: DocumentTriggers.Run, tokens: UnsafeBufferPointer<DateToken>,
                             keyBits: UnsafeBufferPointer<DateClassBits>, secondBits: UnsafeBufferPointer<UInt64>,
                             word: Int, bit: UInt64, triggers: UnsafeBufferPointer<Trigger>, matcher: inout DateMatcher,
                             found: inout [DateRuleMatch], captures: inout [DateCapture]) {
        let passed = passedRules
        var count = 0
        // The bits of the tokens `i..<covered`.
        var window = DateClassBits(), covered = i
        var k = Int(range.start)
        let end = Int(range.start + range.count)
        let seconds = secondBits.baseAddress! + word
        while k < end {
            let trigger = triggers[k]
            k &+= 1
            if trigger.second >= 0 && seconds[Int(trigger.second)] & bit == 0 {
                // The rest of this second-token set fails the same test.
                while k < end && triggers[k].second == trigger.second { k &+= 1 }
                continue
            }
            let limit = min(tokens.count, i &+ (1 &<< Int(trigger.level)))
            // A set of narrower windows after a wider one: start this window afresh.
            if limit < covered { window = DateClassBits(); covered = i }
            while covered < limit {
                let key = Int(tokens[covered].key)
                if key >= 0 { window = window | keyBits[key] }
                covered &+= 1
            }
            if window.covers(trigger.required) { passed[count] = trigger.rule; count &+= 1 }
        }
        for rule in passed[0..<count] {
            if let m = matcher.match(Int(rule), at: i, captures: &captures) { found.append(m) }
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
