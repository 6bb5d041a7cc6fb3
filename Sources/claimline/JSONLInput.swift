import ClaimlineCore
import Foundation

/// One JSON Lines input line → a Document: `id` and `text` (strings) required, `date`
/// optional, other keys carried along as metadata.
enum JSONLInput {
    struct Failure: Error {
        let id: String?
        let code: String
        let message: String
    }

    static func parse(_ line: [UInt8], lineNumber: Int, fallbackDate: CalendarDate?) -> Result<Document, Failure> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        } catch {
            return .failure(Failure(id: nil, code: "bad_json", message: "line \(lineNumber) is not JSON"))
        }
        guard let dict = object as? [String: Any] else {
            return .failure(Failure(id: nil, code: "bad_json", message: "line \(lineNumber) is not a JSON object"))
        }
        let id = (dict["id"] as? String) ?? (dict["id"] as? NSNumber)?.stringValue
        guard let id else { return .failure(Failure(id: nil, code: "missing_id", message: "line \(lineNumber) has no string \"id\"")) }
        guard let textValue = dict["text"] else {
            return .failure(Failure(id: id, code: "missing_text", message: "line \(lineNumber) has no \"text\""))
        }
        guard let text = textValue as? String else {
            return .failure(Failure(id: id, code: "bad_text", message: "\"text\" of line \(lineNumber) is not a string"))
        }
        var meta = DocumentMetadata()
        meta.date = fallbackDate
        if let date = dict["date"] as? String {
            guard let parsed = CalendarDate(iso: date) else {
                return .failure(Failure(id: id, code: "bad_date", message: "\"date\" of line \(lineNumber) is not YYYY-MM-DD: \(date)"))
            }
            meta.date = parsed
        }
        meta.source = dict["source"] as? String
        meta.translator = dict["translator"] as? String
        meta.language = dict["language"] as? String
        for key in dict.keys.sorted() where !["id", "text", "date", "source", "translator", "language"].contains(key) {
            if let data = try? JSONSerialization.data(withJSONObject: dict[key]!, options: [.fragmentsAllowed, .sortedKeys]),
               let json = String(data: data, encoding: .utf8) {
                meta.extra.append((key, json))
            }
        }
        return .success(Document(id: id, text: text, metadata: meta))
    }
}
