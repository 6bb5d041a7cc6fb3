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
        self.patterns = patterns
        self.ids = rules.map(\.id)
    }

    /// Applies the rules in order to `text`; `applied` is called with the index of each rule
    /// that changed it.
    func run(_ text: inout [UInt8], applied: (Int) -> Void) {
        var out: [UInt8] = []
        var present = Self.letters(of: text)
        patterns.withUnsafeBufferPointer { p in
            for (index, step) in steps.enumerated() {
                if step.kind != .squeeze && step.letters & present != step.letters { continue }
                out.removeAll(keepingCapacity: true)
                let changed = text.withUnsafeBufferPointer { s in Self.apply(step, p, s, into: &out) }
                if changed && out != text {
                    swap(&text, &out)
                    present = Self.letters(of: text)
                    applied(index)
                }
            }
        }
    }

    /// The set of letters a to z in `text`, as bits.
    private static func letters(of text: [UInt8]) -> UInt32 {
        var set: UInt32 = 0
        for b in text where b &- 97 < 26 { set |= 1 << UInt32(b &- 97) }
        return set
    }

    /// Writes the text after one rule into `out`; false (and `out` untouched) when the rule
    /// does not apply.
    private static func apply(_ step: Step, _ p: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<UInt8>,
                              into out: inout [UInt8]) -> Bool {
        let from = UnsafeBufferPointer(rebasing: p[step.from]), to = UnsafeBufferPointer(rebasing: p[step.to])
        switch step.kind {
        case .any:
            guard var i = firstMatch(s, from, at: 0) else { return false }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: s[..<i]))
            while i < s.count {
                if matches(s, from, at: i) { out.append(contentsOf: to); i += from.count } else { out.append(s[i]); i += 1 }
            }
        case .start:
            guard s.count >= from.count, matches(s, from, at: 0) else { return false }
            out.append(contentsOf: to)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: s[from.count...]))
        case .end:
            guard s.count > from.count, matches(s, from, at: s.count - from.count) else { return false }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: s[..<(s.count - from.count)]))
            out.append(contentsOf: to)
        case .squeeze:
            guard hasDoubled(s, step.letters) else { return false }
            for b in s {
                if let last = out.last, last == b, isSqueezed(b, step.letters) { continue }
                out.append(b)
            }
        }
        return true
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
