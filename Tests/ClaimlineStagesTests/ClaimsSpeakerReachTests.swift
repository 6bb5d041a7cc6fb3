import ClaimlineCore
import Testing

/// Who speaks where the subject stands far from the reporting verb: a verb shared after "and"
/// or "but", a participle's phrase after the subject, a passive "quoted … as saying".
@Suite("Claims: speakers far from their verb")
struct ClaimsSpeakerReachTests {
    private func speakers(_ d: Document) -> [String?] { d.quotes.map { d.text($0.speaker?.span) } }

    @Test func anAppositionWithARelativeClauseAfterTheSubjectNamesWhoSpeaks() throws {
        let d = claimsRun("One of them, a former sergeant who surrendered to the army in March, told the Group that his commander had said so. "
                          + "One, a teacher who asked not to be named, said: \"I counted the graves.\"")
        #expect(speakers(d) == ["a former sergeant", "a teacher"])
        // After an opening phrase, the apposition is the subject and its clause says who it is.
        let opening = claimsRun("In a phone call on Monday, a man who presented himself as the emir, the spokesman of the group, said his fighters attacked.")
        #expect(speakers(opening) != ["a man"])
    }

    @Test func aFormInEdAfterADeterminerDescribesTheNoun() throws {
        let d = claimsRun("The detained journalist said that it was over. The injured man's family have asked that he is not named. "
                          + "The Paris daily argued that the deal was thin. Ahmad Wali Masood, brother of the assassinated commander Ahmad Shah Masood, "
                          + "also said he expected that an agreement would come.") { f in
            f.entity("Ahmad Wali Masood", "PER", nil)
            f.entity("Ahmad Shah Masood", "PER", nil)
        }
        #expect(speakers(d).prefix(4) == ["The detained journalist", "The injured man's family", "The Paris daily", "Ahmad Wali Masood"])
    }

    @Test func aCountOpeningTheSubjectBeforeAParticiplesAsideSpeaks() throws {
        let d = claimsRun("One long-standing shareholder, speaking on condition of anonymity because he was not authorised to discuss his fund's "
                          + "positions, said it was the mixed messages. One of them, speaking on condition of anonymity, said the offer was on the table. "
                          + "One, a teacher who asked not to be named, said the tweets were true.")
        #expect(speakers(d) == ["One long-standing shareholder", "One of them", "a teacher"])
    }

    @Test func anOccupationHeadsItsPhraseAsARoleDoes() throws {
        let d = claimsRun("The former bookkeeper of Vance Living told a jury on Tuesday that its founder moved the money. "
                          + "A former bookkeeper for a housing charity testified that her supervisor told her to move it. "
                          + "Firefighters said they would monitor the shifting ground.") { f in
            f.entity("Vance Living", "ORG", nil)
        }
        #expect(speakers(d).prefix(3) == ["The former bookkeeper of Vance Living", "A former bookkeeper for a housing charity", "Firefighters"])
    }

    @Test func aPossessorOrAnOccasionInTheSubjectIsReadAsSuch() throws {
        let d = claimsRun("The provincial government's information adviser stood up and told us that the TTP had no presence. "
            + "The last time officials in Peshawar insisted that militants had been eliminated, residents protested. "
            + "Officials in Ouagadougou publicly deny the system exists; two serving officers said it does.")
        #expect(speakers(d).prefix(3) == ["The provincial government's information adviser", "officials in Peshawar", "Officials in Ouagadougou"])
        // A clause after a semicolon that opens with a count is no part of what was denied.
        #expect(d.quotes.contains { d.text($0.span) == "the system exists" })
    }

    @Test func aShortNameBeforeItsLongFormInParenthesesSpeaks() throws {
        let d = claimsRun("The prison agency SNAI (Servicio Nacional de Atención Integral a Personas Privadas de la Libertad) said on Tuesday that 17 inmates had died. "
            + "Speaking by phone, Ugaas Mohamed Hassan Abdi (his name is also transliterated Maxamed Xasan Cabdi) said the three men were farmers. "
            + "The Kurdistan Workers Party (PKK) said it was not. "
            + "JNIM (Jama'at Nusrat al-Islam wal-Muslimin, GSIM in French) published a claim through its az-Zallaqa outlet saying its fighters had taken the barracks.")
        #expect(d.quotes.filter { d.text($0.cue) == "said" }.map { d.text($0.speaker?.span) } == ["The prison agency SNAI", "Ugaas Mohamed Hassan Abdi", "PKK"])
        // The claim's words are the issuer's, not the outlet's it went through.
        let saying = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(d.text(saying.speaker?.span) == "JNIM")
    }

    @Test func aSecondVerbAfterACommaAndThenSharesTheSubject() throws {
        let d = claimsRun("Asked about the ransom reports, he paused, then said: “If anyone paid, it wasn’t us.” "
            + "The commander hesitated, then added: “It fell.” The editor concerned tells me he “assumed they were the same thing.”")
        #expect(speakers(d) == ["he", "The commander", "The editor concerned"])
    }

    @Test func aClauseOrAnObjectBeforeAndIsNoFirstSpeaker() throws {
        let d = claimsRun("The army disagreed and an independent monitoring group said most of the dead were civilians. "
            + "The army put the number far lower and a second group said the dead were traders. "
            + "Her family at the time asked media not to broadcast the footage. France and Mali said the town was calm.")
        #expect(speakers(d) == ["an independent monitoring group", "a second group", "Her family", "France"])
    }

    @Test func aVerbsPrepositionOpensNoSpeakerPhraseButANounsDoes() throws {
        let d = claimsRun("A reporter asked about residents of Mamund who said a mortar round killed four children. "
            + "Protesters against the war said the march was peaceful.")
        #expect(speakers(d) == ["A reporter", "residents of Mamund", "Protesters against the war"])
    }

