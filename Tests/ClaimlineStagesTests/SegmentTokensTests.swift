import ClaimlineCore
import ClaimlineRules
@testable import ClaimlineStages
import TestSupport
import Testing

/// The segment stage's token scan (an ASCII loop with a general path for other scalars)
/// against a plain reading of its definition, on text mixing both.
@Suite("Segment tokens")
struct SegmentTokensTests {
    /// Words are runs of letters and digits, with an apostrophe or hyphen inside when a
    /// letter or digit follows; a word of ASCII digits only is a number; any other
    /// non-space scalar is a token of its own. A word of ASCII letters only says so.
    static func reference(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = [], i = 0
        while i < s.count {
            let c = s[i]
            if SegmentStage.isSpace(c) { i += 1; continue }
            guard SegmentStage.isWord(c) else {
                tokens.append(Token(view: ScalarSpan(i, i + 1), kind: SegmentStage.isPunctuation(c) ? .punctuation : .symbol))
                i += 1
                continue
            }
            var j = i + 1, digits = (48...57).contains(c.value)
            while j < s.count {
                if SegmentStage.isWord(s[j]) { digits = digits && (48...57).contains(s[j].value); j += 1; continue }
                if s[j] == "'" || s[j] == "-", j + 1 < s.count, SegmentStage.isWord(s[j + 1]) { digits = false; j += 1; continue }
                break
            }
            let letters = s[i..<j].allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
            tokens.append(Token(view: ScalarSpan(i, j), kind: digits ? .number : .word, asciiLetters: letters))
            i = j
        }
        return tokens
    }

    @Test("tokens of random text with ASCII and other letters, digits, joiners and marks match the definition")
    func randomText() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "q", "0", "7", "'", "-", "-", " ", " ", "\n", ".", ",", "$", "~", "\u{1}",
                                          "é", "ب", "\u{663}", "\u{A0}", "\u{FEFF}", "—", "’", "\u{301}", "\u{1F600}"]
        var random = SplitMix64(state: 41)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...60, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            #expect(SegmentStage.tokens(text) == Self.reference(text), "\(String(String.UnicodeScalarView(text)).debugDescription)")
        }
    }

    @Test("the hyphen search finds the first hyphen from every offset, as a scalar loop does")
    func firstHyphen() {
        let alphabet: [Unicode.Scalar] = ["a", "-", ".", "—", "\u{2D}", "\u{AD}", "\u{102D}", "\u{1002D}", "\u{10FFFF}", "\u{0}", "-"]
        var random = SplitMix64(state: 7)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...70, using: &random)).map { _ in Int.random(in: 0..<40, using: &random) == 0 ? alphabet.randomElement(using: &random)! : "x" }
            text.withUnsafeBufferPointer { b in
                for from in 0...text.count {
                    #expect(b.firstHyphen(from: from) == (from..<text.count).first(where: { text[$0] == "-" }) ?? text.count)
                }
            }
        }
    }

    @Test("each token's hash is its case-folded hash, and every scalar where a sentence may end is noted")
    func hashesAndSentenceEnds() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "Q", "0", "7", "'", "-", " ", "\n", "\r", "\t", ".", "!", "?", ",", "@", "[",
                                          "\u{1}", "é", "É", "ب", "\u{A0}", "\u{2029}", "—", "\u{301}"]
        var random = SplitMix64(state: 43)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...60, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let scan = SegmentStage.scan(text)
            let label = String(String.UnicodeScalarView(text)).debugDescription
            #expect(scan.hashes == scan.tokens.map { TokenHash.of(text, $0.view.start, $0.view.end) }, "\(label)")
            let ends = text.indices.filter { i in
                let v = text[i].value
                return v >= 128 || v < 14 || text[i] == "." || text[i] == "!" || text[i] == "?"
            }
            #expect(Set(ends).isSubset(of: Set(scan.sentenceEnds.map { Int($0) })), "\(label)")
            #expect(scan.sentenceEnds == scan.sentenceEnds.sorted(), "\(label)")
        }
    }

    @Test("a token keeps its span in 12 bytes, and gives back the span it was given")
    func compactToken() {
        // Every stage walks a batch's tokens: their size is memory traffic.
        #expect(MemoryLayout<Token>.stride == 12)
        var token = Token(view: ScalarSpan(7, 12), kind: .word, asciiLetters: true)
        #expect(token.view == ScalarSpan(7, 12) && token.kind == .word && token.asciiLetters)
        // The segment stage's limit keeps views within what the entities and dates stages take.
        let far = SegmentStage.maxViewScalars
        #expect(far < Int(Int32.max))
        token.view = ScalarSpan(far - 3, far)
        #expect(token.view == ScalarSpan(far - 3, far))
        #expect(Token(uncheckedStart: 3, end: 9, kind: .number) == Token(view: ScalarSpan(3, 9), kind: .number))
    }
}
