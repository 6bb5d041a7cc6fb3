import ClaimlineCore
import ClaimlineEval
import Testing

@Suite struct BratReaderTests {
    let text = "Spokesman Abu Assem said on Friday that Hamaha is alive.\n"

    func read(_ ann: String) throws(GoldErrors) -> BratAnnotations {
        try BratReader.read(ann, text: text, file: "x.ann")
    }

    func errors(_ ann: String) -> [String] {
        do {
            _ = try read(ann)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func readsEveryLineKind() throws {
        let b = try read("""
        T1\tPER 10 19\tAbu Assem
        N1\tReference T1 claimline:per.abu_assem_al_muhajir\tAbu Assem al-Muhajir
        T2\tTIMEX3 28 34\tFriday
        A1\tTimexType T2 DATE
        #1\tAnnotatorNotes T2\t2014-04-11
        T3\tCue 20 24\tsaid
        T4\tQuote 40 55\tHamaha is alive
        R1\tCue Arg1:T4 Arg2:T3
        T5\tClaim 50 55\talive
        E1\tClaim:T5 Speaker:T1 Time:T2
        A2\tPredicate E1 alive

        """)
        #expect(b.textBounds.map(\.id) == ["T1", "T2", "T3", "T4", "T5"])
        #expect(b.textBounds[0].span == ScalarSpan(10, 19))
        #expect(b.normalizations.first?.key == "per.abu_assem_al_muhajir")
        #expect(b.attribute("TimexType", of: "T2")?.value == "DATE")
        #expect(b.notes.first?.text == "2014-04-11")
        #expect(b.relations.first?.arg2 == "T3")
        #expect(b.events.first?.argument("Time") == "T2")
    }

    @Test func offsetsCountUnicodeScalarsNotCharacters() throws {
        // The flag is two scalars (one Character); "é" here is one precomposed scalar.
        let text = "🇫🇷 Médéa: AQIM"
        let b = try BratReader.read("T1\tORG 10 14\tAQIM\nT2\tLOC 3 8\tMédéa\n", text: text, file: "f.ann")
        #expect(b.textBounds.map(\.text) == ["AQIM", "Médéa"])
    }

    @Test func textThatDiffersFromTheOffsetsIsAnError() {
        #expect(errors("T1\tPER 10 18\tAbu Assem\n") == [
            "x.ann:1: error: text-bound T1: text at 10 18 is \"Abu Asse\", the .ann says \"Abu Assem\"",
        ])
    }

    @Test func offsetsOutsideTheTextAreAnError() {
        #expect(errors("\nT1\tPER 50 90\tx\n") == ["x.ann:2: error: text-bound T1: span 50 90 outside the text (57 characters)"])
    }

    @Test func malformedLinesAreErrorsNamingTheirLine() {
        let found = errors("""
        T1\tPER 10 19\tAbu Assem
        T2 PER 10 19 Abu Assem
        T3\tPER ten 19\tAbu Assem
        A1\tTimexType
        R1\tCue Arg1:T1
        E1\tClaim
        N1\tReference T1\tAbu Assem
        X1\tfoo
        T1\tPER 10 19\tAbu Assem
        """)
        #expect(found.map { $0.split(separator: ":")[1] } == ["2", "3", "4", "5", "6", "7", "8", "9"])
        #expect(found.last == "x.ann:9: error: id T1 already used on line 1")
    }

    @Test func referencesToMissingIDsAreErrors() {
        let found = errors("T1\tPER 10 19\tAbu Assem\nA1\tDirect T9\nR1\tSpeaker Arg1:T1 Arg2:T7\n")
        #expect(found == [
            "x.ann:2: error: attribute A1 refers to T9, which is not defined",
            "x.ann:3: error: relation R1 refers to T7, which is not defined",
        ])
    }

    @Test func aBadTextBoundIsReportedOnceNotAgainByWhatPointsAtIt() {
        #expect(errors("T1\tPER 10 18\tAbu Assem\nN1\tReference T1 claimline:per.x\tX\n").count == 1)
    }

    @Test func aByteOrderMarkBeforeTheFirstLineIsSkipped() throws {
        #expect(try read("\u{FEFF}T1\tPER 10 19\tAbu Assem\n").textBounds.count == 1)
    }

    @Test func spansAcrossLineBreaksMatchTheirFlattenedText() throws {
        let b = try BratReader.read("T1\tQuote 0 7\tab cd e\n", text: "ab\ncd e", file: "f.ann")
        #expect(b.textBounds.first?.text == "ab\ncd e")
    }
}

