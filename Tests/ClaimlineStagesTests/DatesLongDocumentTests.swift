import ClaimlineCore
import Testing

/// The dates stage builds its rule windows a block of tokens at a time; a date must be found
/// wherever a block boundary falls, through it or next to it.
@Suite struct DatesLongDocumentTests {
    @Test func everyDateIsFoundAcrossWindowBlocks() throws {
        // 9 tokens a sentence over 60,000 tokens: block boundaries fall at every position of
        // the sentence, so inside "Friday, 11 April 2014" too.
        let sentence = "He said on Friday, 11 April 2014 it ended. "
        let count = 6_700
        let document = try DatesTestPipeline.run(String(repeating: sentence, count: count), date: "2014-04-14")
        #expect(document.dates.count == count)
        let length = sentence.unicodeScalars.count
        for (k, d) in document.dates.enumerated() {
            #expect(d.text == "Friday, 11 April 2014")
            #expect(d.value == "2014-04-11")
            #expect(d.span.start == k * length + 11)
            #expect(document.string(d.span) == d.text)
        }
    }
}
