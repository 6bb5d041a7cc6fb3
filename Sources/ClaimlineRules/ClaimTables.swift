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
}

/// What a cue says about the content it introduces.
public enum CueImplication: String, Sendable, CaseIterable {
    case neutral, denial, confirmation, announcement
}

public struct CueRule: Sendable {
    public let id: String
    public let kind: CueKind
    public let implies: CueImplication
    /// For relays: the role the relaying party takes in the chain (agency, interviewer, …).
    public let role: String?
}

/// Where a predicate's subject stands relative to its trigger word.
public enum ArgumentSide: String, Sendable, CaseIterable {
    /// "Hamaha is alive", "he defected": the subject comes first.
    case before
    /// A transitive verb: the object when active ("killed Hamaha"), the subject when passive.
    case object
    /// A noun: "the death of Hamaha", "the capture of X".
    case after
}

public struct PredicateRule: Sendable {
    public let id: String
    public let predicate: String
    public let side: ArgumentSide
    /// Entity types the subject may have (PER, ORG, LOC).
    public let subjectTypes: Set<String>
}

/// Words and phrases that shape how a sentence is read.
public enum MarkerKind: String, Sendable, CaseIterable {
    case negator, denial, failure, negationCancel = "negation_cancel", scopeBreak = "scope_break"
    case contradicts, supports, pronounPerson = "pronoun_person", pronounGroup = "pronoun_group"
    case role, hedge, timeAnaphor = "time_anaphor", adverb, notAName = "not_a_name"
    case nameParticle = "name_particle", title, auxiliary, determiner, infinitive, relative, utterance
    case issuing, orgAnaphor = "org_anaphor"
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
    public let cueIndex: PhraseIndex
    public let predicateIndex: PhraseIndex
    public let markerIndex: PhraseIndex
    /// The three indexes in one, rows tagged 0 (cues), 1 (predicates), 2 (markers).
    public let allPhrases: PhraseIndex
    /// A bit per first-token hash (mod 2^14) of any phrase: most tokens start none and are
    /// passed over with one bit test.
    public let firstTokenBits: [UInt64]

    public init(cues: [Table], predicates: [Table], markers: [Table], conflicts: [Table]) throws(RuleErrors) {
        var errors: [RuleError] = []
        var loader = Loader()
        self.cues = loader.cues(cues, &errors)
        self.predicates = loader.predicates(predicates, &errors)
        self.markers = loader.markers(markers, &errors)
        self.conflicts = loader.conflicts(conflicts, &errors)
        if !errors.isEmpty { throw RuleErrors(errors) }
        var all = PhraseIndex()
        all.merge(loader.cueIndex, tag: 0)
        all.merge(loader.predicateIndex, tag: 1)
        all.merge(loader.markerIndex, tag: 2)
        all.seal()
        loader.cueIndex.seal(); loader.predicateIndex.seal(); loader.markerIndex.seal()
        allPhrases = all
        cueIndex = loader.cueIndex
        predicateIndex = loader.predicateIndex
        markerIndex = loader.markerIndex
        var bits = [UInt64](repeating: 0, count: Self.filterWords)
        for index in [cueIndex, predicateIndex, markerIndex] {
            for h in index.firstTokens { bits[Int(h >> 6) & (Self.filterWords - 1)] |= 1 << (h & 63) }
        }
        firstTokenBits = bits
    }

    public static let filterWords = 256

    /// True when some phrase may start with a token of this hash.
    @inline(__always)
    public func mayStartPhrase(_ h: UInt64) -> Bool {
        firstTokenBits[Int(h >> 6) & (Self.filterWords - 1)] & (1 << (h & 63)) != 0
    }

    /// The columns each table must have.
    public static let cueColumns = ["id", "kind", "implies", "role", "forms"]
    public static let predicateColumns = ["id", "predicate", "side", "subject", "forms"]
    public static let markerColumns = ["id", "kind", "forms"]
    public static let conflictColumns = ["id", "first", "second", "reason"]
}
