import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// A text may stop anywhere: after a reporting clause with no full stop, inside a quote, after
/// a parenthesis. Every walk that looks a token past a phrase must stop at the last token.
@Suite("Claims: texts that stop mid-sentence")
struct ClaimsTextEndTests {
    /// The whole default pipeline, as for long documents.
    static func run(_ text: String) -> Document { ClaimsLongDocumentTests.run(text) }

    @Test func aReportingClauseOrAParenthesisEndingTheTextIsRead() throws {
        // Each stopped a walk one token past the end ("…, said X" read the token after X for
        // "who"; a parenthesis after a quote's speaker read the token after it for a comma).
        let said = Self.run("He is alive, said Hamaha")
        #expect(said.quotes.map { said.text($0.span) } == ["He is alive"])
        let official = Self.run("The fighters are safe, said a spokesman")
        #expect(official.quotes.count == 1)
        for text in ["“We are safe,” the spokesman (AQIM)", "“We are safe,” Hamaha (AQIM)"] {
            #expect(Self.run(text).quotes.count == 1)
        }
    }

    @Test func aQuoteLeftOpenAtTheEndHoldsAReportWhoseQuoteFillsNoReport() {
        // A report inside words quoted and never closed starts after the inner quote's mark: the
        // inner quote's words before its mark were read as a range ending before it began.
        let d = Self.run("An official said the authorities knew. \"When we asked the police, an officer told me that his superior "
                         + "had said, 'That one is not our business, he has friends in Niamey,'")
        d.checkSpans()
        #expect(d.quotes.contains { d.text($0.cue) == "had said" })
    }

    @Test func aParenthesisOpeningTheSentenceBeforeAColonAndAQuoteIsNoLabel() {
        // The label was read from the token before the parenthesis, before the sentence's start.
        let d = Self.run("GUEST\n\n(Mara Lindqvist): \"Pure propaganda disseminated by enemies,\" yes.")
        d.checkSpans()
        #expect(d.quotes.count == 1)
    }

    @Test func aVerbEndingTheTextAfterAQuoteLooksForNoWordsOfItsOwnPastTheEnd() {
        // Whether the verb after a quote introduces quoted words of its own was read past its sentence.
        for text in [".\" H said", "\"He is alive.\" The spokesman said", "\"He is alive.\" He told reporters"] {
            Self.run(text).checkSpans()
        }
    }

    @Test func aStatementPhraseEndingTheTextLooksForNoRelayPastTheEnd() {
        // "said in a statement" read the token after the statement phrase for a relay's "in".
        for text in ["The group said in a statement", "The group said in a message to", "Baloch said in a statement emailed to media"] {
            Self.run(text).checkSpans()
        }
    }

    @Test func aCountEndingTheTextLooksForNoAsidePastTheEnd() {
        // "said 11 civilians, including children, were killed": the count's aside, cut anywhere.
        for text in ["The CMA said 11", "The CMA said 11 civilians, including", "The CMA said 11 civilians,", "The CMA said at least 11"] {
            Self.run(text).checkSpans()
        }
    }

    @Test func aReportEndingOnButOrWhichLooksForNoDenialPastTheEnd() {
        // The clause after "but" or ", which" that would deny the report is empty.
        for text in ["The army claimed to have killed Hamaha, but", "The army claimed to have killed Hamaha, but.",
                     "The army claimed to have killed Hamaha, which", "The army claimed to have killed Hamaha, which denied"] {
            let d = Self.run(text)
            d.checkSpans()
            #expect(d.quotes.count == 1, "\(text)")
        }
    }

    @Test func aVerdictEndingTheTextLooksForNoWordPastIt() {
        // The clause of a noun of speech ends before the verdict on it; the verdict was the last token.
        for text in ["think that hostages are dismissed", "said claims that the base fell are false", "the claims that the base fell are"] {
            Self.run(text).checkSpans()
        }
    }

    @Test func aSourceWithNothingButPunctuationAfterItsCommaReportsNothing() {
        // The content would start after the comma and end, its punctuation taken off, before it.
        let d = Self.run("according to the who , …")
        d.checkSpans()
        #expect(d.quotes.isEmpty)
    }

    @Test func aColonOnALineOfItsOwnBeforeAQuotesParagraphRuns() {
        // The colon opens its sentence: no words before it name a statement.
        let d = Self.run("The statement ended.\n:\n\n“We are alive.”")
        d.checkSpans()
        #expect(d.quotes.allSatisfy { $0.speaker == nil })
    }

    @Test func shortTextsOfCuesNamesAndMarksInAnyOrderRun() {
        // Cues, names, quote marks, brackets and dashes in random orders, most texts stopping
        // mid-phrase: the walks meet every kind of token at the end of a text.
        let pieces = ["said", "says", "told", "according to", "Hamaha", "AQIM", "the", "spokesman", "he", "we", "killed",
                      "alive", "was", "not", "\"", "“", "”", "«", "»", "'", "(", ")", "—", "-", ",", ".", ":", ";", "?",
                      "\n", "\n\n", "ANI", "on", "Friday", "who", "that", "a", "statement", "by", "quoted", "Mr.", "U.S.",
                      "denied", "claimed responsibility", "the attack", "will", "I", "its", "fighters", ",\"", ".\"", "…",
                      // Pieces of statements, so that reporting clauses, sources and parentheses end texts often.
                      ", said Hamaha", ", a spokesman said", "according to the spokesman ,", "“We are safe,”", "Hamaha (AQIM)",
                      "the spokesman (AQIM)", "Hamaha is alive", "told ANI on Friday:", "he was not killed"]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        for _ in 0..<1_500 {
            let words = (0...next(24)).map { _ in pieces[next(pieces.count)] }
            Self.run(words.joined(separator: next(3) == 0 ? "" : " ")).checkSpans()
        }
    }

    @Test func everyPrefixOfAStatementRunsAndKeepsItsSpansInside() {
        // The seed's text cut after every word and before its last character: no trap, and
        // every span of every record within the text as cut.
        let words = ClaimsSeedTests.seedText.unicodeScalars.prefix(3_000)
        let text = String(String.UnicodeScalarView(words))
        var ends: [String.Index] = []
        var previousWasSpace = true
        for i in text.indices {
            let space = text[i].isWhitespace
            if space && !previousWasSpace { ends.append(i); ends.append(text.index(before: i)) }
            previousWasSpace = space
        }
        for end in ends {
            Self.run(String(text[..<end])).checkSpans()
        }
    }
}
