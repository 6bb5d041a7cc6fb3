import ClaimlineCore
import ClaimlineEval
import Testing

/// The scorer on hand-made cases: what counts as a match, and how often.
@Suite struct EntityScoringTests {
    func score(_ gold: [EvalEntity], _ system: [EvalEntity]) -> (sheet: ScoreSheet, diff: [DiffEntry]) {
        DocumentScorer.score(gold: AnnotationSet(entities: gold), system: AnnotationSet(entities: system), document: "d")
    }

    @Test func exactSpanAndTypeMatch() {
        let (sheet, diff) = score([entity(0, 4, "ORG", "org.aqim")], [entity(0, 4, "ORG", "org.aqim")])
        #expect(sheet[.entitySpanTypeExact] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(sheet[.entitySpanIDExact] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(diff.isEmpty)
    }

    @Test func overlapCountsOnlyInOverlapScores() {
        let (sheet, diff) = score([entity(10, 26, "PER", "per.omar_ould_hamaha")], [entity(15, 26, "PER", "per.omar_ould_hamaha", rule: "r1")])
        #expect(sheet[.entitySpanTypeExact] == PRF(tp: 0, fp: 1, fn: 1))
        #expect(sheet[.entitySpanTypeOverlap] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(sheet[.entitySpanIDOverlap] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(diff.map(\.kind) == [.boundary])
        #expect(diff.first?.rule == "r1")
    }

    @Test func wrongTypeIsNoMatchButRightID() {
        let (sheet, _) = score([entity(0, 4, "ORG", "org.aqim")], [entity(0, 4, "LOC", "org.aqim")])
        #expect(sheet[.entitySpanTypeExact].tp == 0)
        #expect(sheet[.entitySpanIDExact].tp == 1)
        #expect(sheet.perType[.entitySpanTypeExact]?["ORG"] == PRF(tp: 0, fp: 0, fn: 1))
        #expect(sheet.perType[.entitySpanTypeExact]?["LOC"] == PRF(tp: 0, fp: 1, fn: 0))
    }

    @Test func idMismatchCountsForTypeNotForID() {
        let (sheet, diff) = score([entity(0, 6, "PER", "per.omar_ould_hamaha")], [entity(0, 6, "PER", "per.mokhtar_belmokhtar")])
        #expect(sheet[.entitySpanTypeExact] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(sheet[.entitySpanIDExact] == PRF(tp: 0, fp: 1, fn: 1))
        #expect(diff.map(\.kind) == [.mismatch])
        #expect(diff.first?.note == "gold id: per.omar_ould_hamaha")
    }

    @Test func diffTellsBoundaryTypeAndSpuriousApart() {
        let gold = [entity(0, 16, "PER", "per.omar_ould_hamaha"), entity(20, 24, "ORG", "org.aqim")]
        let system = [entity(10, 16, "LOC", "loc.x", rule: "r.inner"), entity(0, 16, "PER", "per.omar_ould_hamaha"),
                      entity(20, 24, "LOC", "org.aqim", rule: "r.type")]
        let (_, diff) = score(gold, system)
        #expect(diff.map(\.kind) == [.falsePositive, .mismatch])
        #expect(diff.map(\.rule) == ["r.inner", "r.type"])
    }

    @Test func unknownEntityMatchesOnlyAnUnknownOne() {
        let (sheet, _) = score([entity(0, 6, "PER", nil)], [entity(0, 6, "PER", nil), entity(8, 9, "PER", "per.x")])
        #expect(sheet[.entitySpanIDExact] == PRF(tp: 1, fp: 1, fn: 0))
    }

    @Test func duplicateSystemSpanCountsOnceThenAsFalsePositive() {
        let gold = [entity(0, 4, "ORG", "org.aqim")]
        let (sheet, _) = score(gold, [entity(0, 4, "ORG", "org.aqim"), entity(0, 4, "ORG", "org.aqim")])
        #expect(sheet[.entitySpanTypeExact] == PRF(tp: 1, fp: 1, fn: 0))
        #expect(sheet[.entitySpanTypeOverlap] == PRF(tp: 1, fp: 1, fn: 0))
    }

    @Test func overlapPrefersTheExactPartner() {
        // Two gold mentions that both overlap the first system mention: each pairs with its own.
        let gold = [entity(0, 10, "PER"), entity(5, 12, "PER")]
        let (sheet, _) = score(gold, [entity(5, 12, "PER"), entity(0, 9, "PER")])
        #expect(sheet[.entitySpanTypeOverlap] == PRF(tp: 2, fp: 0, fn: 0))
        #expect(sheet[.entitySpanTypeExact] == PRF(tp: 1, fp: 1, fn: 1))
    }

