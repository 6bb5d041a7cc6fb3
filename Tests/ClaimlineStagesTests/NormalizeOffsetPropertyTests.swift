import ClaimlineCore
import ClaimlinePipelines
import ClaimlineRules
import ClaimlineStages
import TestSupport
import Testing

/// Random text mixing NBSP, curly quotes, decomposed accents, Arabic script, emoji and
/// compatibility characters goes through the normalize stage of the default pipeline;
/// every span of the analysis view must map back to the original characters it came from.
@Suite("Normalisation offset map properties")
struct NormalizeOffsetPropertyTests {
    static let pieces: [String] = [
        "spokesman", "Hamaha", "AQIM", "said", "alive", "Mr.", "U.S.", "2014",
        "\u{00A0}", "“alive”", "‘killed’", "«Serval»", "—", "–", "…", "don’t",
        "Cafe\u{0301}", "Mu\u{0308}ller", "Sen\u{0303}or", "Ould\u{0301}", "é", "Hamaḥa",
        "قال", "المتحدث", "حماها", "مُحَمَّد", "عبد الله", "ـــ",
        "👍🏽", "🇲🇱", "👨‍👩‍👧", "😀", "𝔸",
        "ﬁnal", "Ｆｒａｎｃｅ", "²", "½", "ʿAbd", "ﷺ",
    ]
    static let separators = [" ", "\n", ", ", "\r\n", " \u{00A0}"]

    let stage: Pipeline = {
        let url = DefaultPipeline.locate(executable: nil)!
        var spec = try! PipelineSpec(contentsOf: url, displayPrefix: "Pipelines/")
        spec.stages = spec.stages.filter { $0.kind == .normalize }
        return try! PipelinePlan(spec: spec).makePipeline()
    }()

    /// A random text and where each piece sits in it.
    func randomText(_ rng: inout SplitMix64) -> (text: String, spans: [(ScalarSpan, String)]) {
        var text = "", offset = 0
        var spans: [(ScalarSpan, String)] = []
        for _ in 0..<Int.random(in: 1...40, using: &rng) {
            let piece = Self.pieces.randomElement(using: &rng)!
            let length = piece.unicodeScalars.count
            spans.append((ScalarSpan(offset, offset + length), piece))
            text += piece
            offset += length
            let separator = Self.separators.randomElement(using: &rng)!
            text += separator
            offset += separator.unicodeScalars.count
        }
        return (text, spans)
    }

    @Test("every piece maps to its derived span and back to exactly its original characters")
    func piecesComeBack() throws {
        var rng = SplitMix64(state: 7)
        for _ in 0..<300 {
            let (text, spans) = randomText(&rng)
            var document = Document(id: "p", text: text)
            try stage.run(&document)
            let view = document.view
            for (span, piece) in spans {
                let derived = view.map.toDerived(span)
                guard !derived.isEmpty else { continue }
                let back = view.original(derived)
                #expect(back == span, "\(piece): \(span) → \(derived) → \(back)")
                #expect(document.string(back) == piece)
            }
        }
    }

    @Test("every derived scalar comes from inside the original, in order, and any span round-trips")
    func everySpanMapsInside() throws {
        var rng = SplitMix64(state: 11)
        for _ in 0..<300 {
            let (text, _) = randomText(&rng)
            var document = Document(id: "p", text: text)
            try stage.run(&document)
            let view = document.view
            let n = document.scalars.count
            #expect(view.map.sourceLength == n)
            var previous = 0
            for i in 0..<view.count {
                let source = view.original(ScalarSpan(i, i + 1))
                #expect(source.start >= previous && source.end <= n)
                previous = source.start
            }
            for _ in 0..<20 where view.count > 0 {
                let a = Int.random(in: 0..<view.count, using: &rng)
                let b = Int.random(in: (a + 1)...view.count, using: &rng)
                let span = ScalarSpan(a, b)
                let source = view.original(span)
                #expect(source.start >= 0 && source.end <= n)
                #expect(view.map.toDerived(source).contains(span), "\(span) → \(source)")
            }
        }
    }

    @Test("a long document is normalised as each of its lines would be alone, text and map")
    func longDocumentAsItsLines() throws {
        var rng = SplitMix64(state: 13)
        var lines: [String] = []
        var length = 0
        // Long enough that pieces of it far apart share one output and one map.
        while length < 200_000 {
            let scalars = randomText(&rng).text.unicodeScalars.map { $0 == "\n" ? " " : $0 }
            let line = String(String.UnicodeScalarView(scalars))
            lines.append(line)
            length += line.unicodeScalars.count + 1
        }
        var long = Document(id: "long", text: lines.joined(separator: "\n"))
        try stage.run(&long)
        var original = 0, derived = 0, textMismatches = 0, mapMismatches = 0
        for line in lines {
            var alone = Document(id: "line", text: line)
            try stage.run(&alone)
            let view = alone.view
            if Array(long.view.scalars[derived..<min(long.view.count, derived + view.count)]) != view.scalars { textMismatches += 1 }
            for k in 0..<view.count where derived + k < long.view.count {
                let expected = view.original(ScalarSpan(k, k + 1))
                let got = long.view.original(ScalarSpan(derived + k, derived + k + 1))
                if got != ScalarSpan(original + expected.start, original + expected.end) { mapMismatches += 1 }
            }
            original += line.unicodeScalars.count + 1
            derived += view.count + 1
        }
        #expect(long.view.count == derived - 1)
        #expect(textMismatches == 0)
        #expect(mapMismatches == 0)
    }

    @Test("the view folds what the tables and ICU say it should")
    func foldedView() throws {
        var document = Document(id: "p", text: "“Cafe\u{0301}” — ﬁnal\u{00A0}قال…")
        try stage.run(&document)
        let view = document.view.string(ScalarSpan(0, document.view.count))
        #expect(view.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(view.hasPrefix("\"Cafe\" - final qal..."))
    }
}
