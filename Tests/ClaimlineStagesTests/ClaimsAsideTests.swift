import ClaimlineCore
import Testing

/// Asides between a speaker and the verb (relative clauses, appositions, complements), quoted
/// words inside them, short quoted fragments that end a reported clause, and what opens a
/// sentence before its subject (phrases of time, a dateline).
@Suite("Claims: asides and quoted fragments")
struct ClaimsAsideTests {
    /// Each quote of `text` as content, cue and speaker text.
    private func quotes(_ d: Document) -> [[String?]] {
        d.quotes.map { [d.text($0.span), d.text($0.cue), d.text($0.speaker?.span)] }
    }

    @Test func wordsQuotedInARelativeAsideAreNoQuoteOfTheVerbAfterIt() throws {
        let d = claimsRun("A Ukrainian soldier fighting in the area, who gave only his call sign \"Tesla\", told AFP by messaging app "
                          + "that the situation was \"difficult but not catastrophic\".")
        #expect(quotes(d) == [["that the situation was \"difficult but not catastrophic\"", "told", "A Ukrainian soldier"]])
    }

    @Test func aSpeakerAfterTheQuoteMayHaveAComplementAndARelativeAside() throws {
        let d = claimsRun("\"The Pakistani army is killing refugees,\" a spokesman for the group, who gave his name as Qari Abdul Rauf Mehsud, said.")
        #expect(quotes(d) == [["\"The Pakistani army is killing refugees,\"", "said", "a spokesman"]])
        #expect(d.quotes.first?.direct == true)
    }

    @Test func aLongRelativeAsideAndAnAdverbStandBetweenTheSubjectAndItsVerb() throws {
        let d = claimsRun("The Amaq statement, which was accompanied by four photographs showing burning structures and what appeared "
                          + "to be a seized gun mounted on a truck, further alleged that the soldiers fled towards Damboa.") { f in
            f.entity("Amaq", "ORG", "org.amaq")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "that the soldiers fled towards Damboa")
        #expect(q.speaker?.entity == "org.amaq")
    }

    @Test func aRelativeClauseEndingAnAppositionLeavesTheNameBeforeItTheSpeaker() throws {
        let d = claimsRun("Hayat Tahrir al-Sham (HTS), the Islamist alliance which dominates the Idlib region, said on Sunday that its artillery had responded.") { f in
            f.entity("Hayat Tahrir al-Sham", "ORG", "org.hts")
            f.entity("Idlib", "LOC", "loc.idlib")
        }
        #expect(d.quotes.first?.speaker?.entity == "org.hts")
    }

    @Test func anAsideBetweenDashesStandsBetweenTheSpeakerAndTheColonOfItsQuote() throws {
        for dash in [" — ", "—", " - ", " -- "] {
            let d = claimsRun("Asked about the deaths, Mr Bhuiya\(dash)his name is spelt without the final n on the ministry's website\(dash)said: "
                              + "“I have no confirmation of any death.”")
            #expect(quotes(d) == [["“I have no confirmation of any death.”", "said", "Bhuiya"]], "\(dash)")
        }
        // A dash that opens the line is no aside: a fact-check's label names no speaker.
        let label = claimsRun("The army's figures.\n\n—\n\nCLAIM 2: “Only six of our soldiers fell.”")
        #expect(label.quotes.allSatisfy { $0.speaker == nil })
    }

    @Test func anAsideBetweenDashesMayBeLongerThanOneAfterACommaAndStillLeaveTheSpeakerBeforeIt() throws {
        let d = claimsRun("John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's programming, which is "
                          + "also streamed on Hulu and on the company's own site -- told me that they were a content provider.")
        #expect(quotes(d) == [["that they were a content provider", "told", "John Dickey"]])
    }

