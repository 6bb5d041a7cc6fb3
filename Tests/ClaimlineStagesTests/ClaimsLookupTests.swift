import ClaimlineCore
@testable import ClaimlineStages
import Testing
import TestSupport

/// Look-ups made for each cue or pronoun answer as a walk of everything before them would:
/// relays read once per sentence, keyed speakers found past unresolved ones.
@Suite("Claims: look-ups")
struct ClaimsLookupTests {
    @Test func everyRelayOfASentenceIsStatedForTheSpeakerOfEach() throws {
        // Each "told" remembers its speaker with all the relays of the sentence; the quote
        // after it takes the chain stated for the last one.
        let text = "Abu Talha told Reuters, told AFP and told Sahara Medias on Monday.\nHe said: “Our fighters control the road to Timbuktu.”"
        let d = claimsRun(text) { f in
            f.entity("Abu Talha", "PER", "per.abu_talha")
            f.entity("Reuters", "ORG", "org.reuters")
            f.entity("AFP", "ORG", "org.afp")
            f.entity("Sahara Medias", "ORG", "org.sahara_medias")
        }
        let q = try #require(d.quotes.first { $0.direct })
        #expect(q.speaker?.entity == "per.abu_talha")
        #expect(q.chain.map(\.entity).prefix(4) == ["per.abu_talha", "org.reuters", "org.afp", "org.sahara_medias"])
    }

    @Test func aSentenceOfManyRelaysNamesEachMentionOnceInTextOrder() throws {
        let agencies = [("Reuters", "org.reuters"), ("AFP", "org.afp"), ("ANI", "org.ani")]
        let relays = (0..<30).map { "told \(agencies[$0 % 3].0)" }.joined(separator: ", ")
        let d = claimsRun("Abu Talha \(relays) on Monday.\nHe said: “Our fighters control the road to Timbuktu.”") { f in
            f.entity("Abu Talha", "PER", "per.abu_talha")
            for k in 0..<30 { f.entity(agencies[k % 3].0, "ORG", agencies[k % 3].1, k / 3 + 1) }
        }
        ClaimsNestingTests.expectEachLinkOnce(d)
        let q = try #require(d.quotes.first { $0.direct })
        // The first `maxRelays` of the sentence, in text order.
        let named = q.chain.dropFirst().prefix(AttributionFinder.maxRelays)
        #expect(named.map(\.entity) == (0..<AttributionFinder.maxRelays).map { agencies[$0 % 3].1 })
        #expect(zip(named, named.dropFirst()).allSatisfy { $0.span.start < $1.span.start })
        #expect(q.chain.count <= 1 + AttributionFinder.maxRelays + 2)
    }

    @Test func quotesOfOneSentenceTakeNoMoreRelaysAsTheSentenceGrows() {
        // "“…,” they told ANI, “…,” they told ANI, …": each quote took every relay of the sentence.
        func longestChain(_ n: Int) -> Int {
            let d = ClaimsLongDocumentTests.run(String(repeating: "\"Hamaha is alive,\" they told ANI, ", count: n))
            #expect(d.quotes.count == n)
            return d.quotes.map(\.chain.count).max() ?? 0
        }
        let small = longestChain(30), large = longestChain(60)
        #expect(small == large)
        #expect(large <= 1 + AttributionFinder.maxRelays + 2)
    }

    @Test func theRelaysOfOneSentenceAreNotStatedForASpeakerOfTheNext() throws {
        let text = "Abu Talha told Reuters on Monday. Abu Walid told AFP on Tuesday.\nHe said: “Our fighters control the road to Timbuktu.”"
        let d = claimsRun(text) { f in
            f.entity("Abu Talha", "PER", "per.abu_talha")
            f.entity("Reuters", "ORG", "org.reuters")
            f.entity("Abu Walid", "PER", "per.abu_walid")
            f.entity("AFP", "ORG", "org.afp")
        }
        let q = try #require(d.quotes.first { $0.direct })
        #expect(q.speaker?.entity == "per.abu_walid")
        #expect(q.chain.map(\.entity).prefix(2) == ["per.abu_walid", "org.afp"])
        #expect(!q.chain.contains { $0.entity == "org.reuters" })
    }

