import ClaimlineCore
import ClaimlineRecords
import Foundation

/// Document metadata kept beside the documents:
/// - `meta.tsv` in a folder: a header line with an `id` column (the file name without
///   `.txt`, relative to that folder) and any of `date`, `source`, `translator`,
///   `language`; other columns are carried along as string metadata. One file describes
///   many documents, so a malformed one stops the run with file:line:column.
/// - `NAME.meta.json` beside `NAME.txt`: a JSON object with the same keys (any JSON value
///   for other keys). It overrides `meta.tsv`; a malformed one fails only that document.
enum Sidecars {
    /// Applies the metadata in a `NAME.meta.json` sidecar.
    static func metaJSON(at sidecar: String, into meta: inout DocumentMetadata) throws(MetadataError) {
        guard let data = FileManager.default.contents(atPath: sidecar) else {
            throw MetadataError(message: "\(sidecar): cannot read")
        }
        let members: [(key: String, value: JSONReader.Value)]
        do { members = try JSONReader.object([UInt8](data)) } catch {
            throw MetadataError(message: "\(sidecar): \(error)")
        }
        for (key, value) in members {
            do throws(RuleError) { try apply(key, value, to: &meta, at: SourceLocation(file: sidecar, line: 1)) } catch {
                throw MetadataError(message: error.description)
            }
        }
    }

    /// Sets one metadata key; `date` must be `YYYY-MM-DD`, the named keys must be strings.
    static func apply(_ key: String, _ value: JSONReader.Value, to meta: inout DocumentMetadata, at location: SourceLocation) throws(RuleError) {
        switch key {
        case "date":
            if value == .json("null") { meta.date = nil; return }
            guard let text = value.string, let date = CalendarDate(iso: text) else {
                throw RuleError(location, "\"date\" must be YYYY-MM-DD, found \(value.jsonText)")
            }
            meta.date = date
        case "source", "translator", "language":
            guard let text = value.string else {
                if value == .json("null") { return }
                throw RuleError(location, "\"\(key)\" must be a string, found \(value.jsonText)")
            }
            switch key {
            case "source": meta.source = text
            case "translator": meta.translator = text
            default: meta.language = text
            }
        case "path", "encoding", "encoding_confidence", "replaced":
            throw RuleError(location, "\"\(key)\" is set by claimline itself; rename the key")
        default:
            meta.extra.removeAll { $0.key == key }
            meta.extra.append((key, value.jsonText))
        }
    }
}

/// A document's own metadata sidecar is malformed.
struct MetadataError: Error {
    let message: String
}
