import ClaimlineRecords
import Testing

@Suite("UTF-8 check of input strings")
struct UTF8CheckTests {
    /// What the standard library accepts, which the check must match byte for byte.
    func agrees(_ bytes: [UInt8]) -> Bool {
        let expected = String(validating: bytes, as: UTF8.self)
        let got = bytes.withUnsafeBufferPointer { UTF8Check.string($0) }
        return got == expected && got.map { Array($0.utf8) == bytes } ?? true
    }

    @Test("every one- and two-byte sequence, alone and inside ASCII text, is judged as the standard library does")
    func shortSequences() {
        var disagreements: [[UInt8]] = []
        for a in 0...255 {
            for b in 0...255 {
                let pair = [UInt8(a), UInt8(b)]
                if !agrees(pair) || !agrees(Array("abcdefg".utf8) + pair + Array("hijklmnopq".utf8)) { disagreements.append(pair) }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test("three- and four-byte sequences around every boundary (overlong, surrogate, beyond U+10FFFF, truncated)")
    func longSequences() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var disagreements: [[UInt8]] = []
        for lead in [0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5] as [UInt8] {
            for b in edges {
                for c in edges {
                    for tail in [[], [0x80], [0xBF], [0x41]] as [[UInt8]] {
                        let sequence = [lead, b, c] + tail
                        if !agrees(sequence) || !agrees(Array("12345678".utf8) + sequence) { disagreements.append(sequence) }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test("real text keeps its bytes: ASCII runs, accents, Arabic, emoji")
    func realText() {
        for text in ["", "plain ASCII text longer than eight bytes", "Oumar Hould Hamaha – « Tombouctou »", "المرابطون said 😀 today"] {
            #expect(agrees(Array(text.utf8)))
        }
    }
}
