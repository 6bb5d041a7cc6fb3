import ArgumentParser
import ClaimlineCore
import ClaimlinePipelines
import ClaimlineRules
import ClaimlineStages
import Foundation

/// Options every command that runs the pipeline shares.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: "Pipeline file (default: the bundled default pipeline).")
    var pipeline: String?

    @Option(name: .long, help: ArgumentHelp("An entity table to add to the pipeline's own (repeatable).", valueName: "path"))
    var gazetteer: [String] = []

    @Flag(name: .long, help: "Use only the --gazetteer tables instead of the pipeline's entity tables.")
    var gazetteerOnly = false

    func validate() throws {
        if gazetteerOnly && gazetteer.isEmpty { throw ValidationError("--gazetteer-only needs at least one --gazetteer PATH") }
    }

    /// Loads and checks the pipeline and every table it names.
    func loadPlan() throws -> PipelinePlan {
        if pipeline == nil && gazetteer.isEmpty, let prefetched = DefaultPlanPrefetch.take() {
            do { return try prefetched.get() } catch { throw CLIError.cannotStart("\(error)") }
        }
        let url: URL
        if let pipeline {
            url = URL(fileURLWithPath: pipeline)
        } else {
            guard let found = DefaultPipeline.locate(executable: Bundle.main.executableURL) else {
                throw CLIError.cannotStart("the default pipeline is missing; looked in: "
                    + DefaultPipeline.candidates(executable: Bundle.main.executableURL).map(\.path).joined(separator: ", "))
            }
            url = found
        }
        do {
            var spec = try PipelineSpec(contentsOf: url, displayPrefix: displayPrefix(for: url))
            if !gazetteer.isEmpty {
                let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                let paths = gazetteer.map { $0.hasPrefix("/") ? $0 : cwd.appendingPathComponent($0).path }
                try spec.addTables(paths, key: "gazetteer", to: .entities, replacing: gazetteerOnly)
            }
            return try PipelinePlan(spec: spec)
        } catch {
            throw CLIError.cannotStart(error.description)
        }
    }

    /// How paths under the pipeline's folder are named in messages and rule ids:
    /// `Pipelines/` for the bundled pipeline, else the folder as the user gave it.
    private func displayPrefix(for url: URL) -> String {
        if pipeline == nil { return "Pipelines/" }
        let folder = (pipeline! as NSString).deletingLastPathComponent
        return folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
    }
}

/// A failure that stops the command before any document is processed.
enum CLIError: Error, CustomStringConvertible {
    case cannotStart(String)

    var description: String {
        switch self {
        case .cannotStart(let message): return message
        }
    }
}
