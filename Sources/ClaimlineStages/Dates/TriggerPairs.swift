import ClaimlineRules

/// The rules each trigger key (`DateToken.key`) starts, indexed by the key of the token
/// after it. Most rules allow only some keys for their second token (DatePatternSecond):
/// such a rule is listed under each pair of its first key and a next key it allows, so a
/// token finds exactly the rules its next token allows with one bit test and a rank, and
/// looks at no other. Rules that allow any second token are listed once per key. Built
/// once per plan: every list is fixed by the tables, none depends on the document.
struct TriggerPairs: Sendable {
    /// What the per-token loop tests of a rule before trying it: that its required bits
    /// all occur in the 2^level tokens from there.
    struct Window: Sendable {
        var required: DateClassBits
        var level: Int32
    }

    /// A run of triggers in `pool` (a type of this module, so that making one in the hot loop calls nothing).
    struct Run: Sendable {
        var start: Int32
        var count: Int32
    }

    /// Where the triggers of one key are.
    struct Entry: Sendable {
        /// The run in `pool` of the rules any next token may follow.
        var any: Run
        /// Where the key's bits of next keys start in `bits`: at a row of zeros when it starts no other rule.
        var followers: Int32
        /// The index in `runs` of the key's first pair.
        var firstPair: Int32
    }

    /// Per key, then one that starts nothing for the tokens without a key (`slot(ofKey:)`):
    /// a word no table mentions is looked up like any other, without a branch that the
    /// text would make hard to predict.
    let entries: [Entry]
    /// A row of zeros, then per key with followers: one bit per next key that some rule of
    /// the key allows (none for the last slot, which stands for no key).
    let bits: [UInt64]
    /// Per word of `bits`: how many bits the key's words before it have (the rank base).
    let ranks: [Int32]
    /// Per pair, in key order, then next-key order: its run in `pool`.
    let runs: [Run]
    /// The rules of each run, sorted by level, so that a window only grows along it. Rule
    /// indices, not their windows: a rule is listed under many pairs, and at two bytes a
    /// rule the pool (which a document reads here and there) is 40 kB, not 500.
    let pool: [UInt16]
    /// Per rule (a small table, read for every rule tried).
    let windows: [Window]
    /// The most triggers one token can try.
    let longest: Int

    init(machine m: DateMachine) {
        let keys = m.lexiconSize + 129, width = (keys + 63) / 64
        // A row of `bits` also has the bit of the slot for no key (always clear).
        let row = (keys + 1 + 63) / 64
        let levels = m.windowLevels, secondKeys = m.secondKeys
        precondition(levels.count <= Int(UInt16.max) + 1, "\(levels.count) date rules; a trigger holds at most 65536")
        var entries: [Entry] = [], runs: [Run] = []
        var bits = [UInt64](repeating: 0, count: row), ranks = [Int32](repeating: 0, count: row)
        var pool: [UInt16] = [], longest = 0
        for key in 0..<keys {
            let all = key < m.lexiconSize ? m.wordTriggers[key]
                : key == m.lexiconSize ? m.numberTriggers : m.punctTriggers[key - m.lexiconSize - 1]
            let rules = m.triggerPool[Int(all.start)..<Int(all.start + all.count)]
            longest = max(longest, rules.count)
            let anyRules = rules.filter { secondKeys[Int($0)] < 0 }.sorted { (levels[Int($0)], $0) < (levels[Int($1)], $1) }
            let any = Run(start: Int32(pool.count), count: Int32(anyRules.count))
            for rule in anyRules { pool.append(UInt16(rule)) }
            let allowed = Self.pairs(of: rules, m, width: width)
            guard !allowed.isEmpty else { entries.append(Entry(any: any, followers: 0, firstPair: 0)); continue }
            entries.append(Entry(any: any, followers: Int32(bits.count), firstPair: Int32(runs.count)))
            var words = [UInt64](repeating: 0, count: row)
            var start = 0
            while start < allowed.count {
                let next = allowed[start].next
                var end = start + 1
                while end < allowed.count && allowed[end].next == next { end += 1 }
                words[next / 64] |= 1 << UInt64(next % 64)
                runs.append(Run(start: Int32(pool.count), count: Int32(end - start)))
                for k in start..<end { pool.append(UInt16(allowed[k].rule)) }
                start = end
            }
            var before: Int32 = 0
            for word in words { ranks.append(before); before += Int32(word.nonzeroBitCount) }
            bits += words
        }
        entries.append(Entry(any: Run(start: 0, count: 0), followers: 0, firstPair: 0))
        (self.entries, self.bits, self.ranks, self.runs, self.pool, self.longest) = (entries, bits, ranks, runs, pool, longest)
        windows = zip(m.requiredBits, levels).map { Window(required: $0, level: Int32($1)) }
    }

    /// Each of `rules` that allows only some second tokens, under each next key it allows;
    /// grouped by next key, then by level (and rule, for a stable order).
    private static func pairs(of rules: ArraySlice<Int32>, _ m: DateMachine, width: Int) -> [(next: Int, level: UInt8, rule: Int32)] {
        var allowed: [(next: Int, level: UInt8, rule: Int32)] = []
        for rule in rules where m.secondKeys[Int(rule)] >= 0 {
            let from = Int(m.secondKeys[Int(rule)])
            for w in 0..<width {
                var word = m.secondKeyBits[from + w]
                while word != 0 {
                    allowed.append((w * 64 + word.trailingZeroBitCount, m.windowLevels[Int(rule)], rule))
                    word &= word - 1
                }
            }
        }
        allowed.sort { ($0.next, $0.level, $0.rule) < ($1.next, $1.level, $1.rule) }
        return allowed
    }

    /// The slot in `entries` of a token's key: the last one for a token without a key (-1),
    /// chosen without a branch.
    @inline(__always)
    static func slot(ofKey key: Int, noKey: Int) -> Int { key < 0 ? noKey : key }

    /// The run of the rules of `entry` that the next token's slot `next` allows (not counting
    /// those any token allows); empty when none does or there is no next token (no key).
    @inline(__always)
    static func pair(_ entry: Entry, next: Int, bits: UnsafeBufferPointer<UInt64>, ranks: UnsafeBufferPointer<Int32>,
                     runs: UnsafeBufferPointer<Run>) -> Run {
        let w = Int(entry.followers) &+ next >> 6
        let word = bits[w], bit = UInt64(1) << UInt64(next & 63)
        if word & bit == 0 { return Run(start: 0, count: 0) }
        return runs[Int(entry.firstPair) &+ Int(ranks[w]) &+ (word & (bit &- 1)).nonzeroBitCount]
    }
}
