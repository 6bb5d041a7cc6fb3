import ClaimlineEval
import Testing

@Suite struct PRFTests {
    @Test func ratiosFromCounts() {
        let s = PRF(tp: 3, fp: 1, fn: 2)
        #expect(s.precision == 0.75)
        #expect(s.recall == 0.6)
        #expect(abs(s.f1! - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
    }

    @Test func countsAddUpAcrossDocuments() {
        let sum = PRF(tp: 1, fp: 0, fn: 1) + PRF(tp: 0, fp: 2, fn: 0)
        #expect(sum == PRF(tp: 1, fp: 2, fn: 1))
        #expect(sum.precision == 1.0 / 3.0)
    }

    @Test func emptyGoldLeavesRecallUndefined() {
        let s = PRF(tp: 0, fp: 2, fn: 0)
        #expect(s.recall == nil)
        #expect(s.precision == 0)
        #expect(s.f1 == 0)
    }

    @Test func noOutputLeavesPrecisionUndefined() {
        let s = PRF(tp: 0, fp: 0, fn: 4)
        #expect(s.precision == nil)
        #expect(s.recall == 0)
        #expect(s.f1 == 0)
    }

    @Test func nothingToFindAndNothingFoundIsUndefined() {
        let s = PRF()
        #expect(s.precision == nil && s.recall == nil && s.f1 == nil)
    }
}
