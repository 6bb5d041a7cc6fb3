import ClaimlineCore
import ClaimlinePipelines
import ClaimlineRules
@testable import ClaimlineStages
import Testing

/// A word longer than `NormalizeStage.maxTransliteratedRun` (a script written without
/// spaces, junk) is transliterated in pieces of the bound at most, so that its cost is linear
/// in its length; it still becomes ASCII and maps back to its source.
@Suite struct NormalizeLongWordTests {
    let bound = NormalizeStage.maxTransliteratedRun

    let stage: Pipeline = {
        let url = DefaultPipeline.locate(executable: nil)!
        var spec = try! PipelineSpec(contentsOf: url, displayPrefix: "Pipelines/")
        spec.stages = spec.stages.filter { $0.kind == .normalize }
        return try! PipelinePlan(spec: spec).makePipeline()
    }()

    func normalized(_ text: String) throws -> Document {
        var document = Document(id: "w", text: text)
        try stage.run(&document)
        return document
    }

    func view(_ text: String) throws -> String {
        let document = try normalized(text)
        return document.view.string(ScalarSpan(0, document.view.count))
    }

    @Test func aLongWordIsTransliteratedPieceByPiece() throws {
        let word = String(repeating: "عمرولدحماها", count: 100)
        let scalars = Array(word.unicodeScalars)
        var pieces = "", start = 0
        while start < scalars.count {
            let end = min(start + bound, scalars.count)
            pieces += try view(String(String.UnicodeScalarView(scalars[start..<end])))
            start = end
        }
        let document = try normalized("He said \(word) today.")
        let text = document.view.string(ScalarSpan(0, document.view.count))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text == "He said " + pieces + " today.")
        #expect(document.view.original(ScalarSpan(8, document.view.count - 7)) == ScalarSpan(8, 8 + scalars.count))
    }

    @Test func aWordOfTheBoundIsTransliteratedWhole() throws {
        let word = String(repeating: "北京是中国的首都", count: bound / 8)
        #expect(word.unicodeScalars.count == bound)
        let text = try view(word)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        // Han becomes syllables with spaces between them: a cut would have joined two.
        #expect(text.split(separator: " ").count == bound)
    }

    @Test func aMarkAtTheCutStaysWithItsLetter() {
        let word = Array((String(repeating: "ب", count: bound) + "\u{064E}" + "بب").unicodeScalars)
        #expect(NormalizeStage.pieceEnd(word[...], from: 0) == bound - 1)
        #expect(NormalizeStage.pieceEnd(word[...], from: bound - 1) == word.count)
        let marks = Array(("ب" + String(repeating: "\u{064E}", count: 2 * bound)).unicodeScalars)
        #expect(NormalizeStage.pieceEnd(marks[...], from: 0) == bound)
    }
}

/// A letter under more than `maxClusterMarks` combining marks is folded in clusters of the
/// bound at most (NFKC sorts a cluster's marks at a cost of the square of their number); the
/// text after it is folded and mapped as before.
@Suite struct NormalizeMarkStackTests {
    let stage = NormalizeLongWordTests().stage

    @Test func textAfterALetterUnderManyMarksMapsBack() throws {
        let stack = "e" + String(repeating: "\u{0301}\u{0316}", count: 1_000)
        let text = "\(stack) “Gao”"
        var document = Document(id: "m", text: text)
        try stage.run(&document)
        let view = document.view.string(ScalarSpan(0, document.view.count))
        #expect(view.hasSuffix(" \"Gao\""))
        let n = document.view.count, original = text.unicodeScalars.count
        #expect(document.view.original(ScalarSpan(n - 4, n - 1)) == ScalarSpan(original - 4, original - 1))
    }
}
