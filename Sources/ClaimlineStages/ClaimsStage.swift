import ClaimlineCore
import ClaimlineRules

// Placeholder until the claims rule tables are written: accepts its pipeline line and adds nothing.
struct ClaimsPlan: StagePlan {
    let kind = StageKind.claims
    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {}
    func makeStage() -> any Stage { NoopStage(kind: kind) }
}
