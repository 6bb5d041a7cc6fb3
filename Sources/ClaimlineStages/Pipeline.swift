import ClaimlineCore
import ClaimlineRules
import Foundation

/// The loaded pipeline: every stage's tables, checked. Sendable, so workers share it and each
/// makes its own `Pipeline` with `makePipeline()`.
public struct PipelinePlan: Sendable {
    public let spec: PipelineSpec
    public let plans: [any StagePlan]

    /// Loads every table the spec names; all errors of all tables are reported together.
    public init(spec: PipelineSpec) throws(RuleErrors) {
        self.spec = spec
        var plans: [any StagePlan] = []
        var errors: [RuleError] = []
        for line in spec.stages {
            do {
                plans.append(try line.kind.makePlan(line, source: spec.source))
            } catch {
                errors.append(contentsOf: error.errors)
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        self.plans = plans
    }

    public func makePipeline() throws(StageError) -> Pipeline {
        var stages: [any Stage] = []
        for plan in plans { stages.append(try plan.makeStage()) }
        return Pipeline(stages: stages)
    }
}

/// Runs stages in order on a document. Timing, error wrapping and invariant checks happen
/// here, once, rather than in each stage.
public final class Pipeline {
    public let stages: [any Stage]
    /// Nanoseconds spent in each stage, in stage order, since creation.
    public private(set) var nanoseconds: [UInt64]
    public private(set) var documents = 0

    init(stages: [any Stage]) {
        self.stages = stages
        self.nanoseconds = Array(repeating: 0, count: stages.count)
    }

    public func run(_ document: inout Document) throws(StageError) {
        documents += 1
        for (i, stage) in stages.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            try stage.run(&document)
            nanoseconds[i] += DispatchTime.now().uptimeNanoseconds - start
            #if DEBUG
            if let violation = document.invariantViolation() {
                throw StageError(stage.kind, code: "invariant", violation)
            }
            #endif
        }
    }
}