    @Test func keyedLookupsAnswerAsAWalkOfEveryEntryDoes() {
        // Unresolved speakers (no key) among keyed ones, met again in random order.
        let names = (0..<40).map { k in k % 4 == 0 ? nil : "Name\(String(UnicodeScalar(UInt8(97 + k % 26))))\(String(UnicodeScalar(UInt8(97 + k / 26))))" }
        func speaker(_ k: Int) -> Speaker {
            guard let name = names[k] else {
                return Speaker(ref: MentionRef(span: ScalarSpan(k, k + 1), entity: nil, name: nil), rule: "speaker.pronoun_unresolved",
                               key: nil, isPerson: k % 8 == 0, role: nil, organisation: nil)
            }
            let folded = NameKey(name: name)
            return Speaker(ref: MentionRef(span: ScalarSpan(k, k + 1), entity: k % 3 == 0 ? "org.\(k)" : nil, name: name),
                           rule: "test", key: SpeakerKey(name: folded), isPerson: k % 2 == 0, role: nil, organisation: nil, folded: folded)
        }
        var random = SplitMix64(state: 5)
        var history = SpeakerHistory()
        for _ in 0..<300 {
            history.remember(speaker(Int.random(in: 0..<names.count, using: &random)), chain: [])
            let entries = history.entries
            let wants: [(Int) -> Bool] = [{ _ in true }, { entries[$0].speaker.isPerson }, { !entries[$0].speaker.isPerson && entries[$0].speaker.ref.entity != nil }]
            for wanted in wants {
                #expect(history.latest(keyed: true, where: wanted) == history.latest { entries[$0].speaker.key != nil && wanted($0) })
            }
        }
    }

    @Test func nameLookupsAnswerAsAWalkOfEveryEntryDoes() {
        // Names of two words sharing their last ones ("Ansar Front", "Azawad Front"), and one-word
        // names ending them, met again in random order past the point where entries are indexed.
        let firsts = (0..<30).map { k in "Name\(String(UnicodeScalar(UInt8(97 + k % 26))))\(String(UnicodeScalar(UInt8(97 + k / 26))))" }
        let lasts = ["Front", "Brigade", "Dine", "Al"]
        let names = firsts.flatMap { f in lasts.map { "\(f) \($0)" } } + lasts + firsts
        var random = SplitMix64(state: 21)
        func speaker(_ k: Int) -> Speaker {
            let folded = NameKey(name: names[k])
            return Speaker(ref: MentionRef(span: ScalarSpan(k, k + 1), entity: nil, name: names[k]), rule: "test", key: SpeakerKey(name: folded),
                           isPerson: k % 2 == 0, role: nil, organisation: nil, folded: folded)
        }
        var history = SpeakerHistory()
        for step in 0..<600 {
            history.remember(speaker(Int.random(in: 0..<names.count, using: &random)), chain: [])
            let asked = NameKey(name: names[Int.random(in: 0..<names.count, using: &random)])
            let entries = history.entries
            let walked = history.latest { entries[$0].folded?.matches(asked) ?? false }
            #expect(history.latest(named: asked) == walked, "step \(step)")
        }
    }

    @Test func pronounLookupsAnswerAsAWalkOfTheKeyedEntriesDoes() {
        // Names met again with and without their entity, so that an entry changes kind.
        let names = (0..<40).map { k in "Name\(String(UnicodeScalar(UInt8(97 + k % 26))))\(String(UnicodeScalar(UInt8(97 + k / 26))))" }
        var random = SplitMix64(state: 13)
        func speaker(_ k: Int) -> Speaker {
            if k % 5 == 0 && Bool.random(using: &random) {
                return Speaker(ref: MentionRef(span: ScalarSpan(k, k + 1), entity: nil, name: nil), rule: "speaker.pronoun_unresolved",
                               key: nil, isPerson: k % 2 == 0, role: nil, organisation: nil)
            }
            let folded = NameKey(name: names[k])
            return Speaker(ref: MentionRef(span: ScalarSpan(k, k + 1), entity: Bool.random(using: &random) ? "org.\(k)" : nil, name: names[k]),
                           rule: "test", key: SpeakerKey(name: folded), isPerson: k % 3 == 0, role: nil, organisation: nil, folded: folded)
        }
        var history = SpeakerHistory()
        for _ in 0..<400 {
            history.remember(speaker(Int.random(in: 0..<names.count, using: &random)), chain: [])
            let entries = history.entries
            #expect(history.latest(.person) == history.latest(keyed: true) { entries[$0].speaker.isPerson })
            #expect(history.latest(.organisation) == history.latest(keyed: true) { !entries[$0].speaker.isPerson && entries[$0].speaker.ref.entity != nil })
        }
    }

