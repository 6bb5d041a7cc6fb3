import ClaimlineRecords

/// The report as one JSON object, for machines. Ratios are numbers in [0, 1] or null when
/// undefined; counts are always present.
extension EvalReport {
    public func json(regressions: [Regression] = []) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("corpus"); w.string(corpus)
        w.key("documents"); w.int(documents.count)
        w.key("gold_counts"); w.beginObject()
        for (k, v) in goldCounts.sorted(by: { $0.key < $1.key }) { w.key(k); w.int(v) }
        w.endObject()
        w.key("metrics"); Self.write(total, into: &w)
        w.key("accuracy"); w.beginObject()
        for metric in Metric.allCases {
            guard let a = total.accuracy(metric) else { continue }
            w.key(metric.rawValue); w.beginObject()
            w.key("correct"); w.int(a.correct)
            w.key("matched"); w.int(a.matched)
            w.key("accuracy"); Self.ratio(a.ratio, into: &w)
            w.endObject()
        }
        w.endObject()
        w.key("per_type"); w.beginObject()
        for metric in Metric.allCases {
            guard let labels = total.perType[metric], !labels.isEmpty else { continue }
            w.key(metric.rawValue); w.beginObject()
            for (label, score) in labels.sorted(by: { $0.key < $1.key }) { w.key(label); Self.write(score, into: &w) }
            w.endObject()
        }
        w.endObject()
        w.key("per_document"); w.beginArray()
        for d in documents {
            w.beginObject()
            w.key("id"); w.string(d.id)
            w.key("metrics"); Self.write(d.sheet, into: &w)
            w.endObject()
        }
        w.endArray()
        w.key("diff"); w.beginArray()
        for entry in diff { Self.write(entry, into: &w) }
        w.endArray()
        w.key("regressions"); w.beginArray()
        for r in regressions {
            w.beginObject()
            w.key("score"); w.string(r.key)
            w.key("measure"); w.string(r.measure)
            w.key("baseline"); w.double(r.baseline)
            w.key("current"); if let c = r.current { w.double(c) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.key("notes"); w.beginArray(); for note in notes { w.string(note) }; w.endArray()
        w.endObject()
        w.newline()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func write(_ sheet: ScoreSheet, into w: inout JSONWriter) {
        w.beginObject()
        for metric in Metric.allCases { w.key(metric.rawValue); write(sheet[metric], into: &w) }
        w.endObject()
    }

    static func write(_ s: PRF, into w: inout JSONWriter) {
        w.beginObject()
        w.key("p"); ratio(s.precision, into: &w)
        w.key("r"); ratio(s.recall, into: &w)
        w.key("f"); ratio(s.f1, into: &w)
        w.key("tp"); w.int(s.tp)
        w.key("fp"); w.int(s.fp)
        w.key("fn"); w.int(s.fn)
        w.endObject()
    }

    static func ratio(_ v: Double?, into w: inout JSONWriter) {
        if let v { w.double(v) } else { w.null() }
    }

    static func write(_ e: DiffEntry, into w: inout JSONWriter) {
        w.beginObject()
        w.key("document"); w.string(e.document)
        w.key("layer"); w.string(e.layer)
        w.key("kind"); w.string(e.kind.rawValue)
        w.key("start"); w.int(e.span.start)
        w.key("end"); w.int(e.span.end)
        w.key("text"); w.string(e.text)
        w.key("label"); w.string(e.label)
        w.key("rule"); w.string(e.rule)
        w.key("note"); w.string(e.note)
        w.endObject()
    }
}
