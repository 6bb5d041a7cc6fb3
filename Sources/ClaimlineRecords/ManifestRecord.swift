/// What was read for one input and what became of it: a line of `manifest.jsonl`, and for
/// a failed input also a line of `failures.jsonl`. Schemas: `Schemas/manifest.schema.json`
/// and `Schemas/failure.schema.json`.
public struct ManifestEntry: Sendable {
    /// The file path, for file and folder input.
    public var path: String?
    /// The 1-based input line, for JSON Lines input.
    public var line: Int?
    public var id: String?
    /// Bytes read (the document's text bytes for JSON Lines input).
    public var bytes: Int
    /// SHA-256 of those bytes, lower-case hex.
    public var sha256: String?
    public var encoding: String?
    /// Error code and message when the input failed.
    public var errorCode: String?
    public var errorMessage: String?

    public init(path: String? = nil, line: Int? = nil, id: String?, bytes: Int = 0, sha256: String? = nil, encoding: String? = nil) {
        self.path = path
        self.line = line
        self.id = id
        self.bytes = bytes
        self.sha256 = sha256
        self.encoding = encoding
    }

    public var failed: Bool { errorCode != nil }

    public func writeManifestLine(into w: inout JSONWriter) {
        w.beginObject()
        w.key("schema"); w.string(RecordSchema.version)
        writeOrigin(into: &w)
        w.key("bytes"); w.int(bytes)
        w.key("sha256"); w.string(sha256)
        w.key("encoding"); w.string(encoding)
        w.key("status"); w.string(failed ? "failed" : "ok")
        w.key("error"); w.string(errorCode)
        w.endObject()
        w.newline()
    }

    public func writeFailureLine(into w: inout JSONWriter) {
        w.beginObject()
        w.key("schema"); w.string(RecordSchema.version)
        writeOrigin(into: &w)
        w.key("code"); w.string(errorCode ?? "")
        w.key("message"); w.string(errorMessage ?? "")
        w.endObject()
        w.newline()
    }

    private func writeOrigin(into w: inout JSONWriter) {
        if let path { w.key("path"); w.string(path) }
        if let line { w.key("line"); w.int(line) }
        w.key("id"); w.string(id)
    }
}
