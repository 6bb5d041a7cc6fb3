import ClaimlineCore
import ClaimlineRecords

/// One JSON Lines input line to a Document: `text` (a string) is required; `id` (a string
/// or a number) names the document, else it is called `line-N`; `date`, `source`,
/// `translator`, `language` and any other keys are metadata.
enum JSONLInput {
    struct Failure: Error {
        let id: String?
        let code: String
        let message: String
    }

    /// `encoding` goes into the document's metadata (set here, so the caller need not copy
    /// the document to change it).
    static func parse(_ line: [UInt8], lineNumber: Int, defaults: DocumentMetadata, encoding: String? = nil) -> Result<Document, Failure> {
        let members: [(key: String, value: JSONReader.Value)]
        let scalars: [Unicode.Scalar]?
        do { (members, scalars) = try JSONReader.object(line, scalarsOf: "text") } catch {
            return .failure(Failure(id: nil, code: "bad_json", message: "line \(lineNumber) is not a JSON object: \(error)"))
        }
        var id: String? = nil
        var text: String? = nil
        var textValue: JSONReader.Value? = nil
        var meta = defaults
        var metaError: String? = nil
        for (key, value) in members {
            switch key {
            case "id": id = value.string ?? (value.isNumber ? value.jsonText : nil)
            case "text": textValue = value; text = value.string
            default:
                do throws(RuleError) { try Sidecars.apply(key, value, to: &meta, at: SourceLocation(file: "<stdin>", line: lineNumber)) } catch {
                    metaError = metaError ?? error.message
                }
            }
        }
        if members.contains(where: { $0.key == "id" }) && id == nil {
            return .failure(Failure(id: nil, code: "bad_id", message: "\"id\" of line \(lineNumber) is neither a string nor a number"))
        }
        guard let textValue else { return .failure(Failure(id: id, code: "missing_text", message: "line \(lineNumber) has no \"text\"")) }
        guard let text else {
            return .failure(Failure(id: id, code: "bad_text", message: "\"text\" of line \(lineNumber) is not a string: \(textValue.jsonText.prefix(40))"))
        }
        if let metaError { return .failure(Failure(id: id, code: "bad_metadata", message: "line \(lineNumber): \(metaError)")) }
        if text.isEmpty { return .failure(Failure(id: id, code: "empty", message: "\"text\" of line \(lineNumber) is empty")) }
        if let encoding { meta.encoding = encoding }
        // The reader decoded the scalars of the last "text" that is a string: this `text`.
        guard let scalars else { preconditionFailure("a string \"text\" read without its scalars") }
        return .success(Document(id: id ?? "line-\(lineNumber)", text: text, scalars: scalars, metadata: meta))
    }
}
