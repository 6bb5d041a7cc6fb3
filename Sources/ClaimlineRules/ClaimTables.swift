import ClaimlineCore

/// What a reporting cue does in a sentence.
public enum CueKind: String, Sendable, CaseIterable {
    /// A reporting verb: speaker beside it, content in quotes or after it ("said", "denied").
    case speech
    /// "according to X": X, after the cue, is the speaker.
    case according
    /// "quoted by X", "told X", "in an interview with X": X passed the words on (chain).
    case relay
    /// "announced by X", "the announcement by X": the speaker follows "by".
    case passive
    /// "in a statement": marks formal speech; the speaker comes from the verb beside it.
    case statement
    /// "From the office of X:": the text after the colon is X's statement.
    case header
    /// "called X “Y”", "branded X a Y": what the speaker calls something, named by the object
    /// and the words after it (not "called the agency to say": a call).
    case label
    /// "reads": a reporting verb of a text, only right after a word for a statement, letter
    /// or message (`“…,” the statement reads`; "He reads the Koran" reports nothing). Read as
    /// `speech` there; the rule's `kind` is `speech` and its `afterUtterance` is set.
    case document
}

/// What a cue says about the content it introduces.
public enum CueImplication: String, Sendable, CaseIterable {
    case neutral, denial, confirmation, announcement
    /// What the speaker means to do: the content may be an infinitive ("vowed to continue
    /// the fight", "threatened to strike again"), which states no fact.
    case intention
}

/// A class (immutable), as `PredicateRule`: the attribution walk takes the rule of every cue
/// it reads, and a copy of the struct retained and released its strings each time.
public final class CueRule: Sendable {
    public let id: String
    public let kind: CueKind
    public let implies: CueImplication
    /// For relays: the role the relaying party takes in the chain (agency, interviewer, …).
    public let role: String?
    /// A cue of the table's kind `document`: a cue only right after a word for a statement.
    public let afterUtterance: Bool

    init(id: String, kind: CueKind, implies: CueImplication, role: String?) {
        self.id = id
        self.kind = kind == .document ? .speech : kind
        self.implies = implies
        self.role = role
        self.afterUtterance = kind == .document
    }
}

/// Where a predicate's subject stands relative to its trigger word.
public enum ArgumentSide: String, Sendable, CaseIterable {
    /// "Hamaha is alive", "he defected": the subject comes first.
    case before
    /// A transitive verb: the object when active ("killed Hamaha"), the subject when passive.
    case object
    /// A noun: "the death of Hamaha", "the capture of X".
    case after
    /// A speech act, its subject before it ("AQIM claimed responsibility"): the subject is
    /// also the claim's speaker, at the head of its chain.
    case speaker
    /// A speech act aimed at someone ("AQIM threatened France", "will target France"): the one
    /// before it speaks, as for `speaker`; the subject is its object, as for `object`.
    case speakerObject = "speaker_object"

    /// True when the subject stands before the words, as for `before`.
    public var readsBefore: Bool { self == .before || self == .speaker }
    /// True when the subject is a verb's object (its subject in the passive).
    public var takesObject: Bool { self == .object || self == .speakerObject }
}

/// A class (immutable): the claim finder takes one per predicate it reads, and copying a
/// struct of six strings and a set retained each of them.
public final class PredicateRule: Sendable {
    public let id: String
    public let predicate: String
    public let side: ArgumentSide
    /// Entity types the subject may have (PER, ORG, LOC).
    public let subjectTypes: Set<String>
    /// The rule ids its claims cite (author's assertion, attributed, denied report, a source a
    /// stance names), made once.
    public let assertionRule: String, attributedRule: String, deniedRule: String, stanceRule: String

    init(id: String, predicate: String, side: ArgumentSide, subjectTypes: Set<String>) {
        self.id = id
        self.predicate = predicate
        self.side = side
        self.subjectTypes = subjectTypes
        assertionRule = id + "+claim.assertion"
        attributedRule = id + "+claim.attributed"
        deniedRule = id + "+claim.denied_report"
        stanceRule = id + "+claim.stance_source"
    }
}

/// Words and phrases that shape how a sentence is read.
public enum MarkerKind: String, Sendable, CaseIterable {
    case negator, denial, failure, negationCancel = "negation_cancel", scopeBreak = "scope_break"
    case contradicts, supports, pronounPerson = "pronoun_person", pronounGroup = "pronoun_group"
    case role, hedge, future, timeAnaphor = "time_anaphor", adverb, notAName = "not_a_name"
    case nameParticle = "name_particle", title, auxiliary, determiner, infinitive, relative, utterance
    case issuing, orgAnaphor = "org_anaphor", compound, kicker

    /// The kinds that hedge, negate or take a stance on the predicate of their clause.
    public var hedgesOrNegates: Bool {
        switch self {
        case .negator, .denial, .failure, .hedge, .future, .contradicts, .supports: return true
        default: return false
        }
    }
}

public struct MarkerRule: Sendable {
    public let id: String
    public let kind: MarkerKind
}

/// A pair of claim readings that cannot both hold: `predicate:polarity`, `*` for any predicate.
public struct ConflictRule: Sendable {
    public let id: String
    public let first: (predicate: String, polarity: String)
    public let second: (predicate: String, polarity: String)
    public let reason: String
}

/// The claims stage's tables, loaded and checked once.
public struct ClaimTables: Sendable {
    public let cues: [CueRule]
    public let predicates: [PredicateRule]
    public let markers: [MarkerRule]
    public let conflicts: [ConflictRule]
    /// The phrases of the three tables in one index, tagged 0 (cues), 1 (predicates), 2 (markers).
    public let phrases: PhraseIndex
    public static let cueTag = 0, predicateTag = 1, markerTag = 2
    /// False when no cue and no predicate is listed: the stage then has nothing to find.
    public let findsAnything: Bool

    public init(cues: [Table], predicates: [Table], markers: [Table], conflicts: [Table]) throws(RuleErrors) {
        var errors: [RuleError] = []
        var loader = Loader()
        self.cues = loader.cues(cues, &errors)
        self.predicates = loader.predicates(predicates, &errors)
        self.markers = loader.markers(markers, &errors)
        self.conflicts = loader.conflicts(conflicts, &errors)
        if !errors.isEmpty { throw RuleErrors(errors) }
        phrases = loader.phrases
        findsAnything = !self.cues.isEmpty || !self.predicates.isEmpty
    }

    /// The columns each table must have.
    public static let cueColumns = ["id", "kind", "implies", "role", "forms"]
    public static let predicateColumns = ["id", "predicate", "side", "subject", "forms"]
    public static let markerColumns = ["id", "kind", "forms"]
    public static let conflictColumns = ["id", "first", "second", "reason"]
}
