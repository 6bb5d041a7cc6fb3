import ClaimlinePipelines
import ClaimlineRules
import ClaimlineStages
import Foundation

/// The default pipeline's plan, loaded on a thread of its own from the first instruction of
/// `claimline run` while the arguments are parsed: the parsing (ArgumentParser reads every
/// option's metadata) costs about as much as a fifth of start-up, and leaves a core idle.
/// Started only when no argument names another pipeline or more tables; `PipelineOptions`
/// takes the plan when its options ask for the default one, and loads its own otherwise.
enum DefaultPlanPrefetch {
    /// Arguments after which the plan loaded is not the default one, or none is needed.
    private static let otherPlan: Set<String> = ["--pipeline", "--gazetteer", "--gazetteer-only", "-h", "--help", "--version"]

    private static let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) private static var result: Result<PipelinePlan, any Error>? = nil
    nonisolated(unsafe) private static var started = false

    /// Starts loading when `arguments` (without the program) run the default pipeline.
    static func start(for arguments: [String]) {
        guard arguments.first == "run", !arguments.contains(where: { arg in otherPlan.contains { arg == $0 || arg.hasPrefix($0 + "=") } }),
              let url = DefaultPipeline.locate(executable: Bundle.main.executableURL) else { return }
        started = true
        Thread.detachNewThread {
            result = Result { try PipelinePlan(spec: try PipelineSpec(contentsOf: url, displayPrefix: "Pipelines/")) }
            done.signal()
        }
    }

    /// The plan loaded, once loading ends; nil when none was started (or it was taken).
    static func take() -> Result<PipelinePlan, any Error>? {
        guard started else { return nil }
        started = false
        done.wait()
        return result
    }
}
