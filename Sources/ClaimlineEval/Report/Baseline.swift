import Foundation

/// The scores a corpus must keep: precision, recall and F1 of every metric and of every
/// metric's labels, as a committed JSON file. A score that falls more than `tolerance`
/// below its baseline is a regression.
public struct Baseline: Sendable, Equatable {
    public struct Score: Sendable, Equatable {
        public var p: Double?
        public var r: Double?
        public var f: Double?

        public init(p: Double?, r: Double?, f: Double?) {
            self.p = p
            self.r = r
            self.f = f
        }

        init(_ s: PRF) { self.init(p: rounded(s.precision), r: rounded(s.recall), f: rounded(s.f1)) }
    }

    /// Half a percentage point: room for rounding, not for a real loss.
    public static let defaultTolerance = 0.005

    public var corpus: String
    public var tolerance: Double
    /// Keyed by metric name, or `metric/LABEL` for a label's score.
    public var scores: [String: Score]

    public init(corpus: String, tolerance: Double = Baseline.defaultTolerance, scores: [String: Score]) {
        self.corpus = corpus
        self.tolerance = tolerance
        self.scores = scores
    }

    /// The current scores of a report, to be kept.
    public init(report: EvalReport, tolerance: Double = Baseline.defaultTolerance) {
        self.init(corpus: report.corpus, tolerance: tolerance, scores: Self.scores(of: report.total))
    }

    static func scores(of sheet: ScoreSheet) -> [String: Score] {
        var scores: [String: Score] = [:]
        for metric in Metric.allCases {
            scores[metric.rawValue] = Score(sheet[metric])
            for (label, s) in sheet.perType[metric] ?? [:] { scores[metric.rawValue + "/" + label] = Score(s) }
        }
        return scores
    }

    /// Every score of `report` below the baseline by more than the tolerance. A score that
    /// became undefined (no output left) counts as 0.
    public func regressions(in report: EvalReport) -> [Regression] {
        let current = Self.scores(of: report.total)
        var found: [Regression] = []
        for key in scores.keys.sorted(by: Self.order) {
            let was = scores[key]!, now = current[key] ?? Score(p: nil, r: nil, f: nil)
            for (measure, before, after) in [("P", was.p, now.p), ("R", was.r, now.r), ("F", was.f, now.f)] {
                guard let before, (after ?? 0) < before - tolerance else { continue }
                found.append(Regression(key: key, measure: measure, baseline: before, current: after))
            }
        }
        return found
    }

    /// Metric order first, then label.
    static func order(_ a: String, _ b: String) -> Bool {
        func rank(_ key: String) -> (Int, String) {
            let name = String(key.prefix { $0 != "/" })
            return (Metric(rawValue: name).flatMap { Metric.allCases.firstIndex(of: $0) } ?? Int.max, key)
        }
        return rank(a) < rank(b)
    }
}

/// A score that fell below its baseline.
public struct Regression: Sendable, Equatable, CustomStringConvertible {
    public var key: String
    /// P, R or F.
    public var measure: String
    public var baseline: Double
    public var current: Double?

    public var description: String {
        "\(key) \(measure): \(current.map { percent($0) + "%" } ?? "undefined") < baseline \(percent(baseline))%"
    }
}

func rounded(_ v: Double?) -> Double? { v.map { ($0 * 10_000).rounded() / 10_000 } }
