import ClaimlineCore
import ClaimlineRecords
@testable import ClaimlineStages
import Foundation
import Testing

/// Attribution chains list each mention once, reported speech nests a bounded number of levels,
/// and a long sentence is read a clause's reach around each predicate: records grow with the
/// text, not with its square.
@Suite("Claims: nesting and chains")
struct ClaimsNestingTests {
    /// No chain of a quote or claim names one mention (the same words of the text) twice.
    static func expectEachLinkOnce(_ d: Document) {
        for chain in d.quotes.map(\.chain) + d.claims.map(\.chain) {
            for (i, link) in chain.enumerated() {
                #expect(link.span.isEmpty || !chain[..<i].contains { $0.span == link.span }, "\(link.name ?? "?") twice in \(chain.map { $0.name ?? "?" })")
            }
        }
    }

    @Test func stackedAccordingToNamesEachSourceOnceOutward() throws {
        let d = claimsRun("according to AQIM, according to ANI, according to Reuters, Omar Ould Hamaha is alive.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("ANI", "ORG", "org.ani")
            f.entity("Reuters", "ORG", "org.reuters")
            f.entity("Omar Ould Hamaha", "PER", "per.omar_ould_hamaha")
        }
        Self.expectEachLinkOnce(d)
        #expect(d.quotes.map { $0.chain.map(\.name) } == [["AQIM"], ["ANI", "AQIM"], ["Reuters", "ANI", "AQIM"]])
        let alive = try #require(d.claims("alive").first)
        #expect(alive.chain.map(\.name) == ["Reuters", "ANI", "AQIM"])
        #expect(alive.chain.allSatisfy { $0.role == "speaker" })
    }

    @Test func theOuterSpeakerKeepsItsPlaceInAnInnerReportsChain() throws {
        let d = claimsRun("According to Sahara Medias, Hamza Hamahou said that Omar Ould Hamaha was killed.") { f in
            f.entity("Sahara Medias", "ORG", "org.sahara_medias")
            f.entity("Hamza Hamahou", "PER", nil)
            f.entity("Omar Ould Hamaha", "PER", "per.omar_ould_hamaha")
        }
        Self.expectEachLinkOnce(d)
        let inner = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(inner.chain.map(\.name) == ["Hamza Hamahou", "Sahara Medias"])
        #expect(inner.chain.map(\.role) == ["speaker", "speaker"])
    }

    @Test func theOneQuotedAsSayingSpeaksAndTheOneQuotingRelays() throws {
        let d = claimsRun("ANI quoted the spokesman of AQIM as saying that Hamaha is alive.") { f in
            f.entity("ANI", "ORG", "org.ani")
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "that Hamaha is alive")
        #expect(d.text(q.speaker?.span) == "the spokesman of AQIM")
        #expect(q.chain.last?.entity == "org.ani")
        #expect(q.chain.last?.role == "agency")
        let alive = try #require(d.claims("alive").first)
        #expect(d.text(alive.speaker?.span) == "the spokesman of AQIM")
        // A title and a name between the verb and "as saying".
        let titled = claimsRun("State media quoted Defence Minister Ali Ahmed as saying the army had killed 40 militants.")
        #expect(titled.text(titled.quotes.first?.speaker?.span) == "Ali Ahmed")
    }

    @Test func theOneQuotedInThePassiveSpeaksAndTheOneByRelays() throws {
        let d = claimsRun("Abu Musab was quoted by Reuters as saying that 30 soldiers had been killed. The spokesman was quoted as saying that the base had fallen.") { f in
            f.entity("Abu Musab", "PER", nil)
            f.entity("Reuters", "ORG", "org.reuters")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["Abu Musab", "The spokesman"])
        #expect(d.quotes.first?.chain.map(\.entity) == [nil, "org.reuters"])
        #expect(d.quotes.first?.chain.last?.role == "agency")
    }

    @Test func aBareClauseOfThreeWordsNestsInAReport() throws {
        let d = claimsRun("According to ANI, the spokesman of AQIM said Hamaha is alive.") { f in
            f.entity("ANI", "ORG", "org.ani")
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let inner = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(d.text(inner.span) == "Hamaha is alive")
        #expect(d.text(inner.speaker?.span) == "the spokesman of AQIM")
        let alive = try #require(d.claims("alive").first)
        #expect(d.text(alive.speaker?.span) == "the spokesman of AQIM")
        #expect(alive.chain.last?.entity == "org.ani")
    }

    @Test func noChainOfTheCorporaNamesAMentionTwice() throws {
        // Their stories nest reports in reports, with relays stated for the outer ones.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var read = 0
        for folder in ["Corpora/dev", "Corpora/test"] {
            let dir = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".txt") {
                let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                Self.expectEachLinkOnce(ClaimsLongDocumentTests.run(text))
                read += 1
            }
        }
        #expect(read > 20)
    }