    @Test func aPronounFindsThePersonWhoSpokePastTheOrganisationsThatSpokeSince() throws {
        let others = (0..<40).map { k in "K\(String(UnicodeScalar(UInt8(97 + k % 26))))\(String(UnicodeScalar(UInt8(97 + k / 26))))" }
        let text = "Mokhtar Belmokhtar said the attack was a success. " + others.map { "\($0) said the road was open. " }.joined()
            + "He added that more attacks would follow."
        let d = claimsRun(text) { f in f.entity("Mokhtar Belmokhtar", "PER", "per.mokhtar_belmokhtar") }
        let last = try #require(d.quotes.first { d.text($0.cue) == "added" })
        #expect(last.speaker?.entity == "per.mokhtar_belmokhtar")
        #expect(last.speakerRule == "speaker.pronoun")
    }

    /// "Abu Assem al-Muhajir, spokesman of AQIM, said …", spokesmen of `others` organisations,
    /// then "the spokesman of AQIM added …": the speaker of "added".
    static func spokesmanOfAQIM(after others: Int) throws -> Quote {
        let names = (0..<others).map { k in "K\(String(UnicodeScalar(UInt8(97 + k % 26))))\(String(UnicodeScalar(UInt8(97 + k / 26))))" }
        let text = "Abu Assem al-Muhajir, spokesman of AQIM, said Hamaha was alive. "
            + names.map { "The spokesman of \($0) said the road was open. " }.joined()
            + "Later the spokesman of AQIM added that the French had lost ten men."
        let d = claimsRun(text)
        return try #require(d.quotes.first { d.text($0.cue) == "added" })
    }

    @Test func aRolePhraseFindsTheSpeakerOfItsOrganisationPastSpokesmenOfOthers() throws {
        let q = try Self.spokesmanOfAQIM(after: 10)
        #expect(q.speaker?.name == "Abu Assem al-Muhajir")
        #expect(q.speakerRule == "speaker.role_previous")
        // Past `roleReach` speakers of the role, the look-up gives up.
        let far = try Self.spokesmanOfAQIM(after: SpeakerResolver.roleReach)
        #expect(far.speaker?.name == nil)
        #expect(far.speakerRule == "speaker.role_unresolved")
    }

    @Test func aQuoteOfALongSentenceTakesTheRelaysNearIt() throws {
        // A relay at the end of a sentence of many quotes: read for the quotes near it only.
        let n = 200
        let text = String(repeating: "\"Hamaha is alive,\" the commander said, ", count: n) + "\"The road is open,\" the commander told Reuters."
        let d = ClaimsLongDocumentTests.run(text)
        let quotes = d.quotes.filter(\.direct)
        #expect(quotes.count == n + 1)
        func relayed(_ q: Quote) -> Bool { q.chain.contains { $0.name == "Reuters" } }
        #expect(relayed(quotes[n]) && relayed(quotes[n - 1]))
        #expect(!relayed(quotes[0]))
    }

    @Test func aPronounWithNoPersonBeforeStaysUnresolvedEachTime() throws {
        let d = claimsRun(String(repeating: "\"The weather is fine,\" he said. ", count: 40))
        let quotes = d.quotes.filter(\.direct)
        #expect(quotes.count == 40)
        #expect(quotes.allSatisfy { $0.speaker?.entity == nil && $0.speaker?.name == nil })
    }
}