    @Test func aVerbSharedAfterAndOrButHasTheSubjectWithoutTheFirstVerb() throws {
        let but = claimsRun("The army made no mention of Sow, but said that operations continue.")
        #expect(speakers(but) == ["The army"])
        let and = claimsRun("The ministry expressed its condolences and urged \"all parties to exercise maximum restraint\", without assigning blame.")
        #expect(speakers(and) == ["The ministry"])
        let listed = claimsRun("The army listed three homes as damaged, and said that no civilians had been hurt.")
        #expect(speakers(listed) == ["The army"])
    }

    @Test func aParticiplesPhraseEndingInABareNounLeavesTheNounBeforeItTheSpeaker() throws {
        let d = claimsRun("Two residents of Kidal reached by satellite phone said that wounded people had arrived there on Sunday.") { f in
            f.entity("Kidal", "LOC", "loc.kidal")
        }
        #expect(speakers(d) == ["Two residents of Kidal"])
        #expect(d.text(d.quotes.first?.span) == "that wounded people had arrived there on Sunday")
    }

    @Test func whereTheWordsWereQuotedMayStandBetweenQuotedAndAsSaying() throws {
        let d = claimsRun("The junta's spokesperson, Maj. Gen. Zaw Min Tun, was quoted in the same article as saying that no civilians were harmed.") { f in
            f.entity("Zaw Min Tun", "PER", "per.zaw_min_tun")
        }
        #expect(d.quotes.first?.speaker?.entity == "per.zaw_min_tun")
        let relayed = claimsRun("The spokesman was quoted on state television by IRNA as saying that the attack was cowardly.") { f in
            f.entity("IRNA", "ORG", "org.irna")
        }
        #expect(speakers(relayed) == ["The spokesman"])
        #expect(relayed.quotes.first?.chain.map(\.entity) == [nil, "org.irna"])
    }

    @Test func anAsideOpenedByWhomStandsBetweenTheSubjectAndItsPassive() throws {
        let d = claimsRun("The commander of the provincial police, whom Tasnim did not name, was quoted as saying that the attack was cowardly.") { f in
            f.entity("Tasnim", "ORG", "org.tasnim")
        }
        #expect(speakers(d) == ["The commander of the provincial police"])
    }

    @Test func aNounOfSpeechAfterACapitalisedModifierBeforeWhatItIsAboutReportsNothing() throws {
        let d = claimsRun("A spokesperson stated that Russian claims about Kotlyne are \"false\" and that Ukrainian forces still hold the village.")
        #expect(d.quotes.map { d.text($0.cue) } == ["stated"])
        // A count after "about" is what was claimed.
        let count = claimsRun("Hamas claims about 30 fighters were killed.")
        #expect(count.quotes.map { count.text($0.span) } == ["about 30 fighters were killed"])
    }

