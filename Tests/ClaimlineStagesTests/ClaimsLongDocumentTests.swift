import ClaimlineCore
@testable import ClaimlineStages
import Testing
import TestSupport

/// A long document is read as its parts are: lookups that index the document's attributions,
/// roles and mentions give what a scan of all of them gave, and conflicts stay within a
/// window of each subject's claims.
@Suite("Claims: long documents")
struct ClaimsLongDocumentTests {
    static func run(_ text: String) -> Document {
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(iso: "2014-04-14")
        var document = Document(id: "long", text: text, metadata: metadata)
        try! defaultPlan.makePipeline().run(&document)
        return document
    }

    @Test func theFirstCopyOfARepeatedTextIsReadAsTheTextAlone() throws {
        // The seed's article, without the comment form that ends it (boilerplate to the end).
        let seed = try #require(ClaimsSeedTests.seedText.components(separatedBy: "Leave a Reply").first)
        let alone = Self.run(seed)
        let copies = 30
        let long = Self.run(Array(repeating: seed, count: copies).joined(separator: "\n\n"))
        let end = seed.unicodeScalars.count
        #expect(!alone.claims.isEmpty && !alone.quotes.isEmpty)
        // Ids and evidence of the first copy's claims and quotes are those of the text alone.
        let firstClaims = long.claims.filter { $0.evidence.end <= end }
        #expect(firstClaims.map(\.id) == alone.claims.map(\.id))
        #expect(firstClaims.map(\.evidence) == alone.claims.map(\.evidence))
        #expect(firstClaims.map(\.speaker) == alone.claims.map(\.speaker))
        #expect(firstClaims.map(\.polarity) == alone.claims.map(\.polarity))
        #expect(long.quotes.filter { $0.span.end <= end }.map(\.span) == alone.quotes.map(\.span))
        // Every copy makes the same claims from the same words.
        #expect(long.claims.count == copies * alone.claims.count)
        let stride = end + 2
        let shifted = (0..<copies).flatMap { k in alone.claims.map { ScalarSpan($0.evidence.start + k * stride, $0.evidence.end + k * stride) } }
        #expect(long.claims.map(\.evidence).sorted() == shifted.sorted())
        #expect(long.quotes.count == copies * alone.quotes.count)
    }

    @Test func conflictsOfAManyTimesClaimedSubjectStayWithinTheWindow() throws {
        let pair = "The army said Omar Ould Hamaha was killed in the raid. His brother said Omar Ould Hamaha is alive.\n\n"
        let copies = 20
        let d = Self.run(String(repeating: pair, count: copies))
        let about = d.claims.filter { $0.subject?.entity == "per.omar_ould_hamaha" }
        #expect(about.count == 2 * copies)
        let position = Dictionary(uniqueKeysWithValues: about.enumerated().map { ($1.id, $0) })
        let window = ConflictFinder(rules: []).window
        #expect(!d.conflicts.isEmpty)
        for c in d.conflicts {
            let x = try #require(position[c.claims[0]]), y = try #require(position[c.claims[1]])
            #expect(x < y && y - x <= window)
        }
        // Every killed/alive pair within the window is listed: half of the claims before each.
        let expected = (0..<about.count).reduce(0) { sum, y in sum + (max(0, y - window)..<y).filter { (y - $0) % 2 == 1 }.count }
        #expect(d.conflicts.count == expected)
        let warning = try #require(d.warnings.first { $0.code == "conflicts.window" })
        #expect(warning.message.hasPrefix("\(about.count) claims about per.omar_ould_hamaha"))
    }

    @Test func aFewClaimsAboutOneSubjectAreAllPaired() {
        let pair = "The army said Omar Ould Hamaha was killed in the raid. His brother said Omar Ould Hamaha is alive.\n\n"
        let d = Self.run(String(repeating: pair, count: 3))
        #expect(d.conflicts.count == 3 * 3)  // each of 3 killed with each of 3 alive
        #expect(!d.warnings.contains { $0.code == "conflicts.window" })
    }

    @Test func speakerHistoryAnswersAsAListInOrderOfMeetingDoes() {
        // Names with shared last words ("Ag Ghaly", "Ghaly"), met and met again in random order,
        // past the size at which the history starts indexing.
        // (Names fold to their letters: the numbers become letters.)
        func letters(_ k: Int) -> String { String(UnicodeScalar(UInt8(97 + k % 26))) + String(UnicodeScalar(UInt8(97 + k / 26))) }
        let names = (0..<60).map { k in k % 7 == 0 ? "Ghaly\(letters(k % 3))" : "Name\(letters(k)) Ag Ghaly\(letters(k % 3))" }
        func speaker(_ name: String) -> Speaker {
            let folded = NameKey(name: name)
            return Speaker(ref: MentionRef(span: ScalarSpan(0, 1), entity: nil, name: name), rule: "test", key: SpeakerKey(name: folded),
                           isPerson: name.hasPrefix("Name"), role: nil, organisation: nil, folded: folded)
        }
        var random = SplitMix64(state: 11)
        var history = SpeakerHistory(), met: [String] = []  // latest last
        for _ in 0..<400 {
            let name = names[Int.random(in: 0..<names.count, using: &random)]
            history.remember(speaker(name), chain: [])
            met.removeAll { $0 == name }; met.append(name)
            let query = NameKey(name: names[Int.random(in: 0..<names.count, using: &random)])
            let expected = met.last { NameKey(name: $0).matches(query) }
            #expect(history.latest(named: query).flatMap { history.entries[$0].speaker.ref.name } == expected)
            let person = history.latest { history.entries[$0].speaker.isPerson }
            #expect(person.flatMap { history.entries[$0].speaker.ref.name } == met.last { $0.hasPrefix("Name") })
            #expect(history.index(of: SpeakerKey(name: query)).flatMap { history.entries[$0].speaker.ref.name }
                    == met.first { SpeakerKey(name: NameKey(name: $0)) == SpeakerKey(name: query) })
        }
    }

    @Test func spanListsAnswerAsAScanDoes() {
        var random = SplitMix64(state: 7)
        for ordered in [true, false] {
            // Ordered: starts and ends rise, as the stages write mentions; else anywhere.
            var list = SpanList(), spans: [ScalarSpan] = [], start = 0, end = 0
            for i in 0..<300 {
                start = ordered ? start + Int.random(in: 0...6, using: &random) : Int.random(in: 0...900, using: &random)
                end = max(ordered ? end : 0, start + Int.random(in: 0...5, using: &random))
                let span = ScalarSpan(start, end)
                spans.append(span); list.append(i * 2, span)
            }
            for _ in 0..<500 {
                let a = Int.random(in: 0...950, using: &random), query = ScalarSpan(a, a + Int.random(in: 0...8, using: &random))
                #expect(list.last(endingBy: a) == spans.indices.last { spans[$0].end <= a }.map { $0 * 2 })
                #expect(list.first(overlapping: query) == spans.indices.first { spans[$0].overlaps(query) }.map { $0 * 2 })
            }
        }
    }
}
