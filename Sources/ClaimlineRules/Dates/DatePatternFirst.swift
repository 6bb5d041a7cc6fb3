/// What a pattern's first token can be, so the stage tries a rule only where it can start.
public enum DateTriggerKey: Hashable, Sendable {
    case word(Int32)
    case punct(UInt32)
    case number
}

enum DatePatternFirst {
    /// The keys of the tokens that can start a fragment: those of its surfaces' first tests.
    static func keys(of fragment: DateFragment) -> Set<DateTriggerKey> {
        var keys: Set<DateTriggerKey> = []
        for surface in fragment.surfaces { if let t = surface.tests.first { keys.formUnion(self.keys(of: t)) } }
        return keys
    }

    /// The keys of the tokens that can start `nodes`, and whether `nodes` can match nothing;
    /// `fragmentKeys` holds the keys of each fragment.
    static func keys(of nodes: [DatePatternNode], fragmentKeys: [Set<DateTriggerKey>] = []) -> (keys: Set<DateTriggerKey>, nullable: Bool) {
        var keys: Set<DateTriggerKey> = []
        for node in nodes {
            switch node {
            case .token(let test):
                keys.formUnion(self.keys(of: test))
                return (keys, false)
            case .fragment(let index, _):
                // Without the fragment list (while checking emptiness) a fragment is one token or more.
                if index < fragmentKeys.count { keys.formUnion(fragmentKeys[index]) }
                return (keys, false)
            case .optional(let inner):
                keys.formUnion(self.keys(of: inner, fragmentKeys: fragmentKeys).keys)
            case .spanStart, .spanEnd, .notNext:
                continue
            }
        }
        return (keys, true)
    }

    static func keys(of test: DateTokenTest) -> Set<DateTriggerKey> {
        switch test {
        case .number: return [.number]
        case .literal(let words, let puncts, _): return Set(words.map { .word($0) }).union(puncts.map { .punct($0) })
        }
    }
}
