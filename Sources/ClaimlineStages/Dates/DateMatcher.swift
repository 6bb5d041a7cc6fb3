import ClaimlineRules

/// A captured fragment value: a surface's fixed value or a number read from the text.
enum DateCapture: Equatable {
    case none
    case fixed(fragment: Int32, surface: Int32)
    case number(Int32)
}

/// A rule that matched: token range of the span (context excluded) and its captures.
struct DateRuleMatch {
    var rule: Int
    var first: Int
    var end: Int
    /// Scalar length of the span on the view, for longest-match selection, and of the whole
    /// match with its context (a rule that needed more context wins a tie).
    var length: Int
    var consumed: Int
    var captures: [DateCapture]
}

/// Runs a rule's program at a token position by backtracking and keeps the longest span.
/// Owned by one stage instance; its buffers are reused between matches.
final class DateMatcher {
    let rules: DateRuleSet
    private var tokens: [DateToken] = []
    private var current: [DateCapture] = []
    private var best: [DateCapture] = []
    private var bestSpan: (first: Int, end: Int, length: Int, consumed: Int)? = nil
    private var spanFirst = 0, spanEnd = -1, matchStart = 0
    private var program: [DateInstruction] = []

    init(rules: DateRuleSet) { self.rules = rules }

    /// The longest match of `ruleIndex` starting at token `start`, or nil.
    func match(_ ruleIndex: Int, at start: Int, in tokens: borrowing [DateToken]) -> DateRuleMatch? {
        let rule = rules.rules[ruleIndex]
        program = rule.program
        let slots = rule.captureNames.count
        if current.count < slots { current = Array(repeating: .none, count: slots) }
        bestSpan = nil
        spanFirst = start
        spanEnd = -1
        matchStart = start
        run(0, start, tokens)
        guard let span = bestSpan, span.end > span.first else { return nil }
        return DateRuleMatch(rule: ruleIndex, first: span.first, end: span.end, length: span.length, consumed: span.consumed,
                             captures: Array(best.prefix(slots)))
    }

    private func run(_ pc: Int, _ pos: Int, _ tokens: borrowing [DateToken]) {
        switch program[pc] {
        case .test(let test):
            guard pos < tokens.count, test.matches(tokens[pos]) else { return }
            run(pc + 1, pos + 1, tokens)
        case .fragment(let f, let slot):
            let surfaces = rules.fragments[f].surfaces
            for (s, surface) in surfaces.enumerated() {
                guard let end = matchSurface(surface, at: pos, tokens) else { continue }
                let saved = current[slot]
                current[slot] = surface.value == .number ? .number(tokens[pos].number) : .fixed(fragment: Int32(f), surface: Int32(s))
                run(pc + 1, end, tokens)
                current[slot] = saved
            }
        case .split(let skip):
            run(pc + 1, pos, tokens)
            run(skip, pos, tokens)
        case .spanStart:
            let saved = spanFirst
            spanFirst = pos
            run(pc + 1, pos, tokens)
            spanFirst = saved
        case .spanEnd:
            let saved = spanEnd
            spanEnd = pos
            run(pc + 1, pos, tokens)
            spanEnd = saved
        case .notNext(let test):
            if pos < tokens.count, test.matches(tokens[pos]) { return }
            run(pc + 1, pos, tokens)
        case .accept:
            accept(pos, tokens)
        }
    }

    private func accept(_ pos: Int, _ tokens: borrowing [DateToken]) {
        let end = spanEnd >= 0 ? spanEnd : pos
        guard end > spanFirst else { return }
        let length = Int(tokens[end - 1].end - tokens[spanFirst].start)
        let consumed = pos > matchStart ? Int(tokens[pos - 1].end - tokens[matchStart].start) : 0
        if let b = bestSpan, b.length > length || (b.length == length && b.consumed >= consumed) { return }
        bestSpan = (spanFirst, end, length, consumed)
        best = current
    }

    private func matchSurface(_ surface: DateFragmentSurface, at pos: Int, _ tokens: borrowing [DateToken]) -> Int? {
        var p = pos
        for test in surface.tests {
            guard p < tokens.count, test.matches(tokens[p]) else { return nil }
            // Tokens of one surface ("Jan." or "a.m.") must touch unless the surface is a phrase of words.
            if p > pos, tokens[p].spaced, tokens[p].kind == .punct || tokens[p - 1].kind == .punct { return nil }
            p += 1
        }
        return p
    }
}
