// The annotations a document collects, several per sentence. Their optional fields are
// spelled `Optional<T>` and no field has a default value: a `var x: T?` or a default is set
// before the initializer runs, which made every new annotation get copied whole (and the
// copy destroyed) on its way into its array.

/// A marked region of the original text; cleaning marks regions instead of deleting text.
public struct Region: Sendable, Equatable {
    public enum Kind: String, Sendable { case boilerplate, title, translatorLine = "translator_line", byline }
    public var span: ScalarSpan
    public var kind: Kind
    public var rule: String

    public init(span: ScalarSpan, kind: Kind, rule: String) {
        self.span = span
        self.kind = kind
        self.rule = rule
    }
}

/// A sentence: `span` on the original, `view` on the analysis view.
public struct Sentence: Sendable, Equatable {
    public var span: ScalarSpan
    public var view: ScalarSpan
    /// Index of the first token of the sentence in `Document.tokens`, and the count.
    public var firstToken: Int
    public var tokenCount: Int

    public init(span: ScalarSpan, view: ScalarSpan, firstToken: Int = 0, tokenCount: Int = 0) {
        self.span = span
        self.view = view
        self.firstToken = firstToken
        self.tokenCount = tokenCount
    }
}

/// A token of the analysis view (word, number or punctuation); whitespace is not a token.
/// Its offsets are kept in 32 bits: every stage walks the tokens of a whole batch of
/// documents, and 12 bytes a token instead of 24 halve that memory traffic. The segment
/// stage refuses a longer view than `SegmentStage.maxViewScalars` (2^31 - 2).
public struct Token: Sendable, Equatable, BitwiseCopyable {
    public enum Kind: UInt8, Sendable, BitwiseCopyable { case word, number, punctuation, symbol }
    @usableFromInline var start32: UInt32
    @usableFromInline var end32: UInt32
    public var kind: Kind
    /// Every scalar is an ASCII letter: a later stage can key such a word by its hash
    /// (`Document.tokenHashes`) without reading its letters again.
    public var asciiLetters: Bool

    /// On the analysis view; `Document.view.original(view)` gives the original span.
    @inlinable public var view: ScalarSpan {
        get { ScalarSpan(ordered: Int(start32), Int(end32)) }
        set { start32 = UInt32(newValue.start); end32 = UInt32(newValue.end) }
    }

    @inlinable
    public init(view: ScalarSpan, kind: Kind, asciiLetters: Bool = false) {
        start32 = UInt32(view.start)
        end32 = UInt32(view.end)
        self.kind = kind
        self.asciiLetters = asciiLetters
    }

    /// For the segment stage's scan, whose offsets are in order and within its length limit:
    /// nothing checked, in its loop that writes a token every few scalars.
    @inlinable
    public init(uncheckedStart start: Int, end: Int, kind: Kind, asciiLetters: Bool = false) {
        start32 = UInt32(truncatingIfNeeded: start)
        end32 = UInt32(truncatingIfNeeded: end)
        self.kind = kind
        self.asciiLetters = asciiLetters
    }
}

/// What every mention found by one table row or rule has in common, made once per row or
/// rule and shared: a mention holds one reference here, where five strings of its own cost
/// a retain each when it was made and a release each when its document was dropped.
public final class EntityFacts: Sendable {
    public struct Fields: Sendable, Equatable {
        public var type: String
        public var kind: Optional<String>
        public var entity: Optional<String>
        public var name: Optional<String>
        public var rule: String
        public var activeFrom: Optional<Int>
        public var activeTo: Optional<Int>

        @inlinable
        public init(type: String, kind: String?, entity: String?, name: String?, rule: String, activeFrom: Int?, activeTo: Int?) {
            self.type = type
            self.kind = kind
            self.entity = entity
            self.name = name
            self.rule = rule
            self.activeFrom = activeFrom
            self.activeTo = activeTo
        }
    }

    public let fields: Fields
    /// Whether `fields.type` is PER, ORG or LOC, worked out once: the claims stage asks it of
    /// every mention it reads, and comparing two different strings costs a call.
    public let isPerson: Bool, isOrganisation: Bool, isPlace: Bool

    @inlinable
    public init(_ fields: Fields) {
        self.fields = fields
        isPerson = fields.type == "PER"
        isOrganisation = fields.type == "ORG"
        isPlace = fields.type == "LOC"
    }
}

