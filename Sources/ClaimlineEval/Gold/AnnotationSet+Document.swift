import ClaimlineCore

extension AnnotationSet {
    /// What the pipeline found in a document, with the rule of each annotation.
    public init(document d: Document) {
        func ref(_ m: MentionRef?) -> EvalRef? { m.map { EvalRef(span: $0.span, entity: $0.entity) } }
        self.init(
            entities: d.entities.map { EvalEntity(span: $0.span, text: d.string($0.span), type: $0.type, entity: $0.entity, rule: $0.rule) },
            dates: d.dates.map { EvalDate(span: $0.span, text: d.string($0.span), type: $0.type.rawValue, value: $0.value, rule: $0.rule) },
            quotes: d.quotes.map {
                EvalQuote(span: $0.span, text: d.string($0.span), direct: $0.direct, cue: $0.cue, speaker: ref($0.speaker), rule: $0.rule)
            },
            claims: d.claims.map {
                EvalClaim(anchor: $0.evidence, text: d.string($0.evidence), speaker: ref($0.speaker), predicate: $0.predicate,
                          polarity: $0.polarity.rawValue, subject: ref($0.subject), time: $0.time?.value, rule: $0.rule)
            }
        )
    }
}