    static func denials(_ n: Int) -> Document {
        claimsRun(String(repeating: "AQIM denied that ", count: n) + "Omar Ould Hamaha is alive.") { f in
            for k in 1...n { f.entity("AQIM", "ORG", "org.aqim", k) }
        }
    }

    @Test func reportedSpeechWithinTheBoundNestsAsWritten() throws {
        let d = Self.denials(AttributionFinder.maxDepth)
        #expect(d.quotes.count == AttributionFinder.maxDepth)
        #expect(d.quotes.last?.chain.count == AttributionFinder.maxDepth)
        #expect(!d.warnings.contains { $0.code == "quotes.depth" })
        Self.expectEachLinkOnce(d)
    }

    @Test func reportedSpeechNestedPastTheBoundStaysContentOfTheInnermost() throws {
        let depth = AttributionFinder.maxDepth
        let small = Self.denials(40), large = Self.denials(80)
        for d in [small, large] {
            #expect(d.quotes.count == depth)
            #expect(d.quotes.allSatisfy { $0.chain.count <= depth })
            #expect(d.claims.allSatisfy { $0.chain.count <= depth })
            // The innermost report holds the cues past the bound as words.
            #expect(d.text(d.quotes.last?.span)?.hasPrefix("that AQIM denied that") == true)
            let warning = try #require(d.warnings.first { $0.code == "quotes.depth" })
            #expect(d.text(warning.span) == "denied")
        }
        // Twice the cues: the quotes' words and links grow about twice, not four times.
        func size(_ d: Document) -> Int { d.quotes.reduce(0) { $0 + $1.span.length + $1.chain.count } }
        #expect(size(large) < 5 * size(small) / 2)
    }

    @Test func relativeClausesOfReportsAreBoundToo() {
        for n in [30, 60] {
            let d = claimsRun(String(repeating: "who said that he ", count: n) + "is alive.")
            #expect(d.quotes.count <= AttributionFinder.maxDepth)
        }
    }

    @Test func reportsSideBySideInOneSentenceReachNoFurtherThanTheBound() throws {
        // "Hamaha is alive, ANI said, …": each report's content ran from the sentence start.
        func reports(_ n: Int) -> Document {
            let agencies = ["ANI", "Reuters", "AFP"]
            return claimsRun((0..<n).map { "Hamaha is alive, \(agencies[$0 % 3]) said" }.joined(separator: ", ") + ".")
        }
        let small = reports(200), large = reports(400)
        // About four scalars a token here: no content longer than the reach either side of its cue.
        for d in [small, large] { for q in d.quotes { #expect(q.span.length < 2 * 4 * AttributionFinder.reportReach, "\(q.id)") } }
        func size(_ d: Document) -> Int { d.quotes.reduce(0) { $0 + $1.span.length } }
        #expect(size(large) < 5 * size(small) / 2)
    }

    @Test func aPredicateFarIntoALongSentenceIsReadAsInAShortOne() throws {
        let filler = String(repeating: "and then ", count: 3 * ClaimFinder.clauseReach)
        for text in ["Omar Ould Hamaha was not killed in the raid.", "The rumours went on " + filler + "Omar Ould Hamaha was not killed in the raid."] {
            let d = claimsRun(text) { f in f.entity("Omar Ould Hamaha", "PER", "per.omar_ould_hamaha") }
            let c = try #require(d.claims("killed").first)
            #expect(c.subject?.entity == "per.omar_ould_hamaha")
            #expect(c.polarity == .negated)
        }
    }

    static func repeated(_ unit: String, _ n: Int) -> Document {
        claimsRun(String(repeating: unit, count: n)) { f in
            for k in 1...n { f.entity("Hamaha", "PER", nil, k) }
        }
    }

    @Test func aClaimsEvidenceReachesAClausesReachAroundItsPredicate() throws {
        // One sentence, and one quote that never closes, of N predicates: each claim's evidence
        // stops `clauseReach` tokens from its predicate, so twice the predicates write about
        // twice the record, where the whole sentence in each claim wrote four times as much.
        for unit in ["Hamaha was killed ", "\u{201C}Hamaha is alive "] {
            let n = ClaimFinder.clauseReach
            let small = Self.repeated(unit, n), large = Self.repeated(unit, 2 * n)
            #expect(small.claims.count == n && large.claims.count == 2 * n)
            for d in [small, large] {
                let longest = try #require(d.claims.map { d.scalars[$0.evidence.start..<$0.evidence.end].count { $0 == " " } }.max())
                #expect(longest <= 2 * ClaimFinder.clauseReach)
            }
            func size(_ d: Document) -> Int {
                var w = JSONWriter()
                DocumentRecord.write(d, into: &w)
                return w.bytes.count
            }
            #expect(size(large) < 5 * size(small) / 2, "\(unit)")
        }
    }
}
