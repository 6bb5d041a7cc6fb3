@testable import claimline
import Testing

/// `claimline run` loads the default plan while its arguments are parsed, unless they ask
/// for another pipeline, more tables or no run at all.
@Suite(.serialized) struct DefaultPlanPrefetchTests {
    @Test func argumentsNamingAnotherPlanStartNoLoad() {
        for arguments in [["check"], ["run", "--pipeline", "my.pipeline"], ["run", "--gazetteer=people.tsv", "x.txt"],
                          ["run", "--gazetteer-only"], ["run", "--help"], []] {
            DefaultPlanPrefetch.start(for: arguments)
            #expect(DefaultPlanPrefetch.take() == nil, "\(arguments)")
        }
    }

    @Test func aPlainRunTakesTheDefaultPlanOnce() throws {
        DefaultPlanPrefetch.start(for: ["run", "--jobs", "2", "corpus/"])
        let plan = try #require(try DefaultPlanPrefetch.take()?.get())
        #expect(plan.plans.count == plan.spec.stages.count)
        #expect(plan.entityIDs?.contains("org.aqim") == true)
        #expect(DefaultPlanPrefetch.take() == nil)
    }
}
