import ClaimlineCore
import ClaimlineRules

extension StageKind {
    /// The one place where a stage name becomes a stage: loads the tables a pipeline line names.
    func makePlan(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) -> any StagePlan {
        switch self {
        case .clean: return try CleanPlan(line, source: source)
        case .normalize: return try NormalizePlan(line, source: source)
        case .segment: return try SegmentPlan(line, source: source)
        case .entities: return try EntitiesPlan(line, source: source)
        case .dates: return try DatesPlan(line, source: source)
        case .claims: return try ClaimsPlan(line, source: source)
        }
    }
}

extension PipelineSpec.StageLine {
    /// The single value of a required option, or an error naming the line.
    func required(_ key: String) throws(RuleErrors) -> PipelineSpec.Option {
        guard let option = value(key) else {
            throw RuleErrors([RuleError(location, "stage \(kind.rawValue) needs option \(key)=…")])
        }
        return option
    }

    /// Rejects options the stage does not know, so a typo is an error instead of silence.
    func checkKeys(_ known: Set<String>) throws(RuleErrors) {
        let unknown = options.filter { !known.contains($0.key) }
        if unknown.isEmpty { return }
        let choices = known.sorted().joined(separator: ", ")
        throw RuleErrors(unknown.map { RuleError($0.location, "unknown option \"\($0.key)\" for stage \(kind.rawValue); known: \(choices)") })
    }
}