    @Test func aParticipleAfterACommaInsideTheClosingQuoteMarkSharesTheReportsSpeaker() throws {
        let d = claimsRun("Russian milbloggers claimed that Russian forces seized Kotlyne. A spokesperson stated that Ukrainian forces "
                          + "\u{201C}continue to hold positions in the village,\u{201D} adding that small Russian groups had reached the outskirts.")
        #expect(d.quotes.map { [d.text($0.cue), d.text($0.speaker?.span)] }
                == [["claimed", "Russian milbloggers"], ["stated", "A spokesperson"], ["adding", "A spokesperson"]])
        #expect(d.text(d.quotes[1].span) == "that Ukrainian forces \u{201C}continue to hold positions in the village,\u{201D}")
    }

    @Test func aSpokespersonNamedInTheHeadlineSpeaksEachTurnHerNameLabels() throws {
        var d = Document(id: "briefing", text: """
            Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on October 22, 2025

            Mao Ning: Good afternoon. I have no announcements to make today.

            Reuters: Indian media have reported that troops clashed. Can you confirm?

            Mao Ning: I'd refer you to the competent authorities. The situation is stable.
            """)
        try defaultPlan.makePipeline().run(&d)
        let turns = d.quotes.filter { $0.rule == "quote.transcript_label" }
        #expect(turns.map { d.text($0.speaker?.span) } == ["Mao Ning", "Mao Ning"])
        #expect(turns.map { d.text($0.span) } == ["Good afternoon. I have no announcements to make today",
                                                   "I'd refer you to the competent authorities. The situation is stable"])
    }

    @Test func aSpeakerAfterTheQuoteMayHoldANameAsModifierOrAnAppositionsComplement() throws {
        let modifier = claimsRun("\u{201C}Every year somebody killed him,\u{201D} a former Somali intelligence officer said.")
        #expect(speakers(modifier) == ["a former Somali intelligence officer"])
        let apposition = claimsRun("\"Today, hundreds of families will be reunited,\" Christine Ferrand, head of the ICRC's delegation in Yemen, "
                                   + "told reporters at Sanaa airport.")
        #expect(speakers(apposition) == ["Christine Ferrand"])
        #expect(apposition.quotes.map { apposition.text($0.cue) } == ["told"])
        let participle = claimsRun("\"The question is open,\" said Tariq Haddad, a political analyst based in Amman, in comments to Al Jazeera.") { f in
            f.entity("Al Jazeera", "ORG", "org.al_jazeera")
        }
        #expect(speakers(participle) == ["Tariq Haddad"])
        #expect(participle.quotes.first?.chain.map(\.entity) == [nil, "org.al_jazeera"])
    }

    @Test func anEditorialBoardIsARoleNotAnEditorial() throws {
        let d = claimsRun("Its editorial board, which has consistently urged restraint since the Pahalgam attack, says the ceasefire should be given every chance.")
        #expect(d.quotes.map { [d.text($0.cue), d.text($0.speaker?.span)] } == [["says", "Its editorial board"]])
    }

    @Test func whoPutOutAStatementSpeaksForTheParticipleAfterIt() throws {
        // The whole pipeline: "this morning" is a date, which the dates stage finds.
        var d = Document(id: "statement", text: "Kata'ib Hezbollah put out a statement this morning saying that the occupation will pay. "
                         + "It put out a statement this morning saying, quote, \"The American occupation will pay a heavy price,\" unquote.")
        try defaultPlan.makePipeline().run(&d)
        #expect(d.quotes.map { d.text($0.cue) } == ["saying", "saying"])
        #expect(speakers(d) == ["Kata'ib Hezbollah", "It"])
        #expect(d.text(d.quotes.last?.span) == "\"The American occupation will pay a heavy price,\"")
    }

    @Test func aRestrictiveRelativeClauseBeforeAnAsideLeavesItsNounTheSpeaker() throws {
        let d = claimsRun("A police officer who took part in the search, speaking on condition of anonymity, told Kurdistan24 that one soldier had been wounded.")
        #expect(speakers(d) == ["A police officer"])
    }

    @Test func aPluralNounOfSpeechBeforeAVerbOfSpeechIsItsSubject() throws {
        let d = claimsRun("Credible reports indicate that at least two of the individuals were isolated.")
        #expect(d.quotes.map { d.text($0.cue) } == ["indicate"])
        #expect(d.text(d.quotes.first?.span) == "that at least two of the individuals were isolated")
        // A plural after the verb is its object.
        let object = claimsRun("He denies claims that he fled.")
        #expect(object.quotes.map { object.text($0.cue) } == ["denies", "claims"])
    }

    @Test func aParagraphOfQuotedWordsAfterAQuotesReportingClauseGoesOnWithItsSpeaker() throws {
        let d = claimsRun("\"They are alive,\" said Samira Haddad, Amnesty International's Deputy Regional Director for the Middle East and North Africa.\n\n"
                          + "\"The authorities claim these people were spies. Yet they have produced no evidence.\"")
        #expect(speakers(d) == ["Samira Haddad", "Samira Haddad"])
        // Not after another sentence of the reporter's own.
        let other = claimsRun("\"They are alive,\" said Samira Haddad, a director. The group denies it.\n\n\"The authorities claim these people were spies.\"")
        #expect(speakers(other) == ["Samira Haddad", nil])
    }

    @Test func aShortNameInParenthesesBeforeAnAuxiliaryARelativeOrAVerbOfIssuingSpeaks() throws {
        let auxiliary = claimsRun("The Islamic State West Africa Province (ISWAP) has confirmed that one of its commanders was killed.") { f in
            f.entity("ISWAP", "ORG", "org.iswap")
        }
        #expect(auxiliary.quotes.first?.speaker?.entity == "org.iswap")
        let relative = claimsRun("Somalia's National Intelligence and Security Agency (NISA), which announced on 12 May that Warsame had been "
                                 + "eliminated, gave no details.") { f in f.entity("NISA", "ORG", "org.nisa") }
        #expect(relative.quotes.first?.speaker?.entity == "org.nisa")
        let issued = claimsRun("Later on Friday, the Inter-Services Public Relations (ISPR) issued a press release saying that troops "
                               + "conducted an operation.") { f in f.entity("ISPR", "ORG", "org.ispr") }
        #expect(issued.quotes.first?.speaker?.entity == "org.ispr")
        // A relative clause with a subject of its own: its verb is that subject's.
        let own = claimsRun("A commander of the group (ISWAP) whom the army said it had killed has appeared in a video.") { f in
            f.entity("ISWAP", "ORG", "org.iswap")
        }
        #expect(speakers(own) == ["the army"])
    }

    @Test func aPerfectAuxiliaryAfterAndSharesTheSubjectButAPassiveBeDoesNot() throws {
        let d = claimsRun("The Kremlin has previously said its personnel are invited, and has rejected accusations that it is exploiting the region.")
        #expect(d.quotes.map { [d.text($0.cue), d.text($0.speaker?.span)] }
                == [["has previously said", "The Kremlin"], ["has rejected", "The Kremlin"]])
        let passive = claimsRun("His car was spotted in the neighborhood, and was found abandoned at the airport in December.")
        #expect(passive.quotes.isEmpty)
    }

    @Test func whereTheWordsWereGivenWithTheArticleIsNoCue() throws {
        let report = claimsRun("UNAMA, for its part, says in the report that it routinely shares its findings.")
        #expect(report.quotes.map { [report.text($0.cue), report.text($0.speaker?.span)] } == [["says", "UNAMA"]])
        let item = claimsRun("The agency later published a second item stating that the pictures were fabricated.")
        #expect(item.quotes.contains { item.text($0.cue) == "stating" && item.text($0.speaker?.span) == "The agency" })
    }

    @Test func anAdverbAndAPrepositionalPhraseAfterAVerbOfSpeechAreNoContent() throws {
        let d = claimsRun("The court heard from an investigator, who testified anonymously under a registration number. He said that the defendant lied.")
        #expect(d.quotes.map { d.text($0.cue) } == ["said"])
    }

    @Test func aPlaceAfterAPrepositionEndsThePhraseOfTheNounBeforeAnAside() throws {
        let d = claimsRun("A man from a hamlet outside Gasseliki, reached by telephone, said he had helped bury seventeen people.") { f in
            f.entity("Gasseliki", "LOC", "loc.gasseliki")
        }
        #expect(speakers(d) == ["A man"])
    }

    @Test func heAfterASentenceARoleOpensIsThatRolesHolderNotAnEarlierSpeaker() throws {
        let d = claimsRun("In the recording, Abu Talha says he is \"in good health\". In Ouagadougou, the government spokesman went further. "
                          + "Speaking to reporters after the cabinet meeting, he called the strike \"a heavy blow\" and said the body had been identified.") { f in
            f.entity("Abu Talha", "PER", "per.abu_talha")
        }
        let later = d.quotes.filter { d.text($0.cue) == "called" || d.text($0.cue) == "said" }
        #expect(later.count == 2)
        #expect(later.allSatisfy { $0.speaker?.entity == nil && $0.speaker?.role == "spokesman" })
        // A person who spoke after the role's sentence began is whom "he" names.
        let named = claimsRun("The minister arrived late. Abu Talha said the town had fallen. He said the army had fled.") { f in
            f.entity("Abu Talha", "PER", "per.abu_talha")
        }
        #expect(named.quotes.map { $0.speaker?.entity } == ["per.abu_talha", "per.abu_talha"])
    }

    @Test func aRestrictiveRelativeWithASubjectOfItsOwnLeavesTheVerbToThatSubject() throws {
        let d = claimsRun("He wrote the letter after the date on which the French claim he was killed.")
        #expect(d.quotes.map { [d.text($0.cue), d.text($0.speaker?.span)] } == [["claim", "the French"]])
        // A relative whose verb follows the pronoun is the antecedent's.
        let verb = claimsRun("Thai military officials who monitor Cambodian affairs said privately Thursday that the case was closed.")
        #expect(speakers(verb) == ["Thai military officials"])
    }

    @Test func itAfterAnOrganisationSpokeInItsSentenceIsThatOrganisationNotOneItsAsideNames() throws {
        // The whole pipeline: "the group" is the last armed group the tables name.
        var d = Document(id: "group", text: "Al-Shabaab told a very different story. The group, which is linked to al-Qaeda, said the surviving "
                         + "troops had fled, and it denied that any of its fighters had been killed.")
        try defaultPlan.makePipeline().run(&d)
        let shabaab = try #require(d.mention("Al-Shabaab")?.entity)
        #expect(d.quotes.map { $0.speaker?.entity } == [shabaab, shabaab])
    }

    @Test func aSpeakerAfterTheQuoteMayHoldARestrictiveRelativeClauseBeforeItsVerb() throws {
        let d = claimsRun("\"We lost 12 soldiers,\" a military officer who asked not to be named because he was not authorised "
            + "to speak to media told Reuters by phone.") { f in f.entity("Reuters", "ORG", "org.reuters") }
        #expect(speakers(d) == ["a military officer"])
        #expect(d.text(d.quotes.first?.cue) == "told")
        // Words that end their sentence are not the next sentence's.
        let next = claimsRun("\"It is a double tragedy.\" Stuart MacGill, who is in the squad, says he is not perturbed by reports of a clash.")
        #expect(next.quotes.first { next.text($0.span) == "\"It is a double tragedy.\"" }?.speaker == nil)
    }

    @Test func aQuoteGoesOnPastWordsQuotedInsideItsFirstPiece() throws {
        let d = claimsRun("Fighting resumed.\n\n\"Saying 'not credible' and nothing else is not transparency,\" said Abdirahman Yusuf, a researcher. "
            + "\"It is a closed door.\"") { f in f.entity("Abdirahman Yusuf", "PER", nil) }
        let second = try #require(d.quotes.first { d.text($0.span) == "\"It is a closed door.\"" })
        #expect(d.text(second.speaker?.span) == "Abdirahman Yusuf")
        #expect(second.rule == "quote.continued")
    }

    @Test func titlesJoinedByAHyphenStandBeforeTheName() throws {
        let d = claimsRun("Fighting resumed.\n\n\"The statistics have nothing in common with reality,\" Maj.-Gen. Sergei Bragin said. "
            + "The Defence Headquarters spokesman, Brig.-Gen. Musa Danladi, told journalists that the base was safe.") { f in
            f.entity("Sergei Bragin", "PER", nil)
            f.entity("Musa Danladi", "PER", nil)
        }
        #expect(speakers(d) == ["Sergei Bragin", "Musa Danladi"])
        #expect(d.quotes.last?.speaker?.role == "spokesman")
    }

    @Test func aSpeakersDeterminerStandsBeforeItsCountOrRank() throws {
        let d = claimsRun("The other resident said that a drone had hit a house. A second military officer said troops had recovered 17 bodies. "
            + "The two leaders said they would meet again. Thursday's walk-ins were the third time AROS said it had set up such an event.")
        #expect(speakers(d) == ["The other resident", "A second military officer", "The two leaders", "AROS"])
    }

    @Test func aParticiplesSubjectIsReadPastADatelineAnAuxiliaryADateAndAShortName() throws {
        var quetta = Document(id: "quetta", text: "BLA claims attack\n\nQUETTA: The banned Baloch Liberation Army (BLA) on Tuesday "
            + "claimed responsibility for an attack, saying its fighters had killed 30 soldiers.")
        try defaultPlan.makePipeline().run(&quetta)
        let bla = try #require(quetta.quotes.first { $0.cue.map { quetta.string($0) } == "saying" })
        #expect(bla.speaker?.name?.hasSuffix("Liberation Army") == true, "\(String(describing: bla.speaker))")
        let ttp = claimsRun("The banned Tehreek-e-Taliban Pakistan (TTP) has claimed responsibility for an attack, saying its fighters killed 12 police.") { f in
            f.entity("Tehreek-e-Taliban Pakistan", "ORG", "org.ttp")
            f.entity("TTP", "ORG", "org.ttp")
        }
        #expect(ttp.quotes.first?.speaker?.entity == "org.ttp")
        let nyala = claimsRun("RSF vows to take El Fasher\n\nNYALA, Sudan (Darfur Monitor) — A senior commander of the RSF has "
            + "accused the military of using civilians as human shields.") { f in f.entity("NYALA", "LOC", "loc.nyala") }
        #expect(speakers(nyala) == ["A senior commander of the RSF"])
    }

    @Test func aRelativeClauseDoesNotReachPastAClauseOfItsOwnBeforeTheVerb() throws {
        let d = claimsRun("He was a man who had been dead for five years before the Yemeni army announced it had killed him.")
        #expect(speakers(d) == ["the Yemeni army"])
        let asided = claimsRun("Connie Mariano, who later retired from the service as a rear admiral, said that Clinton had fainted in 1998.") { f in
            f.entity("Connie Mariano", "PER", nil)
            f.entity("Clinton", "PER", nil)
        }
        #expect(speakers(asided) == ["Connie Mariano"])
    }

    @Test func aNameBeforeAnAppositionOpenedByTheSpeaksUnlessTheAppositionNamesOrHoldsARole() throws {
        let d = claimsRun("Diversified, the holding company for Fidelity Federal Savings, said that the agreement was signed.") { f in
            f.entity("Fidelity Federal Savings", "ORG", nil)
        }
        #expect(speakers(d) == ["Diversified"])
        let named = claimsRun("A radical offshoot of Fatah, the Al-Aqsa Brigades, said that it was responsible for the attack.") { f in
            f.entity("Fatah", "ORG", "org.fatah")
            f.entity("Al-Aqsa Brigades", "ORG", nil)
        }
        #expect(speakers(named) == ["Al-Aqsa Brigades"])
        let role = claimsRun("Ismail Ould Ag Intallah, the media officer of MNLA, warned that the fight would go on.") { f in
            f.entity("Ismail Ould Ag Intallah", "PER", nil)
            f.entity("MNLA", "ORG", "org.mnla")
        }
        #expect(role.quotes.first?.speaker?.role == "officer")
    }

    @Test func aPerfectAuxiliaryAndAnAdverbAfterAndShareTheSubject() throws {
        let d = claimsRun("The Taliban routinely refer to NRF fighters as rebels and have repeatedly said that the opposition has no presence.") { f in
            f.entity("Taliban", "ORG", "org.taliban")
        }
        #expect(d.quotes.first?.speaker?.entity == "org.taliban")
        let aside = claimsRun("Bakhtar News Agency quoted Zabiullah Mujahid, as the agency spelled his name, as saying that all those arrested were armed.") { f in
            f.entity("Bakhtar News Agency", "ORG", nil)
            f.entity("Zabiullah Mujahid", "PER", "per.zabihullah_mujahid")
        }
        #expect(aside.quotes.first?.speaker?.entity == "per.zabihullah_mujahid")
    }

    @Test func aPerfectAuxiliaryMayFollowAnAsideBetweenCommasOrDashes() throws {
        let d = claimsRun("The omda said a second man, a relative of the village sheikh, had told him that the son had phoned. "
            + "He said a commander of the Joint Forces - an alliance of former rebel groups - had told him that his men had found bodies.")
        let told = d.quotes.filter { d.text($0.cue) == "told" || d.text($0.cue) == "had told" }
        #expect(told.map { d.text($0.speaker?.span) } == ["a second man", "a commander of the Joint Forces"])
        let guides = claimsRun("Two Swiss guides who survived the 1999 Interlaken canyoning accident - in which 14 Australians died - "
            + "have denied any wrongdoing in leading the trip.") { f in f.entity("Swiss", "LOC", "loc.switzerland") }
        #expect(speakers(guides) == ["Two Swiss guides"])
    }

    @Test func aParticiplesSubjectMayFollowADateThatOpensTheSentence() throws {
        var d = Document(id: "date", text: "Late on Tuesday the BLA issued a second statement, saying the figures were false "
                         + "and denying that any of its fighters had been killed.")
        try defaultPlan.makePipeline().run(&d)
        let names = d.quotes.map { $0.speaker?.name }
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0?.hasSuffix("Liberation Army") == true }, "\(names)")
    }

    @Test func aPlaceInAParticiplesPhraseBeforeWhoIsNoAntecedent() throws {
        let d = claimsRun("A woman reached by telephone in Kano, who said she was the man's elder sister, said the family had not heard from him.") { f in
            f.entity("Kano", "LOC", "loc.kano")
        }
        #expect(speakers(d) == ["A woman", "A woman"])
    }

    @Test func aLongAppositionWithARelativeClauseLeavesTheNameBeforeItTheSpeaker() throws {
        let d = claimsRun("Clement Varenne, a research fellow at France's National Centre for Scientific Research (CNRS) who has studied "
            + "jihadi groups around Lake Chad for years, said premature death announcements have a long history.") { f in
            f.entity("Clement Varenne", "PER", nil)
            f.entity("Lake Chad", "LOC", "loc.lake_chad")
        }
        #expect(speakers(d) == ["Clement Varenne"])
    }

    @Test func heAfterARoleThatSpokeBehindAParticiplesPhraseIsThatRole() throws {
        let d = claimsRun("AQIM denied it. Contacted by ASI on Wednesday, a spokesman for the French general staff in Paris said the army "
            + "\"maintains its assessment.\" \"The identification was made on the basis of several sources,\" he said.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("ASI", "ORG", "org.asi")
            f.entity("French", "ORG", "org.french_army")
            f.entity("Paris", "LOC", "loc.paris")
        }
        let he = try #require(d.quotes.first { $0.direct })
        #expect(d.text(he.speaker?.span) == "he")
        #expect(he.speaker?.role == "spokesman")
        #expect(he.speaker?.entity == d.quotes.first?.speaker?.entity)
    }

    @Test func whereTheWordsWereGivenMayBeAReplyOrAPostWithItsAdjective() throws {
        let d = claimsRun("An army spokesperson said in a written reply to questions that no soldiers had been hurt. "
            + "The general staff said in a brief post on its Facebook page that the situation is under control.")
        #expect(d.quotes.map { d.text($0.span) } == ["that no soldiers had been hurt", "that the situation is under control"])
        #expect(speakers(d) == ["An army spokesperson", "The general staff"])
    }

    @Test func concludedReportsBeforeThatACommaOrAQuoteOnly() throws {
        let d = claimsRun("The government \"reiterates its outstretched hand,\" the communiqué concluded, \"but it will not tolerate force.\" "
            + "The talks concluded on Friday without a deal. The inquiry concluded that the soldiers had fired first.")
        #expect(d.quotes.map { d.text($0.cue) } == ["concluded", "concluded", "concluded"])
        #expect(!d.quotes.contains { d.text($0.span) == "without a deal" })
        #expect(d.quotes.last.map { d.text($0.span) } == "that the soldiers had fired first")
    }

    @Test func quotedMayStandTwentyTokensBeforeAsSaying() throws {
        let d = claimsRun("The statement quoted the chief of the general staff, Lt. Gen. Fadhl Saleh al-Awlaqi, as saying during a visit "
            + "to the front that the army's morale was high.") { f in f.entity("Fadhl Saleh al-Awlaqi", "PER", nil) }
        #expect(speakers(d) == ["the chief of the general staff"])
    }

    @Test func aCountOrRankStandingAloneSpeaks() throws {
        let d = claimsRun("Two residents gave conflicting accounts. One said the fighters came at night. The other said the fighting "
            + "lasted an hour. Of the four people we spoke to, two said they heard aircraft. A third said he heard shelling.")
        d.checkSpans()
        #expect(speakers(d) == ["One", "The other", "two", "A third"])
        #expect(d.quotes.map { d.text($0.span) } == ["the fighters came at night", "the fighting lasted an hour", "they heard aircraft", "he heard shelling"])
    }

    @Test func aPluralRoleWordBeforeACapitalisedWordIsPartOfAnOrganisationsName() throws {
        let d = claimsRun("The Sudan Doctors Network, a group of medics, said on Monday that it had counted 31 dead.") { f in
            f.entity("Sudan", "LOC", "loc.sudan")
        }
        #expect(speakers(d).first == "The Sudan Doctors Network")
        #expect(d.quotes.first?.speaker?.role == nil)
    }

    @Test func aVerbAfterAndSharesTheSubjectOfTheClauseButOpens() throws {
        let d = claimsRun("The voice matches earlier recordings attributed to him, but we have not conducted a forensic comparison "
            + "and cannot confirm that it is his. Residents fled, but the army denied the attack and said the town was calm.")
        #expect(speakers(d) == ["we", "the army"])
        #expect(d.quotes.map { d.text($0.cue) } == ["confirm", "said"])
    }

    @Test func aRestrictiveRelativeClauseOfAnonymityReachesSixteenWords() throws {
        let d = claimsRun("However, a military source who pleaded anonymity because he was not authorised to speak on the matter told "
            + "our correspondent that the situation was serious.")
        #expect(speakers(d) == ["a military source"])
    }

    @Test func aRelativeClausesNounIsReadPastTheSentencesOpeningPhrase() throws {
        // A date ("This week"), a participle's phrase, an adverb ("Meanwhile").
        let d = ClaimsLongDocumentTests.run("This week, an official with the agency, who spoke on condition of anonymity, said the agency had "
                          + "recorded an increase. Asked about the deaths, a spokesman for the prison system, who would speak only on condition of "
                          + "anonymity, said every death is investigated. Meanwhile, Ogden Corp., which also has interests in maintenance, "
                          + "said that its profit rose.")
        #expect(speakers(d) == ["an official with the agency", "a spokesman for the prison system", "Ogden Corp"])
    }

    @Test func twoRelativeClausesJoinedByAndLeadBackToTheirNoun() throws {
        let d = claimsRun("A military intelligence officer who has followed the group for more than a decade, and who spoke on condition of "
            + "anonymity because he was not authorized to discuss individual cases, told me that the unit was involved. "
            + "It was opposed by the boy's relatives, who are fighting to keep him here and who have said the father is controlled by Havana.")
        #expect(speakers(d) == ["A military intelligence officer", "the boy's relatives"])
        // A report in the second clause ends with it ("…, and who asked that her name not be used, said").
        let asked = claimsRun("A municipal employee who handles requests, and who asked that her name not be used, said the office could do little.")
        #expect(asked.quotes.map { asked.text($0.span) } == ["that her name not be used", "the office could do little"])
        #expect(speakers(asked) == ["A municipal employee", "A municipal employee"])
    }

    @Test func aCountOfTheRelativePronounLeadsBackToItsNoun() throws {
        let d = claimsRun("The plan angered the families of the victims, many of whom say the claims are unfounded. "
            + "The villagers, some of whom said the soldiers had fired first, were moved to Gao.")
        #expect(d.quotes.map { d.text($0.span) } == ["the claims are unfounded", "the soldiers had fired first"])
        #expect(speakers(d) == ["the families of the victims", "The villagers"])
    }

    @Test func aQuoteAfterARelativePronounsCueAndColonIsItsAntecedents() throws {
        let d = claimsRun("The channel posts a video of a regional deputy, Apti Saidulayev, who says: “These channels lie.” "
            + "They met the commander, who told us: “We will fight.”")
        #expect(d.quotes.map { d.text($0.cue) } == ["says", "told"])
        #expect(speakers(d) == ["Apti Saidulayev", "the commander"])
        // Without the colon the quote is the main clause's ("anybody who complains … “is not having a good night”").
        let plain = claimsRun("She mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”")
        #expect(!plain.quotes.contains { plain.text($0.cue) == "complains" })
    }

    @Test func anAdverbOfTimeBeforeOrAfterTheVerbKeepsItsSpeaker() throws {
        let d = claimsRun("The prosecutor's office has since said that it has recovered 15 bodies. The army has since denied that soldiers died. "
            + "He said afterwards, “She asked for you.” The army initially said 12 soldiers died.")
        #expect(speakers(d) == ["The prosecutor's office", "The army", "He", "The army"])
        // After the verb, before a bare clause, or before a phrase of time and one.
        let after = claimsRun("Ms Rennick said afterwards she would table a question. He said later in the day he was tired.")
        #expect(after.quotes.map { after.text($0.span) } == ["she would table a question", "he was tired"])
    }

    @Test func usedToBeforeTheVerbStandsBetweenItAndItsSubject() throws {
        let d = claimsRun("My grandfather used to say that no evil lasts forever. My mother used to say, “No evil lasts a hundred years.”")
        #expect(speakers(d) == ["My grandfather", "My mother"])
    }

    @Test func aReportInParenthesesEndsAtTheClosingOne() throws {
        let d = claimsRun("Alfredo Romero (who asked that his surname not be published) told us his group had documented arrests. "
            + "The commander (who said he had been wounded twice) was not available.")
        #expect(d.quotes.map { d.text($0.span) } == ["that his surname not be published", "his group had documented arrests", "he had been wounded twice"])
        #expect(speakers(d) == ["Alfredo Romero", "Alfredo Romero", "The commander"])
    }

    @Test func quotedWordsOpeningWithAVerbOfSpeechAfterTheSubjectAreItsWords() throws {
        let d = claimsRun("AQIM “categorically denies the claims of the French army”.")
        #expect(speakers(d) == ["AQIM"])
        // Not words that say what the subject is.
        let state = claimsRun("Hamaha “is alive and well” in Gao.")
        #expect(speakers(state) == [nil])
    }

    @Test func aNameAndTheRoleBeforeItAfterTheContentSpeakWhenNothingFollowsTheVerb() throws {
        let d = claimsRun("The chief minister also condemned the attack, his spokesperson, Farrukh Zaman, said.")
        #expect(d.quotes.map { d.text($0.span) } == ["The chief minister also condemned the attack"])
        #expect(speakers(d) == ["Farrukh Zaman"])
    }

    @Test func aRelativeClauseWithoutItsPronounReportsTheVerbAfterTheCue() throws {
        let d = claimsRun("State media reported fires, an allegation the AA said was “a fabrication to hide the army's own arson.” "
            + "The town the army said was captured is quiet. US forces intercepted a call they believed could be the commander speaking.")
        #expect(d.quotes.map { d.text($0.span) } == ["was “a fabrication to hide the army's own arson.”", "was captured", "could be the commander speaking"])
        #expect(speakers(d) == ["the AA", "the army", "they"])
        // Not past a colon before a quote mark.
        let colon = claimsRun("The channel quotes Zarema, who it says is the mother of one of the men: “My son was never on any list.”")
        #expect(colon.quotes.first.map { colon.text($0.span) } == "is the mother of one of the men")
        // Not a free relative's "what", nor the words after it.
        #expect(claimsRun("What he said was a lie.").quotes.isEmpty)
    }

    @Test func aDemandAfterARelativePronounIntroducesTheQuotedWordsAfterIt() throws {
        let d = claimsRun("The statement was read by the deputy director, Ato Mesfin, who called on residents to “distinguish the truth from propaganda.” "
            + "“It poses a grave risk,” the mission said, calling on M23 “to cease all hostilities immediately.”")
        #expect(d.quotes.map { d.text($0.cue) } == ["called on", "said", "calling on"])
        #expect(d.text(d.quotes.first?.speaker?.span) == "Ato Mesfin")
    }

    @Test func quotedWordsAfterAndThatFollowsAReportingClauseGoOnWithIt() throws {
        let d = claimsRun("The armed forces had retaken several towns since January, he said, and “the terrorists are on the run”.")
        #expect(d.quotes.map { d.text($0.cue) } == ["said", "said"])
        #expect(speakers(d) == ["he", "he"])
        // Not after a clause of its own.
        let own = claimsRun("The army took the town, and “the fighters have fled”.")
        #expect(own.quotes.allSatisfy { $0.speaker == nil })
    }

    @Test func aSpeakerBeforeAQuotesCueStaysInsideItsParagraph() throws {
        let d = claimsRun("Police detain three Serbs near Jarinje crossing\n\nEU urges “maximum restraint” as KFOR steps up patrols")
        #expect(d.quotes.map { d.text($0.cue) } == ["urges"])
        #expect(speakers(d) == ["EU"])
    }

    @Test func aStatementInAppositionEndsTheReportAndItsThatOpensNoSpeaker() throws {
        let d = claimsRun("The governor said terrorism is in its final phase, a statement that civil-society organisations in Pemba described as “premature”.")
        #expect(d.quotes.map { d.text($0.span) } == ["terrorism is in its final phase", "as “premature”"])
        #expect(speakers(d) == ["The governor", "civil-society organisations in Pemba"])
    }

    @Test func aPluralWithoutItsSAfterAConjunctionSpeaks() throws {
        let d = claimsRun("But police said the town had fallen. And people say the army left the town. So police also fear that the unrest will spread.")
        #expect(speakers(d) == ["police", "people", "police"])
    }

    @Test func longBeforeTheVerbAndDespiteBeforeAParticipleKeepTheSubject() throws {
        let d = claimsRun("Cruz has long said that he qualifies as a citizen. "
            + "House Speaker Paul Ryan, despite admitting that he had concerns about the bill, voted for it.")
        #expect(speakers(d) == ["Cruz", "Paul Ryan"])
    }

    @Test func aPluralsPossessiveApostropheBeforeANounOfSpeechNamesItsSpeaker() throws {
        let d = claimsRun("The rebels’ claim that they had shot down a helicopter was dismissed.")
        #expect(speakers(d) == ["The rebels"])
    }

    @Test func aClauseOfWithAndAParticipleOfSpeechEndsTheReportBeforeIt() throws {
        let d = claimsRun("The ministry denied the reports of civilian deaths in the town, with its spokesman calling them baseless.")
        #expect(d.quotes.map { d.text($0.span) } == ["the reports of civilian deaths in the town", "them baseless"])
        #expect(speakers(d) == ["The ministry", "its spokesman"])
        // The participle's own report is the phrase's after "with".
        let saying = claimsRun("The army said the town was calm, with one officer saying the rebels had fled. "
            + "The strikes continued, with residents saying the town had been flattened.")
        #expect(saying.quotes.map { saying.text($0.span) } == ["the town was calm", "the rebels had fled", "the town had been flattened"])
        #expect(speakers(saying) == ["The army", "one officer", "residents"])
    }

    @Test func aPassiveParticiplesOpeningPhraseIsNoSubjectOfAParticipleLater() throws {
        let d = claimsRun("Chastened by the analyses, as well as complaints over its costs, Trump revised his plan, promising to focus its benefits on workers.")
        #expect(speakers(d) == ["Trump"])
    }

    @Test func aRoleInQuoteMarksBeforeAVerbOfSpeechIsTheSpeaker() throws {
        let d = claimsRun("A JNIM “spokesman” told AFP that the group had taken the town.")
        #expect(d.quotes.map { d.text($0.span) } == ["that the group had taken the town"])
        #expect(speakers(d) == ["spokesman"])
    }

    @Test func whoToldAPassiveTellingSpeaksAfterItsBy() throws {
        let d = claimsRun("I am told by friends that the commander was killed in the raid. He was told by officials that the convoy had left.")
        #expect(speakers(d) == ["friends", "officials"])
        // "am" is an auxiliary too: "I am saying" is the first person's.
        let am = claimsRun("I am saying that the government is doing its best.")
        #expect(speakers(am) == ["I"])
    }

    @Test func thenBetweenTheDeterminerAndTheNounStaysInThePhrase() throws {
        let d = claimsRun("The then defence minister said the army had withdrawn from the town.")
        #expect(speakers(d) == ["The then defence minister"])
    }

    @Test func anAsideBetweenDashesStandsBetweenTheOneQuotedAndAsSaying() throws {
        let d = claimsRun("Amaq quoted “a security source” – a formula it commonly uses – as saying that the fighters had withdrawn safely.")
        #expect(d.quotes.map { d.text($0.span) } == ["that the fighters had withdrawn safely"])
        #expect(speakers(d) == ["a security source"])
    }

    @Test func aCountAndItsOfOpenAnAsideOrASpeakerAfterTheContent() throws {
        // "one of …" between commas describes the name before it.
        let d = claimsRun("Ahmed Ali, one of the founders of the group, said it had no fighters left. "
            + "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said it was an invasion.")
        #expect(speakers(d) == ["Ahmed Ali", "Scott Pruitt"])
        // After the content, the count is part of who speaks.
        let after = claimsRun("The attackers killed 12 people, one of the soldiers said.")
        #expect(after.quotes.map { after.text($0.span) } == ["The attackers killed 12 people"])
        #expect(speakers(after) == ["the soldiers"])
    }

    @Test func aVerbAfterTheToOfAWishSpeaksForWhoeverWished() throws {
        let d = claimsRun("Colonel Musa wanted to stress that the army was loyal. The company plans to announce new products on Monday.")
        // The plan is a wish of its own; "announce" after its "to" reports nothing.
        #expect(d.quotes.map { d.text($0.span) } == ["to stress that the army was loyal", "that the army was loyal", "to announce new products on Monday"])
        #expect(speakers(d) == ["Musa", "Musa", "The company"])
    }

    @Test func thatAndASubjectAfterAQuoteOpenAClauseOfTheirOwn() throws {
        let d = claimsRun("A third source said he had heard from \"two of the leaders who were in the room\" that al-Sudani had also "
            + "mentioned a message from the Americans. He said he had heard from two leaders that al-Sudani had also mentioned a message from the army.")
        let mentioned = d.quotes.filter { d.text($0.cue)?.hasSuffix("mentioned") == true }
        #expect(mentioned.map { d.text($0.speaker?.span) ?? "-" } == ["al-Sudani", "al-Sudani"])
        #expect(!d.quotes.contains { $0.direct && d.text($0.cue)?.hasSuffix("mentioned") == true })
    }

    @Test func thatBeforeAPluralVerbIsARelativePronounNoReport() throws {
        let d = claimsRun("It was the latest in a string of competing claims that have clouded the talks. Officials said that were the facts, she said that they were.")
        #expect(d.quotes.map { d.text($0.span) } == ["that they were"])
    }

    @Test func aNounsComplementStaysInItsPhraseBeforeARelativeAside() throws {
        let d = claimsRun("Two people familiar with operations at the port, who asked not to be identified, said the vessel was a tanker. "
            + "A doctor at the hospital, who did not want to be named, said the wounds were bad.")
        #expect(speakers(d) == ["Two people familiar with operations at the port", "A doctor at the hospital"])
        // Read forward after the verb, "familiar" keeps its preposition and object.
        let after = claimsRun("The man resembles the commander, according to two people familiar with the movement. "
            + "The army is wrong, said two people familiar with the movement. Business stopped at the close of business.")
        #expect(speakers(after) == ["two people familiar with the movement", "two people familiar with the movement"])
    }

    @Test func aNurseATeacherAndADriverAreRoles() throws {
        let d = claimsRun("A nurse at the District Headquarters Hospital told our correspondent that the ward had been overwhelmed. "
            + "A teacher in the town said the school was closed. A truck driver said he had paid at a checkpoint.")
        #expect(speakers(d) == ["A nurse at the District Headquarters Hospital", "A teacher in the town", "A truck driver"])
        #expect(d.quotes.map { $0.speaker?.role } == ["nurse", "teacher", "driver"])
    }
}
