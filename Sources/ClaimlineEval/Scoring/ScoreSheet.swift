/// The scores of one document or of a whole corpus: one PRF per metric, and per label
/// (entity type, TIMEX3 type, predicate) for the metrics that have labels. Sheets add up.
public struct ScoreSheet: Sendable, Equatable {
    public var metrics: [Metric: PRF] = [:]
    public var perType: [Metric: [String: PRF]] = [:]

    public init() {}

    public subscript(_ metric: Metric) -> PRF {
        get { metrics[metric] ?? PRF() }
        set { metrics[metric] = newValue }
    }

    public mutating func add(_ metric: Metric, _ score: PRF) { metrics[metric, default: PRF()] += score }

    public mutating func add(_ metric: Metric, label: String, _ score: PRF) {
        perType[metric, default: [:]][label, default: PRF()] += score
    }

    public mutating func add(_ other: ScoreSheet) {
        for (metric, score) in other.metrics { add(metric, score) }
        for (metric, labels) in other.perType {
            for (label, score) in labels { add(metric, label: label, score) }
        }
    }

    /// Correct over matched for an attribute score (`Metric.matchedOn`); nil when nothing matched.
    public func accuracy(_ metric: Metric) -> (correct: Int, matched: Int, ratio: Double?)? {
        guard let base = metric.matchedOn else { return nil }
        let correct = self[metric].tp, matched = self[base].tp
        return (correct, matched, matched == 0 ? nil : Double(correct) / Double(matched))
    }

    public static func + (a: ScoreSheet, b: ScoreSheet) -> ScoreSheet {
        var sum = a
        sum.add(b)
        return sum
    }
}