    @Test func emptyGoldGivesFalsePositivesAndNoRecall() {
        let (sheet, diff) = score([], [entity(0, 4, "ORG", "org.aqim", rule: "gaz.aqim")])
        #expect(sheet[.entitySpanTypeExact] == PRF(tp: 0, fp: 1, fn: 0))
        #expect(sheet[.entitySpanTypeExact].recall == nil)
        #expect(diff.map(\.kind) == [.falsePositive])
        #expect(diff.first?.rule == "gaz.aqim")
    }

    @Test func emptySystemGivesFalseNegativesAndNoPrecision() {
        let (sheet, _) = score([entity(0, 4, "ORG")], [])
        #expect(sheet[.entitySpanTypeExact] == PRF(tp: 0, fp: 0, fn: 1))
        #expect(sheet[.entitySpanTypeExact].precision == nil)
    }

    @Test func bothEmptyScoresEveryMetricAsUndefined() {
        let (sheet, diff) = DocumentScorer.score(gold: AnnotationSet(), system: AnnotationSet(), document: "d")
        for metric in Metric.allCases { #expect(sheet[metric].f1 == nil) }
        #expect(diff.isEmpty)
    }
}

@Suite struct DateScoringTests {
    func date(_ s: Int, _ e: Int, _ type: String, _ value: String?) -> EvalDate {
        EvalDate(span: span(s, e), text: "", type: type, value: value, rule: "date.rule")
    }

    @Test func strictRelaxedTypeAndValue() {
        let gold = [date(0, 18, "DATE", "2014-04-11"), date(30, 43, "DATE", "2014-03-14"), date(50, 60, "DURATION", "P2M")]
        let system = [date(8, 18, "DATE", "2014-04-11"), date(30, 43, "DATE", "XXXX-03-14"), date(70, 75, "DATE", "2014")]
        let (sheet, diff) = DocumentScorer.score(gold: AnnotationSet(dates: gold), system: AnnotationSet(dates: system), document: "d")
        #expect(sheet[.dateStrict] == PRF(tp: 1, fp: 2, fn: 2))
        #expect(sheet[.dateRelaxed] == PRF(tp: 2, fp: 1, fn: 1))
        #expect(sheet[.dateType] == PRF(tp: 2, fp: 1, fn: 1))
        #expect(sheet[.dateValue] == PRF(tp: 1, fp: 2, fn: 2))
        #expect(sheet.perType[.dateRelaxed]?["DURATION"] == PRF(tp: 0, fp: 0, fn: 1))
        #expect(sheet.accuracy(.dateValue)?.ratio == 0.5)
        #expect(sheet.accuracy(.dateType)?.ratio == 1)
        #expect(sheet.accuracy(.dateStrict) == nil)
        #expect(diff.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.boundary, .falseNegative, .falsePositive, .mismatch])
    }
}

@Suite struct QuoteScoringTests {
    let speaker = EvalRef(span: span(0, 5), entity: "per.abu_assem_al_muhajir")

    func quote(_ s: Int, _ e: Int, cue: ScalarSpan?, speaker: EvalRef?, direct: Bool = true) -> EvalQuote {
        EvalQuote(span: span(s, e), text: "", direct: direct, cue: cue, speaker: speaker)
    }

    @Test func contentCueAndSpeaker() {
        let gold = [quote(20, 60, cue: span(10, 14), speaker: speaker)]
        let otherMention = EvalRef(span: span(70, 75), entity: "per.abu_assem_al_muhajir")
        let system = [quote(21, 60, cue: span(10, 14), speaker: otherMention, direct: false)]
        let (sheet, _) = DocumentScorer.score(gold: AnnotationSet(quotes: gold), system: AnnotationSet(quotes: system), document: "d")
        #expect(sheet[.quoteContentExact] == PRF(tp: 0, fp: 1, fn: 1))
        #expect(sheet[.quoteContentOverlap] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(sheet[.quoteDirect] == PRF(tp: 0, fp: 1, fn: 1))
        #expect(sheet[.quoteCueExact] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(sheet[.quoteSpeakerEntity] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(sheet[.quoteSpeakerSpan] == PRF(tp: 0, fp: 1, fn: 1))
    }

