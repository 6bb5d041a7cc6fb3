/// Reads one JSON object (a JSON Lines input line, a `.meta.json` sidecar) into its members,
/// in order. Strings are decoded; numbers, booleans, null, arrays and objects are kept as
/// their JSON text so metadata can be written back unchanged. Strict: invalid JSON or
/// invalid UTF-8 is an error with the byte offset, never a guess.
public struct JSONReader {
    public enum Value: Equatable, Sendable {
        case string(String)
        /// Any other value, as compact JSON text (`12`, `true`, `null`, `["a",1]`).
        case json(String)

        public var string: String? { if case .string(let s) = self { return s } else { return nil } }
        public var isNumber: Bool {
            if case .json(let t) = self, let f = t.utf8.first { return f == UInt8(ascii: "-") || (f >= 48 && f <= 57) }
            return false
        }
        /// The value as JSON text.
        public var jsonText: String {
            switch self {
            case .string(let s): var w = JSONWriter(capacity: s.utf8.count + 2); w.string(s); return String(decoding: w.bytes, as: UTF8.self)
            case .json(let t): return t
            }
        }
    }

    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public let offset: Int
        public let message: String
        public var description: String { "\(message) at byte \(offset)" }
    }

    /// The members of the top-level object. Whitespace around it is allowed.
    public static func object(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> [(key: String, value: Value)] {
        try read(bytes, scalarsOf: nil).members
    }

    public static func object(_ bytes: [UInt8]) throws(SyntaxError) -> [(key: String, value: Value)] {
        try bytes.withUnsafeBufferPointer { (b) throws(SyntaxError) in try read(b, scalarsOf: nil).members }
    }

    /// The members, and the scalars of the last member named `key` whose value is a string
    /// (nil if there is none), decoded in the same pass as its UTF-8: a document line's
    /// text, which then need not be decoded a second time.
    public static func object(_ bytes: [UInt8], scalarsOf key: String) throws(SyntaxError)
        -> (members: [(key: String, value: Value)], scalars: [Unicode.Scalar]?) {
        try bytes.withUnsafeBufferPointer { (b) throws(SyntaxError) in try read(b, scalarsOf: key) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, scalarsOf key: String?) throws(SyntaxError)
        -> (members: [(key: String, value: Value)], scalars: [Unicode.Scalar]?) {
        var r = JSONReader(bytes)
        r.scalarsKey = key
        r.skipSpace()
        guard r.peek == UInt8(ascii: "{") else { throw r.error("expected a JSON object") }
        let members = try r.members()
        r.skipSpace()
        guard r.i == r.b.count else { throw r.error("unexpected text after the object") }
        return (members, r.scalars)
    }

    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    private var depth = 0
    /// The top-level member whose string value is also decoded to scalars, and those scalars.
    private var scalarsKey: String? = nil
    private var scalars: [Unicode.Scalar]? = nil

    private init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    var peek: UInt8? { i < b.count ? b[i] : nil }

    func error(_ message: String) -> SyntaxError { SyntaxError(offset: i, message: message) }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    private mutating func expect(_ c: UInt8) throws(SyntaxError) {
        skipSpace()
        guard peek == c else { throw error("expected '\(Character(Unicode.Scalar(c)))'") }
        i += 1
    }

    private mutating func members() throws(SyntaxError) -> [(key: String, value: Value)] {
        try expect(UInt8(ascii: "{"))
        var out: [(key: String, value: Value)] = []
        out.reserveCapacity(8)  // id, text and a few metadata keys: one allocation, no regrowth
        skipSpace()
        if peek == UInt8(ascii: "}") { i += 1; return out }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let key = try string()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            let value: Value
            if peek != UInt8(ascii: "\"") {
                value = .json(try rawValue())
            } else if key == scalarsKey {
                let (text, decoded) = try stringAndScalars()
                value = .string(text)
                scalars = decoded
            } else {
                value = .string(try string())
            }
            out.append((key, value))
            skipSpace()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "}") { i += 1; return out }
            throw error("expected ',' or '}'")
        }
    }

    /// A value other than a top-level string, checked and returned as compact JSON text.
    private mutating func rawValue() throws(SyntaxError) -> String {
        var w = JSONWriter(capacity: 16)
        try copyValue(into: &w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    private mutating func copyValue(into w: inout JSONWriter) throws(SyntaxError) {
        skipSpace()
        guard let c = peek else { throw error("expected a value") }
        switch c {
        case UInt8(ascii: "\""): w.string(try string())
        case UInt8(ascii: "{"), UInt8(ascii: "["): try copyContainer(open: c, into: &w)
        case UInt8(ascii: "t"): try literal("true"); w.bool(true)
        case UInt8(ascii: "f"): try literal("false"); w.bool(false)
        case UInt8(ascii: "n"): try literal("null"); w.null()
        default: w.raw(try number())
        }
    }

    private mutating func copyContainer(open: UInt8, into w: inout JSONWriter) throws(SyntaxError) {
        depth += 1
        guard depth < 256 else { throw error("nested too deeply") }
        defer { depth -= 1 }
        let isObject = open == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i += 1
        if isObject { w.beginObject() } else { w.beginArray() }
        skipSpace()
        if peek == close { i += 1 } else {
            while true {
                if isObject {
                    skipSpace()
                    guard peek == UInt8(ascii: "\"") else { throw error("expected a string key") }
                    w.key(try string())
                    try expect(UInt8(ascii: ":"))
                }
                try copyValue(into: &w)
                skipSpace()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                if peek == close { i += 1; break }
                throw error("expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
        }
        if isObject { w.endObject() } else { w.endArray() }
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let matches = word.withUTF8Buffer { w in i + w.count <= b.count && w.indices.allSatisfy { b[i + $0] == w[$0] } }
        guard matches else { throw error("invalid literal") }
        i += word.utf8CodeUnitCount
    }

    private mutating func number() throws(SyntaxError) -> String {
        let start = i
        if peek == UInt8(ascii: "-") { i += 1 }
        func digits(_ r: inout JSONReader) -> Int { let s = r.i; while let c = r.peek, c >= 48, c <= 57 { r.i += 1 }; return r.i - s }
        let intDigits = digits(&self)
        guard intDigits > 0, !(intDigits > 1 && b[i - intDigits] == 48) else { throw error("invalid number") }
        if peek == UInt8(ascii: ".") { i += 1; guard digits(&self) > 0 else { throw error("invalid number") } }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard digits(&self) > 0 else { throw error("invalid number") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    }
}