@Suite struct GoldSchemeTests {
    let text = "Spokesman Abu Assem said on Friday that Hamaha is alive.\n"

    func interpret(_ ann: String) throws(GoldErrors) -> AnnotationSet {
        try AnnotationSet(brat: try BratReader.read(ann, text: text, file: "x.ann"), file: "x.ann")
    }

    @Test func readsClaimsWithTheirArguments() throws {
        let set = try interpret("""
        T1\tPER 10 19\tAbu Assem
        N1\tReference T1 claimline:per.abu_assem_al_muhajir\tAbu Assem al-Muhajir
        T2\tPER 40 46\tHamaha
        T3\tTIMEX3 28 34\tFriday
        A1\tTimexType T3 DATE
        #1\tAnnotatorNotes T3\t2014-04-11
        T4\tClaim 50 55\talive
        E1\tClaim:T4 Speaker:T1 Subject:T2 Time:T3
        A2\tPredicate E1 killed
        A3\tPolarity E1 negated
        """)
        #expect(set.entities.map(\.entity) == ["per.abu_assem_al_muhajir", nil])
        #expect(set.dates == [EvalDate(span: ScalarSpan(28, 34), text: "Friday", type: "DATE", value: "2014-04-11")])
        let claim = try #require(set.claims.first)
        #expect(claim.predicate == "killed" && claim.polarity == "negated" && claim.time == "2014-04-11")
        #expect(claim.speaker == EvalRef(span: ScalarSpan(10, 19), entity: "per.abu_assem_al_muhajir"))
        #expect(claim.subject == EvalRef(span: ScalarSpan(40, 46), entity: nil))
    }

    @Test func valuesOutsideTheSchemeAreErrors() {
        do {
            _ = try interpret("""
            T1\tPERSON 10 19\tAbu Assem
            T2\tTIMEX3 28 34\tFriday
            T3\tClaim 50 55\talive
            E1\tClaim:T3 Speaker:T2
            A1\tPredicate E1 resurrected
            """)
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.location.line) == [1, 2, 5])
            #expect(error.errors[0].message.hasPrefix("unknown type PERSON of T1"))
            #expect(error.errors[1].message == "TIMEX3 T2 has no TimexType attribute (DATE, TIME, DURATION or SET)")
            #expect(error.errors[2].message.hasPrefix("predicate resurrected of E1 is not in the vocabulary"))
        }
    }

    @Test func aSpeakerMustBeAnEntityMention() {
        do {
            _ = try interpret("T1\tCue 20 24\tsaid\nT2\tQuote 40 55\tHamaha is alive\nR1\tSpeaker Arg1:T2 Arg2:T1\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "x.ann:3: error: speaker of T2 is T1, which is not an entity mention (PER, ORG, LOC)")
        }
    }
}

@Suite struct AnnotationConfTests {
    @Test func typesDeclaredInTheConfAreReadNotScored() throws {
        let conf = AnnotationConf(text: "[entities]\nPER\n!Actor\n\tRole\n# note\n[relations]\nCue\tArg1:Quote, Arg2:Cue\n[events]\nStance\tSource:PER\n")
        #expect(conf.types == ["PER", "Actor", "Role", "Stance"])
        let text = "Spokesman Abu Assem said."
        let brat = try BratReader.read("T1\tRole 0 9\tSpokesman\nT2\tPER 10 19\tAbu Assem\nE1\tStance:T1\n", text: text, file: "x.ann")
        let set = try AnnotationSet(brat: brat, file: "x.ann", conf: conf)
        #expect(set.entities.map(\.text) == ["Abu Assem"])
        #expect(throws: GoldErrors.self) { try AnnotationSet(brat: brat, file: "x.ann") }
    }
}
