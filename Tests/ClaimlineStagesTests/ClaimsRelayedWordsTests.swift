import ClaimlineCore
import Testing

/// Words passed on by an outlet or a statement: a monitoring digest's items, "quoted … as saying"
/// before quoted words, "the agency" or "the paper" for an outlet named in the paragraph, and a
/// statement's text ("It reads: …").
@Suite("Claims: words relayed by outlets and statements")
struct ClaimsRelayedWordsTests {
    private func run(_ text: String) throws -> Document {
        var d = Document(id: "relayed", text: text)
        try defaultPlan.makePipeline().run(&d)
        return d
    }

    @Test func aMonitoringDigestsItemsAreReadAsProseNotAsTurnsOfATranscript() throws {
        let d = try run("Iran media react to tanker seizure\n\n"
            + "IRNA: The official news agency said the crew members were in good health. (IRNA website, Tehran, in Persian 12 Jun 24)\n\n"
            + "KAYHAN: The hardline daily said the seizure was lawful. (Kayhan, Tehran, in Persian 12 Jun 24)\n\n"
            + "TASNIM NEWS AGENCY: The official news agency quoted an informed source as saying \"the owners know very well why their ship was stopped\".\n")
        #expect(!d.quotes.contains { $0.rule == "quote.transcript_turn" || $0.rule == "quote.transcript_label" })
        let crew = try #require(d.quotes.first { d.text($0.span) == "the crew members were in good health" })
        #expect(crew.speaker?.entity == "org.irna")
        let lawful = try #require(d.quotes.first { d.text($0.span) == "the seizure was lawful" })
        #expect(lawful.speaker?.entity == "org.kayhan")
        let owners = try #require(d.quotes.first { $0.direct })
        #expect(d.text(owners.speaker?.span) == "an informed source")
        #expect(owners.chain.dropFirst().first?.entity == "org.tasnim")
    }

    @Test func aTranscriptsLabelsComeBackAndStayTurns() throws {
        let d = try run("Interview on Radio Mogadishu\n\n"
            + "PRESENTER: The army says the town was taken. Is that true?\n\n"
            + "GOVERNOR: Our forces hold the town and the roads around it.\n\n"
            + "PRESENTER: The group denies it.\n\n"
            + "GOVERNOR: They always deny what they lose.\n")
        #expect(d.quotes.filter { $0.rule == "quote.transcript_turn" }.count == 4)
    }

    @Test func aTranscriptsLabelInInitialsIsThePersonItAbbreviates() throws {
        let d = claimsRun("Interviewer: Claire Maury (CM). Guest: Ambroise Dolo (AD), spokesman of the militia.\n\n"
            + "CM: Ambroise Dolo, good morning.\n\nAD: Good morning.\n\nCM: What is your response?\n\nAD: It is false.\n") { f in
            f.entity("Claire Maury", "PER", nil)
        }
        let turns = d.quotes.filter { $0.rule == "quote.transcript_turn" }
        #expect(turns.map { d.text($0.speaker?.span) ?? "-" } == ["CM", "AD", "CM", "AD"])
        #expect(turns.map { $0.speaker?.name ?? "-" } == ["Claire Maury", "Ambroise Dolo", "Claire Maury", "Ambroise Dolo"])
        #expect(turns.first?.speakerRule == "speaker.transcript_initials")
        // With no initials given, the last person named whose words start with those letters.
        let named = claimsRun("Sarah Brown spoke to Ali Hassan on Monday.\n\nSB: Is the town lost?\n\nAH: It is not.\n") { f in
            f.entity("Sarah Brown", "PER", nil)
            f.entity("Ali Hassan", "PER", nil)
        }
        #expect(named.quotes.filter { $0.rule == "quote.transcript_turn" }.map { $0.speaker?.name ?? "-" } == ["Sarah Brown", "Ali Hassan"])
        // A label that opens the text has no name before it.
        let first = claimsRun("AD: Good morning.\n\nCM: Hello.\n")
        #expect(first.quotes.map { first.text($0.speaker?.span) ?? "-" } == ["AD", "CM"])
    }

    @Test func aStatementHeaderInsideQuoteMarksEndsWithTheirClosingMark() throws {
        let d = claimsRun("The army issued a statement.\n\n\"Statement of the General Command:\n\nOur forces repelled the attack.\n\n"
            + "Sixty terrorists were killed.\"\n\nThe statement did not mention casualties. A military source said that two soldiers had died.")
        let statement = try #require(d.quotes.first { $0.rule == "quote.statement_header" })
        #expect(d.text(statement.span) == "Our forces repelled the attack.\n\nSixty terrorists were killed.")
        let source = try #require(d.quotes.first { d.text($0.span) == "that two soldiers had died" })
        #expect(d.text(source.speaker?.span) == "A military source")
        #expect(source.chain.count == 1)
    }

