/// What a pattern's second token can be, so the stage skips a rule whose first token fits
/// but whose next token cannot ("the" followed by anything but a number, an ordinal word,
/// "day" …): most tries that pass the window prefilter fail there.
enum DatePatternSecond {
    /// The keys the token after the first can have, or nil when the pattern can match a
    /// single token (or none), so anything may follow.
    static func keys(of nodes: [DatePatternNode], fragments: [DateFragment],
                     fragmentKeys: [Set<DateTriggerKey>]) -> Set<DateTriggerKey>? {
        var keys: Set<DateTriggerKey> = []
        for (j, node) in nodes.enumerated() {
            let rest = Array(nodes[(j + 1)...])
            switch node {
            case .token:
                guard let next = first(rest, fragmentKeys) else { return nil }
                return keys.union(next)
            case .fragment(let f, _):
                let surfaces = fragments[f].surfaces
                if surfaces.contains(where: { $0.tests.count < 2 }) {
                    // After a one-token surface, the token after the fragment is the second.
                    guard let next = first(rest, fragmentKeys) else { return nil }
                    keys.formUnion(next)
                }
                for surface in surfaces where surface.tests.count >= 2 {
                    keys.formUnion(DatePatternFirst.keys(of: surface.tests[1]))
                }
                return keys
            case .optional(let inner):
                // Its first token starts the match; skipping it is the loop going on.
                guard let taken = self.keys(of: inner + rest, fragments: fragments, fragmentKeys: fragmentKeys) else { return nil }
                keys.formUnion(taken)
            case .spanStart, .spanEnd, .notNext:
                continue
            }
        }
        return nil
    }

    /// The keys that can start `nodes`, or nil when `nodes` can match nothing.
    private static func first(_ nodes: [DatePatternNode], _ fragmentKeys: [Set<DateTriggerKey>]) -> Set<DateTriggerKey>? {
        let (keys, nullable) = DatePatternFirst.keys(of: nodes, fragmentKeys: fragmentKeys)
        return nullable ? nil : keys
    }
}

extension DateMachine {
    /// Fills `secondKeys` and `secondKeyBits`: per rule, a bit per trigger key (word id,
    /// number, ASCII mark, numbered as `triggerKeyCount` counts them) its second token may have.
    mutating func addSecondKeys(_ rules: [DateRule], fragments: [DateFragment]) {
        let fragmentKeys = fragments.map { DatePatternFirst.keys(of: $0) }
        let words = secondKeyWords
        for rule in rules {
            guard let keys = DatePatternSecond.keys(of: rule.nodes, fragments: fragments, fragmentKeys: fragmentKeys),
                  let indices = keyIndices(keys) else { secondKeys.append(-1); continue }
            let start = secondKeyBits.count
            secondKeyBits += Array(repeating: 0, count: words)
            for k in indices { secondKeyBits[start + (k >> 6)] |= 1 << UInt64(k & 63) }
            secondKeys.append(Int32(start))
        }
    }

    /// Trigger keys: word ids, then one for numbers, then the 128 ASCII marks.
    public var triggerKeyCount: Int { lexiconSize + 129 }

    /// Words of bits per rule in `secondKeyBits`.
    var secondKeyWords: Int { (triggerKeyCount + 63) / 64 }

    /// The key numbers of `keys`; nil when one is a mark beyond ASCII (such tokens have no key).
    private func keyIndices(_ keys: Set<DateTriggerKey>) -> [Int]? {
        var indices: [Int] = []
        for key in keys {
            switch key {
            case .word(let w): indices.append(Int(w))
            case .number: indices.append(lexiconSize)
            case .punct(let p): guard p < 128 else { return nil }; indices.append(lexiconSize + 1 + Int(p))
            }
        }
        return indices
    }
}
