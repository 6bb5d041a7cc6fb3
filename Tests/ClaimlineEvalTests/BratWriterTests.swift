import ClaimlineCore
import ClaimlineEval
import ClaimlineRecords
import Foundation
import Testing

@Suite struct BratWriterTests {
    /// Writing a document's annotations and reading them back gives the same annotations.
    @Test func roundTripKeepsEveryAnnotation() throws {
        for gold in try loadFixtureCorpus().documents {
            let document = perfectDocument(gold)
            let ann = BratWriter.annotations(for: document)
            let back = try AnnotationSet(brat: try BratReader.read(ann, text: document.text, file: gold.id + ".ann"), file: gold.id + ".ann")
            #expect(back.withoutRules == AnnotationSet(document: document).withoutRules, "\(gold.id)")
            #expect(back.withoutRules == gold.gold.withoutRules, "\(gold.id)")
        }
    }

    @Test func writesTheSchemeLines() throws {
        let gold = try #require(try loadFixtureCorpus().documents.first { $0.id == "001_denial" })
        let lines = BratWriter.annotations(for: perfectDocument(gold)).split(separator: "\n").map(String.init)
        #expect(lines.first == "T1\tORG 0 4\tAQIM")
        #expect(lines.contains("N1\tReference T1 claimline:org.aqim\torg.aqim"))
        #expect(lines.contains("#1\tAnnotatorNotes T1\trule: test.entity"))
        #expect(lines.contains { $0.hasPrefix("T") && $0.contains("\tTIMEX3 117 135\tFriday, April 11th") })
        #expect(lines.contains { $0.hasSuffix("Polarity E2 negated") })
        #expect(lines.contains { $0.hasPrefix("E2\tClaim:") && $0.contains(" Speaker:T4 ") && $0.contains(" Time:") })
    }

    @Test func duplicateMentionsStayVisible() throws {
        var d = Document(id: "d", text: "AQIM said.")
        let aqim = EntityMention(span: ScalarSpan(0, 4), view: ScalarSpan(0, 4), text: "AQIM", type: "ORG", entity: "org.aqim", name: "AQIM", rule: "gaz")
        d.entities = [aqim, aqim]
        let ann = BratWriter.annotations(for: d)
        #expect(ann.split(separator: "\n").filter { $0.hasPrefix("T") }.count == 2)
        let back = try AnnotationSet(brat: try BratReader.read(ann, text: d.text, file: "d.ann"), file: "d.ann")
        #expect(back.entities.count == 2)
    }

    @Test func aSpeakerThatIsNoEntityMentionGetsOne() throws {
        var d = Document(id: "d", text: "The group said: \"We hold Gao.\"")
        d.quotes = [Quote(id: "q1", span: ScalarSpan(17, 29), direct: true, cue: ScalarSpan(10, 14), cueRule: "rv.say",
                          speaker: MentionRef(span: ScalarSpan(0, 9), entity: "org.mujao", name: "MUJAO"), speakerRule: nil, rule: "quote.marks")]
        let ann = BratWriter.annotations(for: d)
        let back = try AnnotationSet(brat: try BratReader.read(ann, text: d.text, file: "d.ann"), file: "d.ann")
        #expect(back.entities == [EvalEntity(span: ScalarSpan(0, 9), text: "The group", type: "ORG", entity: "org.mujao")])
        #expect(back.quotes.first?.speaker == EvalRef(span: ScalarSpan(0, 9), entity: "org.mujao"))
    }

    @Test func writesTextAnnotationsAndConfigurationIntoAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try #require(try loadFixtureCorpus().documents.first)
        try BratWriter.write(perfectDocument(gold), toFolder: folder)
        let written = try GoldCorpus.load(folder: folder, name: "out")
        #expect(written.documents.map(\.id) == [gold.id])
        #expect(written.documents.first?.text == gold.text)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("annotation.conf").path))
    }

    /// An empty id would make `<folder>.txt` beside the folder; NUL cannot be in a file name.
    @Test func anIdThatNamesNoFileIsRefused() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("brat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("out")
        #expect(BratWriter.fileName("") == nil)
        #expect(BratWriter.fileName("a\u{0}b") == nil)
        #expect(BratWriter.fileName("sub/doc\\x") == "sub_doc_x")
        #expect(throws: BratWriter.UnnamableID.self) { try BratWriter.write(Document(id: "", text: "Text."), toFolder: folder) }
        #expect((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] == [])
    }
}
