import ClaimlineRecords
import Testing

/// The writer copies plain text in blocks of sixteen or eight bytes, overlapping at the
/// end, and checks short strings as one padded word: a character that needs escaping must
/// be caught at every position of every length, and both string paths (String and
/// scalars) must write the same bytes.
@Suite("JSON writer escaping")
struct JSONWriterEscapeTests {
    /// What the writer must produce: the same escapes, one character at a time.
    func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    func written(_ s: String) -> (string: String, scalars: String) {
        var w = JSONWriter(capacity: 8)
        w.string(s)
        var v = JSONWriter(capacity: 8)
        v.string(scalars: Array(s.unicodeScalars)[...])
        return (String(decoding: w.bytes, as: UTF8.self), String(decoding: v.bytes, as: UTF8.self))
    }

    /// `s` written from where it is stored (`string(at:)`), as it is and as a copy held in
    /// heap storage (a short string is otherwise kept inline, a long one never is).
    func writtenInPlace(_ s: String) -> (inline: String, heap: String) {
        var heap = s + String(repeating: "x", count: 32)
        heap.removeLast(32)
        var stored = s
        var w = JSONWriter(capacity: 8)
        w.string(at: &stored)
        var v = JSONWriter(capacity: 8)
        v.string(at: &heap)
        return (String(decoding: w.bytes, as: UTF8.self), String(decoding: v.bytes, as: UTF8.self))
    }

    /// `s` written from its UTF-8, from where it is stored and from its scalars, each as the
    /// reference escapes it.
    func expectEscaped(_ s: String, _ context: String) {
        let out = written(s), inPlace = writtenInPlace(s)
        #expect(out.string == reference(s), "\(context)")
        #expect(out.scalars == reference(s), "\(context)")
        #expect(inPlace.inline == reference(s), "\(context)")
        #expect(inPlace.heap == reference(s), "\(context)")
    }

    @Test("a special character is escaped at every position of strings of 1 to 40 characters",
          arguments: ["\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "é", "😀", " "])
    func everyPosition(_ special: String) {
        for length in 1...40 {
            for position in 0..<length {
                var chars = Array(repeating: "a", count: length)
                chars[position] = special
                expectEscaped(chars.joined(), "length \(length), position \(position)")
            }
        }
    }

    @Test("two characters that need encoding or escaping, at every pair of positions")
    func everyPair() {
        for length in 2...40 {
            for first in 0..<length {
                for second in (first + 1)..<length {
                    var chars = Array(repeating: "a", count: length)
                    chars[first] = "\u{2019}"
                    chars[second] = "\""
                    expectEscaped(chars.joined(), "length \(length), positions \(first) and \(second)")
                }
            }
        }
    }

    @Test("integers are written as String(v) writes them, around every power of ten")
    func integers() {
        var values = [0, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        for v in values {
            var w = JSONWriter(capacity: 8)
            w.beginArray(); w.int(v); w.int(v); w.endArray()
            #expect(String(decoding: w.bytes, as: UTF8.self) == "[\(v),\(v)]")
            var m = JSONWriter(capacity: 8)
            m.beginObject(); m.member("start", v); m.member("end", v); m.endObject()
            #expect(String(decoding: m.bytes, as: UTF8.self) == "{\"start\":\(v),\"end\":\(v)}")
        }
    }

    @Test("spans written while the buffer grows keep every byte")
    func membersAcrossGrowth() {
        var w = JSONWriter(capacity: 8), expected = "["
        w.beginArray()
        for v in stride(from: 0, through: 200_000, by: 997) {
            w.beginObject(); w.member("start", v); w.member("end", v &+ 5); w.endObject()
            expected += (v == 0 ? "" : ",") + "{\"start\":\(v),\"end\":\(v + 5)}"
        }
        w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == expected + "]")
    }

    @Test("keys, values and separators of a nested object")
    func structure() {
        var w = JSONWriter(capacity: 8)
        w.beginObject()
        w.key("a"); w.int(-12_345_678_901)
        w.key("b"); w.beginArray(); w.null(); w.bool(true); w.string(""); w.int(0); w.int(99); w.int(100); w.endArray()
        w.key("c"); w.beginObject(); w.endObject()
        w.key(String("d\"")); w.string(nil as String?)
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"a":-12345678901,"b":[null,true,"",0,99,100],"c":{},"d\"":null}"#)
    }

    @Test("strings written from where they are stored: empty, absent, short and long")
    func inPlace() {
        var empty = "", none: String? = nil, short: String? = "PER", long = "claims.denial_of_death"
        var w = JSONWriter(capacity: 8)
        w.beginArray()
        w.string(at: &empty); w.string(at: &none); w.string(at: &short); w.string(at: &long)
        w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"["",null,"PER","claims.denial_of_death"]"#)
    }

    @Test("every form a string is stored in is written from where it lies as its utf8 reads",
          arguments: ["", "a", "PER", "fifteen bytes..", "sixteen bytes...", "caf\u{e9} \u{2019}", "\"quoted\"\n"])
    func storedForms(_ s: String) {
        var literal = "Pipelines/tables/entities/media.entities.tsv:7"  // a large literal, not on the heap
        var native = s + String(repeating: "x", count: 40)  // large, on the heap
        var shortNative = s + String(repeating: "x", count: 40)
        shortNative.removeLast(40)  // still large (not copied), however few bytes it holds
        var sliced = String(native.dropFirst(0).prefix(s.count))  // made from a slice
        var small = s
        for (label, text) in [("literal", literal), ("native", native), ("short native", shortNative), ("sliced", sliced), ("small", small)] {
            var stored = text
            var w = JSONWriter(capacity: 8)
            w.string(at: &stored)
            #expect(String(decoding: w.bytes, as: UTF8.self) == reference(text), "\(label)")
        }
        var w = JSONWriter(capacity: 8)
        w.beginArray(); w.string(at: &literal); w.string(at: &native); w.string(at: &shortNative); w.string(at: &sliced); w.string(at: &small); w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[" + [literal, native, shortNative, sliced, small].map(reference).joined(separator: ",") + "]")
    }
}
