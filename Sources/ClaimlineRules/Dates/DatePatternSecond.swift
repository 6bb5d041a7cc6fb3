/// What a pattern's second token can be, so the stage skips a rule whose first token fits
/// but whose next token cannot ("the" followed by anything but a number, an ordinal word,
/// "day" …): most tries that pass the window prefilter fail there. Key sets are bits
/// (Set unions of a few hundred keys per rule made start-up slow).
struct DatePatternSecond {
    let lexiconSize: Int
    let fragments: [DateFragment]
    /// The keys that can start each fragment.
    private var fragmentFirst: [DateKeyBits] = []

    init(lexiconSize: Int, fragments: [DateFragment]) {
        self.lexiconSize = lexiconSize
        self.fragments = fragments
        fragmentFirst = fragments.map { fragment in
            var keys = empty
            for surface in fragment.surfaces { if let t = surface.tests.first { keys.formUnion(bits(t)) } }
            return keys
        }
    }

    /// No keys: room for word ids, one key for numbers, the 128 ASCII marks.
    var empty: DateKeyBits { DateKeyBits(count: lexiconSize + 129) }

    /// The keys of the tokens that can pass `test`.
    func bits(_ test: DateTokenTest) -> DateKeyBits {
        var keys = empty
        switch test {
        case .number: keys.insert(lexiconSize)
        case .literal(let words, let puncts, _):
            for w in words { keys.insert(Int(w)) }
            for p in puncts { if p < 128 { keys.insert(lexiconSize + 1 + Int(p)) } else { keys.unkeyed = true } }
        }
        return keys
    }

    /// The keys the token after the first can have, or nil when the pattern can match a
    /// single token (or none), so anything may follow.
    func keys(of nodes: ArraySlice<DatePatternNode>) -> DateKeyBits? {
        var keys = empty
        for j in nodes.indices {
            let rest = nodes[(j + 1)...]
            switch nodes[j] {
            case .token:
                guard let next = first(rest) else { return nil }
                keys.formUnion(next)
                return keys
            case .fragment(let f, _):
                let surfaces = fragments[f].surfaces
                if surfaces.contains(where: { $0.tests.count < 2 }) {
                    // After a one-token surface, the token after the fragment is the second.
                    guard let next = first(rest) else { return nil }
                    keys.formUnion(next)
                }
                for surface in surfaces where surface.tests.count >= 2 { keys.formUnion(bits(surface.tests[1])) }
                return keys
            case .optional(let inner):
                // Its first token starts the match; skipping it is the loop going on.
                guard let taken = self.keys(of: (inner + rest)[...]) else { return nil }
                keys.formUnion(taken)
            case .spanStart, .spanEnd, .notNext:
                continue
            }
        }
        return nil
    }

    /// The keys that can start `nodes`, or nil when `nodes` can match nothing.
    private func first(_ nodes: ArraySlice<DatePatternNode>) -> DateKeyBits? {
        let (keys, nullable) = firstKeys(nodes)
        return nullable ? nil : keys
    }

    /// As `DatePatternFirst.keys(of:fragmentKeys:)`, in bits.
    private func firstKeys(_ nodes: ArraySlice<DatePatternNode>) -> (keys: DateKeyBits, nullable: Bool) {
        var keys = empty
        for node in nodes {
            switch node {
            case .token(let test):
                keys.formUnion(bits(test))
                return (keys, false)
            case .fragment(let f, _):
                keys.formUnion(fragmentFirst[f])
                return (keys, false)
            case .optional(let inner):
                keys.formUnion(firstKeys(inner[...]).keys)
            case .spanStart, .spanEnd, .notNext:
                continue
            }
        }
        return (keys, true)
    }
}

/// A set of trigger keys as bits; `unkeyed` when a mark beyond ASCII is in it (tokens of
/// such marks have no key, so no filter can be built on it).
struct DateKeyBits {
    var words: [UInt64]
    var unkeyed = false

    init(count: Int) { words = Array(repeating: 0, count: (count + 63) / 64) }

    mutating func insert(_ key: Int) { words[key >> 6] |= 1 << UInt64(key & 63) }

    mutating func formUnion(_ other: DateKeyBits) {
        for i in words.indices { words[i] |= other.words[i] }
        unkeyed = unkeyed || other.unkeyed
    }
}

extension DateMachine {
    /// Fills `secondKeys` and `secondKeyBits`: per rule, a bit per trigger key (word id,
    /// then numbers, then the 128 ASCII marks) its second token may have. Rules with the
    /// same set share one offset, so the stage can pass over them together on one failed test.
    mutating func addSecondKeys(_ rules: [DateRule], fragments: [DateFragment]) {
        let second = DatePatternSecond(lexiconSize: lexiconSize, fragments: fragments)
        var offsets: [[UInt64]: Int32] = [:]
        for rule in rules {
            guard let keys = second.keys(of: rule.nodes[...]), !keys.unkeyed else { secondKeys.append(-1); continue }
            if let offset = offsets[keys.words] { secondKeys.append(offset); continue }
            let offset = Int32(secondKeyBits.count)
            offsets[keys.words] = offset
            secondKeys.append(offset)
            secondKeyBits += keys.words
        }
    }
}