/// A mention of a person, organisation or place.
public struct EntityMention: Sendable, Equatable {
    public var span: ScalarSpan
    public var view: ScalarSpan
    public var text: String
    /// Type, kind, canonical entity, rule and years, shared with the other mentions of the
    /// same row or rule (read through the properties below).
    public var facts: EntityFacts
    /// `facts` for a reader that holds the mention in place (through its address) and
    /// must not retain them.
    @inlinable public var unretainedFacts: Unmanaged<EntityFacts> { Unmanaged.passUnretained(facts) }
    /// Fold rules that made a variant spelling meet the listed one, if any.
    public var folds: [String]
    /// For a mention linked to an earlier one in the document: the rule that linked it.
    public var link: Optional<String>

    // Read in place (`_read`): a getter hands out a copy, which retains the string, and the
    // claims stage tests the type of a mention at every phrase.

    /// PER, ORG, LOC, …
    @inlinable public var type: String {
        _read { yield facts.fields.type }
        set { edit { $0.type = newValue } }
    }
    /// `type` is PER, ORG, LOC.
    @inlinable public var isPerson: Bool { facts.isPerson }
    @inlinable public var isOrganisation: Bool { facts.isOrganisation }
    @inlinable public var isPlace: Bool { facts.isPlace }
    /// Finer kind from the entity table (armed_group, agency, army, ministry, city, …), if known.
    @inlinable public var kind: Optional<String> {
        _read { yield facts.fields.kind }
        set { edit { $0.kind = newValue } }
    }
    /// Canonical entity id, nil for an unknown name.
    @inlinable public var entity: Optional<String> {
        _read { yield facts.fields.entity }
        set { edit { $0.entity = newValue } }
    }
    /// Canonical name, nil for an unknown name.
    @inlinable public var name: Optional<String> {
        _read { yield facts.fields.name }
        set { edit { $0.name = newValue } }
    }
    /// The rule or table row that matched (`file:line` or a named id).
    @inlinable public var rule: String {
        _read { yield facts.fields.rule }
        set { edit { $0.rule = newValue } }
    }
    /// Years the entity is known to have existed or been active, from its table row
    /// (an organisation founded in 2013); later stages use them to choose between readings.
    @inlinable public var activeFrom: Optional<Int> {
        get { facts.fields.activeFrom }
        set { edit { $0.activeFrom = newValue } }
    }
    @inlinable public var activeTo: Optional<Int> {
        get { facts.fields.activeTo }
        set { edit { $0.activeTo = newValue } }
    }

    /// A mention whose facts are its own (not shared with other mentions).
    @inlinable
    public init(span: ScalarSpan, view: ScalarSpan, text: String, type: String, kind: String? = nil,
                entity: String?, name: String?, rule: String) {
        self.init(span: span, view: view, text: text,
                  facts: EntityFacts(.init(type: type, kind: kind, entity: entity, name: name, rule: rule, activeFrom: nil, activeTo: nil)))
    }

    @inlinable
    public init(span: ScalarSpan, view: ScalarSpan, text: String, facts: EntityFacts) {
        self.span = span
        self.view = view
        self.text = text
        self.facts = facts
        folds = []
        link = nil
    }

    /// Changes one fact of this mention alone: the shared instance is never changed.
    @inlinable
    mutating func edit(_ change: (inout EntityFacts.Fields) -> Void) {
        var fields = facts.fields
        change(&fields)
        facts = EntityFacts(fields)
    }

    public static func == (a: EntityMention, b: EntityMention) -> Bool {
        a.span == b.span && a.view == b.view && a.text == b.text && (a.facts === b.facts || a.facts.fields == b.facts.fields)
            && a.folds == b.folds && a.link == b.link
    }
}

/// A role stated in the text: "Spokesman of AQIM in Mali, Abu Assem Al Muhajir".
public struct RoleMention: Sendable, Equatable {
    public var span: ScalarSpan
    /// The role word normalised (spokesman, leader, minister, …).
    public var role: String
    /// Index in `Document.entities` of the person holding the role, if found.
    public var holder: Optional<Int>
    /// Index in `Document.entities` of the organisation, and of the place, if stated.
    public var organisation: Optional<Int>
    public var place: Optional<Int>
    public var rule: String

    public init(span: ScalarSpan, role: String, holder: Int?, organisation: Int?, place: Int?, rule: String) {
        self.span = span
        self.role = role
        self.holder = holder
        self.organisation = organisation
        self.place = place
        self.rule = rule
    }
}

/// TIMEX3 types.
public enum TimexType: String, Sendable { case date = "DATE", time = "TIME", duration = "DURATION", set = "SET" }

