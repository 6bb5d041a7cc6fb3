import ClaimlineCore

/// One input as the reader found it, before any decoding: the work a worker picks up.
/// Finding inputs stays cheap and sequential; reading files, decoding, parsing and the
/// pipeline run in workers.
struct InputItem: Sendable {
    enum Payload: Sendable {
        /// The bytes of standard input, with the metadata known for them.
        case bytes([UInt8], DocumentMetadata)
        /// A file (at `InputItem.path`) that the worker reads, so that reading happens in
        /// parallel and only documents being processed are held in memory.
        /// `size` is the file's size when it was listed, which only sizes batches.
        case file(sidecar: String?, DocumentMetadata, maxBytes: Int, size: Int)
        /// One line of JSON Lines input (without its line break).
        case jsonLine([UInt8])
        /// The input could not be read; the worker turns this into an error record.
        case failed(code: String, message: String, bytes: Int)
    }

    /// The document id when the reader knows it (files); JSON lines carry their own.
    var id: String?
    /// The path as given or found, for file and folder input.
    var path: String?
    /// The 1-based line number, for JSON Lines input.
    var line: Int?
    var payload: Payload

    /// The bytes of the input, as far as the reader knows them, for sizing batches.
    var size: Int {
        switch payload {
        case .bytes(let bytes, _): return bytes.count
        case .jsonLine(let bytes): return bytes.count
        case .file(_, _, _, let size): return size
        case .failed: return 0
        }
    }
}
