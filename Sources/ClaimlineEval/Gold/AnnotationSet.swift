import ClaimlineCore

/// The annotations of one document in the form the scorers compare, whether they come
/// from gold brat files, from a `Document` the pipeline annotated or from a records file.
/// `rule` is the rule that produced a system annotation (nil for gold).
public struct AnnotationSet: Sendable, Equatable {
    public var entities: [EvalEntity] = []
    public var dates: [EvalDate] = []
    public var quotes: [EvalQuote] = []
    public var claims: [EvalClaim] = []

    public init(entities: [EvalEntity] = [], dates: [EvalDate] = [], quotes: [EvalQuote] = [], claims: [EvalClaim] = []) {
        self.entities = entities
        self.dates = dates
        self.quotes = quotes
        self.claims = claims
    }

    /// The same annotations with the entity ids outside `known` forgotten (nil; all kept when
    /// `known` is nil). Gold gives a person no table knows an id of its own
    /// ("per.adama_coulibaly"); a pipeline can only call such an entity unknown, and its
    /// mentions are then compared by span, as those of other unknown entities are.
    public func forgettingIDs(notIn known: Set<String>?) -> AnnotationSet {
        guard let known else { return self }
        func keep(_ id: String?) -> String? { id.flatMap { known.contains($0) ? $0 : nil } }
        func keep(_ ref: EvalRef?) -> EvalRef? { ref.map { EvalRef(span: $0.span, entity: keep($0.entity)) } }
        var copy = self
        for i in copy.entities.indices { copy.entities[i].entity = keep(copy.entities[i].entity) }
        for i in copy.quotes.indices { copy.quotes[i].speaker = keep(copy.quotes[i].speaker) }
        for i in copy.claims.indices {
            copy.claims[i].speaker = keep(copy.claims[i].speaker)
            copy.claims[i].subject = keep(copy.claims[i].subject)
        }
        return copy
    }

    /// The same annotations without provenance, in a canonical order: what a round trip keeps.
    public var withoutRules: AnnotationSet {
        var copy = self
        for i in copy.entities.indices { copy.entities[i].rule = nil }
        for i in copy.dates.indices { copy.dates[i].rule = nil }
        for i in copy.quotes.indices { copy.quotes[i].rule = nil }
        for i in copy.claims.indices { copy.claims[i].rule = nil }
        copy.entities.sort { ($0.span, $0.type) < ($1.span, $1.type) }
        copy.dates.sort { $0.span < $1.span }
        copy.quotes.sort { $0.span < $1.span }
        copy.claims.sort { ($0.anchor, $0.predicate) < ($1.anchor, $1.predicate) }
        return copy
    }
}

public struct EvalEntity: Sendable, Equatable {
    public var span: ScalarSpan
    public var text: String
    public var type: String
    /// Canonical entity id (`per.omar_ould_hamaha`), nil for a mention of an unknown entity.
    public var entity: String?
    public var rule: String?

    public init(span: ScalarSpan, text: String, type: String, entity: String?, rule: String? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.entity = entity
        self.rule = rule
    }
}

public struct EvalDate: Sendable, Equatable {
    public var span: ScalarSpan
    public var text: String
    /// TIMEX3 type: DATE, TIME, DURATION, SET.
    public var type: String
    /// TIMEX3 value, nil when none was given or resolved.
    public var value: String?
    public var rule: String?

    public init(span: ScalarSpan, text: String, type: String, value: String?, rule: String? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.rule = rule
    }
}

/// Who a quote or claim points at: a mention span and, when known, its canonical entity.
public struct EvalRef: Sendable, Equatable {
    public var span: ScalarSpan?
    public var entity: String?

    public init(span: ScalarSpan?, entity: String?) {
        self.span = span
        self.entity = entity
    }

    /// Same entity when gold names one; otherwise (an unknown person) overlapping mentions.
    public func matches(gold: EvalRef) -> Bool {
        if let id = gold.entity { return entity == id }
        guard let a = span, let b = gold.span else { return false }
        return a.overlaps(b)
    }

    public var label: String { entity ?? span.map { "mention \($0)" } ?? "-" }
}

public struct EvalQuote: Sendable, Equatable {
    /// The content, without the quote marks.
    public var span: ScalarSpan
    public var text: String
    public var direct: Bool
    public var cue: ScalarSpan?
    public var speaker: EvalRef?
    public var rule: String?

    public init(span: ScalarSpan, text: String, direct: Bool, cue: ScalarSpan?, speaker: EvalRef?, rule: String? = nil) {
        self.span = span
        self.text = text
        self.direct = direct
        self.cue = cue
        self.speaker = speaker
        self.rule = rule
    }
}

public struct EvalClaim: Sendable, Equatable {
    /// Where the claim sits: the gold trigger, or the system claim's evidence span.
    public var anchor: ScalarSpan
    public var text: String
    public var speaker: EvalRef?
    public var predicate: String
    /// `asserted` or `negated`.
    public var polarity: String
    public var subject: EvalRef?
    /// TIMEX3 value of the claim's time, nil when it has none.
    public var time: String?
    public var rule: String?

    public init(anchor: ScalarSpan, text: String, speaker: EvalRef?, predicate: String, polarity: String,
                subject: EvalRef?, time: String?, rule: String? = nil) {
        self.anchor = anchor
        self.text = text
        self.speaker = speaker
        self.predicate = predicate
        self.polarity = polarity
        self.subject = subject
        self.time = time
        self.rule = rule
    }

    /// `speaker predicate[/negated] subject @time`, for diffs.
    public var tupleLabel: String {
        "\(speaker?.label ?? "-") \(predicate)\(polarity == "negated" ? "/negated" : "") \(subject?.label ?? "-") @\(time ?? "-")"
    }
}
