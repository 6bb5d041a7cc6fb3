import ClaimlineCore
import Testing

/// What stands between a speaker and the verb, or between the verb and its words, in the
/// forms reporters use: an adverb after the auxiliary, a second verb joined by "or", the
/// phrase naming how the words were given, and a header that names a statement mid-sentence.
@Suite("Claims: verb groups and statement introductions")
struct ClaimsVerbGroupTests {
    /// The quotes of `text` as (content, cue, speaker).
    private func quotes(_ text: String) -> [(content: String?, cue: String?, speaker: String?)] {
        let d = claimsRun(text)
        return d.quotes.map { (d.text($0.span), d.text($0.cue), d.text($0.speaker?.span)) }
    }

    @Test func anAdverbAfterTheAuxiliaryKeepsTheSubject() {
        let q = quotes("The civil defence has since clarified that the building was 500 m from the hospital.")
        #expect(q.count == 1)
        #expect(q.first?.speaker == "The civil defence" && q.first?.cue == "clarified")
        #expect(q.first?.content == "that the building was 500 m from the hospital")
    }

    @Test func hereOrThereAfterTheSubjectKeepsIt() {
        #expect(quotes("Officials here say the town is calm.").first?.speaker == "Officials")
        #expect(quotes("Residents there said the town was calm.").first?.content == "the town was calm")
    }

    @Test func aVerbJoinedByOrSharesTheSubject() {
        let q = quotes("The army did not confirm or deny that its fire had struck the position.")
        #expect(q.count == 1)
        #expect(q.first?.speaker == "The army" && q.first?.content == "that its fire had struck the position")
        let n = quotes("The ministry neither confirmed nor denied that the convoy was hit.")
        #expect(n.first?.speaker == "The ministry" && n.first?.cue == "denied")
    }

    @Test func aWrittenCommentIsWhereTheWordsWereGiven() {
        // "comment" after "in a written" is a noun: the report is the verb's, not the noun's.
        let q = quotes("Its spokesman said in a written comment to journalists that Armenia was lying.")
        #expect(q.count == 1)
        #expect(q.first?.cue == "said" && q.first?.speaker == "Its spokesman" && q.first?.content == "that Armenia was lying")
    }

    @Test func aManOrWomanHeadsAPhraseWithItsPlace() {
        #expect(quotes("A man in the sales team told me that the policy had lapsed.").first?.speaker == "A man in the sales team")
        // Before a clause with no relative pronoun, such a noun is no speaker's: "a man she said was Haddad".
        let relative = quotes("A relative posted a video of a man she said was Haddad, holding that day's newspaper.")
        #expect(relative.count == 1 && relative.first?.content == "was Haddad")
    }

    @Test func aStatementNamedInASentenceIntroducesOneParagraph() {
        let text = "Critics point to how the site rated this statement by Trump on June 11:\n\n"
            + "“If you look at this country, youth is an example: 59 percent.”\n\n"
            + "The unemployment rate is a widely used term.\n\n"
            + "Raj Shah said that statements made by Republicans are far more scrutinized."
        let q = quotes(text)
        // The quoted paragraph is the statement, one quote with the header's cue; the report
        // two paragraphs on is a report of its own.
        #expect(q.count == 2)
        #expect(q.first?.content == "“If you look at this country, youth is an example: 59 percent.”")
        #expect(q.first?.cue == "statement by" && q.first?.speaker == "Trump")
        #expect(q.last?.speaker == "Raj Shah" && q.last?.content == "that statements made by Republicans are far more scrutinized")
        // Unquoted, the statement is the one paragraph after the colon.
        let plain = quotes("Analysts read this statement by Trump on June 11:\n\nIf you look at this country, youth is an example.\n\nThe rate is a term.")
        #expect(plain.first?.content == "If you look at this country, youth is an example.")
    }

    @Test func aHeaderOnItsOwnLineStillRunsToTheNextHeader() {
        let q = quotes("Statement from the interior ministry:\n\nThe attack was repelled.\n\nThree attackers were killed.")
        #expect(q.first?.content == "The attack was repelled.\n\nThree attackers were killed.")
    }

    @Test func aStatementThatClaimsQuotedWordsSaysThem() {
        let q = quotes("The statement claims \"fourteen soldiers were captured.\"")
        #expect(q.count == 1 && q.first?.speaker == "The statement" && q.first?.cue == "claims")
        // Not "that" opening a clause: "said that footage published by X “indicates …”".
        let clause = quotes("The think tank said that footage published on Wednesday \"indicates Russian forces advanced\".")
        #expect(!clause.contains { $0.speaker == "that footage" })
    }

    @Test func itReadAfterQuotedWordsIsTheStatementsIssuer() {
        let d = claimsRun("AQIM issued a statement on Thursday. \"One hybrid terrorist neutralised,\" it read.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
        }
        #expect(d.quotes.count == 1)
        #expect(d.text(d.quotes.first?.cue) == "read" && d.quotes.first?.speaker?.entity == "org.aqim")
    }

    @Test func inTheWordsOfNamesTheSource() {
        let q = quotes("In the words of the minister, the town is calm.")
        #expect(q.count == 1 && q.first?.cue == "In the words of" && q.first?.speaker == "the minister" && q.first?.content == "the town is calm")
    }

    @Test func aVerbThatGoesOnOrAnswersHasItsTimeOrObjectQuoted() {
        // The quoted words are the elder's and the officer's, inside their reports.
        let elder = quotes("A tribal elder said firing had continued \"from around 1am until fajr\".")
        #expect(elder.count == 1 && elder.first?.speaker == "A tribal elder")
        let officer = quotes("A security official told ACP that troops had responded only to \"unprovoked fire from across the border\".")
        #expect(officer.count == 1 && officer.first?.speaker == "A security official")
        // Words of their own: "“…,” he continued", "He responded “no comment”".
        #expect(quotes("He responded \"no comment\".").first?.cue == "responded")
        #expect(quotes("\"We will win,\" he continued.").first?.cue == "continued")
    }