    @Test func unknownSpeakerMatchesByMention() {
        let unknown = EvalRef(span: span(0, 5), entity: nil)
        let gold = [quote(20, 60, cue: nil, speaker: unknown)]
        let near = [quote(20, 60, cue: nil, speaker: EvalRef(span: span(2, 5), entity: nil))]
        let far = [quote(20, 60, cue: nil, speaker: EvalRef(span: span(80, 85), entity: nil))]
        let a = DocumentScorer.score(gold: AnnotationSet(quotes: gold), system: AnnotationSet(quotes: near), document: "d").sheet
        let b = DocumentScorer.score(gold: AnnotationSet(quotes: gold), system: AnnotationSet(quotes: far), document: "d").sheet
        #expect(a[.quoteSpeakerEntity].tp == 1)
        #expect(b[.quoteSpeakerEntity].tp == 0)
    }
}

@Suite struct ClaimScoringTests {
    let muhajir = EvalRef(span: span(0, 5), entity: "per.abu_assem_al_muhajir")
    let hamaha = EvalRef(span: span(10, 16), entity: "per.omar_ould_hamaha")

    func claim(_ anchor: ScalarSpan, _ predicate: String, _ polarity: String = "asserted", time: String? = nil,
               speaker: EvalRef? = nil) -> EvalClaim {
        EvalClaim(anchor: anchor, text: "", speaker: speaker ?? muhajir, predicate: predicate, polarity: polarity,
                  subject: hamaha, time: time, rule: "claim.rule")
    }

    func score(_ gold: [EvalClaim], _ system: [EvalClaim]) -> (sheet: ScoreSheet, diff: [DiffEntry]) {
        DocumentScorer.score(gold: AnnotationSet(claims: gold), system: AnnotationSet(claims: system), document: "d")
    }

    @Test func fullTupleIgnoresOffsets() {
        let (sheet, _) = score([claim(span(20, 25), "alive")], [claim(span(0, 80), "alive")])
        #expect(sheet[.claimTuple] == PRF(tp: 1, fp: 0, fn: 0))
    }

    @Test func wrongPolarityFailsTheTupleButAlignsAndScoresFields() {
        let gold = [claim(span(30, 40), "killed", "negated", time: "2014-04-11")]
        let system = [claim(span(20, 60), "killed", "asserted", time: "2014-04-11")]
        let (sheet, diff) = score(gold, system)
        #expect(sheet[.claimTuple] == PRF(tp: 0, fp: 1, fn: 1))
        #expect(sheet[.claimAligned] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(sheet[.claimPredicate] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(sheet[.claimPolarity] == PRF(tp: 0, fp: 1, fn: 1))
        #expect(sheet[.claimTime] == PRF(tp: 1, fp: 0, fn: 0))
        #expect(diff.map(\.kind) == [.mismatch])
        #expect(diff.first?.note == "system: per.abu_assem_al_muhajir killed per.omar_ould_hamaha @2014-04-11")
    }

    @Test func alignmentPrefersTheClaimThatAgreesMore() {
        // Two gold claims in one sentence; the system finds both, in the other order.
        let gold = [claim(span(20, 25), "alive"), claim(span(30, 40), "killed", "negated")]
        let system = [claim(span(0, 60), "killed", "negated"), claim(span(0, 60), "alive")]
        let (sheet, _) = score(gold, system)
        #expect(sheet[.claimTuple] == PRF(tp: 2, fp: 0, fn: 0))
        #expect(sheet[.claimPredicate] == PRF(tp: 2, fp: 0, fn: 0))
        #expect(sheet[.claimPolarity] == PRF(tp: 2, fp: 0, fn: 0))
    }

    @Test func duplicateClaimIsOneTruePositiveAndOneFalsePositive() {
        let (sheet, _) = score([claim(span(20, 25), "alive")], [claim(span(0, 60), "alive"), claim(span(0, 60), "alive")])
        #expect(sheet[.claimTuple] == PRF(tp: 1, fp: 1, fn: 0))
        #expect(sheet.perType[.claimTuple]?["alive"] == PRF(tp: 1, fp: 1, fn: 0))
    }

    @Test func aClaimElsewhereDoesNotAlign() {
        let (sheet, diff) = score([claim(span(20, 25), "alive")], [claim(span(100, 160), "alive", speaker: hamaha)])
        #expect(sheet[.claimAligned] == PRF(tp: 0, fp: 1, fn: 1))
        #expect(Set(diff.map(\.kind)) == [.falseNegative, .falsePositive])
    }
}
