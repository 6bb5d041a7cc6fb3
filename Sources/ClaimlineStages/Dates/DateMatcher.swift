import ClaimlineRules

/// A captured fragment value: a surface's fixed value or a number read from the text.
enum DateCapture: Equatable {
    case none
    case fixed(fragment: Int32, surface: Int32)
    case number(Int32)
}

/// A rule that matched: token range of the span (context excluded) and where its captures
/// are in the stage's capture pool (plain values, so a match allocates nothing).
struct DateRuleMatch {
    var rule: Int
    var first: Int
    var end: Int
    /// Scalar length of the span on the view, for longest-match selection, and of the whole
    /// match with its context (a rule that needed more context wins a tie).
    var length: Int
    var consumed: Int
    /// One capture per slot of the rule, in the capture pool of the matches' run.
    var captures: Range<Int>
}

/// Runs a rule's ops at a token position by backtracking and keeps the longest span.
/// Owned by one stage instance: it copies the machine's arrays into buffers it owns, so
/// the hot loop reads plain memory (no reference counting), and reuses its capture slots.
/// A struct, so its state changes need no runtime exclusivity checks; `release()` frees it.
struct DateMatcher {
    private let ops: UnsafeMutableBufferPointer<DateMachine.Op>
    private let tests: UnsafeMutableBufferPointer<DateMachine.Test>
    private let wordPool: UnsafeMutableBufferPointer<Int32>
    private let punctPool: UnsafeMutableBufferPointer<UInt32>
    private let surfaces: UnsafeMutableBufferPointer<DateMachine.Surface>
    private let surfaceTests: UnsafeMutableBufferPointer<Int32>
    private let fragmentWords: UnsafeMutableBufferPointer<DateMachine.Range32>
    private let fragmentNumbers: UnsafeMutableBufferPointer<DateMachine.Range32>
    private let fragmentMarks: UnsafeMutableBufferPointer<DateMachine.Range32>
    private let surfacePool: UnsafeMutableBufferPointer<Int32>
    private let ruleStart: [Int32]
    private let slotCounts: [Int]
    private let lexiconSize: Int
    private let current: UnsafeMutableBufferPointer<DateCapture>
    private let best: UnsafeMutableBufferPointer<DateCapture>
    private var tokens = UnsafeBufferPointer<DateToken>(start: nil, count: 0)
    private var bestSpan: (first: Int, end: Int, length: Int, consumed: Int)? = nil
    private var spanFirst = 0, spanEnd = -1, matchStart = 0

