/// Bytes of one document to text, never silently lossy.
///
/// The order of decisions:
/// 1. a UTF-8 BOM stays in the text as U+FEFF, scalar 0, so that offsets count from the
///    file's first scalar as Python's `utf-8` codec reads it (the normalize stage drops it
///    from the analysis view); a UTF-16/UTF-32 BOM selects that encoding and is not part
///    of the text; nothing after the BOM is `empty`;
/// 2. a forced encoding (`--encoding`) is converted strictly;
/// 3. valid UTF-8 is taken as is, unless it holds NUL or many control bytes (`binary`);
/// 4. otherwise `ByteProfile` decides between binary, damaged UTF-8 and a legacy
///    single-byte encoding (never chosen for bytes holding C0 controls), which ICU's
///    detector names and `LegacyPlausibility` checks.
///    Only a text that converts cleanly and reads like text in the detected encoding is
///    accepted; anything ambiguous is an error that names the first bad byte.
public struct TextDecoder: Sendable {
    /// Name ICU knows (`windows-1252`), or nil to detect.
    public var forcedEncoding: String?
    /// Substitute U+FFFD for invalid bytes instead of failing the document.
    public var replaceInvalid: Bool

    public init(forcedEncoding: String? = nil, replaceInvalid: Bool = false) {
        self.forcedEncoding = forcedEncoding
        self.replaceInvalid = replaceInvalid
    }

    public struct Decoded: Sendable {
        public let text: String
        /// The encoding the bytes were read as (`UTF-8`, `windows-1256`, …).
        public let encoding: String
        /// ICU's confidence (0–100) when the encoding was detected, nil otherwise.
        public let confidence: Int?
        /// How many invalid sequences became U+FFFD (only with `replaceInvalid`).
        public let replaced: Int
        /// The scalars of `text` when decoding read them on the way (UTF-8 without a byte
        /// order mark), so that they need not be decoded again; nil otherwise.
        public var scalars: [Unicode.Scalar]? = nil
    }

    public struct Failure: Error, Sendable, Equatable {
        /// `empty`, `binary`, `invalid_utf8`, `invalid_bytes`, `unknown_encoding`.
        public let code: String
        public let message: String
    }