    @Test func aVerbInScareQuotesWithItsThatRightAfterThemStillReportsTheClause() throws {
        let d = claimsRun("The ministry has \"categorically denied\" that it bombed the town. AQIM “denies” that Hamaha was killed.")
        #expect(quotes(d) == [["that it bombed the town", "denied", "The ministry"], ["that Hamaha was killed", "denies", "AQIM"]])
        #expect(d.quotes.allSatisfy { !$0.direct })
        // Not a verb whose object comes first, nor "that" as the object itself.
        let e = claimsRun("The spokesman \"rejects\" the police account that the men were armed. The group has “rejected” that, blaming airstrikes.")
        #expect(quotes(e).isEmpty)
    }

    @Test func aShortQuotedFragmentEndsTheClauseItsCueReports() throws {
        let d = claimsRun("The operations were a response to strikes on the port of Ras Issa \"on Wednesday night\", he said.")
        #expect(quotes(d) == [["The operations were a response to strikes on the port of Ras Issa \"on Wednesday night\"", "said", "he"]])
        #expect(d.quotes.first?.direct == false)
    }

    @Test func quotedWordsBeforeAVerbAndItsInfinitiveAreItsSubject() throws {
        let d = claimsRun("It said the group's \"reckless attacks\" continued to endanger \"the lives of innocent mariners.\"")
        #expect(d.quotes.map { d.text($0.cue) } == ["said"])
    }

    @Test func whatASourceDescribesItsSourceAsIsNoContent() throws {
        let d = claimsRun("\"The mujahideen killed 31 soldiers,\" the station said, quoting what it described as a military official in the region.")
        #expect(d.quotes.map { d.text($0.cue) } == ["said"])
        // Words quoted after "what he called" are his.
        let called = claimsRun("He denied what he called a \"rant\" by the minister.")
        #expect(called.quotes.contains { called.text($0.cue) == "called" })
    }

    @Test func aParticipleAfterTheSpeakerAndAnAppositionSpeaksForTheSpeaker() throws {
        let d = claimsRun("\"People walked for hours to get here. Old men, women with children, many without water,\" said Amna Yousif, "
                          + "a volunteer with the local Emergency Response Room in El Obeid, adding that at least 1,200 displaced families had arrived.")
        let adding = try #require(d.quotes.first { d.text($0.cue) == "adding" })
        #expect(d.text(adding.speaker?.span) == "Amna Yousif")
    }

    @Test func aPlaceAndItsAppositionAfterAVerbAreItsObject() throws {
        let d = claimsRun("The RSF pushes east, threatening El Obeid, a key logistics hub linking the capital to Darfur.") { f in
            f.entity("RSF", "ORG", "org.rapid_support_forces")
            f.entity("El Obeid", "LOC", "loc.el_obeid")
            f.entity("Darfur", "LOC", "loc.darfur")
        }
        #expect(d.quotes.isEmpty)
        // A verb or an infinitive after the apposition makes the name a clause's subject.
        #expect(claimsRun("The army said Gao, the largest city in the north, was calm.").quotes.count == 1)
        #expect(claimsRun("The government called for Sinn Fein, the IRA's political wing, to be expelled from the talks.").quotes.count == 1)
    }

