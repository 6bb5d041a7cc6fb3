/// The rewrite rules of `FoldRules` compiled for the fold's inner loop: each rule is a plain
/// struct of offsets into one byte array (nothing to retain), applied to a byte buffer that
/// is copied only when a rule changes it. Every name part of the text that is not yet cached
/// goes through all the rules, and most rules miss most parts.
struct RewriteProgram {
    private struct Step {
        let kind: FoldRules.Rewrite.Kind
        let from: Range<Int>
        let to: Range<Int>
        /// Bit `c - 97` is set for each letter `c` of `from`: a rule whose letters are not all in
        /// the text cannot apply (squeeze rules: the letters whose doubling is squeezed).
        let letters: UInt32
    }

    private let steps: [Step]
    /// `Step.letters` of each step, none for a squeeze step (which applies whatever letters
    /// the text holds): most steps are passed over on this test alone.
    private let required: [UInt32]
    private let patterns: [UInt8]
    /// Rule ids, by step.
    let ids: [String]

    init(_ rules: [FoldRules.Rewrite]) {
        var steps: [Step] = [], patterns: [UInt8] = []
        for rule in rules {
            let from = patterns.count..<patterns.count + rule.from.count
            patterns += rule.from
            let to = patterns.count..<patterns.count + rule.to.count
            patterns += rule.to
            var letters: UInt32 = 0
            for b in rule.from where b &- 97 < 26 { letters |= 1 << UInt32(b - 97) }
            steps.append(Step(kind: rule.kind, from: from, to: to, letters: letters))
        }
        self.steps = steps
        self.required = steps.map { $0.kind == .squeeze ? 0 : $0.letters }
        self.patterns = patterns
        self.ids = rules.map(\.id)
    }

    /// Applies the rules in order to `text`; `applied` is called with the index of each rule
    /// that changed it.
    func run(_ text: inout [UInt8], applied: (Int) -> Void) {
        var first = 0
        var capacity = text.count * 2 + 32
        while let resume = run(&text, from: first, capacity: capacity, applied: applied) {
            first = resume.step
            capacity = max(capacity * 2, resume.needs)
        }
    }

