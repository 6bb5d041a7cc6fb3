import Foundation

/// The report as text tables for a terminal. Ratios are percentages; "n/a" marks a ratio
/// with nothing to divide (precision with no output, recall with empty gold).
extension EvalReport {
    /// Overall scores, then per-label scores.
    public func table() -> String {
        let counts = goldCounts
        var out = "\(corpus): \(documents.count) documents; gold: \(counts["entities"] ?? 0) entities, "
            + "\(counts["dates"] ?? 0) dates, \(counts["quotes"] ?? 0) quotes, \(counts["claims"] ?? 0) claims\n\n"
        out += row("metric", "P", "R", "F", "tp", "fp", "fn") + "\n"
        for metric in Metric.allCases { out += row(metric.rawValue, total[metric]) + "\n" }
        out += "\naccuracy of attributes on matched items\n"
        for metric in Metric.allCases {
            guard let a = total.accuracy(metric), let base = metric.matchedOn else { continue }
            out += pad(metric.rawValue, 36) + lpad(percent(a.ratio), 7) + "  (\(a.correct) of \(a.matched) \(base.rawValue))\n"
        }
        let labelled = Self.perTypeMetrics.filter { !(total.perType[$0] ?? [:]).isEmpty }
        if !labelled.isEmpty { out += "\nper type\n" }
        for metric in labelled {
            for (label, score) in total.perType[metric]!.sorted(by: { $0.key < $1.key }) {
                out += row("\(metric.rawValue) \(label)", score) + "\n"
            }
        }
        for note in notes { out += "note: \(note)\n" }
        return out
    }

    /// The metrics whose per-label scores the table shows (JSON and baselines have them all).
    static let perTypeMetrics: [Metric] = [
        .entitySpanTypeExact, .entitySpanTypeOverlap, .entitySpanIDExact, .dateStrict, .dateRelaxed, .quoteContentOverlap, .claimTuple,
    ]

    /// The metrics shown per document: the headline score of each layer.
    static let perDocumentMetrics: [Metric] = [
        .entitySpanTypeExact, .entitySpanIDExact, .dateRelaxed, .dateValue, .quoteContentOverlap, .quoteSpeakerEntity, .claimTuple,
    ]

    /// One line per document: F1 of the headline metrics.
    public func perDocumentTable() -> String {
        let width = max(8, documents.map(\.id.count).max() ?? 0)
        var out = "F1 per document: " + Self.perDocumentMetrics.map(\.rawValue).joined(separator: ", ") + "\n"
        out += pad("document", width) + Self.perDocumentMetrics.map { lpad(short($0), 9) }.joined() + "\n"
        for d in documents {
            out += pad(d.id, width) + Self.perDocumentMetrics.map { lpad(percent(d.sheet[$0].f1), 9) }.joined() + "\n"
        }
        return out
    }

    /// Every difference, grouped by document: kind, span, text, label, rule and counterpart.
    public func diffText() -> String {
        var out = ""
        for entry in diff {
            out += "\(entry.document)\t\(entry.layer)\t\(entry.kind.rawValue)\t\(entry.span)\t\"\(clip(entry.text))\"\t\(entry.label)"
            if let rule = entry.rule { out += "\trule=\(rule)" }
            if let note = entry.note { out += "\t\(clip(note, 160))" }
            out += "\n"
        }
        return out.isEmpty ? "no differences\n" : out
    }

    private func short(_ m: Metric) -> String {
        switch m {
        case .entitySpanTypeExact: "ent"
        case .entitySpanIDExact: "ent_id"
        case .dateRelaxed: "date"
        case .dateValue: "value"
        case .quoteContentOverlap: "quote"
        case .quoteSpeakerEntity: "speaker"
        default: "claim"
        }
    }

    private func row(_ name: String, _ s: PRF) -> String {
        row(name, percent(s.precision), percent(s.recall), percent(s.f1), "\(s.tp)", "\(s.fp)", "\(s.fn)")
    }

    private func row(_ name: String, _ p: String, _ r: String, _ f: String, _ tp: String, _ fp: String, _ fn: String) -> String {
        pad(name, 36) + lpad(p, 7) + lpad(r, 7) + lpad(f, 7) + lpad(tp, 6) + lpad(fp, 6) + lpad(fn, 6)
    }
}

func percent(_ v: Double?) -> String {
    guard let v else { return "n/a" }
    return String(format: "%.1f", v * 100)
}

func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count) }
func lpad(_ s: String, _ width: Int) -> String { s.count >= width ? " " + s : String(repeating: " ", count: width - s.count) + s }

/// One line of at most `limit` characters: line breaks and tabs become spaces.
func clip(_ s: String, _ limit: Int = 80) -> String {
    let flat = String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    return flat.unicodeScalars.count <= limit ? flat : String(String.UnicodeScalarView(flat.unicodeScalars.prefix(limit - 1))) + "…"
}
