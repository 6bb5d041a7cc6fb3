import ClaimlineCore
import ClaimlineRules

/// A stage that adds nothing (for stages switched off).
final class NoopStage: Stage {
    let kind: StageKind
    init(kind: StageKind) { self.kind = kind }
    func run(_ document: inout Document) throws(StageError) {}
}
