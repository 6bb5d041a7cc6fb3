import ClaimlineICU
import TestSupport
import Testing

@Suite("Sentence breaker")
struct SentenceBreakerTests {
    static let locale = "en_US@ss=standard"

    /// ICU's boundaries in scalar offsets.
    static func icu(_ text: String, locale: String = locale) throws -> [Int] {
        let scalars = Array(text.unicodeScalars)
        var units: [UInt16] = [], scalarAt: [Int] = []
        for (i, s) in scalars.enumerated() { for u in s.utf16 { units.append(u); scalarAt.append(i) } }
        scalarAt.append(scalars.count)
        return try BreakIterator(.sentence, locale: locale).boundaries(of: units).map { scalarAt[$0.offset] }
    }

    static func mine(_ text: String, locale: String = locale) throws -> [Int] {
        try #require(try SentenceBreaker(locale: locale)).boundaries(Array(text.unicodeScalars))
    }

    @Test("suppresses breaks after ICU's abbreviations, as ICU does")
    func abbreviations() throws {
        let text = "Mr. Smith met Dr. Jones in the U.S. Army camp. It was 5 p.m. He left. See e.g. the note. Ph.D. students came."
        #expect(try Self.mine(text) == Self.icu(text))
        #expect(try Self.mine(text).count < Self.mine(text, locale: "en_US").count)
    }

    @Test("matches ICU on the tricky cases of the sentence rules")
    func rules() throws {
        let cases = [
            "", "a", "Hello. World", "Hello.World", "U.S.A. is big", "3.14 is pi. Yes", "He said \"Stop.\" Then left.",
            "Really?! Yes.", "Is it (really)? No.", "etc. and so on", "end.\n\nNext para", "line\r\nline\rline\u{2029}x",
            "He left . . . then came back.", "Wait... what?", "“Quoted.” Next.", "Ab. 12 men", "A. B. C.", "x.\u{301} Y",
            "Mr.\nSmith", "Mr.  Smith", "i.e. this", "No. 5 is here. No. it is not.", "He won $5.5m. Then lost.",
            "The U.N. said so. The U.S. too.", "abc.\u{200D}Def", "1. First\n2. Second", "( a. ) b", "Jan. 5, 2014. Feb. 6.",
        ]
        for text in cases { #expect(try Self.mine(text) == Self.icu(text), "\(text.debugDescription)") }
    }

    @Test("matches ICU on random text made of the scalars the rules distinguish")
    func random() throws {
        let alphabet: [Unicode.Scalar] = ["a", "b", "M", "r", "U", "S", "D", "h", "P", "e", "g", "i", "1", "2", ".", ".", ".", "?", "!",
                                          " ", " ", " ", "\n", "\r", ")", "\"", "”", ",", ";", ":", "-", "\u{301}", "\u{200D}", "\u{2029}",
                                          "\u{A0}", "\t", "ب", "é", "№", "。", "\u{1F600}"]
        var random = SplitMix64(state: 29)
        for _ in 0..<2000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...40, using: &random) { text.append(alphabet.randomElement(using: &random)!) }
            let s = String(text)
            #expect(try Self.mine(s) == Self.icu(s), "\(s.debugDescription)")
        }
    }

    @Test("matches ICU on long prose-like text, where most blocks of scalars hold no terminator")
    func longText() throws {
        let plain: [Unicode.Scalar] = ["a", "b", "M", "r", "U", "S", "e", "1", "2", " ", " ", ",", "'", "-", "\""]
        let rare: [Unicode.Scalar] = [".", "?", "!", "\n", "\r", "\t", ")", "”", "\u{A0}", "é", "ب", "\u{2029}", "\u{1F600}"]
        var random = SplitMix64(state: 31)
        for _ in 0..<300 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...300, using: &random) {
                let pool = Int.random(in: 0..<25, using: &random) == 0 ? rare : plain
                text.append(pool.randomElement(using: &random)!)
            }
            let s = String(text)
            #expect(try Self.mine(s) == Self.icu(s), "\(s.debugDescription)")
        }
    }

    @Test("gives the same boundaries when told where sentences may end as when it looks everywhere")
    func candidates() throws {
        let alphabet: [Unicode.Scalar] = ["a", "M", "r", "U", "S", "1", ".", ".", "?", "!", " ", " ", "\n", "\r", ")", "\"",
                                          "”", "\u{301}", "\u{200D}", "\u{2029}", "\u{85}", "\t", "\u{1}", "é", "。", "\u{1F600}"]
        let breaker = try #require(try SentenceBreaker(locale: Self.locale))
        var random = SplitMix64(state: 37)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...60, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let candidates = text.indices.filter { i in
                let v = text[i].value
                return v >= 128 || v < 14 || text[i] == "." || text[i] == "!" || text[i] == "?"
            }.map { Int32($0) }
            #expect(breaker.boundaries(text, candidates: candidates) == breaker.boundaries(text),
                    "\(String(String.UnicodeScalarView(text)).debugDescription)")
        }
    }

    @Test("covers English locales only, with or without ss=standard")
    func locales() throws {
        #expect(try SentenceBreaker(locale: "en_US@ss=standard") != nil)
        #expect(try SentenceBreaker(locale: "en_GB") != nil)
        #expect(try SentenceBreaker(locale: "el_GR") == nil)
        #expect(try SentenceBreaker(locale: "en_US@ss=none") == nil)
    }
}
