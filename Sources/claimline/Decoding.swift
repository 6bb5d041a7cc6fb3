import ClaimlineCore

/// Bytes to text, never silently lossy: UTF-8 (a BOM is dropped and offsets count after it),
/// else a failure naming the first invalid byte.
enum Decoding {
    struct Failure: Error {
        let code: String
        let message: String
    }

    static func decode(_ bytes: [UInt8]) -> Result<(text: String, encoding: String), Failure> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.isEmpty { return .failure(Failure(code: "empty", message: "the document is empty")) }
        if let text = String(validating: body, as: UTF8.self) {
            if text.utf8.contains(0) { return .failure(Failure(code: "binary", message: "the document holds NUL bytes: not text")) }
            return .success((text, "UTF-8"))
        }
        let offset = firstInvalidUTF8(body)
        return .failure(Failure(code: "invalid_utf8", message: "invalid UTF-8 at byte \(offset)"))
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var decoder = Unicode.UTF8.ForwardParser()
        var it = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.parseScalar(from: &it) {
            case .valid(let s): offset += s.count
            case .emptyInput: return offset
            case .error(let length): return offset + (length > 0 ? 0 : 0)
            }
        }
    }
}