    @Test func itBeforeAVerbOfWhatATextSaysIsTheStatementAndItsIssuerSpeaks() throws {
        let d = claimsRun("Hamas sent its reply. The Prime Minister's Office has now issued a short statement. It reads:\n\n"
            + "\"Israel has received the response.\"\n\nThe editorial then states: \"The media have lied.\"") { f in
            f.entity("Hamas", "ORG", "org.hamas")
            f.entity("Prime Minister's Office", "ORG", nil)
        }
        let reads = try #require(d.quotes.first { d.text($0.span) == "\"Israel has received the response.\"" })
        #expect(d.text(reads.cue) == "reads")
        #expect(reads.speaker?.name == "Prime Minister's Office")
        #expect(d.text(reads.speaker?.span) == "It")
        let states = try #require(d.quotes.first { d.text($0.span) == "\"The media have lied.\"" })
        #expect(d.text(states.cue)?.hasSuffix("states") == true)
        // "He reads the Koran": no text named before, no cue.
        #expect(claimsRun("He reads the Koran every day.").quotes.isEmpty)
    }

    @Test func quotedWordsOfSeveralWordsMayBeTheSubjectOfTheReportedClause() throws {
        let d = claimsRun("The CTD said \"a terrorist cell affiliated with the PKK\" had launched two drones at the base.") { f in
            f.entity("CTD", "ORG", nil)
            f.entity("PKK", "ORG", "org.pkk")
        }
        let report = try #require(d.quotes.first)
        #expect(d.text(report.span) == "\"a terrorist cell affiliated with the PKK\" had launched two drones at the base")
        #expect(report.speaker?.name == "CTD")
    }

    @Test func quoteMarksAfterAnOpeningCitingNameTheSourceNotItsWords() throws {
        let d = claimsRun("Citing \u{201C}a source in the Islamic Resistance,\u{201D} the channel said the building was \u{201C}a house\u{201D}.")
        #expect(!d.quotes.contains { d.text($0.span)?.contains("a source") == true })
        let report = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(d.text(report.span) == "the building was \u{201C}a house\u{201D}")
        #expect(d.text(report.speaker?.span) == "the channel")
    }

    @Test func anOutletThatACountrysNounNamesSpeaksNotTheCountry() throws {
        for text in ["Iran's official news agency IRNA reported that the tanker had been seized.",
                     "The tanker had been seized, Iran's official news agency IRNA reported.",
                     "Iran's official news agency IRNA, quoting a source, reported that the tanker had been seized."] {
            let d = try run(text)
            #expect(d.quotes.first?.speaker?.entity == "org.irna", "\(text)")
        }
    }

    @Test func aMinistryNamedByNoTableIsNoPersonAndItsStatementIsItsOwn() throws {
        let d = claimsRun("The militants denied it. Somalia's Ministry of Information said in a statement that commander Abdirahman Mahad, "
            + "whom it described as \"the head of the network,\" was killed. \"The operation was carried out by commandos,\" the statement said. "
            + "He added nothing.") { f in
            f.entity("Somalia", "LOC", "loc.somalia")
            f.entity("Abdirahman Mahad", "PER", nil)
        }
        let ministry = try #require(d.quotes.first { d.text($0.cue) == "said" && $0.direct == false })
        #expect(ministry.speaker?.name == "Somalia's Ministry of Information")
        let described = try #require(d.quotes.first { d.text($0.cue) == "described" })
        #expect(described.speaker?.name == "Somalia's Ministry of Information")
        #expect(d.text(described.speaker?.span) == "it")
        let statement = try #require(d.quotes.first { $0.direct })
        #expect(statement.speaker?.name == "Somalia's Ministry of Information")
    }

    @Test func quotingWhoSpokeAsCitingDoesNamesASourceInTheChain() throws {
        let d = claimsRun("Quoting a spokesman for the group, the radio said that the commander is alive. "
            + "The agency, quoting informed sources, said the talks failed. The firm denied it, quoting its captain as saying \"all is well\".")
        let radio = try #require(d.quotes.first { d.text($0.span) == "that the commander is alive" })
        #expect(d.text(radio.speaker?.span) == "the radio")
        #expect(radio.chain.contains { $0.role == "source" && $0.name?.hasPrefix("a spokesman") == true })
        let agency = try #require(d.quotes.first { d.text($0.span) == "the talks failed" })
        #expect(agency.chain.contains { $0.name == "informed sources" })
        // Mid-sentence, "quoting X as saying" still gives X the words, and no report of its own.
        let captain = try #require(d.quotes.first { $0.direct })
        #expect(d.text(captain.speaker?.span) == "its captain")
        #expect(!d.quotes.contains { $0.rule == "quote.according_to" && d.text($0.cue) == "quoting" })
    }

