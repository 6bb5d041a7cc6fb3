@testable import ClaimlineICU
import Foundation
import TestSupport
import Testing

@Suite("Text decoding")
struct TextDecoderTests {
    let decoder = TextDecoder()
    static let english = "The spokesman’s statement — “Omar is alive” — was read in Nouakchott. The café served a résumé of the naïve claims. "
    static let arabic = "قال المتحدث باسم تنظيم القاعدة في بلاد المغرب الإسلامي إن عمر ولد حماها حي يرزق، ولم يقتل كما زعمت فرنسا. وأضاف أن المجاهدين لم يقتلوا في الغارات الأخيرة؛ وأكد أن الاشتباك الأخير كان يوم الجمعة."

    func decoded(_ bytes: [UInt8], _ d: TextDecoder = TextDecoder()) -> TextDecoder.Decoded? {
        if case .success(let r) = d.decode(bytes) { return r } else { return nil }
    }

    func failureCode(_ bytes: [UInt8], _ d: TextDecoder = TextDecoder()) -> String? {
        if case .failure(let f) = d.decode(bytes) { return f.code } else { return nil }
    }

    @Test("UTF-8 is taken as is, a BOM and CRLF included")
    func utf8() throws {
        let r = try #require(decoded([0xEF, 0xBB, 0xBF] + Array("a\r\nb é".utf8)))
        #expect(r.encoding == "UTF-8")
        #expect(Array(r.text.unicodeScalars) == Array("\u{FEFF}a\r\nb é".unicodeScalars))
        #expect(r.confidence == nil)
    }

    @Test("UTF-16 with either byte order mark")
    func utf16() throws {
        let text = "Hamaha 𝔸 قال"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(decoded(le)?.text == text)
        #expect(decoded(le)?.encoding == "UTF-16LE")
        #expect(decoded(be)?.text == text)
    }

