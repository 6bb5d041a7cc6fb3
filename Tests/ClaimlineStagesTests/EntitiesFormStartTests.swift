import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// A form is found wherever it may start, also where the words that start it mostly start
/// nothing ("in", "the", "said" before a name; a form through an article).
@Suite struct EntitiesFormStartTests {
    @Test func formsStartingWithCommonWordsAreFound() throws {
        let d = try EntitiesFixtures.run("Fighters attacked in In Amenas, in the Sahel and near the Niger river. Said Djinnit said so; IS said it too.")
        for m in d.entities { #expect(d.string(m.span) == m.text) }
        #expect(d.mention("In Amenas")?.entity == "loc.in_amenas")
        #expect(d.mention("Sahel")?.entity == "loc.sahel")
        #expect(d.mention("Niger river")?.entity == "loc.niger_river")
        #expect(d.mention("Said Djinnit")?.entity == "per.said_djinnit")
        #expect(d.mention("IS")?.entity == "org.islamic_state")
        #expect(!d.entities.contains { $0.text == "is" || $0.text == "in" })
    }

    @Test func everyPhraseKeepsItsFirstPairAndOnlyWholeOneKeyPhrasesCount() {
        var trie = PhraseTrie()
        trie.insert([3, 7, 9], payload: 0)
        trie.insert([3], payload: 1)
        trie.insert([5, 2], payload: 2)
        let index = PhraseIndex(trie)
        #expect(index.pairBit(3, 7) == 1)
        #expect(index.pairBit(5, 2) == 1)
        #expect(index.pairBit(3, -1) == 0)
        #expect(index.isPhrase(3))
        #expect(!index.isPhrase(5))
        #expect(!index.isPhrase(7))
    }
}
