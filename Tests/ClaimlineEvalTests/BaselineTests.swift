import ClaimlineEval
import Testing

@Suite struct BaselineTests {
    func report(tp: Int, fp: Int, fn: Int) -> EvalReport {
        var r = EvalReport(corpus: "c")
        r.total.add(.entitySpanTypeExact, PRF(tp: tp, fp: fp, fn: fn))
        r.total.add(.entitySpanTypeExact, label: "PER", PRF(tp: tp, fp: fp, fn: fn))
        return r
    }

    @Test func equalScoresPass() {
        let r = report(tp: 8, fp: 2, fn: 2)
        #expect(Baseline(report: r).regressions(in: r).isEmpty)
    }

    @Test func aDropBeyondTheToleranceIsARegression() {
        let baseline = Baseline(report: report(tp: 8, fp: 2, fn: 2))
        let found = baseline.regressions(in: report(tp: 7, fp: 2, fn: 3))
        #expect(found.map { "\($0.key) \($0.measure)" } == [
            "entities.span_type.exact P", "entities.span_type.exact R", "entities.span_type.exact F",
            "entities.span_type.exact/PER P", "entities.span_type.exact/PER R", "entities.span_type.exact/PER F",
        ])
        #expect(found[1].description == "entities.span_type.exact R: 70.0% < baseline 80.0%")
    }

    @Test func aDropWithinTheToleranceAndAGainPass() {
        let baseline = Baseline(report: report(tp: 800, fp: 200, fn: 200))
        #expect(baseline.regressions(in: report(tp: 797, fp: 203, fn: 203)).isEmpty)
        #expect(baseline.regressions(in: report(tp: 900, fp: 100, fn: 100)).isEmpty)
    }

    @Test func aScoreThatBecomesUndefinedCountsAsZero() {
        let baseline = Baseline(report: report(tp: 8, fp: 2, fn: 2))
        let found = baseline.regressions(in: report(tp: 0, fp: 0, fn: 10))
        #expect(found.first { $0.key == "entities.span_type.exact" && $0.measure == "P" }?.current == nil)
    }

    @Test func undefinedBaselineScoresAreNotChecked() {
        let baseline = Baseline(report: report(tp: 0, fp: 0, fn: 0))
        #expect(baseline.regressions(in: report(tp: 0, fp: 5, fn: 5)).isEmpty)
    }

    @Test func fileRoundTrip() throws {
        let baseline = Baseline(report: report(tp: 2, fp: 1, fn: 0), tolerance: 0.01)
        let text = baseline.json()
        #expect(text.contains("\n    \"entities.span_type.exact\": {\"p\": 0.6667, \"r\": 1.0, \"f\": 0.8},\n"))
        #expect(try Baseline(json: text, file: "b.json") == baseline)
    }
}
