/// One input document: its original text (never modified), metadata, the current analysis
/// view (the normalised text with its offset map) and the annotations the stages add.
/// Every annotation span is `[start, end)` in Unicode scalar offsets of `text`.
public struct Document: Sendable {
    public let id: String
    /// The text exactly as decoded from the input.
    public let text: String
    /// `text` as scalars, so that spans index it directly.
    public let scalars: [Unicode.Scalar]
    public var metadata: DocumentMetadata

    /// What later stages read: the original until a normalising stage replaces it. Sentences
    /// and tokens are spans of the view, so a new view drops them: a stage that reads tokens
    /// never reads those of an earlier view.
    public var view: TextView {
        didSet { sentences = []; tokens = []; tokenHashes = [] }
    }

    public var regions: [Region] = []
    public var sentences: [Sentence] = []
    public var tokens: [Token] = []
    /// The case-folded hash of each token (`TokenHash` of ClaimlineRules), set with `tokens`
    /// by the stage that cuts them; empty when that stage did not hash them.
    public var tokenHashes: [UInt64] = []
    public var entities: [EntityMention] = []
    public var roles: [RoleMention] = []
    /// Canonical ids of the metadata's `source` and `translator` when the entity tables name
    /// them ("Reuters", "Sahara Medias (English translation)"); set by the entities stage.
    public var sourceEntity: String?
    /// The tables' kind of `sourceEntity` ("agency", "media", "ministry", …).
    public var sourceKind: String?
    public var translatorEntity: String?
    public var dates: [DateMention] = []
    public var quotes: [Quote] = []
    public var claims: [Claim] = []
    public var conflicts: [ClaimConflict] = []
    /// Things a reader should know that are not errors (a weekday that contradicts its date).
    public var warnings: [Warning] = []

    public init(id: String, text: String, metadata: DocumentMetadata = DocumentMetadata()) {
        self.init(id: id, text: text, scalars: Document.scalars(of: text), metadata: metadata)
    }

    /// A document whose reader decoded the scalars of `text` already (they must be exactly
    /// those, in order), so that they are not decoded a second time.
    public init(id: String, text: String, scalars: [Unicode.Scalar], metadata: DocumentMetadata = DocumentMetadata()) {
        self.id = id
        self.text = text
        self.scalars = scalars
        self.metadata = metadata
        self.view = TextView(scalars: scalars, map: .identity(length: scalars.count))
    }

    /// The original text of a span.
    public func string(_ span: ScalarSpan) -> String {
        ScalarString.make(scalars[span.start..<span.end])
    }

    /// True when the span falls inside a region a cleaning stage marked as boilerplate.
    public func isBoilerplate(_ span: ScalarSpan) -> Bool {
        regions.contains { $0.kind == .boilerplate && $0.span.overlaps(span) }
    }

    /// Checks what every stage must keep true: spans inside the text, the view's map
    /// covering the whole original. Returns the first violation found.
    public func invariantViolation() -> String? {
        let n = scalars.count
        func bad(_ span: ScalarSpan) -> Bool { span.start < 0 || span.end > n }
        if view.map.sourceLength != n { return "view map covers \(view.map.sourceLength) scalars, text has \(n)" }
        if let r = regions.first(where: { bad($0.span) }) { return "region \(r.span) out of bounds" }
        if let s = sentences.first(where: { bad($0.span) }) { return "sentence \(s.span) out of bounds" }
        if let e = entities.first(where: { bad($0.span) }) { return "entity \(e.span) out of bounds" }
        if let d = dates.first(where: { bad($0.span) }) { return "date \(d.span) out of bounds" }
        if let q = quotes.first(where: { bad($0.span) }) { return "quote \(q.span) out of bounds" }
        if let c = claims.first(where: { bad($0.evidence) }) { return "claim evidence \(c.evidence) out of bounds" }
        return nil
    }
}

/// A note on a document that is not an error.
public struct Warning: Sendable, Equatable {
    public var code: String
    public var message: String
    public var span: Optional<ScalarSpan>
    public var rule: Optional<String>

    public init(code: String, message: String, span: ScalarSpan? = nil, rule: String? = nil) {
        self.code = code
        self.message = message
        self.span = span
        self.rule = rule
    }
}
