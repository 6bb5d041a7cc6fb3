import Foundation
import Testing

/// Checks every record line of a run against the published schemas.
func expectSchemaValid(_ result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
    for (i, record) in result.records.enumerated() {
        let problems = SchemaValidator.recordErrors(record)
        #expect(problems.isEmpty, "record \(i + 1): \(problems.prefix(5))", sourceLocation: sourceLocation)
    }
}

/// The error code of a record, nil for a document record.
func errorCode(_ record: [String: Any]) -> String? { (record["error"] as? [String: Any])?["code"] as? String }

/// A record without the fields that name where it came from, for comparing input modes.
func withoutOrigin(_ record: [String: Any]) -> String {
    var r = record
    var meta = r["meta"] as? [String: Any] ?? [:]
    meta["path"] = nil
    r["meta"] = meta
    return JSON.line(r)
}
