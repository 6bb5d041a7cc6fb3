import ClaimlineCore
import Testing

/// Reporting cues of every kind: reported speech, preposed content, "according to", relays,
/// statement headers, passive sources and the document's author.
@Suite("Claims: cues and reported speech")
struct ClaimsCueTests {
    @Test func saidThatGivesReportedContentWithThat() throws {
        let d = claimsRun("He said that the French had withdrawn from Kidal.") { f in
            f.entity("French", "ORG", "org.french_army")
            f.entity("Kidal", "LOC", "loc.kidal")
        }
        let q = try #require(d.quotes.first)
        #expect(!q.direct)
        #expect(d.text(q.span) == "that the French had withdrawn from Kidal")
        #expect(d.text(q.cue) == "said")
        #expect(q.cueRule == "cue.say")
        #expect(d.text(q.speaker?.span) == "He")
        let c = try #require(d.claims("withdrew").first)
        #expect(c.subject?.entity == "org.french_army")
        #expect(c.quote == q.id)
    }

    @Test func saidInANoteIsWhereTheWordsWereGivenNotAVerbOfItsOwn() throws {
        let d = claimsRun("The NGO, which monitors violence in the complex, said in a note that this was the fourth operation this year.")
        #expect(d.quotes.map { d.text($0.cue) } == ["said"])
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["The NGO"])
        #expect(d.quotes.map { d.text($0.span) } == ["that this was the fourth operation this year"])
    }

    @Test func anAsideOfHoweverOrBetweenDashesStaysInsideTheReport() throws {
        let d = claimsRun("He said coalition air defences had, however, intercepted a drone over the region. "
            + "The UN office has repeatedly warned – most recently in a briefing on 15 November – that the country is facing famine. "
            + "She cautioned that every number carries a wide margin.")
        #expect(d.quotes.map { d.text($0.span) } == ["coalition air defences had, however, intercepted a drone over the region",
                                                     "that the country is facing famine", "that every number carries a wide margin"])
    }

    @Test func aClauseBetweenDashesStandsBetweenTheVerbAndItsThat() throws {
        let d = claimsRun("The Minister told this House in July - it is in the Hansard of 24th July - that Bawku was calm. "
            + "He denied it - for years, the town has been dogged by charges that it harbours gunmen.")
        #expect(d.quotes.map { d.text($0.span) }.first == "that Bawku was calm")
        #expect(d.quotes.map { d.text($0.speaker?.span) }.first == "The Minister")
        // "that" inside an aside that never closes is the aside's own.
        #expect(!d.quotes.contains { d.text($0.span) == "that it harbours gunmen" })
    }

    @Test func whileAcknowledgingEndsTheReportBeforeItAndReportsForItsSubject() throws {
        let d = claimsRun("The DG said the town had not fallen, while acknowledging that some posts came under fire.")
        #expect(d.quotes.map { d.text($0.span) } == ["the town had not fallen", "that some posts came under fire"])
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["The DG", "The DG"])
    }

    @Test func aVerbOpeningQuotedWordsAfterAModalIsTheirPredicate() throws {
        let d = claimsRun("Priya Ramsaroop told reporters: \"Patience does not pay rent.\" Doug Henneberry said the bill would "
            + "\"add a layer of paperwork to every city hall\" without increasing supply.")
        #expect(d.quotes.map { d.text($0.cue) } == ["told", "said"])
        #expect(d.quotes.map { $0.speaker?.name } == ["Priya Ramsaroop", "Doug Henneberry"])
    }

    @Test func aWordOfIntentionAfterADeterminerOrPossessiveIsANoun() throws {
        #expect(claimsRun("There is little in his plan that matches his rhetoric. The group's plans to attack the town were foiled. "
                          + "But the candidates' plans don't hold out much cause for hope.").quotes.isEmpty)
        let verbs = claimsRun("The group plans to attack the town. And while he railed against them, he’s sought to protect the breaks.")
        #expect(verbs.quotes.map { verbs.text($0.span) } == ["to attack the town", "to protect the breaks"])
    }

    @Test func aRoleNounThatStartsWithACueWordIsNoCue() throws {
        // "think tank" is a role in the markers table: no "think" cue inside it.
        let d = claimsRun("The Institute for the Study of War, a Washington-based think tank, said Russian forces had advanced near Pokrovsk.")
        #expect(d.quotes.map { d.text($0.span) } == ["Russian forces had advanced near Pokrovsk"])
        #expect(d.quotes.map { d.text($0.cue) } == ["said"])
        // The verb alone stays a cue.
        let verb = claimsRun("Analysts think the group has about 2,000 fighters.")
        #expect(verb.quotes.map { verb.text($0.cue) } == ["think"])
    }

    @Test func aParticipleAfterAStatementSpeaksForWhoIssuedIt() throws {
        let d = claimsRun("The army has issued a new statement saying an airstrike killed 20 RSF fighters. "
                          + "The group released a video claiming its fighters had captured the town. "
                          + "Hamas issued a statement, saying the talks had failed.")
        #expect(d.quotes.map { d.text($0.span) } == ["an airstrike killed 20 RSF fighters", "its fighters had captured the town", "the talks had failed"])
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["The army", "The group", "Hamas"])
        // What a statement shows to someone who watches it is no one's words.
        #expect(claimsRun("He watched a video showing the attack.").quotes.isEmpty)
    }

    @Test func aClaimPublishedOnADateSpeaksForItsPublisher() throws {
        let d = claimsRun("The Amaq agency published a claim on 24 April saying that its fighters killed more than 20 soldiers.") { f in
            f.entity("Amaq", "ORG", "org.amaq")
            f.date("24 April", "2024-04-24")
        }
        let q = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(q.speaker?.entity == "org.amaq")
        // The last of a list is not who issued it.
        let list = claimsRun("The ambassadors of Hungary, Poland and the Czech Republic issued a joint statement saying the talks had failed.")
        #expect(!list.quotes.contains { list.text($0.speaker?.span) == "the Czech Republic" })
    }

    @Test func aParticipleAfterASemicolonsClauseIsThatClausesSubjects() throws {
        let d = claimsRun("Local organisers said security forces had fired on a crowd; the interior ministry denied that, saying unknown gunmen had opened fire.")
        let q = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(d.text(q.speaker?.span) == "the interior ministry")
    }

    @Test func theStatementIsTheOneEmailedBySpeakerOfItsSentence() throws {
        let d = claimsRun("In a statement emailed to journalists, the group's spokesperson, Ka Amihan Dalisay, said: \"Ka Tupe is alive.\" "
                          + "The statement said two fighters had been killed.") { f in f.entity("Ka Amihan Dalisay", "PER", nil) }
        let q = try #require(d.quotes.first { !$0.direct })
        #expect(q.speaker?.name == "Ka Amihan Dalisay")
    }

    @Test func theTextOfAnArticleReads() throws {
        let d = claimsRun("The group's weekly newsletter, al-Naba, carried an article on the attack.\n\nThe text reads:\n\n"
                          + "\"The soldiers of the Caliphate attacked a convoy.\"") { f in f.entity("al-Naba", "ORG", "org.al_naba") }
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.cue) == "reads")
        #expect(q.speaker?.entity == "org.al_naba")
    }

    @Test func theStatementReadsIsItsIssuersPastASentenceThatNamesNoIssuer() throws {
        let d = claimsRun("JNIM's media foundation published a one-page Arabic statement about the ambush. A Fulfulde audio version followed on "
                          + "Saturday. I have translated the Arabic text below.\n\nThe statement reads:\n\n\"The mujahideen ambushed a convoy.\"") { f in
            f.entity("JNIM", "ORG", "org.jnim")
        }
        let q = try #require(d.quotes.first { $0.direct })
        #expect(q.speaker?.entity == "org.jnim")
    }

    @Test func aTextReadsOnlyAfterAWordForIt() throws {
        // "reads", "read", "states" report after a word for a statement, letter or message;
        // not of a person, nor as the noun's participle before a preposition.
        let text = "JNIM issued a statement. \"We will fight on,\" the statement reads. The letter states that the hostages are alive. "
            + "He reads the Koran every day. The United States said so. In a communique read on national television, the army said 12 soldiers died."
        let d = claimsRun(text) { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("United States", "LOC", "loc.united_states")
        }
        d.checkSpans()
        let cues = d.quotes.map { d.text($0.cue) ?? "-" }
        #expect(cues == ["reads", "states", "said"])
        #expect(d.quotes.first?.speaker?.entity == "org.jnim")
        #expect(d.text(d.quotes[1].span) == "that the hostages are alive")
        // One who reads a text out after its words does report them.
        let aloud = claimsRun("The minister read a statement. \"Four people have been detained,\" he read.")
        #expect(aloud.quotes.map { aloud.text($0.cue) } == ["read"])
        #expect(aloud.quotes.map { aloud.text($0.speaker?.span) } == ["he"])
        // A count and a verb of its state in "-ed" make a clause, a few words on too.
        #expect(d.text(d.quotes[2].span) == "12 soldiers died")
        let more = claimsRun("The government says 53 soldiers and one civilian died on Friday. The army repeated that the town was calm.")
        #expect(more.quotes.map { more.text($0.span) } == ["53 soldiers and one civilian died on Friday", "that the town was calm"])
    }

    @Test func aParticipleOrASecondVerbAfterTheCommaKeepsTheSpeaker() throws {
        // The content before ", adding" and ", but says" ends before the comma, and the verb
        // after it is the same speaker's; not a speaker in a relative clause before it.
        let text = "Military spokesman Brig. Gen. Onyema Nwachukwu said troops killed 20 terrorists, adding that several weapons were recovered. "
            + "Mrs Gillies says the investigation was a thorough one, but says the incident is still too painful to discuss. "
            + "Trump refused to pay an architect who said he was stiffed, saying that he did a bad job."
        let d = claimsRun(text) { f in
            f.entity("Onyema Nwachukwu", "PER", nil)
            f.entity("Gillies", "PER", nil)
            f.entity("Trump", "PER", "per.donald_trump")
        }
        d.checkSpans()
        #expect(d.quotes.map { d.text($0.span) } == [
            "troops killed 20 terrorists", "that several weapons were recovered",
            "the investigation was a thorough one", "the incident is still too painful to discuss",
            "he was stiffed", "that he did a bad job",
        ])
        #expect(d.quotes.map { d.text($0.speaker?.span) ?? "-" } == [
            "Onyema Nwachukwu", "Onyema Nwachukwu", "Gillies", "Gillies", "an architect", "Trump",
        ])
    }

    @Test func wordsQuotedInsideAReportedClauseStayItsWords() throws {
        // `said the soldiers "came back …"`: the phrase before the mark is the clause's subject,
        // not a speaker after the verb; "would only say" keeps its speaker; the clause goes on
        // past the closing mark, so "cannot confirm" is no assertion of the death.
        let text = "One of them said the soldiers \"came back Sunday with the planes\". "
            + "The French Defence Ministry would only say it \"cannot confirm\" his death."
        let d = claimsRun(text) { f in
            f.entity("French Defence Ministry", "ORG", "org.french_defence_ministry")
        }
        d.checkSpans()
        #expect(!d.quotes.contains { d.text($0.speaker?.span) == "the soldiers" })
        let soldiers = try #require(d.quotes.first { d.text($0.span) == "the soldiers \"came back Sunday with the planes\"" })
        #expect(d.text(soldiers.speaker?.span) == "One of them")
        // With no speaker read, a clause whose words after its subject are quoted is still one.
        let agency = claimsRun("A man called the agency to say the operation \"was prepared for two months\".")
        #expect(agency.quotes.map { agency.text($0.span) } == ["the operation \"was prepared for two months\""])
        let ministry = try #require(d.quotes.first { d.text($0.cue) == "say" })
        #expect(d.text(ministry.span) == "it \"cannot confirm\" his death")
        #expect(ministry.speaker?.entity == "org.french_defence_ministry")
        #expect(!d.claims.contains { $0.predicate == "killed" && $0.polarity == .asserted })
        // A labelling participle after the comma ends the content before it.
        let calling = claimsRun("The government denied reports that soldiers had executed civilians, calling them \"baseless\".")
        #expect(calling.quotes.map { calling.text($0.span) } == ["reports that soldiers had executed civilians", "that soldiers had executed civilians", "them \"baseless\""])
    }

    @Test func detailsReleasedAreNoCaptiveReleased() throws {
        // A message before the passive is what is released, as after the active verb.
        #expect(claimsRun("The army said no other details have been released.").claims("released").isEmpty)
        #expect(claimsRun("The army said the video was not released.").claims("released").isEmpty)
        #expect(claimsRun("The army said Hamaha has been released.") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
            .claims("released").count == 1)
    }

    @Test func aNameOpeningWithAParticleOpensAReportedClause() throws {
        // "said van Dalen was …", "said ould Hamaha was …": the particle is the name's first word.
        let d = claimsRun("The ministry said van Dalen was in good health.")
        #expect(d.quotes.map { d.text($0.span) } == ["van Dalen was in good health"])
        #expect(d.claims("alive").first?.speaker != nil)
    }

    @Test func aWordQuotedAfterAVerbLeavesItsObjectInTheClause() throws {
        // `killed "dozens" of Wagner mercenaries`: the clause goes on past the quoted word, so
        // the killed are the mercenaries the organisation after it names.
        let d = claimsRun("The CSP-DPA said its fighters had killed \"dozens\" of Wagner mercenaries.") { f in
            f.entity("CSP-DPA", "ORG", "org.csp_dpa")
            f.entity("Wagner", "ORG", "org.wagner_group")
        }
        d.checkSpans()
        #expect(try #require(d.claims("killed").first).subject?.entity == "org.wagner_group")
        // Four quoted words are a phrase of their own: "Eliminating" does not reach past them.
        let goal = claimsRun("Eliminating \"the scourge of war\" is one of the original goals of the United Nations.") { f in
            f.entity("United Nations", "ORG", "org.united_nations")
        }
        #expect(goal.claims("killed").allSatisfy { $0.subject?.entity != "org.united_nations" })
    }

    @Test func aFewWordsQuotedWithNoCueAreAPhraseNotAStatement() throws {
        // After a plain word, with no cue: the writer quotes a phrase. After a name the quote
        // goes on its subject's sentence and stays a quote; inside a report it stays its words.
        let d = claimsRun("The meeting was postponed \"for security reasons\". Hamaha \"is alive and well\". "
                          + "The group said he would \"never surrender\".")
        d.checkSpans()
        #expect(!d.quotes.contains { d.text($0.span) == "\"for security reasons\"" })
        // Nor does a passive verb right before the mark introduce them.
        let passive = claimsRun("The emir's name is not revealed \"for security reasons\".")
        #expect(passive.quotes.isEmpty)
        #expect(d.quotes.contains { d.text($0.span) == "\"is alive and well\"" })
        #expect(d.quotes.contains { d.text($0.span) == "he would \"never surrender\"" })
    }

    @Test func anImperativeOrSayingNothingReportsNothing() throws {
        let d = claimsRun("Note also that the faction of al-Barnawi, which Islamic State named its wali, has said nothing. "
                          + "Reports that Belmokhtar was captured are false.")
        // The writer's "Note" and "has said nothing" report nothing; a noun opening a sentence still does.
        #expect(d.quotes.map { d.text($0.span) } == ["that Belmokhtar was captured"])
    }

    @Test func questionsDemandsAndTweetsAreCues() throws {
        for (text, cue, rule) in [("“Why would we leave?” he asks.", "asks", "cue.answer"),
                                  ("“Show us the bodies,” the spokesman demanded.", "demanded", "cue.demand"),
                                  ("The minister tweeted: “Our forces have retaken the town.”", "tweeted", "cue.state")] {
            let d = claimsRun(text)
            let q = try #require(d.quotes.first, "\(text)")
            #expect(q.direct)
            #expect(d.text(q.cue) == cue)
            #expect(q.cueRule == rule)
            #expect(q.speaker != nil)
        }
        // The noun of "in a tweet" is no reporting verb: the report keeps its speaker and cue.
        let d = claimsRun("The ministry said in a tweet that the attack had been repulsed.")
        #expect(d.quotes.count == 1)
        #expect(d.text(d.quotes.first?.cue) == "said")
    }

    @Test func aPartyAndStateInParenthesesLeaveTheNameTheSpeaker() throws {
        let reported = claimsRun("Sen. Claire McCaskill (D-Mo.) said on Monday that the law works.")
        #expect(reported.text(reported.quotes.first?.speaker?.span) == "Claire McCaskill")
        let direct = claimsRun("“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said.")
        let q = try #require(direct.quotes.first)
        #expect(direct.text(q.cue) == "said")
        #expect(direct.text(q.speaker?.span) == "Gwen Moore")
        // So do a party and state between commas ("House Speaker", like "Senate Majority Leader", is a role before the name).
        let commas = claimsRun("House Speaker Paul Ryan, R-Wis., said the victims should have their day in court. "
                               + "“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said.")
        #expect(commas.quotes.map { commas.text($0.speaker?.span) ?? "-" } == ["Paul Ryan", "Mitch McConnell"])
        #expect(commas.quotes.map { commas.text($0.span) } == ["the victims should have their day in court", "“The veto will be overridden,”"])
        // An acronym in the parenthesis is the name the text goes on with.
        let acronym = claimsRun("The Strategic Framework (CSP-DPA) said that the talks had failed.")
        #expect(acronym.text(acronym.quotes.first?.speaker?.span) == "CSP-DPA")
    }

    @Test func aRelativeClauseWithoutItsPronounLeavesTheRoleTheSpeaker() throws {
        for (text, speaker, content) in [("The witnesses I interviewed said her proposals were more detailed.", "The witnesses",
                                          "her proposals were more detailed"),
                                         ("The officials he met told him that the deal was dead.", "The officials",
                                          "that the deal was dead")] {
            let d = claimsRun(text)
            let q = try #require(d.quotes.first, "\(text)")
            #expect(d.text(q.speaker?.span) == speaker, "\(text)")
            #expect(d.text(q.span) == content, "\(text)")
        }
        // Only a role speaks: "the mail they never asked for" opens no report.
        let d = claimsRun("Customers got credit cards in the mail they never asked for.")
        #expect(d.quotes.isEmpty)
    }

    @Test func aParticipleAfterTheContentStartsTheNextStatement() throws {
        let d = claimsRun("The minister said the base was abandoned, adding that the convoy had left Gao.")
        #expect(d.quotes.map { d.text($0.span) } == ["the base was abandoned", "that the convoy had left Gao"])
        #expect(d.quotes.map { d.text($0.cue) } == ["said", "adding"])
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["The minister", "The minister"])
    }

    @Test func whatASpeakerCallsSomethingIsAReport() throws {
        for (text, content) in [("The spokesman called the French claim “a fabrication.”", "the French claim “a fabrication.”"),
                                 ("The group branded the mayor a traitor to the nation.", "the mayor a traitor to the nation"),
                                 ("The army described the attackers as a “gang of criminals”.", "the attackers as a “gang of criminals”"),
                                 ("It was what the mayor described as “an intentional act”.", "as “an intentional act”")] {
            let d = claimsRun(text)
            let q = try #require(d.quotes.first { !$0.direct }, "\(text)")
            #expect(d.text(q.span) == content, "\(text)")
            #expect(q.cueRule == "cue.label")
            #expect(q.speaker != nil)
        }
        // A telephone call, a call-off and a name given are no reports.
        // Nor is a passive with no object, whose subject is what is described.
        for text in ["A man called the agency to say the operation was over.", "The army called off the search.",
                     "His group, called the Sahara Brigade, left Gao.", "The mayor was described as “unhinged”."] {
            #expect(!claimsRun(text).quotes.contains { $0.cueRule == "cue.label" }, "\(text)")
        }
    }

    @Test func aLabelThatCallsItFalseDeniesIt() throws {
        let d = claimsRun("The army called Al-Shabaab's claims false and baseless.") { f in f.entity("Al-Shabaab", "ORG", "org.al_shabaab") }
        #expect(d.quotes.map { d.text($0.span) } == ["Al-Shabaab's claims false and baseless"])
        let denies = try #require(d.claims("denies").first)
        #expect(denies.subject?.entity == "org.al_shabaab")
        #expect(d.text(denies.speaker?.span) == "The army")
        // Not "calling out" someone.
        #expect(claimsRun("He kept calling out Trump for his lies.").quotes.isEmpty)
    }

    @Test func citingNamesASourceOnlyWhenItNamesOne() throws {
        let cited = claimsRun("Three soldiers were killed on Monday, citing military sources.")
        #expect(cited.quotes.map { cited.text($0.speaker?.span) } == ["military sources"])
        // A reason given is no source: the report keeps its own speaker, who puts the reason forward too.
        let reason = claimsRun("The minister said the plan was dead, citing the collapse of the talks.")
        #expect(reason.quotes.map { reason.text($0.speaker?.span) } == ["The minister", "The minister"])
        #expect(reason.quotes.map { reason.text($0.span) } == ["the plan was dead", "the collapse of the talks"])
    }

    @Test func aParticipleAfterACommaDoesNotSpeakForThePhraseBeforeIt() throws {
        let d = claimsRun("“We will not leave,” Abu Walid said on Monday. Speaking at length about the town of Gao and its mosque, "
                          + "he praised the men of the brigade, saying the city was safe.")
        let q = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(d.text(q.speaker?.span) == "he")
        // The same before a quote.
        let quoted = claimsRun("He then defended the remark, saying, “I would never diagnose anyone.”")
        #expect(quoted.quotes.map { quoted.text($0.speaker?.span) } == ["He"])
    }

    @Test func aVerbBeforeAQuoteIntroducesItNotTheClauseBefore() throws {
        let d = claimsRun("As the convoy left, the spokesman said, “Our fighters are safe.”")
        #expect(d.quotes.count == 1)
        let q = try #require(d.quotes.first)
        #expect(q.direct)
        #expect(d.text(q.cue) == "said")
        #expect(d.text(q.speaker?.span) == "the spokesman")
    }

    @Test func anAdverbBeforeTheVerbIsNoPartOfTheSpeaker() throws {
        for (text, speaker) in [("Abu Walid flatly denied that the convoy had been hit.", "Abu Walid"),
                                ("The spokesman now says that the base was abandoned.", "The spokesman"),
                                ("The family said that he was alive.", "The family"),
                                ("The army said it killed him, a claim the rebels swiftly rejected as \"a fabrication aimed at covering up the enemy's defeats\".", "the rebels")] {
            let d = claimsRun(text)
            #expect(d.text(d.quotes.last?.speaker?.span) == speaker, "\(text)")
        }
    }

    @Test func aParticiplesPhraseCompletesTheNounBeforeIt() throws {
        for (text, speaker) in [("A man living near Mitiga told us he heard explosions before dawn.", "A man living near Mitiga"),
                                ("Residents living near the base said they heard blasts.", "Residents living near the base")] {
            let d = claimsRun(text)
            #expect(d.text(d.quotes.first?.speaker?.span) == speaker, "\(text)")
        }
    }

    @Test func theCueIsTheVerbGroup() throws {
        for (text, cue) in [("The spokesman has also said that the base was abandoned.", "has also said"),
                            ("The army is warning that the road is mined.", "is warning"),
                            ("Abu Walid reportedly added that the hostages were safe.", "reportedly added"),
                            ("There are reports that the convoy was hit.", "reports")] {
            let d = claimsRun(text)
            #expect(d.text(d.quotes.first?.cue) == cue, "\(text)")
        }
    }

    @Test func theSubjectOfAProgressiveVerbSpeaks() throws {
        let d = claimsRun("The ministry is now saying that the convoy was never attacked.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.cue) == "is now saying")
        #expect(d.text(q.speaker?.span) == "The ministry")
    }

    @Test func middleInitialsAndSuffixesStayInTheSpeakersName() throws {
        for (text, speaker) in [("Joseph R. Biden said that the plan works.", "Joseph R. Biden"),
                                ("Vice President Joseph R. Biden Jr. said that the plan works.", "Joseph R. Biden"),
                                ("“We will win,” George W. Bush said.", "George W. Bush")] {
            let d = claimsRun(text)
            #expect(d.text(d.quotes.first?.speaker?.span) == speaker, "\(text)")
        }
        // A date between the subject and its verb.
        let dated = claimsRun("Wells Fargo just this month announced that it would drop the goals.") { f in f.date("this month", "2016-09") }
        #expect(dated.text(dated.quotes.first?.speaker?.span) == "Wells Fargo")
        // A capital letter before a word that opens sentences ends its sentence.
        let d = claimsRun("He chose Plan B. The town is calm, the spokesman said.")
        #expect(d.quotes.map { d.text($0.span) } == ["The town is calm"])
    }

    @Test func aNameBeforeAnAsideBetweenCommasSpeaks() throws {
        for (text, speaker) in [("Abu Walid, speaking to a group of journalists in Gao, said the town was calm.", "Abu Walid"),
                                ("Ahmed Nur, of Mogadishu, said the base had held.", "Ahmed Nur"),
                                ("“The base has held,” Ahmed Nur, a commander of the regional army, told Reuters.", "Ahmed Nur"),
                                // An age, a parenthesis then an aside, an aside of sixteen words.
                                ("“They are trying to silence us,” Amina Sow, 25, said.", "Amina Sow"),
                                ("“There will be no deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.", "Jim Jordan"),
                                ("“Their strategy is clear,” Michael Ross, a senior fellow at the Hoover Institution and a former "
                                 + "United States ambassador to Russia, said in an interview.", "Michael Ross")] {
            let d = claimsRun(text)
            #expect(d.quotes.count == 1, "\(text)")
            #expect(d.text(d.quotes.first?.speaker?.span) == speaker, "\(text)")
        }
        // An aside that ends the clause holds no verb: the quote keeps no cue, and nothing traps.
        let unfinished = claimsRun("“We will win,” Abu Walid, speaking.")
        #expect(unfinished.quotes.first?.cue == nil)
        // An aside opened by "the" after a place is no subject: the role and name after it are.
        let d = claimsRun("Speaking on RTL radio, the Minister of Defence, Jean-Yves Le Drian, stated that the situation was difficult.")
        #expect(d.text(d.quotes.first?.speaker?.span) == "Jean-Yves Le Drian")
    }

    @Test func preposedContentWithCueAfterTheComma() throws {
        let d = claimsRun("Omar Ould Hamaha is alive and well, the spokesman stressed.") { f in
            f.entity("Omar Ould Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "Omar Ould Hamaha is alive and well")
        #expect(d.text(q.cue) == "stressed")
        #expect(q.cueRule == "cue.stress")
        #expect(d.text(q.speaker?.span) == "the spokesman")
        let c = try #require(d.claims("alive").first)
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
        #expect(c.polarity == .asserted)
    }

    @Test func accordingToBeforeTheContent() throws {
        let d = claimsRun("According to Sahara Medias, the convoy was attacked near Gao on Sunday.") { f in
            f.entity("Sahara Medias", "ORG", "org.sahara_medias")
            f.entity("Gao", "LOC", "loc.gao")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "the convoy was attacked near Gao on Sunday")
        #expect(d.text(q.cue) == "According to")
        #expect(q.speaker?.entity == "org.sahara_medias")
        #expect(d.claims("attacked").first?.speaker?.entity == "org.sahara_medias")
    }

    @Test func accordingToAfterTheContent() throws {
        let d = claimsRun("Two soldiers were wounded in the ambush, according to the Malian army.") { f in
            f.entity("Malian army", "ORG", "org.malian_army")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "Two soldiers were wounded in the ambush")
        #expect(q.speaker?.entity == "org.malian_army")
        let c = try #require(d.claims("wounded").first)
        #expect(c.speaker?.entity == "org.malian_army")
    }

    @Test func denialCueNegatesTheContent() throws {
        let d = claimsRun("The group denied that Hamaha had been killed.") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let q = try #require(d.quotes.first)
        #expect(q.cueRule == "cue.deny")
        let c = try #require(d.claims("killed").first)
        #expect(c.polarity == .negated)
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
        #expect(d.text(c.speaker?.span) == "The group")
    }

    @Test func confirmationCueKeepsTheContentAsserted() throws {
        let d = claimsRun("The ministry confirmed that two soldiers were wounded in the ambush.")
        #expect(d.quotes.first?.cueRule == "cue.confirm")
        #expect(d.claims("wounded").first?.polarity == .asserted)
    }

    @Test func denialWithoutPredicateIsADeniesClaim() throws {
        let d = claimsRun("The MNLA denied the report by RFI.") { f in
            f.entity("MNLA", "ORG", "org.mnla")
            f.entity("RFI", "ORG", nil)
        }
        let c = try #require(d.claims("denies").first)
        #expect(c.speaker?.entity == "org.mnla")
        #expect(c.rule.hasPrefix("cue.deny"))
    }

    @Test func claimedResponsibilityIsAPredicateNotACue() throws {
        let d = claimsRun("In a statement, AQIM claimed responsibility for the attack on the MINUSMA camp in Kidal.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("MINUSMA", "ORG", "org.minusma")
            f.entity("Kidal", "LOC", "loc.kidal")
        }
        let c = try #require(d.claims("claims_responsibility").first)
        #expect(c.subject?.entity == "org.aqim")
        #expect(c.polarity == .asserted)
    }

    @Test func openingFireOnSomethingAttacksIt() throws {
        let d = claimsRun("Gunmen opened fire on a patrol of the Malian army near Gao.", source: "org.reuters") { f in
            f.entity("Malian army", "ORG", "org.malian_army")
            f.entity("Gao", "LOC", "loc.gao")
        }
        let c = try #require(d.claims("attacked").first)
        #expect(c.subject?.entity == "org.malian_army")
        #expect(c.rule == "pred.fired_on+claim.assertion")
    }

    @Test func aGroupThatLiberatedOrControlledATownControlsIt() throws {
        let d = claimsRun("The MNLA said it controlled Kidal. It said: \"We have liberated the town of Gao.\"") { f in
            f.entity("MNLA", "ORG", "org.mnla")
            f.entity("Kidal", "LOC", "loc.kidal")
            f.entity("Gao", "LOC", "loc.gao")
        }
        #expect(d.claims("controls").count == 2)
        #expect(d.claims("controls").allSatisfy { $0.subject?.entity == "org.mnla" })
        // A participle describing a noun, or with its agent after "by", states no control.
        let described = claimsRun("The MNLA said: \"We guard the liberated territories. The town is controlled by our brothers.\"") { f in
            f.entity("MNLA", "ORG", "org.mnla")
        }
        #expect(described.claims("controls").isEmpty)
    }

    @Test func theOneAccusedOfAKillingIsNotWhoWasKilled() throws {
        let d = claimsRun("The government accused the MNLA of killing civilians.") { f in f.entity("MNLA", "ORG", "org.mnla") }
        let killed = try #require(d.claims("killed").first)
        #expect(killed.subject?.entity != "org.mnla")
        // A possessive before the noun is whose death it is.
        let death = claimsRun("The army said Hamaha's death was confirmed.") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        #expect(try #require(death.claims("killed").first).subject?.entity == "per.omar_ould_hamaha")
    }

    @Test func anAnnouncedEventInAShortObjectIsWhatTheVerbStates() throws {
        let d = claimsRun("The army announced the commander's death.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "the commander's death")
        #expect(d.text(try #require(d.claims("killed").first).speaker?.span) == "The army")
        // Not an intention's object, nor one that names no event.
        #expect(claimsRun("The group planned the attacks.").quotes.isEmpty)
        #expect(claimsRun("The army rejected the report.").quotes.isEmpty)
    }

    @Test func anAttackCarriedOutByAGroupIsThatGroupsResponsibility() throws {
        let d = claimsRun("The statement said the attack was carried out by the Macina Liberation Front.") { f in
            f.entity("Macina Liberation Front", "ORG", "org.katiba_macina")
        }
        let c = try #require(d.claims("claims_responsibility").first)
        #expect(c.subject?.entity == "org.katiba_macina")
        #expect(c.rule == "pred.carried_out_by+claim.attributed")
    }

    @Test func theAgencyThatCarriedAStatementRelaysTheVerbsWords() throws {
        let d = claimsRun("Islamic State said in a statement carried by its Amaq news agency that it had killed 12 soldiers.") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.entity("Amaq news agency", "ORG", "org.amaq")
        }
        d.checkSpans()
        let q = try #require(d.quotes.first)
        #expect(d.quotes.count == 1)
        #expect(d.text(q.span) == "that it had killed 12 soldiers")
        #expect(d.text(q.cue) == "said")
        #expect(q.speaker?.entity == "org.islamic_state")
        #expect(q.chain.map(\.entity).prefix(2) == ["org.islamic_state", "org.amaq"])
    }

    @Test func anObjectEndsAtACommaAndAPreposition() throws {
        let d = claimsRun("Islamic State claimed responsibility for the bombing, which killed 20 people, in a statement on Telegram.") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.entity("Telegram", "ORG", "org.telegram")
        }
        #expect(d.claims("killed").allSatisfy { $0.subject?.entity != "org.telegram" })
        // Right after the verb, an aside between commas leaves the object after it.
        let aside = claimsRun("The army killed, in a raid near Gao, Abu Walid.") { f in f.entity("Abu Walid", "PER", "per.abu_walid") }
        #expect(aside.claims("killed").first?.subject?.entity == "per.abu_walid")
    }

    @Test func aPlaceAfterAPlainObjectIsWhereNotWhom() throws {
        let d = claimsRun("The army said soldiers had executed civilians in the village of Karma.") { f in f.entity("Karma", "LOC", "loc.karma") }
        #expect(d.claims("killed").allSatisfy { $0.subject == nil })
        let named = claimsRun("The army said it had killed Abu Walid near Gao.") { f in
            f.entity("Abu Walid", "PER", "per.abu_walid")
            f.entity("Gao", "LOC", "loc.gao")
        }
        #expect(named.claims("killed").first?.subject?.entity == "per.abu_walid")
        // An attack's target may be a place.
        let struck = claimsRun("The army said its jets struck targets in Gao.") { f in f.entity("Gao", "LOC", "loc.gao") }
        #expect(struck.claims("attacked").first?.subject?.entity == "loc.gao")
    }

    @Test func aParticipleAfterANounAndItsCommaDescribesTheNoun() throws {
        let d = claimsRun("Australian authorities are to be granted access to David Hicks, arrested by the Northern Alliance in Afghanistan.") { f in
            f.entity("David Hicks", "PER", "per.david_hicks")
            f.entity("Northern Alliance", "ORG", "org.northern_alliance")
        }
        #expect(d.claims("arrested").first?.subject?.entity == "per.david_hicks")
        // A verb and its object after an apposition are no such participle.
        let verb = claimsRun("The army said the attacks in Gao, Mali, killed 20 people and Abu Walid.") { f in
            f.entity("Gao", "LOC", "loc.gao")
            f.entity("Abu Walid", "PER", "per.abu_walid")
        }
        #expect(verb.claims("killed").first?.subject?.entity == "per.abu_walid")
    }

    @Test func theMediaArmThatPublishedAStatementRelaysTheVerbsWords() throws {
        let d = claimsRun("JNIM said in a statement published by its Az-Zallaqa media arm that its fighters had killed 20 soldiers.") { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("Az-Zallaqa media", "ORG", "org.az_zallaqa")
        }
        let q = try #require(d.quotes.first)
        #expect(d.quotes.count == 1)
        #expect(d.text(q.span) == "that its fighters had killed 20 soldiers")
        #expect(d.text(q.cue) == "said")
        #expect(q.chain.map(\.entity).prefix(2) == ["org.jnim", "org.az_zallaqa"])
        #expect(q.chain.map(\.role).prefix(2) == ["speaker", "agency"])
        let audio = claimsRun("JNIM said in an audio message published by Al-Akhbar that the hostages were well.") { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("Al-Akhbar", "ORG", "org.al_akhbar")
        }
        #expect(audio.quotes.map { audio.text($0.span) } == ["that the hostages were well"])
        #expect(audio.quotes.first?.chain.map(\.entity).prefix(2) == ["org.jnim", "org.al_akhbar"])
    }

    @Test func theIssuerOfAStatementSpeaksAndItsPublisherRelays() throws {
        let d = claimsRun("A statement attributed to AQIM and published by the Mauritanian agency ANI said the leader was alive.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("ANI", "ORG", "org.ani")
        }
        let q = try #require(d.quotes.first)
        #expect(q.chain.map(\.entity) == ["org.aqim", "org.ani"])
        #expect(q.chain.map(\.role) == ["speaker", "agency"])
        let video = claimsRun("A video from the Islamic State, released by its Amaq news agency, said the fighters had killed 12 soldiers.") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.entity("Amaq news agency", "ORG", "org.amaq")
        }
        #expect(video.quotes.first?.chain.map(\.entity) == ["org.islamic_state", "org.amaq"])
        // The message released is no release.
        #expect(video.claims("released").isEmpty)
    }

    @Test func aReportNamedWithItsIssuerSpeaksForIt() throws {
        let d = claimsRun("A UN report released on Monday said that at least 500 civilians had been killed.") { f in
            f.entity("UN", "ORG", "org.un")
            f.date("Monday", "2024-03-11")
        }
        let q = try #require(d.quotes.first)
        #expect(d.quotes.count == 1)
        #expect(d.text(q.cue) == "said")
        #expect(q.speaker?.entity == "org.un")
        #expect(d.text(q.speaker?.span) == "A UN report")
        // A new report of nobody named speaks for itself; the noun is no reporting verb.
        let unnamed = claimsRun("A new report says there has been a dramatic rise in attacks.")
        #expect(unnamed.quotes.map { unnamed.text($0.speaker?.span) } == ["A new report"])
        #expect(unnamed.quotes.map { unnamed.text($0.cue) } == ["says"])
        // Named by an outlet no table lists, the noun is still no reporting verb.
        let outlet = claimsRun("A CBS News report said that the group had withdrawn from the town.")
        #expect(outlet.quotes.map { outlet.text($0.cue) } == ["said"])
        #expect(outlet.quotes.map { outlet.text($0.speaker?.span) } == ["A CBS News report"])
        // Not the object of a preposition: the letter is how the father spoke.
        let letter = claimsRun("The father said in a letter published Wednesday that he wants to see his son.") { f in f.date("Wednesday", "2000-02-16") }
        #expect(letter.quotes.allSatisfy { letter.text($0.speaker?.span) != "a letter" })
    }

    @Test func anOutletNamedAfterItsOwnersPossessiveRelays() throws {
        let d = claimsRun("The spokesman told the group's Radio Andalus that its fighters had overrun the base.") { f in
            f.entity("Radio Andalus", "ORG", "org.radio_andalus")
        }
        #expect(d.quotes.first?.chain.map { d.text($0.span) } == ["The spokesman", "Radio Andalus"])
    }

    @Test func aPersonInAppositionToAnOrganisationsRoleSpeaksForTheParticipleToo() throws {
        let d = claimsRun("The Taliban's spokesman, Zabihullah Mujahid, denied the report, saying it was false.") { f in
            f.entity("Taliban", "ORG", "org.taliban")
            f.entity("Zabihullah Mujahid", "PER", "per.zabihullah_mujahid")
        }
        let saying = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(saying.speaker?.entity == "per.zabihullah_mujahid")
        // An army's general staff is the army, not a general.
        let staff = claimsRun("The Malian army's general staff said that 20 assailants were killed.") { f in
            f.entity("Malian army", "ORG", "org.malian_army")
        }
        #expect(staff.quotes.first?.speaker?.entity == "org.malian_army")
        #expect(staff.quotes.first?.speaker?.role == nil)
    }

    @Test func whereTheWordsWereGivenAfterThemFramesTheReport() throws {
        let d = claimsRun("AQIM confirmed the death of its commander in a statement released on Sunday.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.date("Sunday", "2013-03-17")
        }
        #expect(d.quotes.map { d.text($0.span) } == ["the death of its commander"])
        // Who carried the words joins the chain, outside them.
        let carried = claimsRun("The Al-Aqsa Brigades said that Hamas was responsible for the attack, in a statement received by the AFP news agency.") { f in
            f.entity("Hamas", "ORG", "org.hamas")
            f.entity("AFP", "ORG", "org.afp")
        }
        let q = try #require(carried.quotes.first)
        #expect(carried.text(q.span) == "that Hamas was responsible for the attack")
        #expect(q.chain.last?.entity == "org.afp")
        // After a clause of the speaker's own, the words may name it too.
        let own = claimsRun("He said the group would publish the names in a statement.")
        #expect(own.quotes.map { own.text($0.span) } == ["the group would publish the names in a statement"])
    }

    @Test func aStatementOfNobodyNamedIsThatOfTheReportItHolds() throws {
        let d = claimsRun("ISWAP claimed it had killed 15 soldiers, according to a statement carried by the group's Amaq news agency.") { f in
            f.entity("ISWAP", "ORG", "org.iswap")
            f.entity("Amaq news agency", "ORG", "org.amaq")
        }
        let according = try #require(d.quotes.first { d.text($0.cue) == "according to" })
        #expect(according.speaker?.entity == "org.iswap")
        let claimed = try #require(d.quotes.first { d.text($0.cue) == "claimed" })
        #expect(claimed.chain.map(\.entity) == ["org.iswap", "org.amaq"])
        // Who obtained the recording passed the words on.
        let obtained = claimsRun("\"Our brothers are safe,\" Abu Walid said, according to a recording obtained by Al Jazeera.") { f in
            f.entity("Abu Walid", "PER", "per.abu_walid")
            f.entity("Al Jazeera", "ORG", "org.al_jazeera")
        }
        #expect(obtained.quotes.allSatisfy { $0.chain.map(\.entity) == ["per.abu_walid", "org.al_jazeera"] })
    }

    @Test func aStatementPublishedByAnOrganisationIsItsWords() throws {
        // At the sentence's end, however long, when who published it is named; its participle
        // reports nothing of its own; the passive in the relative clause has its own subject.
        let text = "The ISGS claimed the attack on Tillia in which 16 civilians were killed, according to a statement published on Sunday by its propaganda agency Amaq."
        let d = claimsRun(text) { f in
            f.entity("ISGS", "ORG", "org.isgs")
            f.entity("Tillia", "LOC", "loc.tillia")
            f.entity("Amaq", "ORG", "org.amaq")
        }
        let according = try #require(d.quotes.first)
        #expect(d.quotes.count == 1)
        #expect(d.text(according.cue) == "according to")
        #expect(according.speaker?.entity == "org.amaq")
        #expect(d.text(according.span) == "The ISGS claimed the attack on Tillia in which 16 civilians were killed")
        #expect(d.claims("killed").map { $0.subject == nil && $0.speaker?.entity == "org.amaq" } == [true])
        // A name right before a participle that describes it: no words between them to read.
        let right = claimsRun("The army said France 24 bombed.") { f in f.entity("France 24", "ORG", "org.france_24") }
        #expect(right.quotes.count == 1)
        // A role phrase with the organisation's name in apposition names the organisation.
        let agency = claimsRun("Its propaganda agency Amaq said 16 civilians were killed.") { f in f.entity("Amaq", "ORG", "org.amaq") }
        #expect(agency.quotes.first?.speaker?.entity == "org.amaq")
    }

    @Test func aNoteBeforeAColonLabelsWhatFollows() throws {
        #expect(claimsRun("Translator's note: the statement does not mention Belmokhtar.").quotes.isEmpty)
        #expect(claimsRun("Notes: The statement does not mention Iyad Ag Ghaly.").quotes.isEmpty)
        // A verb before the colon still states what follows.
        let d = claimsRun("AQIM explained: the hostages are alive.") { f in f.entity("AQIM", "ORG", "org.aqim") }
        #expect(d.quotes.map { d.text($0.span) } == ["the hostages are alive"])
    }

    @Test func theOutletAClaimOfResponsibilityWasSentToRelaysIt() throws {
        let d = claimsRun("AQIM claimed responsibility for the attack in a message sent to the Mauritanian news agency ANI.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("ANI", "ORG", "org.ani")
        }
        let c = try #require(d.claims("claims_responsibility").first)
        #expect(c.speaker?.entity == "org.aqim")
        #expect(c.chain.map(\.entity) == ["org.aqim", "org.ani"])
        #expect(c.chain.map(\.role) == ["speaker", "outlet"])
        #expect(d.text(c.chain.last?.span) == "ANI")
    }

    @Test func aSpeechActsSubjectSpeaksAndWhoeverReportsItRelays() throws {
        let d = claimsRun("Reuters said AQIM claimed responsibility for the attack.") { f in
            f.entity("Reuters", "ORG", "org.reuters")
            f.entity("AQIM", "ORG", "org.aqim")
        }
        let c = try #require(d.claims("claims_responsibility").first)
        #expect(c.speaker?.entity == "org.aqim")
        #expect(c.chain.map(\.entity) == ["org.aqim", "org.reuters"])
        let threat = claimsRun("AQIM said: \"France will not be safe.\"") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("France", "LOC", "loc.france")
        }
        let t = try #require(threat.claims("threatens").first)
        #expect(t.speaker?.entity == "org.aqim")
        #expect(t.subject?.entity == "loc.france")
    }

    @Test func whomAWarningAddressesOwnsItsAndTheir() throws {
        let d = claimsRun("AQIM warned France that its soldiers will not be safe. AQIM warned France that our fighters will not be safe.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("France", "LOC", "loc.france")
            f.entity("AQIM", "ORG", "org.aqim", 2)
            f.entity("France", "LOC", "loc.france", 2)
        }
        #expect(d.claims("threatens").map { $0.subject?.entity } == ["loc.france", "org.aqim"])
        // "it" is the addressee's too, and so are the words of an addressee no table names.
        let it = claimsRun("AQIM warned France that it will pay a heavy price. AQIM warned the Malian junta that its soldiers will not be safe.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("France", "LOC", "loc.france")
            f.entity("AQIM", "ORG", "org.aqim", 2)
        }
        #expect(it.claims("threatens").map { $0.subject?.entity } == ["loc.france", nil])
        #expect(it.claims("threatens").map { $0.subject?.name } == ["France", "Malian junta"])
        let price = claimsRun("AQIM said: \"France will pay a heavy price.\"") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("France", "LOC", "loc.france")
        }
        #expect(price.claims("threatens").map { $0.subject?.entity } == ["loc.france"])
        // A statement's "blessed operation" is one it claims.
        let operation = claimsRun("Our mujahideen carried out a blessed operation in Gao.", source: "org.mujao")
        #expect(operation.claims("claims_responsibility").count == 1)
    }

    @Test func aThreatIsAboutWhomItAimsAtAndSpokenByWhoMakesIt() throws {
        let d = claimsRun("AQIM threatened France with new attacks. Belmokhtar threatened to strike again if Niamey kept its troops in Mali.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("France", "LOC", "loc.france")
            f.entity("Belmokhtar", "PER", "per.mokhtar_belmokhtar")
            f.entity("Niamey", "LOC", "loc.niamey")
            f.entity("Mali", "LOC", "loc.mali")
        }
        let threats = d.claims("threatens")
        #expect(threats.contains { $0.speaker?.entity == "org.aqim" && $0.subject?.entity == "loc.france" })
        #expect(threats.contains { $0.speaker?.entity == "per.mokhtar_belmokhtar" && $0.subject?.entity == "loc.niamey" })
        // "will meet the same fate": a threat whose target stands before it.
        let fate = claimsRun("The group said: \"The soldiers of the junta will meet the same fate.\"") { f in
            f.entity("junta", "ORG", "org.malian_government")
        }
        #expect(fate.claims("threatens").count == 1)
        // In a statement: the one reported speaks the threat; its target follows the verb.
        let target = claimsRun("The statement said the new group will target France and its agents.") { f in f.entity("France", "LOC", "loc.france") }
        let aimed = try #require(target.claims("threatens").first)
        #expect(aimed.subject?.entity == "loc.france")
        #expect(target.text(aimed.speaker?.span) != "France")
    }

    @Test func deathOfNamesTheSubjectAfterTheNoun() throws {
        let d = claimsRun("The group announced the death of its commander Abou Zeid.") { f in
            f.entity("Abou Zeid", "PER", "per.abdelhamid_abou_zeid")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.subject?.entity == "per.abdelhamid_abou_zeid")
        #expect(d.text(c.speaker?.span) == "The group")
    }

    @Test func toldAnOutletJoinsTheChain() throws {
        let d = claimsRun("Abu Walid told Reuters that his fighters had captured two soldiers.") { f in
            f.entity("Abu Walid", "PER", "per.adnan_abu_walid_al_sahrawi")
            f.entity("Reuters", "ORG", "org.reuters")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "that his fighters had captured two soldiers")
        #expect(q.speaker?.entity == "per.adnan_abu_walid_al_sahrawi")
        #expect(q.chain.map(\.entity) == ["per.adnan_abu_walid_al_sahrawi", "org.reuters"])
        #expect(q.chain.map(\.role) == ["speaker", "outlet"])
        #expect(d.claims("captured").first?.speaker?.entity == "per.adnan_abu_walid_al_sahrawi")
    }

    @Test func anOutletDescribedBeforeItsNameJoinsTheChainByName() throws {
        let d = claimsRun("Abu Walid told the private Mauritanian news agency ANI that his fighters had captured two soldiers.") { f in
            f.entity("Abu Walid", "PER", "per.adnan_abu_walid_al_sahrawi")
            f.entity("ANI", "ORG", "org.ani")
        }
        let q = try #require(d.quotes.first)
        #expect(q.chain.map(\.entity) == ["per.adnan_abu_walid_al_sahrawi", "org.ani"])
        // Only for whom the words were told: a speaker phrase after a quote does not reach past
        // "latest" to a name ("The latest United Nations report").
        let e = claimsRun("Abu Walid said: \"We captured two soldiers.\" The latest United Nations report is out.") { f in
            f.entity("Abu Walid", "PER", "per.adnan_abu_walid_al_sahrawi")
            f.entity("United Nations", "ORG", "org.un")
        }
        #expect(try #require(e.quotes.first).chain.map(\.entity) == ["per.adnan_abu_walid_al_sahrawi"])
    }

    @Test func aStatementSentOrStatedToAnOutletJoinsTheChain() throws {
        let d = claimsRun("In a statement sent to AFP, AQIM said that its fighters had captured two soldiers. Abu Walid stated to ANI: \"We hold them.\"") { f in
            f.entity("AFP", "ORG", "org.afp")
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Abu Walid", "PER", "per.adnan_abu_walid_al_sahrawi")
            f.entity("ANI", "ORG", "org.ani")
        }
        #expect(d.quotes.count == 2)
        #expect(d.quotes.first?.chain.map(\.entity) == ["org.aqim", "org.afp"])
        #expect(d.quotes.last?.chain.map(\.entity) == ["per.adnan_abu_walid_al_sahrawi", "org.ani"])
    }

    @Test func interviewWithAnOutletJoinsTheChain() throws {
        let d = claimsRun("In an interview with Al Jazeera, the MNLA leader said the rebels control Kidal.") { f in
            f.entity("Al Jazeera", "ORG", nil)
            f.entity("MNLA", "ORG", "org.mnla")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "the rebels control Kidal")
        #expect(d.text(q.speaker?.span) == "the MNLA leader")
        #expect(q.chain.map(\.role) == ["leader", "outlet"])
        #expect(d.text(q.chain.last?.span) == "Al Jazeera")
    }

    @Test func statementHeaderAttributesWhatFollows() throws {
        let d = claimsRun("From the office of the Emir of AQIM:\nOur brother Abu Dujana was martyred in Timbuktu last week.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Abu Dujana", "PER", nil)
        }
        let q = try #require(d.quotes.first)
        #expect(q.rule == "quote.statement_header")
        #expect(q.cueRule == "cue.header")
        #expect(d.text(q.cue) == "From the office of")
        #expect(d.text(q.span) == "Our brother Abu Dujana was martyred in Timbuktu last week.")
        #expect(d.text(q.speaker?.span) == "the Emir of AQIM")
        let c = try #require(d.claims("killed").first)
        #expect(d.text(c.subject?.span) == "Abu Dujana")
        #expect(d.text(c.speaker?.span) == "the Emir of AQIM")
    }

    @Test func eachStatementHeaderHasItsOwnStatement() throws {
        let first = "Our brother Abu Dujana was martyred in Timbuktu last week.\n\n"
        let second = "The French killed no one in Kidal."
        let d = claimsRun("From the office of the Emir of AQIM:\n" + first + "Statement from the Malian army:\n" + second) { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Abu Dujana", "PER", nil)
        }
        let headers = d.quotes.filter { $0.rule == "quote.statement_header" }
        #expect(headers.map { d.text($0.span) } == [first.trimmingCharacters(in: .newlines), second])
    }

    @Test func aHeaderWithWordsOnItsOwnLineSumsUpToTheParagraphsEnd() throws {
        // A live blog's entry: what follows on the header's line is the statement in brief, and
        // the next entry's words are no part of it.
        let d = claimsRun("16:58\nStatement from the interior ministry: it says a committee has been formed.\n\n"
                          + "16:40\nThe Radaa posted on Facebook. It says it \"has not attacked anyone.\"")
        let header = try #require(d.quotes.first { $0.rule == "quote.statement_header" })
        #expect(d.text(header.span) == "it says a committee has been formed.")
        let denial = try #require(d.quotes.first { d.text($0.cue) == "says" && d.text($0.span)?.contains("attacked") == true })
        #expect(d.text(denial.speaker?.span) == "It")
        #expect(denial.speaker?.name == "The Radaa")
    }

    @Test func communiqueAssertionsBelongToTheDeclaredAuthor() throws {
        let d = claimsRun("The mujahideen killed three French soldiers near Tessalit on Sunday.", source: "org.aqim", translator: "Al-Andalus")
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.entity == "org.aqim")
        #expect(c.rule.hasSuffix("claim.assertion"))
        #expect(c.chain.map(\.role) == ["author", "translator"])
        #expect(d.quotes.isEmpty)
    }

    @Test func passiveAnnouncementBySource() throws {
        let d = claimsRun("The death of Abdelhamid Abou Zeid was announced by the Chadian army.") { f in
            f.entity("Abdelhamid Abou Zeid", "PER", "per.abdelhamid_abou_zeid")
        }
        let c = try #require(d.claims("killed").first)
        #expect(d.text(c.speaker?.span) == "the Chadian army")
        #expect(c.subject?.entity == "per.abdelhamid_abou_zeid")
        #expect(c.polarity == .asserted)
        // A "by" inside the quote the verb introduces is the quote's, not a passive's source.
        let quoted = claimsRun("The spokesman said: “I am honored by the endorsement.”")
        #expect(quoted.text(quoted.quotes.first?.cue) == "said")
        #expect(quoted.text(quoted.quotes.first?.speaker?.span) == "The spokesman")
        // Nor is a "by" after a verb of the clause the verb reports.
        let clause = claimsRun("Democrats said the panel might be damaged by the move.")
        #expect(clause.text(clause.quotes.first?.span) == "the panel might be damaged by the move")
        #expect(clause.text(clause.quotes.first?.speaker?.span) == "Democrats")
    }

    @Test func weAsSpeakerIsTheDeclaredAuthor() throws {
        let d = claimsRun("We confirm that our fighters attacked the airport of Gao.", source: "org.mujao")
        let q = try #require(d.quotes.first)
        #expect(q.speaker?.entity == "org.mujao")
        #expect(q.speakerRule == "speaker.group_author")
        #expect(d.claims("attacked").first?.speaker?.entity == "org.mujao")
    }

    @Test func addresseeBeforeTheColonJoinsTheChain() throws {
        let d = claimsRun("Hamada Ould Kheirou, the media officer of AQIM, maintained ANI this morning: « Sidi ben Traoré is alive and in good health. »")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "« Sidi ben Traoré is alive and in good health. »")
        #expect(d.text(q.cue) == "maintained")
        #expect(d.text(q.speaker?.span) == "Hamada Ould Kheirou")
        #expect(q.chain.map(\.role) == ["officer", "outlet"])
        #expect(q.chain.last?.name == "ANI")
        #expect(d.quotes.count == 1)
    }

    @Test func aMessageReleasedIsNoReleaseClaim() {
        let d = claimsRun("In an audio message released on 2 December, Saleh al-Libi said: “We challenge the French to provide evidence.”")
        #expect(d.claims("released").isEmpty)
        #expect(d.text(d.quotes.first?.speaker?.span) == "Saleh al-Libi")
    }

    @Test func unquotedStatementAfterAColon() throws {
        let d = claimsRun("In a recording, Yahia Abou el-Hammam declared: Ali ben Cissé is alive and in good health.") { f in
            f.entity("Ali ben Cissé", "PER", nil)
        }
        let q = try #require(d.quotes.first)
        #expect(q.rule == "quote.colon_statement")
        #expect(d.text(q.span) == "Ali ben Cissé is alive and in good health")
        #expect(d.text(q.speaker?.span) == "Yahia Abou el-Hammam")
        #expect(d.claims("alive").first.map { d.string($0.speaker!.span) } == "Yahia Abou el-Hammam")
    }

    @Test func announcementMadeBySourceIsItsClaim() throws {
        let d = claimsRun("The announcement, made last Thursday by the Malian army, said that Hamaha was killed near Tessalit.") { f in
            f.entity("Malian army", "ORG", "org.malian_army")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.entity == "org.malian_army")
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
    }

    @Test func reportingClauseInTheMiddle() throws {
        let d = claimsRun("The raid, Mr. Traoré said, killed no civilians in the village.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "The raid, Mr. Traoré said, killed no civilians in the village")
        #expect(d.text(q.speaker?.span) == "Traoré")
        #expect(d.text(q.cue) == "said")
    }

    @Test func pluralCommonNounsSpeak() throws {
        let d = claimsRun("The strike was a failure, local residents said on Friday.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "The strike was a failure")
        #expect(d.text(q.speaker?.span) == "local residents")
        #expect(q.speaker?.entity == nil)
    }

    @Test func deniedReportGivesBothClaims() throws {
        let d = claimsRun("We deny the claims of the French army that our emir Abu Dujana was captured.", source: "org.aqim") { f in
            f.entity("French army", "ORG", "org.french_army")
            f.entity("Abu Dujana", "PER", nil)
        }
        let reported = try #require(d.claims("captured").first { $0.polarity == .asserted })
        #expect(reported.speaker?.entity == "org.french_army")
        #expect(d.quotes.contains { $0.speakerRule == "speaker.noun_source" })
        let denial = try #require(d.claims("captured").first { $0.polarity == .negated })
        #expect(denial.speaker?.entity == "org.aqim")
        #expect(denial.rule.hasSuffix("claim.denied_report"))
        #expect(denial.stance.first?.source.entity == "org.french_army")
        #expect(denial.stance.first?.relation == .contradicts)
        #expect(d.conflicts.contains { Set($0.claims) == [reported.id, denial.id] })
    }

    @Test func aParenthesisClosingTheContentStays() throws {
        let d = claimsRun("The minister said companies were finding it easier to comply with the goods and services tax (GST).")
        #expect(d.quotes.map { d.text($0.span) } == ["companies were finding it easier to comply with the goods and services tax (GST)"])
        // One that closes nothing opened in the sentence is punctuation.
        let stray = claimsRun("1) The minister said the tax was fair).")
        #expect(stray.quotes.map { stray.text($0.span) } == ["the tax was fair"])
        // So does a translator's bracket.
        let note = claimsRun("The minister said that « nul n'est au-dessus » [nobody is above it]. Fine.")
        #expect(note.quotes.map { note.text($0.span) } == ["that « nul n'est au-dessus » [nobody is above it]"])
    }

    @Test func saidBetweenTwoCapitalisedWordsIsANamesPart() throws {
        let d = claimsRun("A community leader, Sheikh Abudo Mussa (some media spell his name Abdu Said Musa), told us on Tuesday that "
            + "residents were afraid. The deputy minister, Abdirahman Said Jama, repeated the claim on Friday.")
        #expect(!d.quotes.contains { d.text($0.cue) == "Said" })
        #expect(d.quotes.first.map { d.text($0.span) } == "that residents were afraid")
        #expect(d.text(d.quotes.first?.speaker?.span) == "Abudo Mussa")
    }

    @Test func putItBluntlyIsACueOfTheQuoteAfterTheColon() throws {
        let d = claimsRun("A senior officer, who spoke on condition of anonymity, put it bluntly: \"Everyone knew there would be a vacuum.\"")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.cue) == "put it bluntly")
        #expect(d.text(q.speaker?.span) == "A senior officer")
    }

    @Test func observeReportsBeforeThatOrPunctuationOnly() throws {
        let d = claimsRun("The monitors observed heavy shelling near the town. The monitors observed that the truce held.")
        #expect(d.quotes.map { d.text($0.span) } == ["that the truce held"])
    }

    @Test func aStatementsLanguageIsNoSpeakerOfTheParticipleAfterIt() throws {
        let d = claimsRun("An account had posted a statement in Urdu saying that the mujahideen carried out the attack.")
        let q = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(d.text(q.speaker?.span) == "An account")
    }

    @Test func aWordForAMessageAfterAVerbOfPublishingIsWhatWasPublishedNoWords() throws {
        let d = claimsRun("Within 24 hours, both parties to the war had published statements. Al-Masirah broadcast a new video on Monday. "
            + "The destroyer answered distress calls from merchant ships. The ministry revealed that a report had been sent. "
            + "The department stated in a written answer to me that no strikes had been conducted.")
        #expect(d.quotes.map { d.text($0.span) } == ["that a report had been sent", "that no strikes had been conducted"])
    }

    @Test func aSpeakerWhoGoesOnToAVerbIsItsSubject() throws {
        let d = claimsRun("The speaker goes on to deny that his fighters were killed. Bishop Mansell said it was \"an act of madness,\" "
            + "but he went on to defend the church's position.")
        #expect(d.quotes.map { d.text($0.span) } == ["that his fighters were killed", "it was \"an act of madness,\""])
        #expect(d.text(d.quotes.first?.speaker?.span) == "The speaker")
        #expect(d.quotes.first?.speaker?.role == "speaker")
    }

    @Test func aVerbWithAPrepositionOrAnInfinitiveAfterItHasNoContentBeforeIt() throws {
        let d = claimsRun("This morning, the spokesman of the militia, Ambroise Dolo, responds to these accusations. "
            + "At the end of the session, the third accused, Abdullahi Omar Dheeq, who is not represented, asked to address the court. "
            + "The base was never overrun, said the army spokesman.")
        #expect(d.quotes.map { d.text($0.span) } == ["The base was never overrun"])
        // A date may stand between the verb and the speaker after it.
        var dated = Document(id: "dated", text: "The army lost, said on Monday the spokesman.", metadata: DocumentMetadata())
        try defaultPlan.makePipeline().run(&dated)
        #expect(dated.quotes.map { dated.text($0.span) } == ["The army lost"])
    }

    @Test func sighsSumsUpAndWasMoreCautiousIntroduceQuotes() throws {
        let d = claimsRun("« We are the hostages of this war », sighs Mamadou Diawara, a union leader. Mr Jimale summed up the uncertainty: "
            + "\"Either this is the moment or it is not.\" A Western diplomat was more cautious: \"We simply don't know.\" "
            + "The minister summarised the report in two lines. The senator was more circumspect than her colleagues. "
            + "The captain of the village, Jonathan Dalimbang, was more cautious. Where the text is unclear I have said so in square brackets.")
        #expect(d.quotes.map { d.text($0.cue) } == ["sighs", "summed up", "was more cautious"])
        #expect(d.quotes.map { d.text($0.speaker?.span) ?? "-" } == ["Mamadou Diawara", "Jimale", "A Western diplomat"])
        #expect(d.quotes.last?.cueRule == "cue.manner")
    }

    @Test func asSomeonePutItAndMockedIntroduceQuotes() throws {
        let d = claimsRun("He is, as one officer put it to me, \"the most killed man in the Sahel.\" In the video, Koufa mocks the French: "
            + "\"They said I was killed.\" She mocked the minister for his speech. He put it on the table.")
        #expect(d.quotes.map { d.text($0.cue) } == ["put it", "mocks"])
        #expect(d.quotes.map { d.text($0.speaker?.span) ?? "-" } == ["one officer", "Koufa"])
    }

    @Test func aVerbAfterAndAndAnAdverbInLySharesTheSubject() throws {
        let d = claimsRun("The front's command accused the ELN of \"a massacre of peasants\" and flatly denied that it had links to paramilitary groups.")
        #expect(d.quotes.map { d.text($0.span) } == ["the ELN of \"a massacre of peasants\"", "that it had links to paramilitary groups"])
        #expect(d.quotes.map { d.text($0.speaker?.span) ?? "-" } == ["The front's command", "The front's command"])
    }

    @Test func aCountOrRankAloneAfterTheVerbSpeaks() throws {
        let d = claimsRun("— It is normal for them, says another. The road is closed, said the other. "
            + "A second, shorter message posted an hour later said that drones had struck the base, and promised to publish footage.")
        #expect(d.quotes.prefix(2).map { d.text($0.speaker?.span) ?? "-" } == ["another", "the other"])
        #expect(d.quotes.last.map { d.text($0.speaker?.span) ?? "-" } != "A second")
    }

    @Test func aParticipleAfterAQuotesClosingCommaIntroducesTheSubjectsQuote() throws {
        let d = claimsRun("He dismissed the reports as ‘baseless,’ saying: ‘We have not sent any weapons.’ "
            + "The spokesman said Hamaha was alive. Later in the call, he again referred to the leader as \"Sheikh Iyad, may God preserve him,\" "
            + "and said the group's position \"has not changed.\"")
        let saying = try #require(d.quotes.first { d.text($0.cue) == "saying" })
        #expect(d.text(saying.speaker?.span) == "He")
        let said = try #require(d.quotes.last)
        #expect(d.text(said.span) == "the group's position \"has not changed.\"")
        #expect(d.text(said.speaker?.span) == "he")
        // Not a participle that reports words of its own: the clause's subject is read for it as for any.
        var insisting = Document(id: "insisting", text: "The Rapid Support Forces said on Tuesday they had seized the town, a claim the Sudanese army "
                                 + "dismissed as “lies and fabrications,” insisting that the attack had been repelled.", metadata: DocumentMetadata())
        try defaultPlan.makePipeline().run(&insisting)
        #expect(insisting.quotes.last?.speaker?.entity == "org.sudanese_army")
    }
}
