import ClaimlineCore
import Foundation

/// One gold document: the exact text, its metadata and its gold annotations.
public struct GoldDocument: Sendable {
    public let id: String
    public let text: String
    public let metadata: DocumentMetadata
    public let gold: AnnotationSet

    public init(id: String, text: String, metadata: DocumentMetadata, gold: AnnotationSet) {
        self.id = id
        self.text = text
        self.metadata = metadata
        self.gold = gold
    }

    /// A fresh document for the pipeline, with the gold's metadata.
    public func makeDocument() -> Document { Document(id: id, text: text, metadata: metadata) }
}

/// A corpus folder: every `<id>.txt` with its `<id>.ann` (brat standoff) and optional
/// `<id>.meta.json` (`{"date": "YYYY-MM-DD", "source": …, "translator": …}`).
/// A `.txt` without `.ann` is not scored; its id is listed in `unannotated`.
public struct GoldCorpus: Sendable {
    /// How messages name the folder (`Corpora/dev`).
    public let name: String
    public let documents: [GoldDocument]
    public let unannotated: [String]

    public init(name: String, documents: [GoldDocument], unannotated: [String] = []) {
        self.name = name
        self.documents = documents
        self.unannotated = unannotated
    }

    /// Reads every document of `folder`, in id order; all errors of all files are thrown together.
    public static func load(folder: URL, name: String) throws(GoldErrors) -> GoldCorpus {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw GoldErrors([GoldError(file: name, line: 0, "cannot read the corpus folder")])
        }
        let conf = AnnotationConf.nearest(to: folder) ?? AnnotationConf()
        var documents: [GoldDocument] = []
        var unannotated: [String] = []
        var errors: [GoldError] = []
        for file in files where file.hasSuffix(".txt") {
            let id = String(file.dropLast(4))
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(id + ".ann").path) else {
                unannotated.append(id)
                continue
            }
            do {
                documents.append(try loadDocument(id: id, folder: folder, name: name, conf: conf))
            } catch {
                errors.append(contentsOf: error.errors)
            }
        }
        if !errors.isEmpty { throw GoldErrors(errors) }
        return GoldCorpus(name: name, documents: documents, unannotated: unannotated)
    }

    static func loadDocument(id: String, folder: URL, name: String, conf: AnnotationConf) throws(GoldErrors) -> GoldDocument {
        let prefix = name.isEmpty ? id : name + "/" + id
        let text = try readText(folder.appendingPathComponent(id + ".txt"), display: prefix + ".txt")
        let ann = try readText(folder.appendingPathComponent(id + ".ann"), display: prefix + ".ann")
        let metaURL = folder.appendingPathComponent(id + ".meta.json")
        var metadata = DocumentMetadata()
        if FileManager.default.fileExists(atPath: metaURL.path) {
            metadata = try readMetadata(metaURL, display: prefix + ".meta.json")
        }
        metadata.path = prefix + ".txt"
        let brat = try BratReader.read(ann, text: text, file: prefix + ".ann")
        let gold = try AnnotationSet(brat: brat, file: prefix + ".ann", conf: conf)
        return GoldDocument(id: id, text: text, metadata: metadata, gold: gold)
    }

    static func readText(_ url: URL, display: String) throws(GoldErrors) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw GoldErrors([GoldError(file: display, line: 0, "cannot read the file")])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw GoldErrors([GoldError(file: display, line: 0, "not valid UTF-8")])
        }
        return text
    }

    /// `date` must be `YYYY-MM-DD` when present; `source` and `translator` are strings or null.
    static func readMetadata(_ url: URL, display: String) throws(GoldErrors) -> DocumentMetadata {
        let text = try readText(url, display: display)
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw GoldErrors([GoldError(file: display, line: 1, "not a JSON object")])
        }
        var metadata = DocumentMetadata()
        if let date = object["date"] as? String {
            guard let parsed = CalendarDate(iso: date) else {
                throw GoldErrors([GoldError(file: display, line: 1, "\"date\" is not YYYY-MM-DD: \(date)")])
            }
            metadata.date = parsed
        }
        metadata.source = object["source"] as? String
        metadata.translator = object["translator"] as? String
        metadata.language = object["language"] as? String
        return metadata
    }
}
