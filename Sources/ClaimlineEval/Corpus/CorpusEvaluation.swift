import ClaimlineCore
import ClaimlineStages
import Foundation

/// Scores a corpus: by running a pipeline over its documents in process, or from records
/// a previous `claimline run` wrote.
public enum CorpusEvaluation {
    /// Runs `pipeline` over every gold document. A document the pipeline fails on is scored
    /// as if nothing was found, and named in the report's notes. `annotated` sees each
    /// document after the pipeline ran (to write it out, for instance). With `knownIDs` (the
    /// pipeline's `entityIDs`), gold ids outside it count as unknown entities.
    public static func run(_ corpus: GoldCorpus, pipeline: Pipeline, knownIDs: Set<String>? = nil,
                           annotated: (Document) -> Void = { _ in }) -> EvalReport {
        var report = EvalReport(corpus: corpus.name)
        for gold in corpus.documents {
            var document = gold.makeDocument()
            var system = AnnotationSet()
            do {
                try pipeline.run(&document)
                system = AnnotationSet(document: document)
                annotated(document)
            } catch {
                report.notes.append("\(gold.id): pipeline failed: \(error.description); scored as empty output")
            }
            report.add(document: gold.id, gold: gold.gold.forgettingIDs(notIn: knownIDs), system: system)
        }
        noteUnannotated(corpus, in: &report)
        return report
    }

    /// Scores system annotations read elsewhere, by document id. A gold document with no
    /// system annotations is scored as empty output and named in the notes; records of
    /// documents outside the corpus are ignored and counted.
    public static func score(_ corpus: GoldCorpus, system: [String: AnnotationSet], knownIDs: Set<String>? = nil) -> EvalReport {
        var report = EvalReport(corpus: corpus.name)
        for gold in corpus.documents {
            if system[gold.id] == nil { report.notes.append("\(gold.id): no record; scored as empty output") }
            report.add(document: gold.id, gold: gold.gold.forgettingIDs(notIn: knownIDs), system: system[gold.id] ?? AnnotationSet())
        }
        let outside = Set(system.keys).subtracting(corpus.documents.map(\.id))
        if !outside.isEmpty { report.notes.append("\(outside.count) records of documents outside the corpus ignored") }
        noteUnannotated(corpus, in: &report)
        return report
    }

    private static func noteUnannotated(_ corpus: GoldCorpus, in report: inout EvalReport) {
        if !corpus.unannotated.isEmpty {
            report.notes.append("\(corpus.unannotated.count) documents without .ann not scored: "
                + corpus.unannotated.joined(separator: ", "))
        }
    }

    /// Reads a records JSON Lines file (one document record a line) against the corpus texts.
    /// A document whose record is an error line is scored as empty output, like a document
    /// the pipeline fails on in `run`; `notes` names each.
    public static func readRecords(_ text: String, file: String, corpus: GoldCorpus) throws(GoldErrors)
        -> (system: [String: AnnotationSet], notes: [String]) {
        var notes: [String] = []
        let texts = Dictionary(corpus.documents.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        var result: [String: AnnotationSet] = [:]
        var errors: [GoldError] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard let object, let id = object["id"] as? String else {
                errors.append(GoldError(file: file, line: index + 1, "not a JSON object with a string \"id\""))
                continue
            }
            guard let documentText = texts[id] else { result[id] = AnnotationSet(); continue }
            if let failure = object["error"] as? [String: Any] {
                notes.append("\(id): the record is an error (\(failure["message"] as? String ?? "?")); scored as empty output")
                result[id] = AnnotationSet()
                continue
            }
            do {
                result[id] = try AnnotationSet(record: object, text: documentText, file: file, line: index + 1)
            } catch {
                errors.append(contentsOf: error.errors)
            }
        }
        if !errors.isEmpty { throw GoldErrors(errors) }
        return (result, notes)
    }
}
