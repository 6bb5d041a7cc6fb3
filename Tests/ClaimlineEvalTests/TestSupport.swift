import ClaimlineCore
import ClaimlineEval
import Foundation

/// The fixture corpus of these tests: two annotated documents and one without gold.
let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mini")

func loadFixtureCorpus() throws -> GoldCorpus {
    try GoldCorpus.load(folder: fixtureFolder, name: "Fixtures/mini")
}

func span(_ s: Int, _ e: Int) -> ScalarSpan { ScalarSpan(s, e) }

func entity(_ s: Int, _ e: Int, _ type: String, _ id: String? = nil, rule: String? = nil) -> EvalEntity {
    EvalEntity(span: span(s, e), text: "", type: type, entity: id, rule: rule)
}

/// A document annotated exactly as its gold says: what a perfect pipeline would leave.
func perfectDocument(_ gold: GoldDocument) -> Document {
    var d = gold.makeDocument()
    func ref(_ r: EvalRef?) -> MentionRef? { r.map { MentionRef(span: $0.span!, entity: $0.entity, name: nil) } }
    d.entities = gold.gold.entities.map {
        EntityMention(span: $0.span, view: $0.span, text: d.string($0.span), type: $0.type, entity: $0.entity, name: $0.entity, rule: "test.entity")
    }
    d.dates = gold.gold.dates.enumerated().map { i, t in
        DateMention(id: "t\(i + 1)", span: t.span, view: t.span, text: d.string(t.span), type: TimexType(rawValue: t.type)!,
                    value: t.value, anchor: nil, rule: "test.date")
    }
    d.quotes = gold.gold.quotes.enumerated().map { i, q in
        Quote(id: "q\(i + 1)", span: q.span, direct: q.direct, cue: q.cue, cueRule: "test.cue", speaker: ref(q.speaker),
              speakerRule: nil, rule: "test.quote")
    }
    d.claims = gold.gold.claims.enumerated().map { i, c in
        let time = c.time.flatMap { value in d.dates.first { $0.value == value }.map { ClaimTime(value: value, span: $0.span, date: $0.id) } }
        return Claim(id: "c\(i + 1)", speaker: ref(c.speaker), chain: [], predicate: c.predicate,
                     polarity: Polarity(rawValue: c.polarity)!, subject: ref(c.subject), stance: [], time: time,
                     evidence: c.anchor, quote: nil, rule: "test.claim")
    }
    return d
}
