import ClaimlineRules

/// Per trigger key, the keys the second token of any rule it starts may have: a token whose
/// next token has none of them starts no rule, so its rules are skipped with one test
/// instead of a window check each ("the" starts many rules and is rarely followed by what
/// any of them needs).
struct TriggerFollowers {
    /// Per key: where its bits start, counted from `base` (bits are meant to be appended
    /// to `DateMachine.secondKeyBits`), or -1 when some rule it starts may be followed by
    /// any token (or it starts none).
    let starts: [Int32]
    /// One run of `(lexiconSize + 129 + 63) / 64` words per filtered key.
    let bits: [UInt64]

    init(machine: DateMachine, base: Int) {
        let keys = machine.lexiconSize + 129
        let width = (keys + 63) / 64
        var starts: [Int32] = [], bits: [UInt64] = []
        starts.reserveCapacity(keys)
        for key in 0..<keys {
            let run = key < machine.lexiconSize ? machine.wordTriggers[key]
                : key == machine.lexiconSize ? machine.numberTriggers : machine.punctTriggers[key - machine.lexiconSize - 1]
            let rules = machine.triggerPool[Int(run.start)..<Int(run.start + run.count)]
            guard !rules.isEmpty, rules.allSatisfy({ machine.secondKeys[Int($0)] >= 0 }) else { starts.append(-1); continue }
            var union = [UInt64](repeating: 0, count: width)
            for rule in rules {
                let from = Int(machine.secondKeys[Int(rule)])
                for w in 0..<width { union[w] |= machine.secondKeyBits[from + w] }
            }
            starts.append(Int32(base + bits.count))
            bits += union
        }
        self.starts = starts
        self.bits = bits
    }
}
