import ClaimlineCore

extension AnnotationSet {
    /// Reads the annotations of one document record (the JSON object of a records line, as
    /// `JSONSerialization` gives it) against the document's text. A span outside the text or
    /// a missing field is an error naming the line.
    public init(record: [String: Any], text: String, file: String, line: Int) throws(GoldErrors) {
        var reader = RecordReader(scalars: Array(text.unicodeScalars), file: file, line: line)
        self = reader.read(record)
        if !reader.errors.isEmpty { throw GoldErrors(reader.errors) }
    }
}

/// Field-by-field reading of a record, collecting errors (field names as in the README's
/// records section).
struct RecordReader {
    let scalars: [Unicode.Scalar]
    let file: String
    let line: Int
    var errors: [GoldError] = []

    mutating func read(_ r: [String: Any]) -> AnnotationSet {
        var set = AnnotationSet()
        for e in list(r, "entities") {
            guard let span = span(e, "entity"), let type = e["type"] as? String else { continue }
            set.entities.append(EvalEntity(span: span, text: string(span), type: type, entity: e["entity"] as? String, rule: e["rule"] as? String))
        }
        for d in list(r, "dates") {
            guard let span = span(d, "date"), let type = d["type"] as? String else { continue }
            set.dates.append(EvalDate(span: span, text: string(span), type: type, value: d["value"] as? String, rule: d["rule"] as? String))
        }
        for q in list(r, "quotes") {
            guard let span = span(q, "quote") else { continue }
            let cue = (q["cue"] as? [String: Any]).flatMap { self.span($0, "quote cue") }
            set.quotes.append(EvalQuote(span: span, text: string(span), direct: q["direct"] as? Bool ?? false, cue: cue,
                                        speaker: ref(q["speaker"]), rule: q["rule"] as? String))
        }
        for c in list(r, "claims") {
            guard let evidence = (c["evidence"] as? [String: Any]).flatMap({ span($0, "claim evidence") }),
                  let predicate = c["predicate"] as? String else {
                fail("a claim has no evidence span or predicate")
                continue
            }
            let time = (c["time"] as? [String: Any])?["value"] as? String
            set.claims.append(EvalClaim(anchor: evidence, text: string(evidence), speaker: ref(c["speaker"]), predicate: predicate,
                                        polarity: c["polarity"] as? String ?? "asserted", subject: ref(c["subject"]), time: time,
                                        rule: c["rule"] as? String))
        }
        return set
    }

    private mutating func fail(_ message: String) { errors.append(GoldError(file: file, line: line, message)) }

    private func list(_ r: [String: Any], _ key: String) -> [[String: Any]] { r[key] as? [[String: Any]] ?? [] }

    private func string(_ span: ScalarSpan) -> String {
        String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }

    private mutating func span(_ object: [String: Any], _ what: String) -> ScalarSpan? {
        guard let start = object["start"] as? Int, let end = object["end"] as? Int else {
            fail("\(what) has no integer start and end")
            return nil
        }
        guard start >= 0, start <= end, end <= scalars.count else {
            fail("\(what) span \(start) \(end) is outside the text (\(scalars.count) characters)")
            return nil
        }
        return ScalarSpan(start, end)
    }

    private mutating func ref(_ value: Any?) -> EvalRef? {
        guard let object = value as? [String: Any] else { return nil }
        let span = object["start"] is Int ? self.span(object, "mention") : nil
        return EvalRef(span: span, entity: object["entity"] as? String)
    }
}
