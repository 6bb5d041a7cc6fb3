import ClaimlineCore
import ClaimlineRecords
import Foundation

/// The folder of `run --format brat --output DIR`. Workers make each document's files; they
/// are written here as results are delivered, in input order whatever `--jobs` is, so the
/// first document to take a file name keeps it: a later one whose id maps to the same name
/// (the same id twice, or `a/b` and `a_b`) fails with an `output` error record instead of
/// overwriting it.
final class BratFolder {
    /// A processed document's brat files, made by a worker and written on delivery.
    struct Files: Sendable {
        let id: String
        let text: String
        let annotations: String
        /// For the error record, should the files not be written.
        let metadata: DocumentMetadata
    }

    let path: String
    /// File name → the input that took it in this run, as error messages name it.
    private var takenBy: [String: String] = [:]

    init(path: String) { self.path = path }

    /// Writes `files`; when it cannot, appends the document's error record to `out` and
    /// returns `manifest` marked failed.
    func write(_ files: Files, _ manifest: ManifestEntry, into out: inout JSONWriter) -> ManifestEntry {
        guard let message = problem(writing: files, for: manifest) else { return manifest }
        var failed = manifest
        failed.errorCode = "output"
        failed.errorMessage = message
        DocumentRecord.writeError(id: manifest.id, line: manifest.line, metadata: files.metadata, code: "output", message: message, into: &out)
        out.newline()
        return failed
    }

    /// Writes the files and returns nil, or returns why they were not written.
    private func problem(writing files: Files, for manifest: ManifestEntry) -> String? {
        guard let name = BratWriter.fileName(files.id) else { return BratWriter.UnnamableID(id: files.id).description }
        if let first = takenBy[name] {
            return "brat files \(name).txt and \(name).ann were already written for \(first)"
        }
        do {
            try BratWriter.write(text: files.text, annotations: files.annotations, named: name, toFolder: URL(fileURLWithPath: path))
        } catch {
            FileHandle.standardError.write(Data("claimline: \(files.id): cannot write brat output to \(path): \(error)\n".utf8))
            return "cannot write brat files to \(path)"
        }
        takenBy[name] = Self.origin(manifest, id: files.id)
        return nil
    }

    /// An input as messages name it: its line or path, and its id.
    private static func origin(_ manifest: ManifestEntry, id: String) -> String {
        guard let place = manifest.line.map({ "line \($0)" }) ?? manifest.path else { return "id \"\(id)\"" }
        return "\(place) (id \"\(id)\")"
    }
}
