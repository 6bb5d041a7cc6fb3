import Foundation

/// The baseline file: JSON, one score a line so that a change reads well in a diff.
///
///     {
///       "corpus": "Corpora/dev",
///       "tolerance": 0.005,
///       "scores": {
///         "entities.span_type.exact": {"p": 0.8123, "r": 0.75, "f": 0.7799},
///         "entities.span_type.exact/PER": {"p": 0.9, "r": 0.8, "f": 0.8471}
///       }
///     }
extension Baseline {
    public init(json text: String, file: String) throws(GoldErrors) {
        func bad(_ message: String) -> GoldErrors { GoldErrors([GoldError(file: file, line: 1, message)]) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw bad("baseline is not a JSON object")
        }
        guard let raw = object["scores"] as? [String: Any] else { throw bad("baseline has no \"scores\" object") }
        var scores: [String: Score] = [:]
        for (key, value) in raw {
            guard let s = value as? [String: Any] else { throw bad("score \(key) is not an object") }
            func ratio(_ k: String) -> Double? { (s[k] as? NSNumber)?.doubleValue }
            scores[key] = Score(p: ratio("p"), r: ratio("r"), f: ratio("f"))
        }
        let tolerance = (object["tolerance"] as? NSNumber)?.doubleValue ?? Baseline.defaultTolerance
        self.init(corpus: object["corpus"] as? String ?? "", tolerance: tolerance, scores: scores)
    }

    public func json() -> String {
        func number(_ v: Double?) -> String { v.map { String($0) } ?? "null" }
        let lines = scores.keys.sorted(by: Self.order).map { key in
            let s = scores[key]!
            return "    \"\(key)\": {\"p\": \(number(s.p)), \"r\": \(number(s.r)), \"f\": \(number(s.f))}"
        }
        return "{\n  \"corpus\": \"\(corpus)\",\n  \"tolerance\": \(tolerance),\n  \"scores\": {\n"
            + lines.joined(separator: ",\n") + "\n  }\n}\n"
    }
}