    init(rules: DateRuleSet) {
        let m = rules.machine
        func own<T>(_ a: [T]) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, a.count))
            _ = b.initialize(from: a)
            return UnsafeMutableBufferPointer(rebasing: b[0..<a.count])
        }
        ops = own(m.ops); tests = own(m.tests); wordPool = own(m.wordPool); punctPool = own(m.punctPool)
        surfaces = own(m.surfaces); surfaceTests = own(m.surfaceTests); fragmentWords = own(m.fragmentWords)
        fragmentNumbers = own(m.fragmentNumbers); fragmentMarks = own(m.fragmentMarks); surfacePool = own(m.surfacePool)
        ruleStart = m.ruleStart
        slotCounts = rules.rules.map(\.captureNames.count)
        lexiconSize = m.lexiconSize
        let slots = max(1, slotCounts.max() ?? 1)
        current = own(Array(repeating: .none, count: slots))
        best = own(Array(repeating: .none, count: slots))
    }

    func release() {
        func free<T>(_ b: UnsafeMutableBufferPointer<T>) { b.baseAddress?.deallocate() }
        free(ops); free(tests); free(wordPool); free(punctPool); free(surfaces); free(surfaceTests)
        free(fragmentWords); free(fragmentNumbers); free(fragmentMarks); free(surfacePool); free(current); free(best)
    }

    /// Sets the tokens the next matches run over; they must stay alive until then.
    mutating func setTokens(_ tokens: UnsafeBufferPointer<DateToken>) { self.tokens = tokens }

    /// The longest match of `rule` starting at token `start`, or nil; its captures are
    /// appended to `pool`.
    mutating func match(_ rule: Int, at start: Int, captures pool: inout [DateCapture]) -> DateRuleMatch? {
        let slots = slotCounts[rule]
        // `current` needs no clearing: it starts empty and `fragment` puts back every slot it sets.
        bestSpan = nil
        spanFirst = start
        spanEnd = -1
        matchStart = start
        run(Int(ruleStart[rule]), start)
        guard let span = bestSpan, span.end > span.first else { return nil }
        let first = pool.count
        pool.append(contentsOf: best[0..<slots])
        return DateRuleMatch(rule: rule, first: span.first, end: span.end, length: span.length, consumed: span.consumed,
                             captures: first..<pool.count)
    }

    private mutating func run(_ pc: Int, _ pos: Int) {
        switch ops[pc] {
        case .test(let t):
            guard pos < tokens.count, passes(t, tokens[pos]) else { return }
            run(pc + 1, pos + 1)
        case .fragment(let f, let slot):
            guard pos < tokens.count else { return }
            // Only the surfaces whose first test can take this kind of token, in table order.
            let token = tokens[pos]
            if token.kind == .word && token.key >= 0 {
                let words = fragmentWords[Int(f) * lexiconSize + Int(token.key)]
                if words.count > 0 { fragment(f, slot, pc, pos, words) }
            }
            let others = token.kind == .number ? fragmentNumbers[Int(f)] : fragmentMarks[Int(f)]
            if others.count > 0 { fragment(f, slot, pc, pos, others) }
        case .split(let skip):
            run(pc + 1, pos)
            run(Int(skip), pos)
        case .spanStart:
            let saved = spanFirst
            spanFirst = pos
            run(pc + 1, pos)
            spanFirst = saved
        case .spanEnd:
            let saved = spanEnd
            spanEnd = pos
            run(pc + 1, pos)
            spanEnd = saved
        case .notNext(let t):
            if pos < tokens.count, passes(t, tokens[pos]) { return }
            run(pc + 1, pos)
        case .accept:
            accept(pos)
        }
    }

    private mutating func fragment(_ f: Int32, _ slot: Int32, _ pc: Int, _ pos: Int, _ list: DateMachine.Range32) {
        for k in Int(list.start)..<Int(list.start + list.count) {
            let surface = surfaces[Int(surfacePool[k])]
            guard let end = matchSurface(surface, at: pos) else { continue }
            let saved = current[Int(slot)]
            current[Int(slot)] = surface.isNumber ? .number(tokens[pos].number) : .fixed(fragment: f, surface: surface.local)
            run(pc + 1, end)
            current[Int(slot)] = saved
        }
    }

    private mutating func accept(_ pos: Int) {
        let end = spanEnd >= 0 ? spanEnd : pos
        guard end > spanFirst else { return }
        let length = Int(tokens[end - 1].end - tokens[spanFirst].start)
        let consumed = pos > matchStart ? Int(tokens[pos - 1].end - tokens[matchStart].start) : 0
        if let b = bestSpan, b.length > length || (b.length == length && b.consumed >= consumed) { return }
        bestSpan = (spanFirst, end, length, consumed)
        for i in 0..<current.count { best[i] = current[i] }
    }

    /// Inlined: called from a mutating method, an out-of-line call would copy the whole matcher.
    @inline(__always)
    private func matchSurface(_ surface: DateMachine.Surface, at pos: Int) -> Int? {
        var p = pos
        for k in Int(surface.tests.start)..<Int(surface.tests.start + surface.tests.count) {
            guard p < tokens.count, passes(surfaceTests[k], tokens[p]) else { return nil }
            // Tokens of one surface ("Jan." or "a.m.") touch unless both are words ("a few"),
            // or a word follows an apostrophe that ends one ("Rabi' al-Awwal").
            if p > pos, tokens[p].spaced, tokens[p].kind == .punct || tokens[p - 1].kind == .punct,
               tokens[p].kind == .punct || !Self.isApostrophe(tokens[p - 1]) { return nil }
            p += 1
        }
        return p
    }

    @inline(__always)
    private static func isApostrophe(_ t: DateToken) -> Bool { t.kind == .punct && (t.number == 0x27 || t.number == 0x2019) }

    @inline(__always)
    private func passes(_ index: Int32, _ t: DateToken) -> Bool {
        let test = tests[Int(index)]
        if test.isNumber { return test.number.matches(t) }
        switch t.kind {
        case .word:
            if test.capital && !t.capitalized { return false }
            for k in Int(test.words.start)..<Int(test.words.start + test.words.count) where wordPool[k] == t.key { return true }
            return false
        case .punct:
            let p = UInt32(bitPattern: t.number)
            for k in Int(test.puncts.start)..<Int(test.puncts.start + test.puncts.count) where punctPool[k] == p { return true }
            return false
        case .number:
            return false
        }
    }
}
