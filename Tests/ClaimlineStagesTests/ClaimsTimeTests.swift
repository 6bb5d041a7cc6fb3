import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// The time of a claim is a date or time of its sentence that dates the event.
@Suite("Claims: times")
struct ClaimsTimeTests {
    @Test func durationDatesNoEvent() throws {
        let text = "After ten days of fighting, the rebels captured the governor of Kidal on 3 May."
        let d = claimsRun(text, source: "org.afp") { f in
            f.date("ten days", "P10D")
            f.document.dates[0].type = .duration
            f.date("3 May", "2014-05-03")
        }
        let c = try #require(d.claims("captured").first)
        #expect(c.time?.value == "2014-05-03")
    }

    @Test func aClaimOfResponsibilityIsDatedByTheEventItClaims() throws {
        // The act's own day stands beside its words; the attack's after them.
        let d = claimsRun("The Signed-in-Blood Battalion claimed responsibility on Friday for the attacks that hit a camp in Agadez on Thursday.",
                          source: "org.afp") { f in
            f.entity("Signed-in-Blood Battalion", "ORG", "org.signed_in_blood_battalion")
            f.date("Friday", "2013-05-24")
            f.date("Thursday", "2013-05-23")
        }
        #expect(try #require(d.claims("claims_responsibility").first).time?.value == "2013-05-23")
        // "claimed on Saturday the attack": the day inside the words is the claim's, and with no
        // other date the claim keeps it.
        let alone = claimsRun("The Islamic State claimed on Saturday the attack on the army post at Indelimane.", source: "org.afp") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.date("Saturday", "2019-11-02")
        }
        let claimed = try #require(alone.claims("claims_responsibility").first)
        #expect(claimed.subject?.entity == "org.islamic_state")
        #expect(claimed.time?.value == "2019-11-02")
    }

    @Test func durationAloneGivesNoTime() throws {
        let d = claimsRun("The rebels held the governor of Kidal for ten days before they released him.", source: "org.afp") { f in
            f.date("ten days", "P10D")
            f.document.dates[0].type = .duration
        }
        #expect(!d.claims("released").isEmpty)
        #expect(d.claims.allSatisfy { $0.time == nil })
    }

    @Test func aDateOfTheSentenceOutsideTheClauseDatesItWithinAClausesReach() throws {
        // A semicolon ends the clause; the date before it is still the sentence's. Past
        // `clauseReach` tokens of a run-on sentence it is no longer looked for.
        let filler = String(repeating: "and then ", count: 3 * ClaimFinder.clauseReach)
        for (text, value) in [("On 3 May the convoy left; Hamaha was killed.", "2014-05-03" as String?),
                              ("On 3 May the convoy left; " + filler + "Hamaha was killed.", nil)] {
            let d = claimsRun(text, source: "org.afp") { f in
                f.date("3 May", "2014-05-03")
                f.entity("Hamaha", "PER", nil)
            }
            let c = try #require(d.claims("killed").first)
            #expect(c.time?.value == value)
        }
    }

    @Test func aDateInARelativeAsideDatesNoClaimOutsideIt() throws {
        // When the group was founded is no time of what it says now; a date in the clause of
        // the claim itself still dates it.
        for (text, value) in [("The group, which was founded in 2012, said: “We killed 20 soldiers.”", nil as String?),
                              ("The group, founded in 2012, said it killed 20 soldiers.", nil),
                              ("“We killed 20 soldiers,” said the group, which was founded in 2012.", nil),
                              ("The group, which was founded in 2012, said it killed 20 soldiers on Monday.", "2024-03-04")] {
            let d = claimsRun(text) { f in
                f.date("2012", "2012")
                if text.contains("Monday") { f.date("Monday", "2024-03-04") }
            }
            let c = try #require(d.claims("killed").first, "\(text)")
            #expect(c.time?.value == value, "\(text)")
            #expect(d.text(c.speaker?.span)?.lowercased() == "the group", "\(text)")
        }
    }
}
