import ClaimlineCore
import Testing

/// A long document: every date is found wherever it falls among tens of thousands of
/// tokens (rule windows are made per token where a rule can start, no buffer per block).
@Suite struct DatesLongDocumentTests {
    @Test func everyDateIsFoundInALongDocument() throws {
        // 9 tokens a sentence over 60,000 tokens.
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
