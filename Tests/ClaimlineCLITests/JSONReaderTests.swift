import ClaimlineCore
import ClaimlineRecords
import Testing

@Suite("JSON reading and checksums")
struct JSONReaderTests {
    func members(_ text: String) throws -> [(key: String, value: JSONReader.Value)] {
        try JSONReader.object(Array(text.utf8))
    }

    @Test("strings are unescaped, surrogate pairs joined; other values kept as compact JSON")
    func values() throws {
        let m = try members(#" {"id": "a\"b\\c\n\u00e9\ud83d\ude00", "n": -1.5e3, "ok": true, "none": null, "list": [1, {"k": "v"}, []] } "#)
        #expect(m.map(\.key) == ["id", "n", "ok", "none", "list"])
        #expect(m[0].value == .string("a\"b\\c\né😀"))
        #expect(m[1].value == .json("-1.5e3"))
        #expect(m[2].value == .json("true"))
        #expect(m[3].value == .json("null"))
        #expect(m[4].value == .json(#"[1,{"k":"v"},[]]"#))
        #expect(m[1].value.isNumber)
    }

    @Test("malformed JSON is an error with a byte offset", arguments: [
        "", "[]", "{", #"{"a" 1}"#, #"{"a": tru}"#, #"{"a": 01}"#, #"{"a": "\ud800"}"#, #"{"a": "x"} trailing"#,
        "{\"a\": \"raw\tcontrol\"}", #"{"a": "\q"}"#, #"{a: 1}"#,
    ])
    func malformed(_ text: String) {
        #expect(throws: JSONReader.SyntaxError.self) { try members(text) }
    }

    @Test("invalid UTF-8 inside a string is an error, never replaced")
    func invalidUTF8() {
        #expect(throws: JSONReader.SyntaxError.self) { try JSONReader.object([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D]) }
    }

    @Test("UTF-8 is checked exactly whatever the position of a sequence in a block of sixteen bytes")
    func utf8AtEveryPosition() {
        let sequences: [[UInt8]] = [[0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80],
                                    [0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
        for sequence in sequences {
            for length in sequence.count...40 {
                for position in 0...(length - sequence.count) {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes.replaceSubrange(position..<(position + sequence.count), with: sequence)
                    let valid = bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }
                    #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(sequence) at \(position) of \(length)")
                }
            }
        }
    }

    @Test("UTF-8 after an escape is checked exactly whatever its position, and kept byte for byte")
    func utf8AfterAnEscape() {
        let sequences: [[UInt8]] = [[0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80],
                                    [0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
        let open = Array(#"{"s": "\n"#.utf8), close = Array(#""}"#.utf8)
        for sequence in sequences {
            for length in sequence.count...40 {
                for position in 0...(length - sequence.count) {
                    var text = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    text.replaceSubrange(position..<(position + sequence.count), with: sequence)
                    let read = try? JSONReader.object(open + text + close)
                    let expected = String(validating: [0x0A] + text, as: UTF8.self)
                    #expect(read?.first?.value == expected.map { .string($0) }, "\(sequence) at \(position) of \(length)")
                }
            }
        }
    }

    @Test("a control character after invalid UTF-8 in a string is the error reported")
    func controlAfterInvalidUTF8() {
        let line: [UInt8] = Array(#"{"s": "\n"#.utf8) + [0xFF, 0x61, 0x09, 0x22, 0x7D]
        #expect { try JSONReader.object(line) } throws: { ($0 as? JSONReader.SyntaxError)?.message == "control character in a string" }
    }

    @Test("an escape is found whatever its position in a block of sixteen bytes")
    func escapeAtEveryPosition() throws {
        for length in 1...40 {
            for position in 0..<length {
                var text = Array(repeating: "a", count: length)
                text[position] = #"\n"#
                let m = try members(#"{"s": ""# + text.joined() + #""}"#)
                var expected = Array(repeating: "a", count: length)
                expected[position] = "\n"
                #expect(m[0].value == .string(expected.joined()), "length \(length), position \(position)")
            }
        }
    }

    @Test("the writer's numbers and strings read back unchanged")
    func writerRoundTrip() throws {
        var w = JSONWriter()
        w.beginObject()
        for (i, v) in [0, 7, -1, 10, 1_234_567, Int.max, Int.min].enumerated() { w.key("n\(i)"); w.int(v) }
        w.key("s"); w.string("quote \" backslash \\ tab \t nul \u{0} é 😀")
        w.endObject()
        let m = try JSONReader.object(w.bytes)
        #expect(m.prefix(7).map(\.value) == [0, 7, -1, 10, 1_234_567, Int.max, Int.min].map { .json(String($0)) })
        #expect(m[7].value == .string("quote \" backslash \\ tab \t nul \u{0} é 😀"))
    }

    @Test("SHA-256 matches the FIPS 180-4 examples")
    func sha256() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("the scalars read with a member's string are its unicodeScalars, at every position of every length")
    func scalarsOfText() throws {
        let pieces = ["a", "\\n", "\\\"", "\u{e9}", "\u{2019}", "\u{1F600}", "\\u00e9", "\\ud83d\\ude00"]
        for piece in pieces {
            for length in 1...40 {
                for position in 0..<length {
                    var chars = Array(repeating: "x", count: length)
                    chars[position] = piece
                    let escaped = chars.joined()
                    let line = #"{"id": "d", "text": ""# + escaped + #"", "n": 1}"#
                    let (members, scalars) = try JSONReader.object(Array(line.utf8), scalarsOf: "text")
                    let text = try #require(members.first { $0.key == "text" }?.value.string)
                    #expect(scalars == Array(text.unicodeScalars), "\(escaped)")
                }
            }
        }
    }

    @Test("the scalars are those of the last member of that name whose value is a string; none without one")
    func scalarsOfLastText() throws {
        let (_, last) = try JSONReader.object(Array(#"{"text": "first", "text": "caf\u00e9"}"#.utf8), scalarsOf: "text")
        #expect(last == Array("café".unicodeScalars))
        let (_, none) = try JSONReader.object(Array(#"{"text": 12, "nested": {"text": "x"}}"#.utf8), scalarsOf: "text")
        #expect(none == nil)
        #expect(throws: JSONReader.SyntaxError.self) { try JSONReader.object([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D], scalarsOf: "t") }
    }
}