    @Test("UTF-32 with a byte order mark; UTF-16 without one when forced")
    func utf32AndForcedUTF16() throws {
        let text = "Hamaha 𝔸 قال"
        let utf32: [UInt8] = [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * UInt32($0))) & 0xFF) } }
        #expect(decoded(utf32)?.text == text)
        #expect(decoded(utf32)?.encoding == "UTF-32LE")
        let bare = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(failureCode(bare) == "binary")  // NUL bytes: without a BOM or --encoding it is not text
        #expect(decoded(bare, TextDecoder(forcedEncoding: "UTF-16LE"))?.text == text)
    }

    @Test("empty input, and a BOM alone, are empty")
    func empty() {
        #expect(failureCode([]) == "empty")
        #expect(failureCode([0xEF, 0xBB, 0xBF]) == "empty")
    }

    @Test("windows-1252 and windows-1256 are detected, converted and given a confidence")
    func legacy() throws {
        let latin = try #require(decoded([UInt8](Self.english.data(using: .windowsCP1252)!)))
        #expect(latin.encoding == "windows-1252")
        #expect(latin.text == Self.english)
        #expect((latin.confidence ?? 0) > 0)
        let cp1256 = String.Encoding(rawValue: 0x80000506)
        let arabic = try #require(decoded([UInt8](Self.arabic.data(using: cp1256)!)))
        #expect(arabic.encoding == "windows-1256")
        #expect(arabic.text == Self.arabic)
    }

    @Test("English with an Arabic passage in windows-1256: a wrong first guess is refused and the next one taken")
    func secondGuess() throws {
        let text = Self.english + "\n" + Self.arabic + "\n" + Self.english
        let cp1256 = String.Encoding(rawValue: 0x80000506)
        let r = try #require(decoded([UInt8](text.data(using: cp1256)!)))
        #expect(r.encoding == "windows-1256")
        #expect(r.text == text)
    }

    @Test("Latin-1 text without C1 bytes is read as ISO-8859-1")
    func latin1() throws {
        let text = "Il a dit que le café était fermé et que l'élève était à Gao."
        let r = try #require(decoded([UInt8](text.data(using: .isoLatin1)!)))
        #expect(r.text == text)
        #expect(r.encoding == "ISO-8859-1" || r.encoding == "windows-1252")
    }

    @Test("invalid bytes in the middle of UTF-8 text are an error, not windows-1252")
    func damagedUTF8() {
        let good = Array((Self.english + Self.english).utf8)
        for bad: [UInt8] in [[0xFF], [0xC3, 0x28], [0xE2, 0x80], [0x80, 0x80, 0x80], [0xFF, 0xFE], [0xE9]] {
            let bytes = Array(good[..<100]) + bad + Array(good[100...])
            #expect(failureCode(bytes) == "invalid_utf8", "\(bad)")
        }
    }

    @Test("ASCII text with stray high bytes that read as nothing sensible is an error")
    func asciiWithGarbage() {
        let text = Array(String(repeating: "Hello world, the statement was read. ", count: 30).utf8)
        for bad: [UInt8] in [[0xFF, 0xFE], [0xC3, 0xA9, 0xFF, 0x81], [0xE9, 0xF1, 0xE8, 0xFC]] {
            let bytes = Array(text[..<500]) + bad + Array(text[500...])
            #expect(failureCode(bytes) == "invalid_utf8", "\(bad)")
        }
    }

    @Test("a UTF-8 document with a pasted windows-1252 paragraph is an error")
    func mixedEncodings() {
        let utf8 = Array(String(repeating: "Les déclarations du porte-parole à Tombouctou. ", count: 10).utf8)
        let cp1252 = [UInt8](Self.english.data(using: .windowsCP1252)!)
        #expect(failureCode(utf8 + cp1252 + utf8) == "invalid_utf8")
    }

    @Test("random bytes are binary; random bursts inside text are never accepted as text")
    func randomBytes() {
        var rng = SplitMix64(state: 42)
        let text = Array(String(repeating: "The spokesman said the leader is alive and well. ", count: 40).utf8)
        for _ in 0..<1000 {
            let noise = (0..<Int.random(in: 200...4000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(failureCode(noise) == "binary")
            let burst = (0..<Int.random(in: 4...32, using: &rng)).map { _ in UInt8.random(in: 0x80...0xFF, using: &rng) }
            let at = Int.random(in: 0..<text.count, using: &rng)
            let damaged = Array(text[..<at]) + burst + Array(text[at...])
            if String(validating: burst, as: UTF8.self) != nil { continue }  // valid UTF-8 is text
            #expect(decoded(damaged) == nil, "\(burst)")
        }
    }

    @Test("valid UTF-8 of every sequence length, boundaries included, reads as exactly its scalars, which the decoder hands on")
    func validUTF8Exactly() throws {
        // The scalars at the edges of each UTF-8 length and of the surrogate gap.
        let edges: [UInt32] = [0x20, 0x7E, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF]
        var rng = SplitMix64(state: 7)
        for _ in 0..<500 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 1...60, using: &rng) {
                let value = Bool.random(using: &rng) ? edges.randomElement(using: &rng)! : UInt32.random(in: 0x20...0x10FFFF, using: &rng)
                if let s = Unicode.Scalar(value) { scalars.append(s) }
                // Runs of ASCII between them, so that they fall anywhere in a block of bytes.
                scalars += "Hamaha said".unicodeScalars.prefix(Int.random(in: 0...11, using: &rng))
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let r = try #require(decoded(Array(text.utf8)))
            #expect(r.encoding == "UTF-8")
            #expect(Array(r.text.unicodeScalars) == scalars)
            #expect(Array(r.text.utf8) == Array(text.utf8))
            #expect(r.scalars == scalars)
        }
        // A byte order mark stays in the text as U+FEFF; the document decodes the scalars itself.
        let marked = try #require(decoded([0xEF, 0xBB, 0xBF] + Array("café".utf8)))
        #expect(marked.scalars == nil)
        #expect(decoded(Array("caf\u{E9} ".utf8) + [0xFF], TextDecoder(replaceInvalid: true))?.scalars == nil)
    }

    @Test("the byte profile stores the scalars of valid UTF-8, and none after the first ill-formed sequence")
    func profileStopsStoringAtInvalidBytes() {
        // A bad byte in the second block of sixteen, then three more blocks of text.
        let valid = Array(String(repeating: "Omar Ould Hamaha est vivant, a dit l’AQMI. ", count: 2).utf8)
        let bad = Array(valid.prefix(20)) + [0xFF] + Array(valid.dropFirst(20))
        for (bytes, isValid) in [(valid, true), (bad, false)] {
            let room = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: bytes.count)
            defer { room.deallocate() }
            room.initialize(repeating: "#", count: bytes.count)
            let profile = bytes.withUnsafeBufferPointer { ByteProfile($0, scalars: room) }
            #expect(profile.isValidUTF8 == isValid)
            let stored = Array(UnsafeBufferPointer(start: room, count: bytes.count))
            if isValid {
                #expect(Array(stored.prefix(profile.scalarCount)) == Array(String(decoding: valid, as: UTF8.self).unicodeScalars))
            } else {
                // The scalars before the bad byte are stored, and nothing past the block that holds it
                // (a block's sixteen lanes are stored before they are tested).
                #expect(Array(stored.prefix(20)) == Array(String(decoding: valid.prefix(20), as: UTF8.self).unicodeScalars))
                #expect(stored.dropFirst(32).allSatisfy { $0 == "#" })
            }
        }
    }

    @Test("NUL bytes make a document binary even when it is valid UTF-8")
    func nul() {
        #expect(failureCode(Array("text\u{0}more".utf8)) == "binary")
    }

    @Test("every control byte is counted wherever it falls in a block of bytes; tab, line breaks and escape are text")
    func controlBytesCounted() {
        let counted = (UInt8(1)...0x1F).filter { ![0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains($0) } + [0x7F]
        for control in counted {
            for offset in 0..<33 {
                // 300 bytes of text with four of `control` (over 1 %), the first `offset` bytes into a block.
                var bytes = Array(String(repeating: "Plain text read. ", count: 24).utf8.prefix(300))
                for k in 0..<4 { bytes[offset + 71 * k] = control }
                guard case .failure(let f) = decoder.decode(bytes) else {
                    Issue.record("0x\(String(control, radix: 16)) at \(offset): read as text"); continue
                }
                #expect(f.message == "the document holds 4 control bytes in 300: not text", "0x\(String(control, radix: 16)) at \(offset)")
            }
        }
        // A counted control byte 1 to 15 bytes after a line feed, wherever the two fall in a block.
        for offset in 0..<33 {
            for distance in 1..<16 {
                var bytes = Array(String(repeating: "Plain text read. ", count: 24).utf8.prefix(300))
                bytes[offset] = 0x0A
                for position in [offset + distance, 220, 250, 280] { bytes[position] = 0x01 }
                #expect(failureCode(bytes) == "binary", "control \(distance) after a line feed at \(offset)")
            }
        }
        let spaced = Array(String(repeating: "a\tb\nc\u{0B}d\u{0C}e\rf\u{1B}g ", count: 40).utf8)
        #expect(decoded(spaced)?.encoding == "UTF-8")
    }

    @Test("--encoding forces an encoding; unknown names and illegal bytes are errors")
    func forced() throws {
        let bytes = [UInt8](Self.english.data(using: .windowsCP1252)!)
        let r = try #require(decoded(bytes, TextDecoder(forcedEncoding: "windows-1252")))
        #expect(r.text == Self.english)
        #expect(r.confidence == nil)
        #expect(failureCode(bytes, TextDecoder(forcedEncoding: "no-such-charset")) == "unknown_encoding")
        #expect(failureCode([0x41, 0xFF, 0x42], TextDecoder(forcedEncoding: "UTF-8")) == "invalid_bytes")
    }

    @Test("--replace-invalid substitutes U+FFFD and counts the replacements")
    func replacement() throws {
        let bytes = Array("before ".utf8) + [0xFF] + Array(" after é".utf8)
        let r = try #require(decoded(bytes, TextDecoder(replaceInvalid: true)))
        #expect(r.text == "before \u{FFFD} after é")
        #expect(r.replaced == 1)
    }
}
