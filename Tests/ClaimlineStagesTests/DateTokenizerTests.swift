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

    /// A tokenizer of a lexicon of `words`.
    static func tokenizer(_ words: [String]) -> DateTokenizer {
        var lexicon = DateLexicon()
        for word in words { _ = lexicon.intern(word) }
        return DateTokenizer(lexicon: lexicon)
    }

    /// `count` texts, each of 1 to 30 of `pieces` drawn at random.
    static func texts(of pieces: [String], count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(state: seed)
        return (0..<count).map { _ in (0..<Int.random(in: 1...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
    }

    @Test("text of dates, words and numbers next to non-ASCII scalars gets the same tokens either way")
    func asciiLoopAgreesWithSteps() {
        let tokenizer = Self.tokenizer(["may", "march", "last", "week", "ago", "on", "the", "a", "m"])
        let pieces = ["May", "march", "11th", "1990s", "2014", "3rd", "ago", "Last", "week", "on", "the", "a.m.", "Rome",
                      " ", " ", "\n", "\n\n", "\r\n", "\t", ",", ".", "/", "-", "é", "cafés", "5é", "12ب", "ب", "\u{A0}", "’",
                      "x", "abcdefghijklmn", "\u{1F600}"]
        for text in Self.texts(of: pieces, count: 2000, seed: 43) {
            let scalars = Array(text.unicodeScalars)
            var tokens: [DateToken] = []
            tokenizer.tokenize(scalars, into: &tokens)
            #expect(tokens == Self.stepByStep(tokenizer, scalars), "\(text.debugDescription)")
        }
    }

    @Test("reading the segment stage's tokens and hashes gives the tokens of reading the text")
    func segmentTokensAgreeWithText() {
        let tokenizer = Self.tokenizer(["may", "march", "mid", "last", "week", "ago", "on", "the", "a", "m", "s", "t"])
        // Words the segment stage keeps whole and the date tokenizer splits (joiners, digits
        // after letters, letters beyond ASCII), next to every kind of space and mark.
        let pieces = ["May", "MARCH", "mid-March", "don't", "al-Qaeda", "Qaeda’s", "G8", "covid19", "5th-century", "11th", "1990s",
                      "2014", "1,500", "3.5", "ago", "Last", "week", "on", "the", "a.m.", "Rome", "’s", "'s", " ", " ", " ", "\n",
                      "\n\n", "\r\n", "\t", ",", ".", "/", "-", "--", "é", "cafés", "Hamaḥa", "5é", "12ب", "ب", "\u{663}", "\u{A0}",
                      "\u{FEFF}", "—", "$", "\u{1}", "\u{301}", "x", "abcdefghijklmn", "\u{1F600}"]
        for text in Self.texts(of: pieces, count: 3000, seed: 47) {
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

    @Test("every lexicon word is found with its id by its key and by its token hash (in any case), past the filters in front of the tables; other words are not")
    func wordTablesFindExactlyTheLexicon() {
        var lexicon = DateLexicon()
        var random = SplitMix64(state: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func word() -> String { String((0..<Int.random(in: 1...12, using: &random)).map { _ in letters.randomElement(using: &random)! }) }
        let words = Set((0..<400).map { _ in word() })
        for w in words { _ = lexicon.intern(w) }
        let others = (0..<4000).map { _ in word() }.filter { !words.contains($0) }
        func key(_ w: String) -> UInt64 { w.unicodeScalars.reduce(0) { $0 << 5 | UInt64($1.value - 96) } }
        func hash(_ w: String) -> UInt64 { TokenHash.of(Array(w.unicodeScalars), 0, w.unicodeScalars.count) }
        lexicon.lookupTable().withKeys { table in
            lexicon.hashedLookupTable().withKeys { hashed in
                for w in words {
                    #expect(table.id(key(w)) == lexicon.id(forKey: key(w)), "\(w)")
                    #expect(hashed.id(hash(w.uppercased())) == lexicon.id(forKey: key(w)), "\(w)")
                }
                for w in others {
                    #expect(table.id(key(w)) == -1, "\(w)")
                    #expect(hashed.id(hash(w)) == -1, "\(w)")
                }
            }
        }
    }
}
