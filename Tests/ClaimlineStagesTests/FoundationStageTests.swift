import ClaimlineCore
import ClaimlinePipelines
import ClaimlineRecords
import ClaimlineRules
import ClaimlineStages
import Foundation
import Testing

/// The clean, normalize and segment stages of the default pipeline, on hand-made documents.
@Suite("Clean, normalize and segment")
struct FoundationStageTests {
    let pipeline: Pipeline = {
        var spec = try! PipelineSpec(contentsOf: DefaultPipeline.locate(executable: nil)!, displayPrefix: "Pipelines/")
        spec.stages = spec.stages.filter { [.clean, .normalize, .segment].contains($0.kind) }
        return try! PipelinePlan(spec: spec).makePipeline()
    }()

    func run(_ text: String) throws -> Document {
        var document = Document(id: "t", text: text)
        try pipeline.run(&document)
        return document
    }

    @Test("boilerplate is marked, never removed; a marker that must be the whole line does not take prose")
    func clean() throws {
        let text = "Title\r\nTranslated by: TheMaghrebiNote\r\nRelated to the attack, the army said nothing.\nRelated\nText.\n\nLeave a Reply\nFill in your details"
        let d = try run(text)
        #expect(d.text == text)
        #expect(d.regions.map(\.rule) == ["clean.translated_by", "clean.related", "clean.leave_a_reply"])
        #expect(d.regions.map { d.string($0.span) } == ["Translated by: TheMaghrebiNote", "Related", "Leave a Reply\nFill in your details"])
        #expect(d.metadata.translator == "TheMaghrebiNote")
        #expect(d.isBoilerplate(ScalarSpan(text.unicodeScalars.count - 3, text.unicodeScalars.count)))
    }

    @Test("sentences do not break after listed abbreviations, and their spans are on the original")
    func sentences() throws {
        let text = "“Mr. Omar Ould Hamaha is alive,” said Gen. Ag Ghaly. U.S. forces left… Then\u{00A0}they came back."
        let d = try run(text)
        let sentences = d.sentences.map { d.string($0.span) }
        #expect(sentences == ["“Mr. Omar Ould Hamaha is alive,” said Gen. Ag Ghaly.", "U.S. forces left…", "Then\u{00A0}they came back."])
    }

