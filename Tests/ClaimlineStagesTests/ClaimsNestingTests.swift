import ClaimlineCore
@testable import ClaimlineStages
import Foundation
import Testing

/// Attribution chains list each mention of the text once, however reports nest.
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
}