/// A temporal expression with its TIMEX3 value.
public struct DateMention: Sendable, Equatable {
    /// `t1`, `t2`, … in document order; anchors refer to these.
    public var id: String
    public var span: ScalarSpan
    public var view: ScalarSpan
    public var text: String
    public var type: TimexType
    /// TIMEX3 value (`2014-04-11`, `P2M`, `PAST_REF`, `XXXX-04-11`), nil when unresolved.
    public var value: Optional<String>
    /// What the value was resolved against: `document_date`, an earlier date's id, or nil.
    public var anchor: Optional<String>
    public var rule: String

    public init(id: String, span: ScalarSpan, view: ScalarSpan, text: String, type: TimexType,
                value: String?, anchor: String?, rule: String) {
        self.id = id
        self.span = span
        self.view = view
        self.text = text
        self.type = type
        self.value = value
        self.anchor = anchor
        self.rule = rule
    }
}

/// A reference to who or what: an entity mention's span and, when known, canonical entity.
public struct MentionRef: Sendable, Equatable {
    public var span: ScalarSpan
    public var entity: Optional<String>
    public var name: Optional<String>
    /// spokesman, agency, translator, publisher, … for links of an attribution chain.
    public var role: Optional<String>

    public init(span: ScalarSpan, entity: String?, name: String?, role: String? = nil) {
        self.span = span
        self.entity = entity
        self.name = name
        self.role = role
    }
}

/// Quoted or reported content with its cue and speaker.
public struct Quote: Sendable, Equatable {
    /// `q1`, `q2`, … in document order.
    public var id: String
    /// The content (what was said), without the quote marks.
    public var span: ScalarSpan
    public var direct: Bool
    /// The reporting verb or phrase, and the rule id of its table row.
    public var cue: Optional<ScalarSpan>
    public var cueRule: Optional<String>
    public var speaker: Optional<MentionRef>
    /// How the speaker was found (explicit, role, pronoun, document author), as a rule id.
    public var speakerRule: Optional<String>
    /// Outward attribution: agency that quoted the speaker, translator, publisher.
    public var chain: [MentionRef]
    public var rule: String

    /// Inlinable: built in place by the claims stage instead of copied in and out of a call.
    @inlinable
    public init(id: String, span: ScalarSpan, direct: Bool, cue: ScalarSpan?, cueRule: String?,
                speaker: MentionRef?, speakerRule: String?, rule: String) {
        self.id = id
        self.span = span
        self.direct = direct
        self.cue = cue
        self.cueRule = cueRule
        self.speaker = speaker
        self.speakerRule = speakerRule
        self.rule = rule
        chain = []
    }
}

public enum Polarity: String, Sendable { case asserted, negated }

/// Another source a claim takes a position on ("contrary to statements by X").
public struct Stance: Sendable, Equatable {
    public enum Relation: String, Sendable { case contradicts, supports }
    public var source: MentionRef
    public var relation: Relation

    public init(source: MentionRef, relation: Relation) {
        self.source = source
        self.relation = relation
    }
}

/// The time a claim is about.
public struct ClaimTime: Sendable, Equatable {
    public var value: Optional<String>
    public var span: ScalarSpan
    /// The id of the date mention it comes from.
    public var date: Optional<String>

    public init(value: String?, span: ScalarSpan, date: String?) {
        self.value = value
        self.span = span
        self.date = date
    }
}

/// Who claims what about whom, when, quoted by whom, asserted or negated.
public struct Claim: Sendable, Equatable {
    /// `c1`, `c2`, … in document order.
    public var id: String
    public var speaker: Optional<MentionRef>
    public var chain: [MentionRef]
    public var predicate: String
    public var polarity: Polarity
    public var subject: Optional<MentionRef>
    public var stance: [Stance]
    public var time: Optional<ClaimTime>
    /// The sentence or quote the claim rests on.
    public var evidence: ScalarSpan
    /// The quote it comes from, if any.
    public var quote: Optional<String>
    public var rule: String

    /// Inlinable: built in place by the claims stage instead of copied in and out of a call.
    @inlinable
    public init(id: String, speaker: MentionRef?, chain: [MentionRef], predicate: String, polarity: Polarity,
                subject: MentionRef?, stance: [Stance], time: ClaimTime?, evidence: ScalarSpan, quote: String?, rule: String) {
        self.id = id
        self.speaker = speaker
        self.chain = chain
        self.predicate = predicate
        self.polarity = polarity
        self.subject = subject
        self.stance = stance
        self.time = time
        self.evidence = evidence
        self.quote = quote
        self.rule = rule
    }
}

/// Two claims of one document that cannot both hold (X says alive, Y says killed).
public struct ClaimConflict: Sendable, Equatable {
    public var claims: [String]
    public var subject: Optional<String>
    public var reason: String

    public init(claims: [String], subject: String?, reason: String) {
        self.claims = claims
        self.subject = subject
        self.reason = reason
    }
}
