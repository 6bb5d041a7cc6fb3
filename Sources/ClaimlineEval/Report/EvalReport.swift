/// The outcome of scoring a corpus: totals, each document's scores, the differences
/// between system and gold, and notes on what was not scored.
public struct EvalReport: Sendable {
    public struct DocumentScore: Sendable {
        public let id: String
        public let sheet: ScoreSheet
        /// Gold annotation counts: entities, dates, quotes, claims.
        public let goldCounts: [String: Int]
    }

    public let corpus: String
    public var total = ScoreSheet()
    public var documents: [DocumentScore] = []
    public var diff: [DiffEntry] = []
    public var notes: [String] = []

    public init(corpus: String) { self.corpus = corpus }

    public mutating func add(document id: String, gold: AnnotationSet, system: AnnotationSet) {
        let (sheet, entries) = DocumentScorer.score(gold: gold, system: system, document: id)
        total.add(sheet)
        diff.append(contentsOf: entries)
        let counts = ["entities": gold.entities.count, "dates": gold.dates.count, "quotes": gold.quotes.count, "claims": gold.claims.count]
        documents.append(DocumentScore(id: id, sheet: sheet, goldCounts: counts))
    }

    /// Gold annotation counts over the corpus.
    public var goldCounts: [String: Int] {
        documents.reduce(into: [:]) { sum, d in for (k, v) in d.goldCounts { sum[k, default: 0] += v } }
    }
}
