import ClaimlineCore
import ClaimlineRules

// Placeholder until the dates rule tables are written: accepts its pipeline line and adds nothing.
struct DatesPlan: StagePlan {
    let kind = StageKind.dates
    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {}
    func makeStage() -> any Stage { NoopStage(kind: kind) }
}
