import ClaimlineCore
import ClaimlineICU
import ClaimlineRecords
import ClaimlineStages
import Foundation

/// What a batch of inputs became, to hand to the thread that writes the output: their
/// record lines one after another in one buffer (written there by the worker and written
/// out from there, so a record is not copied on its way), and for each input where its
/// line ends, its manifest entry and (with `--format brat`) its files.
final class BatchResult: @unchecked Sendable {
    var records: JSONWriter
    private(set) var ends: [Int] = []
    private(set) var manifests: [ManifestEntry] = []
    private(set) var brat: [BratFolder.Files?] = []

    init(capacity: Int) { records = JSONWriter(capacity: capacity) }

    /// Adds one input's result; its line was written into `records` since the last one.
    func add(_ manifest: ManifestEntry, brat files: BratFolder.Files?) {
        ends.append(records.count)
        manifests.append(manifest)
        brat.append(files)
    }
}

/// Turns inputs into record lines: decodes or parses, runs its own `Pipeline` (stages own
/// ICU objects, so a worker is used by one thread at a time, which the pool guarantees)
/// and writes the JSON line.
final class DocumentWorker: @unchecked Sendable {
    let pipeline: Pipeline
    let decoder: TextDecoder
    /// Metadata for inputs that bring none (`--date`).
    let defaults: DocumentMetadata
    /// Compute SHA-256 checksums (only the manifest needs them).
    let checksums: Bool
    /// With `--format brat`: make each processed document's brat files instead of its record.
    var makesBrat = false
    private(set) var timing = WorkerTiming()
    /// Room for the records of the next batch (see `results`).
    private var batchBytes = 1 << 16
    private var written = WrittenRefs()

    init(pipeline: Pipeline, decoder: TextDecoder, defaults: DocumentMetadata, checksums: Bool) {
        self.pipeline = pipeline
        self.decoder = decoder
        self.defaults = defaults
        self.checksums = checksums
    }

    /// The results of a batch of inputs: all are decoded, each stage runs over all their
    /// documents in turn (`Pipeline.run(_:failures:)`), then their lines are written. The
    /// buffer starts at the size the last batch needed (up to 4 MB: one huge document must
    /// not make every later batch huge), so it seldom grows.
    func results(_ batch: [InputItem]) -> BatchResult {
        let result = BatchResult(capacity: batchBytes)
        var docs: [Document] = []
        // Per input: its manifest entry, and the index of its document in `docs` or why it has none.
        var prepared: [(manifest: ManifestEntry, doc: Result<Int, Failure>)] = []
        prepared.reserveCapacity(batch.count)
        for item in batch {
            var manifest = ManifestEntry(path: item.path, line: item.line, id: item.id)
            let started = DispatchTime.now().uptimeNanoseconds
            let index: Result<Int, Failure>
            switch prepare(item, &manifest) {
            case .success(let doc):
                docs.append(doc)
                index = .success(docs.count - 1)
            case .failure(let f): index = .failure(f)
            }
            timing.decodeNanoseconds += DispatchTime.now().uptimeNanoseconds - started
            prepared.append((manifest, index))
        }
        var failures = [StageError?](repeating: nil, count: docs.count)
        pipeline.run(&docs, failures: &failures)
        for (item, input) in zip(batch, prepared) {
            var manifest = input.manifest, brat: BratFolder.Files? = nil
            switch input.doc {
            case .failure(let f):
                manifest = failure(item, f.metadata, code: f.code, message: f.message, &manifest, into: &result.records)
            case .success(let j):
                if let error = failures[j] {
                    manifest = failure(item, docs[j].metadata, code: error.code, message: error.description, &manifest, into: &result.records)
                } else {
                    write(docs[j], into: &result.records, brat: &brat)
                }
            }
            result.add(manifest, brat: brat)
        }
        batchBytes = min(max(result.records.count + result.records.count / 8, 1 << 16), 1 << 22)
        return result
    }

    /// Writes a processed document's record line, or with `--format brat` makes its files.
    private func write(_ doc: Document, into out: inout JSONWriter, brat: inout BratFolder.Files?) {
        if makesBrat {
            brat = BratFolder.Files(id: doc.id, text: doc.text, annotations: BratWriter.annotations(for: doc), metadata: doc.metadata)
            return
        }
        let writeStart = DispatchTime.now().uptimeNanoseconds
        // A long document's record gets its room at once (records take 8 to 9 bytes a byte of
        // the bench's text): what the buffer does not use is never touched, so never resident.
        if doc.scalars.count > Self.longDocument { out.reserveCapacity(forMore: doc.scalars.count &* 12) }
        DocumentRecord.write(doc, into: &out, notes: &written)
        out.newline()
        timing.writeNanoseconds += DispatchTime.now().uptimeNanoseconds - writeStart
    }

