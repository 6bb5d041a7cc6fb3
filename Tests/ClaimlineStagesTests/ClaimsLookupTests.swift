import ClaimlineCore
@testable import ClaimlineStages
import Testing
import TestSupport

/// Look-ups made for each cue or pronoun answer as a walk of everything before them would:
/// relays read once per sentence.
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
}
