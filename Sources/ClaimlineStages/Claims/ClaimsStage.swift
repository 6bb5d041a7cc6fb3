import ClaimlineCore
import ClaimlineRules

/// Quotes, attribution chains, claims and their conflicts, from the cue, predicate, marker
/// and conflict tables named on the pipeline line.
struct ClaimsPlan: StagePlan {
    let kind = StageKind.claims
    let tables: ClaimTables
    let words = FunctionWords()
    let ids = SerialIDs()
    let genders: GivenNameGenders

    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {
        try line.checkKeys(["cues", "predicates", "markers", "conflicts", "given_names"])
        func load(_ key: String, _ columns: [String]) throws(RuleErrors) -> [Table] {
            var tables: [Table] = []
            for option in line.values(key) { tables.append(try source.table(option.value, required: columns, from: option.location)) }
            return tables
        }
        tables = try ClaimTables(cues: try load("cues", ClaimTables.cueColumns),
                                 predicates: try load("predicates", ClaimTables.predicateColumns),
                                 markers: try load("markers", ClaimTables.markerColumns),
                                 conflicts: try load("conflicts", ClaimTables.conflictColumns))
        genders = try GivenNameGenders(try load("given_names", GivenNameGenders.columns))
    }

    init(tables: ClaimTables) { self.tables = tables; genders = GivenNameGenders() }

    func makeStage() -> any Stage { ClaimsStage(plan: self) }
}

final class ClaimsStage: Stage {
    let kind = StageKind.claims
    let plan: ClaimsPlan
    /// The per-token arrays, refilled for each document (see `TokenTags`).
    private var tags = TokenTags()
    /// The attribution walk's marks of used cue tokens, refilled for each document.
    private var consumed: [Bool] = []
    /// The walk's speakers, kept empty between documents with their storage.
    private var history = SpeakerHistory()
    /// The walk's attributions, likewise.
    private var attributions: [Attribution] = []
    /// The attributions around the walk's position, for one walk then the other.
    private var live = LiveAttributions()

    init(plan: ClaimsPlan) { self.plan = plan }

    func run(_ document: inout Document) throws(StageError) {
        guard !document.tokens.isEmpty, plan.tables.findsAnything else { return }
        tags.fill(document, tables: plan.tables, words: plan.words)
        let text = ClaimsText(document, tags: tags, tables: plan.tables, words: plan.words, genders: plan.genders, ids: plan.ids)
        // The kept buffers are moved into the finder and back, so that it holds the only reference.
        var marks = take(&consumed, leaving: [])
        marks.refill(repeating: false, count: text.count)
        var finder = AttributionFinder(text, consumed: consume marks, history: take(&history, leaving: SpeakerHistory()),
                                       found: take(&attributions, leaving: []), live: lendLive())
        var attributions = finder.run()
        if let first = finder.firstTooDeep {
            document.warnings.append(Warning(code: "quotes.depth",
                message: "\(finder.tooDeep) reporting cues inside reported speech nested \(AttributionFinder.maxDepth) deep: their words stay content of the innermost",
                span: text.original(first, finder.cueEnd(first))))
        }
        swap(&consumed, &finder.consumed)
        swap(&history, &finder.resolver.history)
        swap(&live, &finder.live)
        history.clear()
        var found: [Claim], sources: [Int?]
        do {
            // In a scope of its own: the finder lets go of the attributions when it ends.
            var claims = ClaimFinder(text, attributions: attributions, author: finder.author, live: lendLive())
            claims.run()
            swap(&live, &claims.live)
            // Taken out of the finder, so that setting quote ids copies no claim.
            found = claims.claims
            sources = claims.sources
            claims.claims = []
        }
        let quotes = QuoteRecords(text: text, attributions: &attributions)
        document.quotes = quotes.quotes
        quotes.link(&found, sources: sources)
        let conflicts = ConflictFinder(rules: plan.tables.conflicts).conflicts(found)
        document.conflicts = conflicts.conflicts
        document.warnings += conflicts.warnings
        document.claims = found
        attributions.removeAll(keepingCapacity: true)
        swap(&self.attributions, &attributions)
        // A long document's per-token arrays are let go, not kept through its record and the rest of the run.
        if document.tokens.count > Self.keptTokens { (tags, consumed) = (TokenTags(), []) }
    }

    /// Tokens of the longest document whose per-token arrays are kept for the next one.
    static let keptTokens = 1 << 16

    /// The kept buffer of live attributions, moved out empty for one walk (and moved back after it).
    private func lendLive() -> LiveAttributions {
        var lent = take(&live, leaving: LiveAttributions())
        lent.clear()
        return lent
    }
}
