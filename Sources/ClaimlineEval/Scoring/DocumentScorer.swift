/// Scores one document's system annotations against its gold.
public enum DocumentScorer {
    public static func score(gold: AnnotationSet, system: AnnotationSet, document: String) -> (sheet: ScoreSheet, diff: [DiffEntry]) {
        var sheet = ScoreSheet()
        var diff: [DiffEntry] = []
        EntityScorer.score(gold: gold.entities, system: system.entities, document: document, into: &sheet, diff: &diff)
        DateScorer.score(gold: gold.dates, system: system.dates, document: document, into: &sheet, diff: &diff)
        QuoteScorer.score(gold: gold.quotes, system: system.quotes, document: document, into: &sheet, diff: &diff)
        ClaimScorer.score(gold: gold.claims, system: system.claims, document: document, into: &sheet, diff: &diff)
        for metric in Metric.allCases where sheet.metrics[metric] == nil { sheet.metrics[metric] = PRF() }
        let layers = ["entity", "date", "quote", "claim"]
        diff.sort { (layers.firstIndex(of: $0.layer)!, $0.span) < (layers.firstIndex(of: $1.layer)!, $1.span) }
        return (sheet, diff)
    }
}
