import ClaimlineCore
@testable import ClaimlineRules
@testable import ClaimlineStages
import TestSupport
import Testing

/// The date tokenizer reads ASCII text in a loop of its own and hands other scalars to a
/// step-by-step path, and can read the segment stage's words instead of their letters;
/// every way must make the same tokens.
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
                        while i < s.count { i = writer.anyToken(s, at: i, limit: s.count, classes: classes) }
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

    @Test("reading the segment stage's tokens and hashes gives the tokens of reading the text")
    func segmentTokensAgreeWithText() {
        var lexicon = DateLexicon()
        for word in ["may", "march", "mid", "last", "week", "ago", "on", "the", "a", "m", "s", "t"] { _ = lexicon.intern(word) }
        let tokenizer = DateTokenizer(lexicon: lexicon)
        // Words the segment stage keeps whole and the date tokenizer splits (joiners, digits
        // after letters, letters beyond ASCII), next to every kind of space and mark.
        let pieces = ["May", "MARCH", "mid-March", "don't", "al-Qaeda", "Qaeda’s", "G8", "covid19", "5th-century", "11th", "1990s",
                      "2014", "1,500", "3.5", "ago", "Last", "week", "on", "the", "a.m.", "Rome", "’s", "'s", " ", " ", " ", "\n",
                      "\n\n", "\r\n", "\t", ",", ".", "/", "-", "--", "é", "cafés", "Hamaḥa", "5é", "12ب", "ب", "\u{663}", "\u{A0}",
                      "\u{FEFF}", "—", "$", "\u{1}", "\u{301}", "x", "abcdefghijklmn", "\u{1F600}"]
        var random = SplitMix64(state: 47)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let scalars = Array(text.unicodeScalars)
            var expected: [DateToken] = []
            tokenizer.tokenize(scalars, into: &expected)
            let scan = SegmentStage.scan(scalars)
            let tokens = scan.tokens.withUnsafeBufferPointer { segments in
                scan.hashes.withUnsafeBufferPointer { hashes in
                    [DateToken](unsafeUninitializedCapacity: scalars.count + 1) { out, count in
                        count = tokenizer.tokenize(scalars, segments: segments, hashes: hashes, into: out)
                    }
                }
            }
            #expect(tokens == expected, "\(text.debugDescription)")
        }
    }

    @Test("every lexicon word is found by its token hash, whatever its case, and other words are not")
    func hashedTableFindsExactlyTheLexicon() {
        var lexicon = DateLexicon()
        var random = SplitMix64(state: 11)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func word() -> String { String((0..<Int.random(in: 1...12, using: &random)).map { _ in letters.randomElement(using: &random)! }) }
        let words = Set((0..<400).map { _ in word() })
        var ids: [String: Int32] = [:]
        for w in words { ids[w] = lexicon.intern(w) }
        func hash(_ w: String) -> UInt64 { TokenHash.of(Array(w.unicodeScalars), 0, w.unicodeScalars.count) }
        lexicon.hashedLookupTable().withKeys { table in
            for w in words { #expect(table.id(hash(w.uppercased())) == ids[w], "\(w)") }
            for _ in 0..<4000 {
                let other = word()
                if !words.contains(other) { #expect(table.id(hash(other)) == -1, "\(other)") }
            }
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
