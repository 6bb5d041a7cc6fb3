import ArgumentParser
import ClaimlineCore
import ClaimlineEval
import ClaimlineRecords
import ClaimlineStages
import Foundation

/// Scores the pipeline (or a records file) against a gold corpus in brat standoff, and
/// checks the scores against the corpus's baseline.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against a gold corpus: P/R/F1 per annotation type and per document.",
        discussion: """
        Runs the pipeline over every <id>.txt of the corpus that has an <id>.ann (brat standoff), with the \
        date, source and translator of <id>.meta.json, and scores the output against the .ann files.
        Exit status: 0 scores at or above the baseline (or no baseline); 1 a score fell below the \
        baseline by more than the tolerance (each is printed); 2 nothing could be scored (unreadable \
        corpus, malformed gold, pipeline or records file).
        """
    )

    @OptionGroup var pipeline: PipelineOptions

    @Argument(help: "Corpus folder, e.g. Corpora/dev.")
    var corpus: String

    @Option(name: .long, help: "Score this records file (JSON Lines from `claimline run`; - for standard input) instead of running the pipeline.")
    var records: String?

    @Flag(name: .long, help: "Also print F1 per document.")
    var perDoc = false

    @Flag(name: .long, help: "Also print every false positive, false negative, boundary and attribute error, with the rule that fired.")
    var diff = false

    @Option(name: .long, help: "Show only the differences of this layer in --diff and --json (entity, date, quote, claim; repeatable).")
    var layer: [String] = []

    @Flag(name: .long, help: "Print the whole report as one JSON object instead of tables.")
    var json = false

    @Option(name: .long, help: "Baseline file (default: <corpus>/baseline.json when it exists).")
    var baseline: String?

    @Flag(name: .long, help: "Write the current scores as the baseline instead of checking them.")
    var updateBaseline = false

    @Option(name: .long, help: "How far a score may fall below the baseline (0.005 = half a point; default: the baseline file's).")
    var tolerance: Double?

    @Option(name: .long, help: "Also write the pipeline's output as brat standoff (.txt, .ann) into this folder.")
    var brat: String?

    func validate() throws {
        if records != nil && brat != nil { throw ValidationError("--brat writes the pipeline's output; it cannot be used with --records") }
        let layers = ["entity", "date", "quote", "claim"]
        if let unknown = layer.first(where: { !layers.contains($0) }) {
            throw ValidationError("unknown layer \"\(unknown)\"; choose from: \(layers.joined(separator: ", "))")
        }
        if let tolerance, !(0...1).contains(tolerance) { throw ValidationError("--tolerance is a fraction between 0 and 1, e.g. 0.005") }
    }

    func run() throws {
        let name = corpus.hasSuffix("/") ? String(corpus.dropLast()) : corpus
        let report = try scoreCorpus(name)
        let baselinePath = baseline ?? (name + "/baseline.json")
        var regressions: [Regression] = []
        if updateBaseline {
            if report.documents.isEmpty { throw fail("\(name) has no annotated documents: no baseline to keep") }
            let kept = FileManager.default.fileExists(atPath: baselinePath) ? try loadBaseline(baselinePath) : nil
            let fresh = Baseline(report: report, tolerance: tolerance ?? kept?.tolerance ?? Baseline.defaultTolerance)
            do { try Data(fresh.json().utf8).write(to: URL(fileURLWithPath: baselinePath)) } catch {
                throw fail("cannot write baseline \(baselinePath): \(error.localizedDescription)")
            }
            warn("baseline written to \(baselinePath)")
        } else if baseline != nil || FileManager.default.fileExists(atPath: baselinePath) {
            var kept = try loadBaseline(baselinePath)
            if let tolerance { kept.tolerance = tolerance }
            regressions = kept.regressions(in: report)
        }
        printReport(report, regressions: regressions)
        if !regressions.isEmpty {
            warn("\(regressions.count) scores below the baseline \(baselinePath):")
            for r in regressions { warn("  \(r)") }
            throw ExitCode(1)
        }
    }

    private func scoreCorpus(_ name: String) throws -> EvalReport {
        do {
            let gold = try GoldCorpus.load(folder: URL(fileURLWithPath: name), name: name)
            if let records {
                let (system, notes) = try readRecords(records, corpus: gold)
                var report = CorpusEvaluation.score(gold, system: system, knownIDs: try pipeline.loadPlan().entityIDs)
                report.notes = notes + report.notes
                return report
            }
            let plan = try pipeline.loadPlan()
            let worker = try plan.makePipeline()
            let folder = brat.map { URL(fileURLWithPath: $0) }
            var writeErrors: [String] = []
            let report = CorpusEvaluation.run(gold, pipeline: worker, knownIDs: plan.entityIDs) { document in
                guard let folder else { return }
                do { try BratWriter.write(document, toFolder: folder) } catch { writeErrors.append("\(document.id): \(error)") }
            }
            if let first = writeErrors.first { throw CLIError.cannotStart("cannot write brat output: \(first)") }
            return report
        } catch let error as GoldErrors {
            throw fail(error.description)
        } catch let error as CLIError {
            throw fail(error.description)
        } catch let error as StageError {
            throw fail(error.description)
        }
    }

    private func readRecords(_ path: String, corpus: GoldCorpus) throws -> (system: [String: AnnotationSet], notes: [String]) {
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data, let text = String(validating: data, as: UTF8.self) else {
            throw CLIError.cannotStart("cannot read records file \(path) as UTF-8 text")
        }
        return try CorpusEvaluation.readRecords(text, file: path, corpus: corpus)
    }

    private func loadBaseline(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
            throw fail("cannot read baseline \(path)")
        }
        do { return try Baseline(json: text, file: path) } catch { throw fail(error.description) }
    }

    private func printReport(_ full: EvalReport, regressions: [Regression]) {
        var report = full
        if !layer.isEmpty { report.diff = full.diff.filter { layer.contains($0.layer) } }
        if json {
            print(report.json(regressions: regressions), terminator: "")
            return
        }
        print(report.table())
        if perDoc { print(report.perDocumentTable()) }
        if diff { print(report.diffText(), terminator: "") }
    }

    private func warn(_ message: String) {
        FileHandle.standardError.write(Data("claimline: \(message)\n".utf8))
    }

    /// Reports a failure that stops the command, and the exit status for it.
    private func fail(_ message: String) -> ExitCode {
        warn(message)
        return ExitStatus.cannotStart
    }
}
