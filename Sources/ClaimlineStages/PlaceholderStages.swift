import ClaimlineCore
import ClaimlineRules

// Stages whose rule tables are not written yet: they accept their pipeline line and add nothing.

struct EntitiesPlan: StagePlan {
    let kind = StageKind.entities
    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {}
    func makeStage() -> any Stage { NoopStage(kind: kind) }
}

struct DatesPlan: StagePlan {
    let kind = StageKind.dates
    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {}
    func makeStage() -> any Stage { NoopStage(kind: kind) }
}

struct ClaimsPlan: StagePlan {
    let kind = StageKind.claims
    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {}
    func makeStage() -> any Stage { NoopStage(kind: kind) }
}

final class NoopStage: Stage {
    let kind: StageKind
    init(kind: StageKind) { self.kind = kind }
    func run(_ document: inout Document) throws(StageError) {}
}
