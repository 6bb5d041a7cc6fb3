import ClaimlineCore
import ClaimlineRules

// Placeholder until the entities rule tables are written: accepts its pipeline line and adds nothing.
struct EntitiesPlan: StagePlan {
    let kind = StageKind.entities
    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {}
    func makeStage() -> any Stage { NoopStage(kind: kind) }
}