    /// Scalars of a document whose record is given its room before it is written.
    static let longDocument = 1 << 20

    struct Failure: Error {
        var metadata: DocumentMetadata?
        var code: String
        var message: String
    }

    /// Decodes or parses an input into a document, filling in what the manifest needs.
    private func prepare(_ item: InputItem, _ manifest: inout ManifestEntry) -> Result<Document, Failure> {
        switch item.payload {
        case .failed(let code, let message, let bytes):
            manifest.bytes = bytes
            var meta = DocumentMetadata()
            meta.path = item.path
            return .failure(Failure(metadata: item.path == nil ? nil : meta, code: code, message: message))
        case .bytes(let bytes, let meta):
            return decode(bytes, meta, id: item.id ?? "stdin", &manifest)
        case .file(let sidecar, var meta, let maxBytes, _):
            let path = item.path ?? ""
            if let sidecar {
                do { try Sidecars.metaJSON(at: sidecar, into: &meta) } catch {
                    return .failure(Failure(metadata: meta, code: "bad_metadata", message: error.message))
                }
            }
            switch FileBytes.read(path, maxBytes: maxBytes) {
            case .success(let bytes): return decode(bytes, meta, id: item.id ?? path, &manifest)
            case .failure(let f):
                manifest.bytes = f.bytes
                return .failure(Failure(metadata: meta, code: f.code, message: f.message))
            }
        case .jsonLine(let bytes):
            timing.bytes += bytes.count
            switch JSONLInput.parse(repairedIfAsked(bytes), lineNumber: item.line ?? 0, defaults: defaults, encoding: "UTF-8") {
            case .failure(let f):
                manifest.id = f.id
                manifest.bytes = bytes.count
                if checksums { manifest.sha256 = SHA256.hex(bytes) }
                return .failure(Failure(metadata: nil, code: f.code, message: f.message))
            case .success(let doc):
                manifest.id = doc.id
                manifest.bytes = doc.text.utf8.count
                manifest.encoding = "UTF-8"
                if checksums { manifest.sha256 = SHA256.hex(Array(doc.text.utf8)) }
                return .success(doc)
            }
        }
    }

    /// With `--replace-invalid`, a JSON line's invalid UTF-8 becomes U+FFFD before parsing.
    private func repairedIfAsked(_ line: [UInt8]) -> [UInt8] {
        guard decoder.replaceInvalid, String(validating: line, as: UTF8.self) == nil else { return line }
        return Array(String(decoding: line, as: UTF8.self).utf8)
    }

    /// Bytes to a document, with the encoding in its metadata and the manifest.
    private func decode(_ bytes: [UInt8], _ base: DocumentMetadata, id: String, _ manifest: inout ManifestEntry) -> Result<Document, Failure> {
        timing.bytes += bytes.count
        manifest.bytes = bytes.count
        if checksums { manifest.sha256 = SHA256.hex(bytes) }
        var meta = base
        switch decoder.decode(bytes) {
        case .failure(let f): return .failure(Failure(metadata: meta, code: f.code, message: f.message))
        case .success(let decoded):
            meta.encoding = decoded.encoding
            meta.encodingConfidence = decoded.confidence
            if decoded.replaced > 0 { meta.extra.append(("replaced", String(decoded.replaced))) }
            manifest.encoding = decoded.encoding
            guard let scalars = decoded.scalars else { return .success(Document(id: id, text: decoded.text, metadata: meta)) }
            return .success(Document(id: id, text: decoded.text, scalars: scalars, metadata: meta))
        }
    }

    private func failure(_ item: InputItem, _ meta: DocumentMetadata?, code: String, message: String,
                         _ manifest: inout ManifestEntry, into out: inout JSONWriter) -> ManifestEntry {
        manifest.errorCode = code
        manifest.errorMessage = message
        DocumentRecord.writeError(id: manifest.id, line: item.line, metadata: meta, code: code, message: message, into: &out)
        out.newline()
        return manifest
    }
}

/// Time a worker spent outside the pipeline's stages, and the input bytes it saw.
struct WorkerTiming {
    var decodeNanoseconds: UInt64 = 0
    var writeNanoseconds: UInt64 = 0
    var bytes = 0
}