    @Test func aBodyBasedSomewhereHeadsItsPhrase() {
        #expect(quotes("Now to Chad, where a rebel group based in southern Libya says it has seized a military post.").first?.speaker
            == "a rebel group based in southern Libya")
        #expect(quotes("A militia based in Tripoli said it had seized the post.").first?.speaker == "A militia based in Tripoli")
    }

    @Test func aParticipleAfterAsidesSpeaksForWhoPutOutTheStatement() {
        // The whole pipeline: the date that opens the sentence is read as one.
        let d = ClaimsLongDocumentTests.run("Late on Tuesday the CRRT put out a statement, in French and Arabic, on its Facebook page and in WhatsApp groups, "
            + "saying its fighters had overrun a post.")
        #expect(d.quotes.count == 1 && d.text(d.quotes.first?.cue) == "saying" && d.text(d.quotes.first?.speaker?.span) == "the CRRT")
    }

    @Test func whatIsCitedWithNoSourceIsTheSubjectsWords() {
        let cited = quotes("At the debate, Clinton cited derogatory comments Trump had made about Machado after she gained weight.")
        #expect(cited.count == 1 && cited.first?.speaker == "Clinton" && cited.first?.cue == "cited")
        #expect(cited.first?.content == "derogatory comments Trump had made about Machado after she gained weight")
        let citing = quotes("The court halted the plan, citing a threat to public health and safety.")
        #expect(citing.count == 1 && citing.first?.speaker == "The court" && citing.first?.content == "a threat to public health and safety")
        // A source cited is no such words: an aside before the subject's verb, or one quoted as saying.
        let source = quotes("State media, citing a military source, said on Wednesday that the attack had been repelled.")
        #expect(source.count == 1 && source.first?.cue == "said")
        #expect(!quotes("The paper cited an unnamed security official as saying that the post was never lost.").contains { $0.cue == "cited" })
        // Nor is a name's common noun a source: "citing Justice Department policy" is a reason.
        let policy = quotes("The prosecutor declined to comment, citing Justice Department policy.")
        #expect(policy.count == 1 && policy.first?.content == "Justice Department policy")
    }

    @Test func aStatementNobodyIsNamedForSpeaksUnnamed() {
        let q = quotes("The police statement says that officers came under fire.")
        #expect(q.count == 1 && q.first?.speaker == "The police statement")
    }

    @Test func thenAfterACommaOpensAVerbBeforeQuotedWords() {
        let q = quotes("“Maybe forty of them,” he said. He paused, then added, almost to himself, “We lost Ammar.”")
        #expect(q.count == 2 && q.last?.speaker == "He" && q.last?.cue == "then added")
    }

    @Test func aModifierAfterAFigureThatOpensItsLineIsNoReport() {
        let d = ClaimsLongDocumentTests.run("The UK Maritime Trade Operations centre said a ship had been hit.\n\nBY THE NUMBERS\n"
            + "3 — disputed Israeli strikes in south Lebanon since 3 March\n60 days — the original period")
        #expect(d.quotes.count == 1 && d.text(d.quotes.first?.cue) == "said")
    }

    @Test func aNameAfterAPossessorsRoleSpeaksAfterQuotedWords() {
        let d = claimsRun("What they're saying:\n\"Every strike like this is one-sided,\" Lebanon's deputy speaker, Elias Haddad, told reporters in Beirut.") { f in
            f.entity("Lebanon", "LOC", "loc.lebanon")
            f.entity("Elias Haddad", "PER", nil)
        }
        #expect(d.quotes.count == 1 && d.text(d.quotes.first?.cue) == "told" && d.text(d.quotes.first?.speaker?.span) == "Elias Haddad")
    }

    @Test func aPluralRoleAndAVerbInThePresentOpenAClause() {
        #expect(quotes("The ministry says residents want more money.").first?.content == "residents want more money")
        #expect(quotes("The United Nations says officials make up most of the staff.").first?.content == "officials make up most of the staff")
        // Whom a verb tells, before its infinitive, is no clause's subject.
        #expect(quotes("The ministry told residents to leave.").isEmpty)
    }

    @Test func aHeadlinesLabelAndColonSayWhoSpeaks() {
        let q = quotes("Pat Caddell: Democrat Voters Worried About Clinton's Health; It's 'in Their Heads.'\n\nIn offering his view, he was blunt.")
        #expect(q.count == 1 && q.first?.speaker == "Pat Caddell" && q.first?.cue == ":")
        #expect(q.first?.content == "Democrat Voters Worried About Clinton's Health; It's 'in Their Heads.'")
        // The full stop some sites add is no part of the words.
        #expect(quotes("Sanders: Clinton needs to change course.\n\nBernie Sanders offered advice.").first?.content == "Clinton needs to change course")
        // A headline's label, a determiner, words in capitals or a known organisation or place name no speaker.
        for headline in ["BREAKING: Army retakes the town", "The Latest: Army retakes the town", "COLOMBIA: Army retakes the town",
                         "Explainer: Who holds the town now"] {
            #expect(!quotes(headline + "\n\nFighting went on.").contains { $0.cue == ":" }, "\(headline)")
        }
        let topic = claimsRun("Boko Haram: Shekau appears in new video, mocks the army\n\nFighting went on.") { f in
            f.entity("Boko Haram", "ORG", "org.boko_haram")
        }
        #expect(!topic.quotes.contains { topic.text($0.cue) == ":" })
    }
}