    @Test func aDatelineWithAnAgencyNoTableListsIsNoContent() throws {
        let d = claimsRun("Beirut (dpa) - At least eleven civilians were killed on Sunday when government forces shelled the town, "
                          + "the Syrian Observatory for Human Rights said.") { f in
            f.entity("Beirut", "LOC", "loc.beirut")
            f.entity("Syrian Observatory for Human Rights", "ORG", "org.syrian_observatory_for_human_rights")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span)?.hasPrefix("At least eleven civilians") == true)
    }

    @Test func phrasesOfTimeBeforeTheSubjectAreNotWhoSpeaks() throws {
        let d = claimsRun("Two days later, on Feb. 2, the Houthi-run al-Masirah channel offered a different version, "
                          + "reporting that an \"American drone\" had struck a vehicle.") { f in
            f.entity("al-Masirah", "ORG", "org.al_masirah")
            f.date("Two days later", "2024-02-02")
            f.date("Feb. 2", "2024-02-02")
        }
        let q = try #require(d.quotes.first { d.text($0.cue) == "reporting" })
        #expect(q.speaker?.entity == "org.al_masirah")
    }

    @Test func aTimesColonIntroducesNoStatement() throws {
        let d = claimsRun("That contradicts the IDF statement from earlier this afternoon (see 15:12), which named him as a commander.")
        #expect(d.quotes.isEmpty)
    }

    @Test func aPastParticiplesPhraseStandsBetweenItsNounAndTheVerb() throws {
        let d = claimsRun("A relative reached by phone in Baidoa said the family had been informed of his death on Saturday.") { f in
            f.entity("Baidoa", "LOC", "loc.baidoa")
        }
        #expect(quotes(d) == [["the family had been informed of his death on Saturday", "said", "A relative"]])
        let statement = claimsRun("A statement issued after a meeting chaired by Palestinian leader Yasser Arafat called for a \"quick return of Zinni.\"") { f in
            f.entity("Yasser Arafat", "PER", "per.yasser_arafat")
        }
        #expect(statement.quotes.map { statement.text($0.speaker?.span) } == ["A statement"])
        // After a name the word in "-ed" is its verb.
        let verb = claimsRun("Politifact seized on Trump's claim that there have been thousands of shootings in Chicago.") { f in
            f.entity("Trump", "PER", "per.donald_trump")
        }
        #expect(verb.quotes.map { verb.text($0.speaker?.span) } == ["Trump"])
    }

    @Test func aParticipleAfterRemainOrBeenIsAState() throws {
        #expect(claimsRun("Ten days after the killing of dozens of civilians in Tassembé, the circumstances remain disputed.").quotes.isEmpty)
        let d = claimsRun("A man says his units received less than a fifth of the shells they had been promised for the week.")
        #expect(d.quotes.map { d.text($0.cue) } == ["says"])
    }

    @Test func anAbbreviatedTitleInsideANameEndsNoSentence() throws {
        let d = claimsRun("NISA said on June 3 that Ismail Sh. Haji Dhere had been killed in a strike near Bur Hakaba.")
        #expect(d.quotes.map { d.text($0.span) } == ["that Ismail Sh. Haji Dhere had been killed in a strike near Bur Hakaba"])
    }

    @Test func aPlaceInCapitalsAndADashOpenAParagraphAsADateline() throws {
        let d = claimsRun("Army: 4 rebels killed\n\nCATARMAN, Northern Samar — Four suspected rebels were killed in a firefight on Saturday, the army said.")
        #expect(d.quotes.map { d.text($0.span) } == ["Four suspected rebels were killed in a firefight on Saturday"])
    }

    @Test func aQuotedFragmentEndsAListTheCueReports() throws {
        let d = claimsRun("Troops recovered two M16 rifles, an AK-47, a caliber .45 pistol and \"subversive documents,\" he told reporters in a text message.")
        #expect(quotes(d) == [["Troops recovered two M16 rifles, an AK-47, a caliber .45 pistol and \"subversive documents,\"", "told", "he"]])
    }

    @Test func anInnerReportsSpeakerLeavesTheOuterReportsThat() throws {
        let d = claimsRun("Gélvez said that hospital staff in Saravena had told her team the girl had shrapnel wounds.")
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["Gélvez", "hospital staff in Saravena"])
    }

    @Test func aFigureNoOneConfirmedAnswersTheReportBeforeIt() throws {
        let d = claimsRun("He said he had counted at least 22 bodies of soldiers, a figure Reuters could not confirm.") { f in
            f.entity("Reuters", "ORG", "org.reuters")
        }
        let confirm = try #require(d.quotes.first { d.text($0.cue) == "confirm" })
        #expect(d.text(confirm.span) == "he had counted at least 22 bodies of soldiers")
    }

    @Test func whomADemandAddressesInQuoteMarksIsNoQuote() throws {
        let d = claimsRun("She called on \"all parties\" to respect international humanitarian law.")
        #expect(!d.quotes.contains { $0.direct && d.text($0.span) == "\"all parties\"" })
    }

    @Test func aParticiplesPhraseMayRunLongAndHoldNames() throws {
        let d = claimsRun("A businessman accused of financing the 2022 Al-Shabaab attack on a passenger bus near Elwak in Mandera County "
                          + "yesterday told a Nairobi court that the money was payment for livestock.") { f in
            f.entity("Al-Shabaab", "ORG", "org.al_shabaab")
            f.entity("Elwak", "LOC", "loc.elwak")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["A businessman"])
        // Not a noun inside another phrase, nor past a pronoun's clause.
        let pronoun = claimsRun("The department retreated from its position in the case when it argued that the law was sound.")
        #expect(pronoun.quotes.map { pronoun.text($0.speaker?.span) } == ["it"])
    }

    @Test func theSubjectBeforeAnAppositionWithARelativeClauseSpeaks() throws {
        let d = claimsRun("A fisherman I spoke to in Baga on 2 March, a man in his sixties who has fished the lake since before the insurgency, "
                          + "said ISWAP still \"collects tax\" on every boat.")
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["A fisherman"])
        let reflexive = claimsRun("The Borno State governor himself, speaking at a town hall in Maiduguri the same week, said that 40 farmers had been killed.")
        #expect(reflexive.quotes.map { reflexive.text($0.speaker?.span) } == ["The Borno State governor"])
    }

    @Test func aLabelVerbBeforeAnArticleAndAParticipleBeforeItsNounReportNothing() throws {
        #expect(claimsRun("Then I called a former subordinate of mine who now commands a battalion not far from Marte.").quotes.isEmpty)
        #expect(claimsRun("Ms Rennick said afterwards she would table a written question this week.").quotes.count == 1)
        // Words quoted after the article are the label's.
        let quoted = claimsRun("He called a former Miss Universe \"disgusting\" on Monday.")
        #expect(quoted.quotes.map { quoted.text($0.cue) } == ["called"])
    }

    @Test func aSeriesOfStatementsIsWhereTheWordsWereGiven() throws {
        let d = claimsRun("The Qassam Brigades said in a series of statements on its Telegram channel that its fighters had destroyed three tanks.")
        #expect(d.quotes.map { d.text($0.span) } == ["that its fighters had destroyed three tanks"])
    }

    @Test func accordingToAfterAPhraseOfTimeReportsTheClauseAfterIt() throws {
        let d = claimsRun("On January 27, according to residents and the KNDF, a military jet bombed the church compound, killing six people.") { f in
            f.date("January 27", "2024-01-27")
        }
        #expect(d.quotes.map { d.text($0.span) } == ["a military jet bombed the church compound, killing six people"])
    }

    @Test func aCueAfterAModalOrInAStancePhraseIntroducesNoQuote() throws {
        let modal = claimsRun("He warned that attacks would continue \"until the aggression against Gaza stops\".")
        #expect(modal.quotes.map { modal.text($0.cue) } == ["warned"])
        let stance = claimsRun("CENTCOM did not mention casualties and said that, contrary to Houthi claims, \"no US-flagged vessel was struck\" on Sunday.") { f in
            f.entity("CENTCOM", "ORG", "org.centcom")
            f.entity("Houthi", "ORG", "org.houthis")
        }
        #expect(stance.quotes.allSatisfy { $0.speaker?.entity != "org.houthis" })
        // The quoted words name whom a correspondent cites.
        let cited = claimsRun("A correspondent cited \"informed maritime sources\" as saying the ship was Liberian-flagged.")
        #expect(!cited.quotes.contains { $0.direct })
    }

    @Test func aParticipleAfterAnIndefiniteObjectDescribesIt() throws {
        #expect(claimsRun("These accusations are a smokescreen intended to hide the crimes of the regime.").quotes.isEmpty)
        #expect(claimsRun("The Idlib region is covered by a ceasefire agreed between Russia and Turkey.").quotes.isEmpty)
        // A verb with its object after a preposition's noun still reports.
        let d = claimsRun("The master of a vessel reported an explosion \"in close proximity\" to the ship.")
        #expect(d.quotes.map { d.text($0.cue) } == ["reported"])
    }

    @Test func aDenialsGerundEndsAtTheColon() throws {
        let d = claimsRun("Congo's army denies targeting civilians: its spokesman, Colonel Jean-Pierre Mbala, told reporters that the army had carried out no air operations.")
        let denial = try #require(d.quotes.first { d.text($0.cue) == "denies" })
        #expect(d.text(denial.span) == "targeting civilians")
    }

    @Test func aReportInARestrictiveRelativeClauseEndsBeforeTheSentencesVerb() throws {
        let d = claimsRun("A former Malian army officer who said he attended the ceremony confirmed to us that the footage showed a routine transfer.")
        #expect(quotes(d).prefix(2) == [["he attended the ceremony", "said", "A former Malian army officer"],
                                        ["that the footage showed a routine transfer", "confirmed", "A former Malian army officer"]])
    }

    @Test func accordingToASourceAndAParticiplesAsideReportsTheClauseAfterIt() throws {
        let d = claimsRun("According to the briefing, read out on state television by ministry spokesman Major General Vadim Telyatnikov, "
                          + "Russian troops also improved the tactical situation near Kupiansk.")
        #expect(d.quotes.map { d.text($0.span) } == ["Russian troops also improved the tactical situation near Kupiansk"])
    }

    @Test func twoTitlesStandInsideARoleAndNamePhrase() throws {
        let d = claimsRun("Army spokesman Lt. Col. Jean-Bosco Mwamba Kalala rejected the claims and said the army had not fired.") { f in
            f.entity("Jean-Bosco Mwamba Kalala", "PER", nil)
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) }.last == "Jean-Bosco Mwamba Kalala")
    }

    @Test func whereTheWordsWereGivenMayStandBetweenTheAuxiliaryAndTheVerb() throws {
        let d = claimsRun("The terror group, through the Islamic State's Amaq news agency, had in a statement circulated on Telegram late Saturday "
                          + "claimed that soldiers stormed a barracks.") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.entity("Amaq news agency", "ORG", "org.amaq")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["The terror group"])
    }

    @Test func wordsQuotedInsideTheClauseAVerbReportsAreThatReportsWords() throws {
        let d = claimsRun("A local official who asked not to be identified, however, said residents had buried \"at least 31 soldiers\" by Monday.")
        #expect(quotes(d) == [["residents had buried \"at least 31 soldiers\" by Monday", "said", "A local official"]])
        let subject = claimsRun("The security source said \"several hundred\" assailants on motorbikes had encircled the position.")
        #expect(subject.quotes.map { subject.text($0.span) } == ["\"several hundred\" assailants on motorbikes had encircled the position"])
        // With no clause the verb reports, the quoted words are its own.
        let own = claimsRun("When he insists, as he did on Thursday, that \"the end is in sight,\" officers laugh.")
        #expect(own.quotes.map { own.text($0.cue) } == ["insists"])
    }

    @Test func theOneToldMayBeAPronounOrAPluralBeforeTheClausesSubject() throws {
        let d = claimsRun("Marco Venturelli told us peacekeepers had sheltered for two hours. He told reporters peacekeepers had left. "
                          + "US troops told US officials Mr Reid trained in their camps.")
        #expect(d.quotes.map { d.text($0.span) }.prefix(2) == ["peacekeepers had sheltered for two hours", "peacekeepers had left"])
        // A capitalised "US" is no pronoun, and "her team" no one told alone.
        let team = claimsRun("She said that hospital staff had told her team the girl had shrapnel wounds.")
        #expect(!team.quotes.contains { team.text($0.span)?.hasPrefix("team") == true })
    }

    @Test func whoNamesThePersonBeforeAPlacesPreposition() throws {
        let d = claimsRun("\"The children are under the bed,\" said Fatima, a mother of four in Abu Shouk camp who asked that her full name not be used.") { f in
            f.entity("Fatima", "PER", nil)
            f.entity("Abu Shouk", "PER", nil)
        }
        let asked = try #require(d.quotes.first { d.text($0.cue) == "asked" })
        #expect(d.text(asked.speaker?.span) == "a mother")
    }

    @Test func aVerbInEdEndsANamedPhraseItFollows() throws {
        let d = claimsRun("The representative of the United States welcomed the deployment and announced an additional $60 million for the mission.") { f in
            f.entity("United States", "LOC", "loc.united_states")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["The representative of the United States"])
    }

    @Test func aCapitalisedCueOpeningTheNextSentenceIsNoQuotesCue() throws {
        let d = claimsRun("He had said the military \"only understands the language of the battlefield.\" Asked about that remark, he says the position has not changed.")
        #expect(!d.quotes.contains { d.text($0.cue) == "Asked" })
    }

    @Test func aDatelineInCapitalsMayHoldADate() throws {
        let d = claimsRun("Israeli strike kills nine\n\nBEIRUT, June 11 — An Israeli strike on a building killed nine people, the Health Ministry said.") { f in
            f.date("June 11", "2024-06-11")
        }
        #expect(d.quotes.map { d.text($0.span) } == ["An Israeli strike on a building killed nine people"])
    }

    @Test func theNounBeforeWithAndItsObjectSpeaks() throws {
        let d = claimsRun("A prominent pro-war military blogger with more than half a million followers wrote on Monday that the claim was premature.")
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["pro-war military blogger"])
    }

    @Test func anIntentionInAClauseWheneverOpensEndsAtItsComma() throws {
        let d = claimsRun("For almost a decade, whenever Ansar Allah has wanted to be heard abroad, the voice has belonged to Taha al-Qudaimi.") { f in
            f.entity("Ansar Allah", "ORG", "org.houthis")
            f.entity("Taha al-Qudaimi", "PER", nil)
        }
        #expect(d.quotes.map { d.text($0.span) } == ["to be heard abroad"])
    }

    @Test func aRestrictiveRelativeClausesReportLendsItsSpeakerToTheVerbAfterIt() throws {
        let d = claimsRun("A man who says he acted as intermediary in the release of seven workers abducted in Kogi State has claimed "
                          + "that a ransom was paid to their captors.") { f in
            f.entity("Kogi State", "LOC", "loc.kogi")
        }
        #expect(quotes(d) == [["he acted as intermediary in the release of seven workers abducted in Kogi State", "says", "A man"],
                              ["that a ransom was paid to their captors", "has claimed", "A man"]])
    }

    @Test func aQuotedCountBeforeANamedNounIsTheClausesSubject() throws {
        let d = claimsRun("The army said it had lost two men. It claimed \"at least 15\" Taliban fighters were killed.") { f in
            f.entity("Taliban", "ORG", "org.taliban")
        }
        #expect(d.quotes.map { d.text($0.span) }.last == "\"at least 15\" Taliban fighters were killed")
    }

    @Test func accordingToAfterARelativePronounReportsTheRelativeClause() throws {
        let d = claimsRun("Islamic State has claimed an attack on a village in which, according to a local priest, a chapel was burned "
                          + "and five people were killed, while Rwandan forces said their troops had repelled the assault.")
        #expect(d.quotes.first.map { d.text($0.span) } == "a chapel was burned and five people were killed")
    }

    @Test func aParticiplesOpeningPhraseIsNoSubject() throws {
        let d = claimsRun("Receiving the freed victims at the Government House on Sunday, the state governor commended the agencies "
                          + "and reiterated that his administration would never pay a ransom.")
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["the state governor"])
    }

    @Test func continueReportsOnlyBeforeAColonAQuoteOrThat() throws {
        let d = claimsRun("The exchange continued intermittently for several hours, Superintendent Ravindra Netam said at the time. "
                          + "\"We will win,\" he continued. He continued: \"We will fight.\"")
        #expect(d.quotes.map { d.text($0.cue) } == ["said", "continued", "continued"])
        #expect(d.quotes.first.map { d.text($0.span) } == "The exchange continued intermittently for several hours")
    }

    @Test func aPresentParticiplesPhraseStandsBetweenItsNounAndTheVerb() throws {
        let d = claimsRun("The leader of an armed gang operating in the hills above the Haitian capital has denied in a video that his men killed civilians.")
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["The leader of an armed gang"])
        let dateline = claimsRun("Market shelled\n\nPORT SUDAN / KHARTOUM — At least 19 people were killed on Wednesday, according to a local committee.")
        #expect(dateline.quotes.map { dateline.text($0.span) } == ["At least 19 people were killed on Wednesday"])
    }

    @Test func cutsThatEndInsideAnAsideOrALabelReadToTheEnd() {
        // Cuts of this round's texts trapped on an index past the last token; each now reads to its end.
        for (text, cues) in [("terrorists\", using Kinshasa's preferred term for the rebels and the Rwandan army,", [String?]()),
                             ("\"We lost 31 men,\" the station said, quoting what it described", ["said"]),
                             ("The RSF pushes east, threatening El Obeid, a key logistics hub,", [])] {
            let d = claimsRun(text)
            #expect(d.quotes.allSatisfy { $0.span.start <= $0.span.end })
            // The words read to the end as a whole text: what the cut still holds is found, nothing more.
            #expect(d.quotes.map { d.text($0.cue) } == cues, "\(text)")
        }
    }

    @Test func anExpletivePassiveReportNamesWhoReportedAfterBy() throws {
        let d = claimsRun("It was reported by a humanitarian source in Kaya that around 1,200 people had arrived from surrounding villages.")
        #expect(quotes(d) == [["that around 1,200 people had arrived from surrounding villages", "reported by", "a humanitarian source in Kaya"]])
    }

    @Test func aParticiplesOpeningPhraseIsNoSubjectBeforeAnAside() throws {
        let d = claimsRun("Responding to the latest UN statement, the deputy spokesman, who also goes by the name Nasiruddin Haqyar, "
            + "said UNAMA should not base its reports on claims.")
        #expect(quotes(d).first?[2] == "the deputy spokesman")
    }

    @Test func anIndefinitePhraseOpeningTheSentenceSpeaksBeforeAnAppositionThatNamesNoOne() throws {
        let d = claimsRun("A woman from Bazarak, the provincial capital, said that many families had left. "
            + "A man, the father of two, said he had stayed. A spokesman for the group, the Islamic State, said it was over.") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
        }
        // ("A woman from Bazarak": a person's noun takes its place along, as a role does.)
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["A woman from Bazarak", "A man", "Islamic State"])
    }

    @Test func anAsideMayOpenWithAs() throws {
        let d = claimsRun("Colonel el-Gharyani, as his name is spelled on the ministry's own Facebook page, added that the wounded had been taken to hospital.") { f in
            f.entity("Facebook", "ORG", "org.facebook")
        }
        #expect(quotes(d).first?[2] == "el-Gharyani")
    }

    @Test func aCountAndItsOfStandBetweenTheHeadAndItsComplement() throws {
        let d = claimsRun("A relative of one of its fighters, reached by phone, denied that the group had attacked first.")
        #expect(quotes(d).first?[2] == "A relative of one of its fighters")
    }

    @Test func aReportingClauseInARelativeClauseIsAnAsideOfTheReportAroundIt() throws {
        let d = claimsRun("He said the inquiry had found 300 accounts in the names of people, some of whom, he said, had been told they were signing up for a benefit.")
        #expect(quotes(d) == [["the inquiry had found 300 accounts in the names of people, some of whom, he said, had been told they were signing up for a benefit", "said", "He"]])
    }
}