    public func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    public func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Decoded, Failure> {
        let bom = ByteOrderMark.detect(bytes)
        let body = UnsafeBufferPointer(rebasing: bytes[(bom?.length ?? 0)...])
        if body.isEmpty { return .failure(Failure(code: "empty", message: "the document is empty")) }
        if let forced = forcedEncoding { return convert(body, from: forced, confidence: nil) }
        if let bom, bom.encoding != "UTF-8" { return convert(body, from: bom.encoding, confidence: nil) }
        let (profile, scalars) = bom == nil ? Self.profileDecoding(body) : (ByteProfile(body), nil)
        // The text as read keeps a UTF-8 BOM: `bytes`, not `body`.
        if profile.isValidUTF8 {
            if let reason = profile.binaryReason { return .failure(Failure(code: "binary", message: reason)) }
            // The profile has validated every sequence (and a BOM is valid UTF-8): copied
            // without `String(decoding:)` validating it a second time, at twice the profile's cost.
            let text = String(copying: UTF8Span(unchecked: bytes.span))
            return .success(Decoded(text: text, encoding: "UTF-8", confidence: nil, replaced: 0, scalars: scalars))
        }
        if let reason = profile.binaryReason { return .failure(Failure(code: "binary", message: reason)) }
        if replaceInvalid && profile.looksLikeUTF8 {
            return .success(Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", confidence: nil,
                                    replaced: profile.invalidSequences))
        }
        if !profile.looksLikeUTF8, profile.controlBytes == 0, let legacy = detectLegacy(body) { return .success(legacy) }
        if replaceInvalid {
            return .success(Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", confidence: nil,
                                    replaced: profile.invalidSequences))
        }
        return .failure(invalidUTF8(profile, after: bom?.length ?? 0))
    }

    /// The profile of `body` and, when it is valid UTF-8, its scalars, read in the same pass.
    private static func profileDecoding(_ body: UnsafeBufferPointer<UInt8>) -> (ByteProfile, [Unicode.Scalar]?) {
        var profile: ByteProfile?
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: body.count) { room, count in
            let read = ByteProfile(body, scalars: room.baseAddress)
            count = read.isValidUTF8 ? read.scalarCount : 0
            profile = read
        }
        return (profile!, profile!.isValidUTF8 ? scalars : nil)
    }

    /// The error for damaged UTF-8; `after` is the length of the BOM before the profiled bytes.
    private func invalidUTF8(_ p: ByteProfile, after skipped: Int) -> Failure {
        let byte = String(p.firstInvalidByte, radix: 16, uppercase: true)
        let share = p.looksLikeUTF8
            ? "\(p.invalidSequences) invalid sequence(s) among \(p.validMultibyte) valid non-ASCII ones"
            : "no legacy encoding fits either"
        return Failure(code: "invalid_utf8", message: "invalid UTF-8 at byte \(skipped + p.firstInvalidOffset) (0x\(byte)); \(share); "
            + "use --encoding NAME if the file is in a legacy encoding, or --replace-invalid to substitute U+FFFD")
    }

    /// The first of ICU's single-byte guesses, best first, that converts strictly and reads
    /// like text. (English with a few Arabic words in windows-1256 is often guessed as
    /// windows-1252 first: that reading fails the check, and the next guess is tried.)
    private func detectLegacy(_ body: UnsafeBufferPointer<UInt8>) -> Decoded? {
        let sample = UnsafeBufferPointer(rebasing: body[..<min(body.count, 1 << 18)])
        let hasC1 = body.contains { $0 >= 0x80 && $0 < 0xA0 }
        var tried: Set<String> = []
        for guess in Charset.detectAll(sample) where LegacyPlausibility.isSingleByte(guess.name) {
            // Text in 0x80-0x9F is windows-1252 punctuation, never ISO-8859-1's C1 controls.
            let name = guess.name == "ISO-8859-1" && hasC1 ? "windows-1252" : guess.name
            guard tried.insert(name).inserted, tried.count <= 6 else { continue }
            guard case .success(let decoded) = convert(body, from: name, confidence: guess.confidence) else { continue }
            if LegacyPlausibility.readsLikeText(decoded.text, encoding: name) { return decoded }
        }
        return nil
    }

    private func convert(_ body: UnsafeBufferPointer<UInt8>, from encoding: String, confidence: Int?) -> Result<Decoded, Failure> {
        do {
            let utf8 = try Charset.convertToUTF8(body, from: encoding, strict: !replaceInvalid)
            let text = String(decoding: utf8, as: UTF8.self)
            if text.utf8.contains(0) {
                return .failure(Failure(code: "binary", message: "the document holds NUL characters: not text"))
            }
            if text.isEmpty { return .failure(Failure(code: "empty", message: "the document is empty")) }
            return .success(Decoded(text: text, encoding: encoding, confidence: confidence, replaced: 0))
        } catch {
            switch error {
            case .unknownEncoding(let name):
                return .failure(Failure(code: "unknown_encoding", message: "ICU knows no encoding named \"\(name)\""))
            case .invalidBytes(let offset):
                return .failure(Failure(code: "invalid_bytes", message: "byte \(offset) is not valid \(encoding); use --replace-invalid to substitute U+FFFD"))
            }
        }
    }
}

/// A byte order mark at the start of a document.
struct ByteOrderMark {
    let encoding: String
    let length: Int

    static func detect(_ b: UnsafeBufferPointer<UInt8>) -> ByteOrderMark? {
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return ByteOrderMark(encoding: "UTF-32LE", length: 4) }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return ByteOrderMark(encoding: "UTF-32BE", length: 4) }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ByteOrderMark(encoding: "UTF-8", length: 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return ByteOrderMark(encoding: "UTF-16LE", length: 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return ByteOrderMark(encoding: "UTF-16BE", length: 2) }
        return nil
    }
}
