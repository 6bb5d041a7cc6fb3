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
    /// The tokens of the current document, written into `tokenRoom`: room kept from one
    /// document to the next (one token per scalar at most), so that a document allocates none.
    private var tokens = UnsafeBufferPointer<DateToken>(start: nil, count: 0)
    private var tokenRoom = UnsafeMutableBufferPointer<DateToken>(start: nil, count: 0)
    /// The most room for tokens kept from one document to the next.
    static let keptRoom = 1 << 20
    private var matches: [DateRuleMatch] = []
    /// The captures of `matches`, each match's in one run.
    private var capturePool: [DateCapture] = []
    private var taken: [Bool] = []
    /// The prefilter bits of each trigger key (`DateToken.key`) + 1: none for -1 (so that a
    /// window takes in any token without a branch), then word ids, numbers, ASCII marks.
    private let keyBits: [DateClassBits]
    /// The rules each token tries, by its key and its next token's key (`DatesPlan.triggers`).
    private let triggers: TriggerPairs
    private let values = DateMatchValues()
    /// `t1`, `t2`, …: the ids of the first mentions of every document, made once.
    private let mentionIDs = (1...64).map(DateResolution.mentionID)
    /// Scratch for `tryTriggers`: room for every trigger of one key.
    private let passedRules: UnsafeMutableBufferPointer<UInt16>

    init(plan: DatesPlan) {
        self.plan = plan
        tokenizer = DateTokenizer(lexicon: plan.rules.lexicon)
        matcher = DateMatcher(rules: plan.rules)
        let machine = plan.rules.machine
        triggers = plan.triggers
        keyBits = [DateClassBits()] + machine.wordBits + [.number] + machine.punctBits
        passedRules = .allocate(capacity: max(1, triggers.longest))
    }

    deinit {
        matcher.release()
        passedRules.deallocate()
        tokenRoom.deallocate()
    }

    func run(_ document: inout Document) throws(StageError) {
        tokenize(document)
        defer {
            tokens = UnsafeBufferPointer(start: nil, count: 0)
            // Room a long document needed is let go now, not kept through the later stages.
            if tokenRoom.count > Self.keptRoom {
                tokenRoom.deallocate()
                tokenRoom = UnsafeMutableBufferPointer(start: nil, count: 0)
            }
        }
        findMatches()
        let order = document.metadata.source.flatMap { plan.sourceOrders[$0.lowercased()] } ?? plan.numericOrder
        let chosen = select(order: order)
        var resolution = DateResolution(plan: plan, document: document, values: values, ids: mentionIDs)
        resolution.mentions.reserveCapacity(chosen.count)
        let boilerplate = document.boilerplateSpans()
        resolution.prefetch(chosen, captures: capturePool)
        for match in chosen {
            let view = ScalarSpan(Int(tokens[match.first].start), Int(tokens[match.end - 1].end))
            let span = document.view.original(view)
            if boilerplate.overlapAny(span) { continue }
            resolution.add(match, captures: capturePool[match.captures], span: span, view: view)
        }
        document.dates = resolution.mentions
        document.warnings.append(contentsOf: resolution.warnings)
    }

    /// Tokenizes the analysis view into `tokenRoom`, grown (doubled at least) when too small;
    /// room beyond `keptRoom` tokens, which only a very long document needs, is let go when
    /// the document is done. The segment stage's tokens and hashes are read when the document has them.
    private func tokenize(_ document: Document) {
        let scalars = document.view.scalars
        if tokenRoom.count <= scalars.count {
            tokenRoom.deallocate()
            tokenRoom = .allocate(capacity: max(scalars.count + 1, min(2 * tokenRoom.count, Self.keptRoom)))
        }
        let count: Int
        if document.tokenHashes.count == document.tokens.count, (document.tokens.last?.view.end ?? 0) <= scalars.count {
            count = document.tokens.withUnsafeBufferPointer { segments in
                document.tokenHashes.withUnsafeBufferPointer { tokenizer.tokenize(scalars, segments: segments, hashes: $0, into: tokenRoom) }
            }
        } else {
            count = tokenizer.tokenize(scalars, into: tokenRoom)
        }
        tokens = UnsafeBufferPointer(rebasing: tokenRoom[0..<count])
    }

    /// Every rule's longest match at every token where the rule can start, the next token
    /// allows it, and its prefilter bits are all present in the window of tokens it can span.
    private func findMatches() {
        matches.removeAll(keepingCapacity: true)
        capturePool.removeAll(keepingCapacity: true)
        var matcher = self.matcher, found = self.matches, captures = self.capturePool
        defer { self.matcher = matcher; self.matches = found; self.capturePool = captures }
        self.matches = []
        self.capturePool = []
        matcher.setTokens(tokens)
        tryRules(tokens, matcher: &matcher, found: &found, captures: &captures)
        matcher.setTokens(UnsafeBufferPointer(start: nil, count: 0))
    }

    /// Tries at each token the rules its key starts that its next token allows. A rule's
    /// window (the 2^level tokens from there) is made only where some rule is tried, and
    /// grows with the levels of its rules, so no buffer of windows is kept however long the text is.
    private func tryRules(_ buffer: UnsafeBufferPointer<DateToken>, matcher: inout DateMatcher,
                          found: inout [DateRuleMatch], captures: inout [DateCapture]) {
        let triggers = self.triggers
        keyBits.withUnsafeBufferPointer { keyBits in
            triggers.entries.withUnsafeBufferPointer { entries in
                triggers.bits.withUnsafeBufferPointer { bits in
                    triggers.ranks.withUnsafeBufferPointer { ranks in
                        triggers.runs.withUnsafeBufferPointer { runs in
                            triggers.pool.withUnsafeBufferPointer { pool in
                                triggers.windows.withUnsafeBufferPointer { windows in
                                    let noKey = entries.count &- 1
                                    for i in 0..<buffer.count {
                                        let entry = entries[TriggerPairs.slot(ofKey: Int(buffer[i].key), noKey: noKey)]
                                        let next = i &+ 1 < buffer.count ? Int(buffer[i &+ 1].key) : -1
                                        let pair = TriggerPairs.pair(entry, next: TriggerPairs.slot(ofKey: next, noKey: noKey),
                                                                     bits: bits, ranks: ranks, runs: runs)
                                        if entry.any.count | pair.count == 0 || Self.continuesNumber(buffer, i) { continue }
                                        tryTriggers(at: i, entry.any, pair, tokens: buffer, keyBits: keyBits, pool: pool,
                                                    windows: windows, matcher: &matcher, found: &found, captures: &captures)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// True when the number at `i` is the rest of a number before it, a mark between and no
    /// space around it ("1,500", "3.5", "1/2"): no date or length of time starts there
    /// ("1,500 years" is not 500 years).
    @inline(__always)
    private static func continuesNumber(_ tokens: UnsafeBufferPointer<DateToken>, _ i: Int) -> Bool {
        guard i >= 2, tokens[i].kind == .number, !tokens[i].spaced, !tokens[i &- 1].spaced,
              tokens[i &- 1].kind == .punct, tokens[i &- 2].kind == .number else { return false }
        let mark = tokens[i &- 1].number
        return mark == 0x2C || mark == 0x2E || mark == 0x2F
    }

    /// Tries the triggers of the runs `any` and `pair` at token `i`, each where its window
    /// holds its required bits. The rules that pass are listed first and matched after: a
    /// loop that also kept the matcher's state would not fit in registers. Out of line for
    /// the same reason.
    @inline(never)
    private func tryTriggers(at i: Int, _ any: TriggerPairs.Run, _ pair: TriggerPairs.Run, tokens: UnsafeBufferPointer<DateToken>,
                             keyBits: UnsafeBufferPointer<DateClassBits>, pool: UnsafeBufferPointer<UInt16>,
                             windows: UnsafeBufferPointer<TriggerPairs.Window>, matcher: inout DateMatcher, found: inout [DateRuleMatch], captures: inout [DateCapture]) {
        var passed = 0
        // The bits of the tokens `i..<covered`.
        var window = DateClassBits(), covered = i
        collect(any, at: i, tokens: tokens, keyBits: keyBits, pool: pool, windows: windows, window: &window, covered: &covered, passed: &passed)
        collect(pair, at: i, tokens: tokens, keyBits: keyBits, pool: pool, windows: windows, window: &window, covered: &covered, passed: &passed)
        for rule in passedRules[0..<passed] {
            if let m = matcher.match(Int(rule), at: i, captures: &captures) { found.append(m) }
        }
    }

    /// Adds to `passedRules` the rules of `run` whose required bits their window at `i` holds
    /// (`window`: the bits of the tokens `i..<covered`, grown as levels need).
    @inline(__always)
    private func collect(_ run: TriggerPairs.Run, at i: Int, tokens: UnsafeBufferPointer<DateToken>,
                         keyBits: UnsafeBufferPointer<DateClassBits>, pool: UnsafeBufferPointer<UInt16>,
                         windows: UnsafeBufferPointer<TriggerPairs.Window>, window: inout DateClassBits, covered: inout Int, passed: inout Int) {
        for k in Int(run.start)..<Int(run.start &+ run.count) {
            let rule = pool[k], trigger = windows[Int(rule)]
            let limit = min(tokens.count, i &+ (1 &<< Int(trigger.level)))
            // A narrower window after a wider one: start this window afresh.
            if limit < covered { window = DateClassBits(); covered = i }
            while covered < limit {
                window = window | keyBits[Int(tokens[covered].key) &+ 1]
                covered &+= 1
            }
            // Written always, counted when it passes: no branch that the bits of text would mispredict.
            passedRules[passed] = rule
            passed &+= window.covers(trigger.required) ? 1 : 0
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
        chosen.sort { $0.first < $1.first }
        return chosen
    }
}
