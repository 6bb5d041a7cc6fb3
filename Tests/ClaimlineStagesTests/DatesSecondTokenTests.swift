@testable import ClaimlineRules
@testable import ClaimlineStages
import Testing

/// The stage skips a rule at a token when the next token's key is not one the rule's
/// second token can have; that must never skip a rule that would have matched there.
@Suite("Dates second-token filter")
struct DatesSecondTokenTests {
    @Test("every rule that matches an example text matches where its second-token keys allow it")
    func filterKeepsEveryMatch() throws {
        let plan = try #require(DatesTestPipeline.shared.plans.first { $0 is DatesPlan } as? DatesPlan)
        let machine = plan.rules.machine
        let tokenizer = DateTokenizer(lexicon: plan.rules.lexicon)
        var matcher = DateMatcher(rules: plan.rules)
        defer { matcher.release() }
        var tokens: [DateToken] = [], captures: [DateCapture] = [], matched = 0, filtered = 0
        for example in DateExample.all() {
            tokenizer.tokenize(Array(example.text.unicodeScalars), into: &tokens)
            tokens.withUnsafeBufferPointer { buffer in
                matcher.setTokens(buffer)
                for i in buffer.indices {
                    for rule in plan.rules.rules.indices {
                        let start = Int(machine.secondKeys[rule])
                        if start >= 0 { filtered += 1 }
                        guard matcher.match(rule, at: i, captures: &captures) != nil else { continue }
                        matched += 1
                        if start < 0 { continue }
                        #expect(i + 1 < buffer.count, "\(example.testDescription): rule \(plan.rules.rules[rule].id)")
                        guard i + 1 < buffer.count else { continue }
                        let key = Int(buffer[i + 1].key)
                        #expect(key >= 0 && machine.secondKeyBits[start + key / 64] & (1 << UInt64(key % 64)) != 0,
                                "\(example.testDescription): rule \(plan.rules.rules[rule].id) at token \(i)")
                    }
                }
                matcher.setTokens(UnsafeBufferPointer(start: nil, count: 0))
            }
        }
        #expect(matched > 100 && filtered > 0)
    }

    @Test("a token tries, for its next token, every rule that matches there")
    func pairsKeepEveryMatch() throws {
        let plan = try #require(DatesTestPipeline.shared.plans.first { $0 is DatesPlan } as? DatesPlan)
        let pairs = TriggerPairs(machine: plan.rules.machine)
        let tokenizer = DateTokenizer(lexicon: plan.rules.lexicon)
        var matcher = DateMatcher(rules: plan.rules)
        defer { matcher.release() }
        var tokens: [DateToken] = [], captures: [DateCapture] = [], checked = 0
        for example in DateExample.all() {
            tokenizer.tokenize(Array(example.text.unicodeScalars), into: &tokens)
            tokens.withUnsafeBufferPointer { buffer in
                matcher.setTokens(buffer)
                for i in buffer.indices {
                    let key = Int(buffer[i].key)
                    let next = i + 1 < buffer.count ? Int(buffer[i + 1].key) : -1
                    var tried: Set<Int32> = []
                    if key >= 0 {
                        let entry = pairs.entries[key]
                        let pair = pairs.bits.withUnsafeBufferPointer { bits in
                            pairs.ranks.withUnsafeBufferPointer { ranks in
                                pairs.runs.withUnsafeBufferPointer {
                                    TriggerPairs.pair(entry, next: TriggerPairs.slot(ofKey: next, noKey: pairs.entries.count - 1), bits: bits, ranks: ranks, runs: $0)
                                }
                            }
                        }
                        for run in [entry.any, pair] { for k in Int(run.start)..<Int(run.start + run.count) { tried.insert(Int32(pairs.pool[k])) } }
                    }
                    for rule in plan.rules.rules.indices where matcher.match(rule, at: i, captures: &captures) != nil {
                        checked += 1
                        #expect(tried.contains(Int32(rule)), "\(example.testDescription): rule \(plan.rules.rules[rule].id) at token \(i)")
                    }
                }
                matcher.setTokens(UnsafeBufferPointer(start: nil, count: 0))
            }
        }
        #expect(checked > 100)
    }
}
