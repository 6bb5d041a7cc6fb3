import ClaimlineCore
import ClaimlineRules
@testable import ClaimlineStages
import Foundation
import Testing

/// Name parts taken from the segment stage's tokens must be exactly those the scan of the
/// letters gives, with the same keys and flags, whether the cache knows the tokens' spellings
/// yet or not: the tokens only spare reading the letters again.
@Suite struct EntitiesTokenPartsTests {
    static let texts = [
        "Omar Ould Hamaha, AQIM's spokesman, told ANI that al-Muhajir is alive.",
        "AQIM’s leader Qa’ida Qa`ida Qa'ida don't rock'n'roll a's'b a's b's. AQIM'S",
        "U.N. troops, Mr. Lew and Gen. Barrera met in Gao. Belmokhtar 1A 2014 A1b 7th.",
        "the  French\tarmy\nsaid -- Abu Walid al-Sahrawi -al- ‘Abd ʿAbd Abd el-Kader ’s",
        "HAMAHOU Hamahou hAMAHOU X. Y z' 'z q'’r q’'r Mali.Niger Gao-Kidal Ag-Ghaly",
        "Boutéflika Traoré عمر المرابطون Abū e\u{301} Ａ Ｂｃ x\u{2019}s AQIM\u{2019}",
    ]

    /// The parts, keys and flags of `text` by the scan of its letters and from its tokens.
    static func bothWays(_ text: String, _ cache: PartKeyCache) -> (letters: NameScan, tokens: NameScan) {
        let scalars = Array(text.unicodeScalars)
        let segment = SegmentStage.scan(scalars)
        var letters = NameScan(), tokens = NameScan()
        scalars.withUnsafeBufferPointer { s in
            NameParts.scan(s, 0..<s.count, into: &letters.parts)
            cache.lookup(s, into: &letters)
            segment.tokens.withUnsafeBufferPointer { t in
                segment.hashes.withUnsafeBufferPointer { h in cache.parts(s, tokens: t, hashes: h, into: &tokens) }
            }
        }
        return (letters, tokens)
    }

    static func expectSame(_ a: NameScan, _ b: NameScan, _ text: String) {
        #expect(a.parts == b.parts, "\(text)")
        #expect(a.keys.map(\.key) == b.keys.map(\.key), "\(text)")
        #expect(a.keys.map(\.particle) == b.keys.map(\.particle), "\(text)")
        #expect(a.flags.map(\.rawValue) == b.flags.map(\.rawValue), "\(text)")
    }

    static func newCache() -> PartKeyCache {
        let plan = EntitiesFixtures.entitiesPlan
        return PartKeyCache(folder: NameFolder(sharing: plan.foldTables), vocabulary: plan.vocabulary, flags: plan.flags)
    }

    @Test("tricky spellings: possessives, apostrophes, hyphens, periods, case, scripts")
    func trickySpellings() {
        for text in Self.texts {
            // Tokens first, while the cache knows no spelling, then again once it knows all.
            let cache = Self.newCache()
            let first = Self.bothWays(text, cache)
            Self.expectSame(first.letters, first.tokens, text)
            let again = Self.bothWays(text, cache)
            Self.expectSame(again.letters, again.tokens, text)
        }
    }

    @Test("every spelling of a text known before it is read from its tokens")
    func knownSpellingsEverywhere() {
        let cache = Self.newCache()
        let all = Self.texts.joined(separator: " ")
        _ = Self.bothWays(all, cache)
        for text in Self.texts + Self.texts.map({ $0.uppercased() }) + Self.texts.map({ $0.lowercased() }) {
            let both = Self.bothWays(text, cache)
            Self.expectSame(both.letters, both.tokens, text)
        }
    }

    @Test("a cache emptied between documents gives the keys a fresh cache gives")
    func emptiedCache() {
        let plan = EntitiesFixtures.entitiesPlan
        let small = PartKeyCache(folder: NameFolder(sharing: plan.foldTables), vocabulary: plan.vocabulary,
                                 flags: plan.flags, limit: 4)
        // Rule lists are numbered by each cache in the order it meets them: compare the lists.
        func folds(_ scan: NameScan, _ cache: PartKeyCache) -> [[String]] { scan.keys.map { cache.ruleSets[Int($0.rules)] } }
        for text in Self.texts + Self.texts.reversed() {
            small.trim()
            let cache = Self.newCache()
            let fresh = Self.bothWays(text, cache), trimmed = Self.bothWays(text, small)
            Self.expectSame(fresh.tokens, trimmed.tokens, text)
            Self.expectSame(fresh.letters, trimmed.letters, text)
            #expect(fresh.tokens.keys.map(\.guardClass) == trimmed.tokens.keys.map(\.guardClass), "\(text)")
            #expect(folds(fresh.tokens, cache) == folds(trimmed.tokens, small), "\(text)")
        }
    }

    @Test("the gold corpora, one cache for all as in a run")
    func corpora() throws {
        let cache = Self.newCache()
        for folder in ["seed", "dev", "test"] {
            let url = EntitiesFixtures.corpora.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where file.hasSuffix(".txt") {
                let text = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
                let both = Self.bothWays(text, cache)
                Self.expectSame(both.letters, both.tokens, file)
            }
        }
    }

    @Test("without the segment stage the stage finds the same mentions")
    func withoutSegmentStage() throws {
        try Self.expectSameMentions { $0.removeAll { $0.kind == .segment } }
    }

    @Test("tokens cut before normalize changed the view are not read as the new view's")
    func tokensOfAnEarlierView() throws {
        // segment moved before normalize: its tokens are spans of the view normalize replaces.
        try Self.expectSameMentions { stages in
            let segment = stages.remove(at: stages.firstIndex { $0.kind == .segment }!)
            stages.insert(segment, at: stages.firstIndex { $0.kind == .normalize }!)
        }
    }

    /// The entities and roles of the default pipeline's entities stage, and of the pipeline
    /// with its stages changed by `edit` so that entities sees no tokens, are the same.
    static func expectSameMentions(_ edit: (inout [PipelineSpec.StageLine]) -> Void) throws {
        var spec = try PipelineSpec(contentsOf: EntitiesFixtures.pipelineURL, displayPrefix: "Pipelines/")
        spec.stages.removeAll { $0.kind == .dates || $0.kind == .claims }
        edit(&spec.stages)
        let plan = try PipelinePlan(spec: spec)
        for text in texts + [EntitiesSeedTests.text] {
            let usual = try EntitiesFixtures.run(text), changed = try EntitiesFixtures.run(text, plan: plan)
            #expect(changed.tokens.isEmpty)
            #expect(usual.entities == changed.entities, "\(text)")
            #expect(usual.roles == changed.roles, "\(text)")
        }
    }
}
