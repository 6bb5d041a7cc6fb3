import Testing
import ClaimlineRules

@Suite("Phrase index")
struct PhraseIndexTests {
    /// The search's answer for each tag at each token (row, length; -1 and 0 for none), and the
    /// tokens it lists as phrase starts.
    struct Found: Equatable {
        var rows: [[Int32]], lengths: [[UInt8]], starts: [Int]
    }

    func search(_ index: PhraseIndex, _ hashes: [UInt64]) -> Found {
        let n = hashes.count, tags = PhraseIndex.tags
        let rows = (0..<tags).map { _ in UnsafeMutablePointer<Int32>.allocate(capacity: max(n, 1)) }
        let lengths = (0..<tags).map { _ in UnsafeMutablePointer<UInt8>.allocate(capacity: max(n, 1)) }
        let starts = UnsafeMutablePointer<Int32>.allocate(capacity: max(n, 1))
        defer { rows.forEach { $0.deallocate() }; lengths.forEach { $0.deallocate() }; starts.deallocate() }
        for g in 0..<tags { rows[g].initialize(repeating: -1, count: n); lengths[g].initialize(repeating: 0, count: n) }
        let count = hashes.withUnsafeBufferPointer { index.longestByTag(in: $0, rows: rows, lengths: lengths, starts: starts) }
        return Found(rows: rows.map { Array(UnsafeBufferPointer(start: $0, count: n)) },
                     lengths: lengths.map { Array(UnsafeBufferPointer(start: $0, count: n)) },
                     starts: (0..<count).map { Int(starts[$0]) })
    }

    /// What the search must find, phrase by phrase: the longest phrase of each tag matching at each token.
    func expected(_ phrases: [(tokens: [UInt64], tag: Int, row: Int)], _ hashes: [UInt64]) -> Found {
        let n = hashes.count
        var found = Found(rows: Array(repeating: Array(repeating: -1, count: n), count: PhraseIndex.tags),
                          lengths: Array(repeating: Array(repeating: 0, count: n), count: PhraseIndex.tags), starts: [])
        for i in 0..<n {
            for p in phrases where i + p.tokens.count <= n && Array(hashes[i..<(i + p.tokens.count)]) == p.tokens
                && Int(found.lengths[p.tag][i]) < p.tokens.count {
                found.rows[p.tag][i] = Int32(p.row); found.lengths[p.tag][i] = UInt8(p.tokens.count)
            }
            if (0..<PhraseIndex.tags).contains(where: { found.lengths[$0][i] > 0 }) { found.starts.append(i) }
        }
        return found
    }

    @Test func eachTagKeepsItsLongestPhraseAtEachToken() {
        var index = PhraseIndex()
        let phrases: [(String, Int)] = [("said", 0), ("said that", 1), ("in a statement", 0), ("in", 2), ("the spokesman of", 2),
                                        ("the", 2), ("a", 2)]
        for (row, (text, tag)) in phrases.enumerated() { index.insert(TokenHash.phrase(text), tag: tag, row: row) }
        let found = search(index, TokenHash.phrase("The spokesman of AQIM said in a statement that the Said said that"))
        // Tokens: 0 The, 1 spokesman, 2 of, 3 AQIM, 4 said, 5 in, 6 a, 7 statement, 8 that, 9 the, 10 Said, 11 said, 12 that.
        #expect(found.starts == [0, 4, 5, 6, 9, 10, 11])
        #expect(found.rows[2][0] == 4 && found.lengths[2][0] == 3)  // "the spokesman of", not "the"
        #expect(found.rows[2][9] == 5 && found.lengths[2][9] == 1)  // "the" alone: "the Said" is no phrase
        #expect(found.rows[0][5] == 2 && found.lengths[0][5] == 3 && found.rows[2][5] == 3 && found.lengths[2][5] == 1)
        #expect(found.rows[0][11] == 0 && found.rows[1][11] == 1 && found.lengths[1][11] == 2)
        #expect(found.rows[1][4] == -1 && found.lengths[1][4] == 0)  // "said in" is no phrase of tag 1
    }

    @Test func aStarStandsForAnyOneTokenWhereTheTextsOwnWordLeadsNowhere() {
        var index = PhraseIndex()
        let phrases: [(String, Int)] = [("carried out the attack", 0), ("carried out the * operation", 0), ("claimed on * the attack", 0)]
        for (row, (text, tag)) in phrases.enumerated() { index.insert(TokenHash.phrase(text), tag: tag, row: row) }
        func first(_ text: String) -> (Int32, UInt8) {
            let found = search(index, TokenHash.phrase(text))
            return (found.rows[0][0], found.lengths[0][0])
        }
        #expect(first("carried out the blessed operation in Gao") == (1, 5))
        #expect(first("carried out the attack") == (0, 4))
        #expect(first("claimed on Saturday the attack on the post") == (2, 5))
        // One token, not two, and the words after it must follow.
        #expect(first("carried out the very blessed operation") == (-1, 0))
        #expect(first("claimed on Saturday a raid") == (-1, 0))
        // The text's own word is tried first, and the walk does not go back: "attack" leads to
        // "carried out the attack", so "carried out the attack operation" is that phrase.
        #expect(first("carried out the attack operation") == (0, 4))
    }

    /// Enough phrases over a small vocabulary that the edge table grows several times and many
    /// probes meet other phrases' edges first: every answer must still be the brute-force one.
    @Test func manyOverlappingPhrasesAreFoundAsABruteForceSearchFindsThem() {
        let vocabulary = (0..<40).map { TokenHash.phrase("w\($0)")[0] }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        var phrases: [(tokens: [UInt64], tag: Int, row: Int)] = [], seen = Set<[UInt64]>()
        var index = PhraseIndex()
        while phrases.count < 1_500 {
            let tokens = (0...next(4)).map { _ in vocabulary[next(vocabulary.count)] }, tag = next(PhraseIndex.tags)
            guard seen.insert(tokens + [UInt64(tag)]).inserted else { continue }
            phrases.append((tokens, tag, phrases.count))
            index.insert(tokens, tag: tag, row: phrases.count - 1)
        }
        let text = (0..<3_000).map { _ in next(5) == 0 ? TokenHash.phrase("other\(next(50))")[0] : vocabulary[next(vocabulary.count)] }
        #expect(search(index, text) == expected(phrases, text))
    }
}
