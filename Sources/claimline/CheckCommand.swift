import ArgumentParser
import Foundation

/// Loads the pipeline and every rule table it names, and reports every error found.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a pipeline and its rule tables; print every error as file:line:column."
    )

    @OptionGroup var pipeline: PipelineOptions

    func run() throws {
        do {
            let plan = try pipeline.loadPlan()
            print("ok: \(plan.spec.file): \(plan.plans.count) stages")
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitStatus.cannotStart
        }
    }
}
