import ClaimlineCore
import ClaimlineRecords
import Foundation
import Testing

/// The record writer reserves room once per annotation and writes its members through a
/// cursor: a buffer that has to grow at nearly every annotation must give the same bytes.
@Suite("Record writer")
struct RecordWriterTests {
    /// A document with one of each annotation the cursors write, strings short and long,
    /// plain, escaped and not ASCII.
    static var document: Document {
        var d = Document(id: "doc \"1\"", text: "Oumar Hould Hamaha, spokesman of AQIM, told ANI on Friday that \u{201C}he is alive\u{201D}.\n")
        let hamaha = MentionRef(span: ScalarSpan(0, 18), entity: "per.omar_ould_hamaha", name: "Omar Ould Hamaha")
        let ani = MentionRef(span: ScalarSpan(44, 47), entity: "org.ani", name: "ANI", role: "agency")
        var entity = EntityMention(span: hamaha.span, view: hamaha.span, text: "Oumar Hould Hamaha", type: "PER", kind: "militant",
                                   entity: hamaha.entity, name: hamaha.name, rule: "Pipelines/tables/entities/sahel.people.entities.tsv:3")
        entity.folds = ["fold.ou_o", "fold.h_initial"]
        entity.link = "link.\u{E9}\ttab"
        d.entities = [entity, EntityMention(span: ani.span, view: ani.span, text: "ANI", type: "ORG", entity: nil, name: nil, rule: "x")]
        d.dates = [DateMention(id: "t1", span: ScalarSpan(51, 57), view: ScalarSpan(51, 57), text: "Friday",
                               type: .date, value: "2014-04-11", anchor: "document_date", rule: "date.weekday")]
        var quote = Quote(id: "q1", span: ScalarSpan(64, 75), direct: true, cue: ScalarSpan(39, 43),
                          cueRule: "cue.told", speaker: hamaha, speakerRule: "speaker.explicit_subject", rule: "quote.curly")
        quote.chain = [ani, hamaha]
        d.quotes = [quote]
        d.claims = [Claim(id: "c1", speaker: hamaha, chain: [ani], predicate: "alive", polarity: .asserted, subject: hamaha,
                          stance: [], time: ClaimTime(value: "2014-04-11", span: ScalarSpan(51, 57), date: "t1"),
                          evidence: ScalarSpan(0, 78), quote: "q1", rule: "claims.alive_quote")]
        return d
    }

    @Test("a record written into a buffer that grows at nearly every step is the same, and valid JSON")
    func growingBuffer() throws {
        var small = JSONWriter(capacity: 8), large = JSONWriter(capacity: 1 << 16)
        DocumentRecord.write(Self.document, into: &small)
        DocumentRecord.write(Self.document, into: &large)
        #expect(small.bytes == large.bytes)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(small.bytes)) as? [String: Any])
        let quote = try #require((json["quotes"] as? [[String: Any]])?.first)
        #expect(quote["text"] as? String == "he is alive")
        #expect((quote["chain"] as? [[String: Any]])?.map { $0["entity"] as? String } == ["org.ani", "per.omar_ould_hamaha"])
        let entity = try #require((json["entities"] as? [[String: Any]])?.first)
        #expect(entity["link"] as? String == "link.\u{E9}\ttab")
        #expect(json["id"] as? String == "doc \"1\"")
    }

    @Test("notes kept from one record to the next: each record is written as with notes of its own")
    func notesKeptAcrossRecords() throws {
        var big = Self.document
        big.quotes[0].chain = Array(repeating: big.quotes[0].chain[1], count: 30) + big.quotes[0].chain
        var other = Self.document
        other.quotes[0].chain = [other.quotes[0].chain[0]]
        other.claims[0].speaker = other.quotes[0].chain[0]
        var notes = WrittenRefs()
        for d in [big, other, Self.document, big] {
            var kept = JSONWriter(), fresh = JSONWriter()
            DocumentRecord.write(d, into: &kept, notes: &notes)
            DocumentRecord.write(d, into: &fresh)
            #expect(kept.bytes == fresh.bytes)
        }
    }

    @Test("entities' shared facts noted across records: a field set on one mention, and more facts than the notes hold, written as they are")
    func entityFactsKeptAcrossRecords() throws {
        var d = Self.document
        let shared = d.entities[0], ani = d.entities[1]
        var renamed = shared
        renamed.name = "Omar Hamaha"
        let many = (0..<9_000).map { EntityMention(span: ani.span, view: ani.span, text: "ANI", type: "ORG", entity: "org.e\($0)", name: nil, rule: "x") }
        d.entities = [shared, shared, renamed] + many
        var notes = WrittenRefs()
        for _ in 0..<2 {
            var kept = JSONWriter(), fresh = JSONWriter()
            DocumentRecord.write(d, into: &kept, notes: &notes)
            DocumentRecord.write(d, into: &fresh)
            #expect(kept.bytes == fresh.bytes)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(kept.bytes)) as? [String: Any])
            let entities = try #require(json["entities"] as? [[String: Any]])
            #expect(entities.prefix(3).map { $0["name"] as? String } == ["Omar Ould Hamaha", "Omar Ould Hamaha", "Omar Hamaha"])
            #expect(entities.last?["entity"] as? String == "org.e8999")
        }
    }

    @Test("a reference that recurs in a record is written whole each time, roles and storage apart, past the writer's notes")
    func recurringReferences() throws {
        var d = Self.document
        let hamaha = d.quotes[0].speaker!
        // The same value in strings stored apart, the same span with a role, and a chain
        // longer than the notes kept for a record of one quote and one claim.
        let copy = MentionRef(span: hamaha.span, entity: ["per", "omar_ould_hamaha"].joined(separator: "."),
                              name: String(hamaha.name!.reversed().reversed()))
        var withRole = hamaha
        withRole.role = "spokesman"
        let letters = (0..<12).map { MentionRef(span: ScalarSpan($0, $0 + 1), entity: nil, name: nil) }
        d.quotes[0].chain = Array(repeating: hamaha, count: 20) + [copy, withRole, withRole] + letters + letters
        var w = JSONWriter()
        DocumentRecord.write(d, into: &w)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
        let quote = try #require((json["quotes"] as? [[String: Any]])?.first)
        let claim = try #require((json["claims"] as? [[String: Any]])?.first)
        let chain = try #require(quote["chain"] as? [[String: Any]])
        let speaker = try #require(quote["speaker"] as? [String: Any])
        #expect(speaker["entity"] as? String == "per.omar_ould_hamaha")
        #expect(speaker["text"] as? String == "Oumar Hould Hamaha")
        #expect(chain.count == 47)
        for ref in chain.prefix(21) + [claim["speaker"], claim["subject"]].compactMap({ $0 as? [String: Any] }) {
            #expect(NSDictionary(dictionary: ref).isEqual(to: speaker))
        }
        #expect(chain[21]["role"] as? String == "spokesman" && chain[22]["role"] as? String == "spokesman")
        #expect(chain[21]["start"] as? Int == 0 && chain[22]["end"] as? Int == 18)
        let text = Array("Oumar Hould ").map(String.init)
        #expect(chain[23...].map { $0["text"] as? String } == text + text)
    }
}
