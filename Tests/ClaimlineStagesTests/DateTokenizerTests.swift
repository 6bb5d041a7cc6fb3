@testable import ClaimlineRules
import TestSupport
import Testing

/// The date tokenizer reads ASCII text in a loop of its own and hands other scalars to a
/// step-by-step path; both must make the same tokens.
@Suite("Date tokenizer")
struct DateTokenizerTests {
    /// The tokens of the step-by-step path alone, which reads any scalar.
    static func stepByStep(_ tokenizer: DateTokenizer, _ text: [Unicode.Scalar]) -> [DateToken] {
        text.withUnsafeBufferPointer { s in
            [DateToken](unsafeUninitializedCapacity: s.count + 1) { out, count in
                tokenizer.words.withKeys { table in
                    DateTokenizer.asciiClasses.withUnsafeBufferPointer { classes in
                        var writer = DateTokenizer.Writer(out: out, table: table, numberKey: tokenizer.numberKey)
                        var i = 0
                        while i < s.count { i = writer.anyToken(s, at: i, classes: classes) }
                        count = writer.count
                    }
                }
            }
        }
    }

    @Test("text of dates, words and numbers next to non-ASCII scalars gets the same tokens either way")
    func asciiLoopAgreesWithSteps() {
        var lexicon = DateLexicon()
        for word in ["may", "march", "last", "week", "ago", "on", "the", "a", "m"] { _ = lexicon.intern(word) }
        let tokenizer = DateTokenizer(lexicon: lexicon)
        let pieces = ["May", "march", "11th", "1990s", "2014", "3rd", "ago", "Last", "week", "on", "the", "a.m.", "Rome",
                      " ", " ", "\n", "\n\n", "\r\n", "\t", ",", ".", "/", "-", "é", "cafés", "5é", "12ب", "ب", "\u{A0}", "’",
                      "x", "abcdefghijklmn", "\u{1F600}"]
        var random = SplitMix64(state: 43)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let scalars = Array(text.unicodeScalars)
            var tokens: [DateToken] = []
            tokenizer.tokenize(scalars, into: &tokens)
            #expect(tokens == Self.stepByStep(tokenizer, scalars), "\(text.debugDescription)")
        }
    }

    @Test("every lexicon word is found with its id, past the filter in front of the table; other words are not")
    func wordTableFindsExactlyTheLexicon() {
        var lexicon = DateLexicon()
        var random = SplitMix64(state: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func word() -> String { String((0..<Int.random(in: 1...12, using: &random)).map { _ in letters.randomElement(using: &random)! }) }
        let words = Set((0..<400).map { _ in word() })
        for w in words { _ = lexicon.intern(w) }
        func key(_ w: String) -> UInt64 { w.unicodeScalars.reduce(0) { $0 << 5 | UInt64($1.value - 96) } }
        lexicon.lookupTable().withKeys { table in
            for w in words { #expect(table.id(key(w)) == lexicon.id(forKey: key(w)), "\(w)") }
            for _ in 0..<4000 {
                let other = word()
                if !words.contains(other) { #expect(table.id(key(other)) == -1, "\(other)") }
            }
        }
    }
}