    @Test func itAfterASentenceThatIssuesAStatementIsItsIssuer() throws {
        let d = claimsRun("The LNA said its forces had taken the airport. On Monday, the GNU's Ministry of Defence issued a statement. "
            + "It described the attack as a violation and said that its forces had repelled it.") { f in
            f.entity("LNA", "ORG", "org.lna")
            f.entity("GNU", "ORG", "org.gnu")
        }
        let repelled = try #require(d.quotes.first { d.text($0.span) == "that its forces had repelled it" })
        #expect(repelled.speaker?.name == "the GNU's Ministry of Defence")
        #expect(repelled.speaker?.entity == nil)
    }

    @Test func itAfterASentenceThatPostsSomewhereIsWhoPosted() throws {
        // Past an auxiliary and an adverb, and a name no table lists with its article.
        let d = claimsRun("The Radaa has just posted on its Facebook page. It says it has not attacked anyone.")
        let q = try #require(d.quotes.first)
        #expect(q.speaker?.name == "The Radaa")
        let listed = claimsRun("The UN mission called for calm. Al-Shabaab posted on Telegram. It said it had killed ten soldiers.") { f in
            f.entity("UN", "ORG", "org.un")
            f.entity("Al-Shabaab", "ORG", "org.al_shabaab")
            f.entity("Telegram", "ORG", "org.telegram")
        }
        #expect(listed.quotes.map { $0.speaker?.entity } == ["org.al_shabaab"])
    }

    @Test func aStatementsWordsAfterALabelAndItsQuotedPartsAreItsIssuers() throws {
        let d = claimsRun("The French army said it had killed Abou Oubeida. The group rejected that account. In the statement, signed by its "
            + "media wing and dated 27 Shawwal, AQIM said the commander, whom it calls Abu Ubaydah Yusuf al-Tilimsi, \"is alive, in good health.\"\n\n"
            + "\"The crusader French army announces victories it has not achieved,\" the statement said.\n\n"
            + "ASI publishes below the main part of the statement, translated by its editorial staff:\n\n\"Praise be to God. We deny it.\"") { f in
            f.entity("French army", "ORG", "org.french_army")
            f.entity("Abou Oubeida", "PER", "per.abu_ubaydah")
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Abu Ubaydah Yusuf al-Tilimsi", "PER", "per.abu_ubaydah")
            f.entity("ASI", "ORG", "org.asi")
        }
        let alive = try #require(d.quotes.first { d.text($0.span)?.hasSuffix("in good health.\"") == true })
        #expect(alive.speaker?.entity == "org.aqim")
        #expect(d.text(alive.cue) == "said")
        let crusader = try #require(d.quotes.first { d.text($0.span)?.hasPrefix("\"The crusader") == true })
        #expect(crusader.speaker?.entity == "org.aqim")
        let praise = try #require(d.quotes.first { d.text($0.span)?.hasPrefix("\"Praise") == true })
        #expect(praise.speaker?.entity == "org.aqim")
    }

    @Test func quotedWordsAfterQuotedAsSayingAreTheQuotedOnesAndTheQuotingOneRelays() throws {
        let d = claimsRun("The tanker was seized on Friday. Reuters quoted the company's spokesman as saying: \"Our vessel was on a routine passage.\" "
            + "The channel quoted an unnamed Dubai-based broker as saying \"owners are waiting outside the Gulf\". "
            + "The firm denied any collision, quoting its captain as saying \"there was no incident\".") { f in
            f.entity("Reuters", "ORG", "org.reuters")
        }
        let direct = d.quotes.filter(\.direct)
        #expect(direct.map { d.text($0.speaker?.span) } == ["the company's spokesman", "an unnamed Dubai-based broker", "its captain"])
        #expect(direct.first?.chain.map(\.entity) == [nil, "org.reuters"])
        let passive = claimsRun("The spokesman was quoted by Reuters as saying: \"The base has fallen.\"") { f in
            f.entity("Reuters", "ORG", "org.reuters")
        }
        #expect(passive.quotes.map { passive.text($0.speaker?.span) } == ["The spokesman"])
    }

    @Test func theAgencyOrThePaperIsAnOutletNamedInItsOwnParagraph() throws {
        let near = try run("A leader was killed, Al Jazeera reported. The channel said the strike hit a car.")
        let said = try #require(near.quotes.first { near.text($0.span) == "the strike hit a car" })
        #expect(said.speaker?.entity == "org.al_jazeera")
        let far = try run("A leader was killed, Al Jazeera reported.\n\nA tabloid ran the story too. The paper said the strike hit a car.")
        let paper = try #require(far.quotes.first { far.text($0.span) == "the strike hit a car" })
        #expect(paper.speaker?.entity == nil)
        #expect(far.text(paper.speaker?.span) == "The paper")
    }
}
