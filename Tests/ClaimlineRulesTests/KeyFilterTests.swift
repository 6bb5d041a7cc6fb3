import ClaimlineRules
import Testing

/// The filter in front of the vocabulary: it may let an absent key through, never stop a present one.
@Suite struct KeyFilterTests {
    @Test func everyKeyPassesAndMostAbsentOnesDoNot() {
        let keys = (0..<500).map { "name\($0)" }
        let filter = KeyFilter(keys)
        #expect(keys.allSatisfy { filter.mayContain($0) })
        let absent = (0..<10_000).filter { filter.mayContain("word\($0)") }.count
        #expect(absent < 500, "\(absent) of 10,000 absent keys let through")
    }

    /// A key of a script no fold maps (the Urdu heh goal of "طیبہ") still lets the filter stop
    /// ASCII words: once, one such key let every look-up through.
    @Test func aNonASCIIKeyKeepsTheFilterWorking() {
        let filter = KeyFilter(["taiba", "لشکر طیبہ"])
        #expect(filter.mayContain("taiba"))
        #expect(filter.mayContain("لشکر طیبہ"))
        let absent = (0..<10_000).filter { filter.mayContain("word\($0)") }.count
        #expect(absent < 500, "\(absent) of 10,000 absent keys let through")
    }

    /// A key canonically equal to an ASCII word (the Kelvin sign is "K") is found by that word.
    @Test func aKeyEqualToAnASCIIWordIsFoundByIt() {
        let filter = KeyFilter(["\u{212A}idal"])
        #expect("\u{212A}idal" == "Kidal")
        #expect(filter.mayContain("Kidal"))
    }
}
