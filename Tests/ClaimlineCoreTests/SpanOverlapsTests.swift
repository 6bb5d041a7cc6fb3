import ClaimlineCore
import Testing

@Suite("Span overlap index")
struct SpanOverlapsTests {
    @Test("answers as a walk over every span would, nested, touching and empty spans included")
    func agreesWithWalk() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let spans = (0..<Int.random(in: 0...8, using: &rng)).map { _ -> ScalarSpan in
                let a = Int.random(in: 0...40, using: &rng)
                return ScalarSpan(a, a + Int.random(in: 0...10, using: &rng))
            }
            let index = SpanOverlaps(spans)
            for start in 0...50 {
                for end in start...min(55, start + 12) {
                    let span = ScalarSpan(start, end)
                    #expect(index.overlapAny(span) == spans.contains { $0.overlaps(span) }, "\(spans) \(span)")
                }
            }
        }
    }

    @Test("a document's boilerplate regions: a date inside one is boilerplate, one beside it is not")
    func boilerplateRegions() {
        var d = Document(id: "b", text: String(repeating: "x", count: 100))
        d.regions = [Region(span: ScalarSpan(60, 100), kind: .boilerplate, rule: "b.comments"),
                     Region(span: ScalarSpan(0, 10), kind: .translatorLine, rule: "t.line"),
                     Region(span: ScalarSpan(20, 30), kind: .boilerplate, rule: "b.share")]
        let index = d.boilerplateSpans()
        for span in [ScalarSpan(0, 5), ScalarSpan(25, 27), ScalarSpan(30, 40), ScalarSpan(55, 61), ScalarSpan(59, 60)] {
            #expect(index.overlapAny(span) == d.isBoilerplate(span))
        }
        #expect(index.overlapAny(ScalarSpan(25, 27)))
        #expect(!index.overlapAny(ScalarSpan(0, 5)))
    }
}