    /// Applies the rules from `first` on in two scratch buffers of `capacity` bytes on the
    /// stack (parts are short: no allocation per rule). Returns the rule to resume from, and
    /// the room it needs, when its result might not fit; `text` then holds the text so far.
    private func run(_ text: inout [UInt8], from first: Int, capacity: Int,
                     applied: (Int) -> Void) -> (step: Int, needs: Int)? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { scratch in
            var buffers = Buffers(current: scratch.baseAddress!, spare: scratch.baseAddress! + capacity, count: text.count)
            let n = text.count
            text.withUnsafeBufferPointer { if let base = $0.baseAddress { buffers.current.initialize(from: base, count: n) } }
            let stopped = run(&buffers, from: first, capacity: capacity, applied: applied)
            if buffers.changed { text = Array(UnsafeBufferPointer(start: buffers.current, count: buffers.count)) }
            return stopped
        }
    }

    /// Applies the rules to the `text.count` bytes at `text.baseAddress` in place, with
    /// `spare` (as large as `text`) for scratch: the caller's own buffers, so that nothing is
    /// allocated. Returns the length of the result, or nil when a result might not fit (the
    /// buffers then hold a partial result).
    func run(inPlace text: UnsafeMutableBufferPointer<UInt8>, count: Int, spare: UnsafeMutableBufferPointer<UInt8>,
             applied: (Int) -> Void) -> Int? {
        let capacity = min(text.count, spare.count)
        var buffers = Buffers(current: text.baseAddress!, spare: spare.baseAddress!, count: count)
        if run(&buffers, from: 0, capacity: capacity, applied: applied) != nil { return nil }
        if buffers.current != text.baseAddress! { text.baseAddress!.update(from: buffers.current, count: buffers.count) }
        return buffers.count
    }

    /// Two buffers of equal room: the text so far, and the one the next rule writes.
    private struct Buffers {
        var current: UnsafeMutablePointer<UInt8>
        var spare: UnsafeMutablePointer<UInt8>
        var count: Int
        var changed = false
    }

    /// The rules from `first` on, over `buffers`; stops at a rule whose result might not fit.
    private func run(_ buffers: inout Buffers, from first: Int, capacity: Int,
                     applied: (Int) -> Void) -> (step: Int, needs: Int)? {
        var present = Self.letters(of: UnsafeBufferPointer(start: buffers.current, count: buffers.count))
        return steps.withUnsafeBufferPointer { steps in
            required.withUnsafeBufferPointer { required in
                patterns.withUnsafeBufferPointer { p in
                    for index in first..<steps.count {
                        if required[index] & present != required[index] { continue }
                        let step = steps[index]
                        // Each byte replaced by the whole of `to` at most: the longest result.
                        let needs = buffers.count * max(1, step.to.count) + step.to.count
                        if needs > capacity {
                            buffers.changed = true
                            return (index, needs)
                        }
                        let s = UnsafeBufferPointer(start: buffers.current, count: buffers.count)
                        guard let m = Self.apply(step, p, s, into: buffers.spare), !Self.equal(buffers.spare, m, s) else { continue }
                        swap(&buffers.current, &buffers.spare)
                        buffers.count = m
                        buffers.changed = true
                        present = Self.letters(of: UnsafeBufferPointer(start: buffers.current, count: m))
                        applied(index)
                    }
                    return nil
                }
            }
        }
    }

    /// The set of letters a to z in `text`, as bits.
    private static func letters(of text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var set: UInt32 = 0
        for b in text where b &- 97 < 26 { set |= 1 << UInt32(b &- 97) }
        return set
    }

    private static func equal(_ a: UnsafeMutablePointer<UInt8>, _ count: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == b.count else { return false }
        for k in 0..<count where a[k] != b[k] { return false }
        return true
    }

    /// Writes the text after one rule at `out` (room for the longest result) and returns its
    /// length; nil (and `out` untouched) when the rule does not apply.
    private static func apply(_ step: Step, _ p: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<UInt8>,
                              into out: UnsafeMutablePointer<UInt8>) -> Int? {
        let from = UnsafeBufferPointer(rebasing: p[step.from]), to = UnsafeBufferPointer(rebasing: p[step.to])
        var m = 0
        @inline(__always) func put(_ b: UInt8) { out[m] = b; m += 1 }
        switch step.kind {
        case .any:
            guard var i = firstMatch(s, from, at: 0) else { return nil }
            for k in 0..<i { put(s[k]) }
            while i < s.count {
                if matches(s, from, at: i) { for b in to { put(b) }; i += from.count } else { put(s[i]); i += 1 }
            }
        case .start:
            guard s.count >= from.count, matches(s, from, at: 0) else { return nil }
            for b in to { put(b) }
            for k in from.count..<s.count { put(s[k]) }
        case .end:
            guard s.count > from.count, matches(s, from, at: s.count - from.count) else { return nil }
            for k in 0..<(s.count - from.count) { put(s[k]) }
            for b in to { put(b) }
        case .squeeze:
            guard hasDoubled(s, step.letters) else { return nil }
            for b in s {
                if m > 0, out[m - 1] == b, isSqueezed(b, step.letters) { continue }
                put(b)
            }
        }
        return m
    }

    @inline(__always)
    private static func isSqueezed(_ b: UInt8, _ letters: UInt32) -> Bool {
        b &- 97 < 26 && letters & (1 << UInt32(b &- 97)) != 0
    }

    private static func hasDoubled(_ s: UnsafeBufferPointer<UInt8>, _ letters: UInt32) -> Bool {
        var i = 1
        while i < s.count {
            if s[i] == s[i - 1] && isSqueezed(s[i], letters) { return true }
            i += 1
        }
        return false
    }

    @inline(__always)
    private static func matches(_ s: UnsafeBufferPointer<UInt8>, _ from: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + from.count <= s.count else { return false }
        var k = 0
        while k < from.count && s[i + k] == from[k] { k += 1 }
        return k == from.count
    }

    private static func firstMatch(_ s: UnsafeBufferPointer<UInt8>, _ from: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard !from.isEmpty, from.count <= s.count else { return nil }
        let first = from[0]
        var i = start
        while i <= s.count - from.count {
            if s[i] == first && matches(s, from, at: i) { return i }
            i += 1
        }
        return nil
    }
}
