@testable import ClaimlineStages
import Testing
import TestSupport

/// The word sets the claims and entities stages ask about must answer as a standard set of
/// the same hashes would, however many there are (the table grows while it is filled).
@Suite struct WordHashSetTests {
    @Test func answersAsASetOfTheSameHashes() {
        var random = SplitMix64(state: 7)
        let held = (0..<3_000).map { _ in random.next() } + [0, 1]
        let others = (0..<30_000).map { _ in random.next() }
        let set = WordHashSet(held)
        let reference = Set(held)
        for key in held { #expect(set.contains(key)) }
        for key in others { #expect(set.contains(key) == reference.contains(key)) }
    }

    @Test func wordsOfTheClaimsTablesAreFoundByTheirTokenHash() {
        let words = FunctionWords()
        #expect(words.isFinite(FunctionWords.hash("would")))
        #expect(words.isFinite(FunctionWords.hash("wasn't")))
        #expect(!words.isFinite(FunctionWords.hash("said")))
        #expect(words.isQuantifier(FunctionWords.hash("several")))
        #expect(!words.isQuantifier(FunctionWords.hash("spokesman")))
        #expect(words.notGerunds.contains(FunctionWords.hash("according")))
        #expect(!words.notGerunds.contains(FunctionWords.hash("saying")))
    }
}
