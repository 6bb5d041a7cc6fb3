import CICUShim

/// ICU's charset detection and conversion of legacy encodings to UTF-8.
public enum Charset {
    public struct Guess: Sendable, Equatable {
        public let name: String
        public let confidence: Int
    }

    public static func detect(_ bytes: [UInt8]) -> Guess? {
        bytes.withUnsafeBufferPointer { detect($0) }
    }

    public static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Guess? {
        var name = [CChar](repeating: 0, count: 64)
        var status: Int32 = 0
        let confidence = bytes.withMemoryRebound(to: CChar.self) { cicu_detect_charset($0.baseAddress, Int32($0.count), &name, 64, &status) }
        guard confidence >= 0, cicu_failed(status) == 0 else { return nil }
        let terminated = name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return Guess(name: String(decoding: terminated, as: UTF8.self), confidence: Int(confidence))
    }

    /// Every guess ICU makes, best first.
    public static func detectAll(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 16) -> [Guess] {
        let slot = 64
        var names = [CChar](repeating: 0, count: slot * limit)
        var confidences = [Int32](repeating: 0, count: limit)
        var status: Int32 = 0
        let count = bytes.withMemoryRebound(to: CChar.self) {
            cicu_detect_charsets($0.baseAddress, Int32($0.count), &names, Int32(slot), &confidences, Int32(limit), &status)
        }
        guard cicu_failed(status) == 0 else { return [] }
        return (0..<Int(count)).map { i in
            let name = names[(i * slot)..<((i + 1) * slot)].prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return Guess(name: String(decoding: name, as: UTF8.self), confidence: Int(confidences[i]))
        }
    }

    public enum ConversionError: Error, Sendable, Equatable {
        /// The encoding name is unknown to ICU.
        case unknownEncoding(String)
        /// A byte sequence is illegal or unmappable in the encoding, at this byte offset.
        case invalidBytes(offset: Int)
    }

    /// Converts to UTF-8. `strict` refuses illegal bytes instead of substituting U+FFFD.
    public static func convertToUTF8(_ bytes: [UInt8], from encoding: String, strict: Bool) throws(ConversionError) -> [UInt8] {
        try bytes.withUnsafeBufferPointer { (b) throws(ConversionError) -> [UInt8] in try convertToUTF8(b, from: encoding, strict: strict) }
    }

    public static func convertToUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from encoding: String, strict: Bool) throws(ConversionError) -> [UInt8] {
        var capacity = bytes.count * 3 + 16
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            var status: Int32 = 0, bad: Int32 = -1
            let n = out.withUnsafeMutableBufferPointer { dst in
                bytes.withMemoryRebound(to: CChar.self) { s in
                    dst.withMemoryRebound(to: CChar.self) { d in
                        cicu_convert_to_utf8(encoding, s.baseAddress, Int32(s.count), d.baseAddress, Int32(d.count), strict ? 1 : 0, &bad, &status)
                    }
                }
            }
            if status == bufferOverflow { capacity *= 2; continue }
            if bad >= 0 { throw .invalidBytes(offset: Int(bad)) }
            if cicu_failed(status) != 0 { throw .unknownEncoding(encoding) }
            out.removeSubrange(Int(n)...)
            return out
        }
    }
}