    @Test("a sentence that opens with a number starts after the full stop, unless an abbreviation or a single letter or digit ends there")
    func sentencesOpeningWithANumber() throws {
        let text = "The army said the road was open. 53 soldiers were killed in Gao, the ministry said. Team no. 225 left on Jan. 13 at 5 p.m. 20 trucks followed, see p. 4, pp. 12-15 and item 1. 2 others. It ended in 2013.  2014 was calm. “12 were wounded,” he said."
        let d = try run(text)
        let sentences = d.sentences.map { d.string($0.span) }
        #expect(sentences == ["The army said the road was open.", "53 soldiers were killed in Gao, the ministry said.",
                              "Team no. 225 left on Jan. 13 at 5 p.m. 20 trucks followed, see p. 4, pp. 12-15 and item 1. 2 others.", "It ended in 2013.", "2014 was calm.",
                              "“12 were wounded,” he said."])
        #expect(d.sentences.allSatisfy { d.tokens[$0.firstToken].view.start == $0.view.start })
    }

    @Test("a word in capitals ends its sentence at a full stop, though ICU suppresses the break after its last letter")
    func sentencesEndingInAnAcronym() throws {
        let text = "He spoke of the future of the PMF. ‘These are arguments,’ he said. The ELN. The AMF. Then U.S. Army units and John F. Kennedy came. Gen. SMITH left. "
            + "They denounce N. Korea tests. He said so in a post on X. A man left."
        let d = try run(text)
        #expect(d.sentences.map { d.string($0.span) } == ["He spoke of the future of the PMF.", "‘These are arguments,’ he said.", "The ELN.", "The AMF.",
                                                         "Then U.S. Army units and John F. Kennedy came.", "Gen. SMITH left.", "They denounce N. Korea tests.",
                                                         "He said so in a post on X.", "A man left."])
    }

    @Test("a sentence that opens with a word of a script without case starts after the full stop, though the view spells it in lower case")
    func sentencesOpeningInAnotherScript() throws {
        let text = "Fighters say they captured Tora Bora.  عمر ولد حماها, the emir, confirmed it. He spoke to AFP. he left."
        let d = try run(text)
        #expect(d.view.string(d.sentences[1].view).first?.isLowercase == true)
        #expect(d.sentences.map { d.string($0.span) } == ["Fighters say they captured Tora Bora.", "عمر ولد حماها, the emir, confirmed it.", "He spoke to AFP. he left."])
        // Opening a quote: the sentence starts at its mark.
        let quoted = try run("Israel gave them 12 hours to comply.  \"أنصار الدين carried out the attack,\" he said.")
        #expect(quoted.sentences.map { quoted.string($0.span) } == ["Israel gave them 12 hours to comply.", "\"أنصار الدين carried out the attack,\" he said."])
        // In parentheses, a gloss of the sentence before: a sentence of its own.
        let gloss = try run("Hamaha was not killed. (أنصار الدين) The children died. (أنصار الدين) « We won, » he said. (عمر) said.")
        #expect(gloss.sentences.map { gloss.string($0.span) } == ["Hamaha was not killed.", "(أنصار الدين)", "The children died.", "(أنصار الدين)", "« We won, » he said.", "(عمر) said."])
        let closed = try run("He said: “Hamaha joined AQIM.” (عمر) Sir Nigel died.")
        #expect(closed.sentences.map { closed.string($0.span) } == ["He said: “Hamaha joined AQIM.”", "(عمر)", "Sir Nigel died."])
    }

    @Test("tokens are words, numbers and punctuation of the view, each mapping back to the original")
    func tokens() throws {
        let d = try run("On 14th March 2014, Hamaḥa’s men — قال")
        let words = d.tokens.map { d.string(d.view.original($0.view)) }
        #expect(words == ["On", "14th", "March", "2014", ",", "Hamaḥa’s", "men", "—", "قال"])
        #expect(d.tokens.map(\.kind) == [.word, .word, .word, .number, .punctuation, .word, .word, .punctuation, .word])
        #expect(d.view.string(d.tokens[5].view) == "Hamaha's")
    }

    @Test("an em dash between words, and an en dash before a lower-case word, is a mark of its own; an en dash of a range or pair still joins")
    func dashesBetweenWords() throws {
        let d = try run("Ḥamaha’s aide said—on Friday—that the debate–published by the Post–was over, from May–August, near Batken–Isfara, in 1972–2024, al-Qaeda")
        let words = d.tokens.map { d.string(d.view.original($0.view)) }
        #expect(words == ["Ḥamaha’s", "aide", "said", "—", "on", "Friday", "—", "that", "the", "debate", "–", "published", "by", "the", "Post", "–",
                          "was", "over", ",", "from", "May–August", ",", "near", "Batken–Isfara", ",", "in", "1972–2024", ",", "al-Qaeda"])
        let said = try #require(d.tokens.first { d.string(d.view.original($0.view)) == "said" })
        #expect(said.kind == .word && said.asciiLetters)
        #expect(d.tokens[3].kind == .punctuation)
        // Each cut piece is hashed as the scan hashes a word of its own.
        let plain = try run("said - on Friday - that the debate - published")
        let hashes = Dictionary(zip(plain.tokens.map { plain.view.string($0.view) }, plain.tokenHashes), uniquingKeysWith: { a, _ in a })
        for (t, token) in d.tokens.enumerated() { if let h = hashes[d.view.string(token.view)] { #expect(d.tokenHashes[t] == h) } }
    }

    @Test("the README's in-process example runs the whole default pipeline and writes a record")
    func libraryUse() throws {
        let url = DefaultPipeline.locate(executable: nil)!
        let spec = try PipelineSpec(contentsOf: url, displayPrefix: "Pipelines/")
        let pipeline = try PipelinePlan(spec: spec).makePipeline()
        var document = Document(id: "doc1", text: "Mr. Omar Ould Hamaha is alive, said the spokesman.")
        document.metadata.date = CalendarDate(iso: "2014-04-14")
        try pipeline.run(&document)
        var writer = JSONWriter()
        DocumentRecord.write(document, into: &writer)
        let record = String(decoding: writer.bytes, as: UTF8.self)
        #expect(record.hasPrefix(#"{"schema":"claimline/1","id":"doc1","meta":{"date":"2014-04-14""#))
    }
}
