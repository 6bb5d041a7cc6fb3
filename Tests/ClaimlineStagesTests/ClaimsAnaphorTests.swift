import ClaimlineCore
import ClaimlineRules
@testable import ClaimlineStages
import Testing

/// Speakers named by "the group", "the ministry", "it", and people the entity tables do not know.
@Suite("Claims: anaphoric and unlisted speakers")
struct ClaimsAnaphorTests {
    @Test func whoRejectedAReportIsWhomHeNamesAfter() throws {
        // The denial has an object and no content, but its speaker is the one who spoke last.
        let d = claimsRun("Colonel Ali Musa said the commander had been killed. A spokesman for the Joint Force, Ahmed Hussein Mustafa, "
                          + "rejected the report. \"Commander Tirab is alive,\" he said.") { f in
            f.entity("Ali Musa", "PER", nil)
            f.entity("Ahmed Hussein Mustafa", "PER", nil)
        }
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.speaker?.span) == "he")
        #expect(q.speaker?.name == "Ahmed Hussein Mustafa")
    }

    @Test func heInADirectQuoteIsNeverItsSpeaker() throws {
        let d = claimsRun("\u{201C}Mokhtar Belmokhtar was not killed. He is alive,\u{201D} said Abu Assem al-Muhajir, AQIM's spokesman.") { f in
            f.entity("Mokhtar Belmokhtar", "PER", "per.mokhtar_belmokhtar")
            f.entity("Abu Assem al-Muhajir", "PER", "per.abu_assem_al_muhajir")
            f.entity("AQIM", "ORG", "org.aqim")
        }
        #expect(d.claims("alive").map { $0.subject?.entity } == ["per.mokhtar_belmokhtar"])
        // Not the speaker named before the quote either.
        let before = claimsRun("Abu Assem al-Muhajir said: \u{201C}The French lie. He is alive.\u{201D}") { f in
            f.entity("Abu Assem al-Muhajir", "PER", "per.abu_assem_al_muhajir")
        }
        #expect(before.claims("alive").allSatisfy { $0.subject?.entity != "per.abu_assem_al_muhajir" })
    }

    @Test func theSheikhIsThePersonNamedLastWithThatTitle() throws {
        let d = claimsRun("The French claimed they killed Sheikh Abou Zeid. AQIM said the sheikh is alive.") { f in
            f.entity("French", "ORG", "org.french_army")
            f.entity("Abou Zeid", "PER", "per.abdelhamid_abou_zeid")
            f.entity("AQIM", "ORG", "org.aqim")
        }
        let alive = try #require(d.claims("alive").first)
        #expect(alive.subject?.entity == "per.abdelhamid_abou_zeid")
        #expect(d.text(alive.subject?.span) == "the sheikh")
        // So the French claim and AQIM's now conflict.
        #expect(d.conflicts.first?.subject == "per.abdelhamid_abou_zeid")
        // No one named with the title: no subject.
        let none = claimsRun("The French claimed they killed Abou Zeid. AQIM said the sheikh is alive.") { f in
            f.entity("French", "ORG", "org.french_army")
            f.entity("Abou Zeid", "PER", "per.abdelhamid_abou_zeid")
            f.entity("AQIM", "ORG", "org.aqim")
        }
        #expect(none.claims("alive").first?.subject == nil)
    }

    @Test func theGroupIsTheLastArmedGroupMentioned() throws {
        let text = "Fighting broke out near Menaka on Sunday between the army and Ansar Dine. The group said its fighters had captured two soldiers."
        let d = claimsRun(text) { f in
            f.entity("Menaka", "LOC", "loc.menaka")
            f.entity("army", "ORG", "org.malian_army", name: "Malian army")
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
            f.document.entities[1].kind = "army"
            f.document.entities[2].kind = "armed_group"
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.speaker?.span) == "The group")
        #expect(q.speaker?.entity == "org.ansar_dine")
        #expect(q.speakerRule == "speaker.organisation_anaphor")
    }

    @Test func aStatementsOwnerOrItsCapitalisedNameIssuesItWhateverStatementWasNamedBefore() throws {
        let d = claimsRun("Hassan said a statement was coming. The group's statement said that turnout was low. "
                          + "Saddam's message said that a conference was needed. The BankSA Trends bulletin says the economy has grown. "
                          + "The Arabic text says that the fighters have withdrawn.")
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["Hassan", "The group's statement", "Saddam's message", "The BankSA Trends bulletin", "The Arabic text"])
        // A language's name is none: the text is the statement named before.
        #expect(d.quotes.map { $0.speaker?.name } == ["Hassan", nil, "Saddam", "BankSA Trends", "BankSA Trends"])
    }

    @Test func aTextThatReadsInPartIntroducesItsQuotedWords() throws {
        let d = claimsRun("Its summary read in part:\n\n\"Units continued their offensive.\"\n\nThe minister said in part: \"We will win.\"")
        #expect(d.quotes.map { d.text($0.cue) } == ["read", "said"])
    }

    @Test func theStatementSpeaksForWhoeverIssuedIt() throws {
        let issued = claimsRun("AQIM issued a statement on Monday about the raid. The statement said the hostages were alive.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
        }
        let q = try #require(issued.quotes.first)
        #expect(issued.text(q.span) == "the hostages were alive")
        #expect(issued.text(q.speaker?.span) == "The statement")
        #expect(q.speaker?.entity == "org.aqim")
        #expect(q.speakerRule == "speaker.utterance_issuer")
        let earlier = claimsRun("Abu Obeida said the raid had failed. This video added that the hostages were alive.") { f in
            f.entity("Abu Obeida", "PER", "per.abu_obeida")
        }
        #expect(earlier.quotes.last?.speaker?.entity == "per.abu_obeida")
        #expect(earlier.quotes.last?.speakerRule == "speaker.utterance_previous")
        // Past an adverb between the statement and its verb.
        let further = claimsRun("AQIM issued a statement on Monday. The statement further asserted that the hostages were alive.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
        }
        #expect(further.quotes.first?.speaker?.entity == "org.aqim")
        #expect(further.text(further.quotes.first?.speaker?.span) == "The statement")
        // After the content, and after a direct quote: the issuer named in an earlier sentence.
        let after = claimsRun("AQIM released a statement on Tuesday. The fighters seized the base, the statement said.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
        }
        #expect(after.quotes.first.map { after.text($0.span) } == "The fighters seized the base")
        #expect(after.quotes.first?.speaker?.entity == "org.aqim")
        let quoted = claimsRun("The Ministry of National Defence gave its account in a communiqué. « Our forces repelled the attack », the communiqué said.")
        let direct = try #require(quoted.quotes.first)
        #expect(quoted.text(direct.span) == "« Our forces repelled the attack »")
        #expect(quoted.text(direct.speaker?.span) == "the communiqué")
        #expect(direct.speaker?.name == "Ministry of National Defence")
        // Who spoke of a video did not make it.
        let spoke = claimsRun("Andy Bamberg said the video was unclear. The video shows that Scott had nothing in his hands.") { f in
            f.entity("Andy Bamberg", "PER", "per.andy_bamberg")
        }
        let shown = try #require(spoke.quotes.last)
        #expect(spoke.text(shown.span) == "that Scott had nothing in his hands")
        #expect(shown.speaker?.entity == nil)
        // A statement met for the first time ("an audio statement claiming …") is not the one named before.
        let fresh = claimsRun("Abu Obeida said the raid had failed. An audio statement claimed that the hostages were alive.") { f in
            f.entity("Abu Obeida", "PER", "per.abu_obeida")
        }
        #expect(fresh.quotes.last.map { fresh.text($0.span) } == "that the hostages were alive")
        #expect(fresh.quotes.last?.speaker?.entity != "per.abu_obeida")
    }

    @Test func aPossessorModifiesTheNameAfterItAndNamesTheSpeakerOtherwise() throws {
        let agency = claimsRun("Islamic State's Amaq news agency said the fighters had captured the town.") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.entity("Amaq news agency", "ORG", "org.amaq")
        }
        #expect(agency.quotes.first?.speaker?.entity == "org.amaq")
        let claim = claimsRun("Ansar Dine's claim that it controls Kidal was denied by the army.") { f in
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
        }
        let q = try #require(claim.quotes.first { claim.text($0.cue) == "claim" })
        #expect(claim.text(q.speaker?.span) == "Ansar Dine")
        #expect(q.speaker?.entity == "org.ansar_dine")
        // A place only says whose the military is: the speaker is the whole phrase, and the
        // organisation before a role and a name is no subject.
        let military = claimsRun("Nigeria's military said it had killed Boko Haram commander Abu Fatima.") { f in
            f.entity("Nigeria", "LOC", "loc.nigeria")
            f.entity("Boko Haram", "ORG", "org.boko_haram")
            f.entity("Abu Fatima", "PER", nil)
        }
        let killed = try #require(military.claims("killed").first)
        #expect(military.text(killed.speaker?.span) == "Nigeria's military")
        #expect(killed.subject.map { military.string($0.span) } == "Abu Fatima")
        // So is one before a role, a comma and the name: "a senior JNIM leader, Ba Ag Moussa,".
        let apposed = claimsRun("The French army announced the death of a senior JNIM leader, Ba Ag Moussa, in an operation.") { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("Ba Ag Moussa", "PER", "per.ba_ag_moussa")
        }
        #expect(apposed.claims("killed").map { $0.subject?.entity } == ["per.ba_ag_moussa"])
        // The agent of a participle in a phrase after the object is none of the verb's
        // ("after negotiations brokered by the Swiss government"); the target's escort is one.
        let brokered = claimsRun("Boko Haram released 21 of the girls after negotiations brokered by the Swiss government.") { f in
            f.entity("Boko Haram", "ORG", "org.boko_haram")
            f.entity("Swiss government", "ORG", "org.swiss_government")
        }
        #expect(!brokered.claims("released").contains { $0.subject?.entity == "org.swiss_government" })
        let escorted = claimsRun("Gunmen attacked a convoy escorted by French troops.") { f in f.entity("French troops", "ORG", "org.french_army") }
        #expect(escorted.claims("attacked").map { $0.subject?.entity } == ["org.french_army"])
        // A town freed is held ("freed the town of Kidal from the Islamists" freed no Islamists).
        let freed = claimsRun("The MNLA said its fighters had freed the town of Kidal from the Islamists.") { f in f.entity("MNLA", "ORG", "org.mnla") }
        #expect(freed.claims.map { "\($0.predicate) \($0.subject?.entity ?? "-")" } == ["controls org.mnla"])
        // A place of two names the same ("Burkina Faso's" was read as a person's name).
        let junta = claimsRun("Burkina Faso's junta said the attack was repelled.") { f in f.entity("Burkina Faso", "LOC", "loc.burkina_faso") }
        #expect(junta.quotes.map { junta.text($0.speaker?.span) } == ["Burkina Faso's junta"])
    }

    @Test func itsFightersAreTheSpeakingOrganisationsWhereTheSubjectStandsBefore() throws {
        let d = claimsRun("AQIM said its fighters had captured the town of Konna. It said its fighters had killed two soldiers.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Konna", "LOC", "loc.konna")
        }
        let controls = try #require(d.claims("controls").first)
        #expect(d.text(controls.subject?.span) == "its fighters")
        #expect(controls.subject?.entity == "org.aqim")
        // Before an active verb, "its fighters" are the agent, not what was killed.
        #expect(!d.claims("killed").isEmpty)
        #expect(d.claims("killed").allSatisfy { $0.subject?.entity != "org.aqim" })
    }

    @Test func itsFightersAreTheOrganisationOfAPersonSpeakingForIt() throws {
        let d = claimsRun("The spokesman of the MNLA said its fighters withdrew from Gao.") { f in
            f.entity("MNLA", "ORG", "org.mnla")
            f.entity("Gao", "LOC", "loc.gao")
        }
        let withdrew = try #require(d.claims("withdrew").first)
        #expect(d.text(withdrew.subject?.span) == "its fighters")
        #expect(withdrew.subject?.entity == "org.mnla")
    }

    @Test func theGroupIsTheOrganisationSpeaking() throws {
        let d = claimsRun("Ansar Dine's spokesman Sanda Ould Boumama told AFP the group had withdrawn from Gao.") { f in
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
            f.entity("Sanda Ould Boumama", "PER", "per.sanda_ould_bouamama")
            f.entity("AFP", "ORG", "org.afp")
            f.entity("Gao", "LOC", "loc.gao")
        }
        let withdrew = try #require(d.claims("withdrew").first)
        #expect(d.text(withdrew.subject?.span) == "the group")
        #expect(withdrew.subject?.entity == "org.ansar_dine")
        // With no organisation speaking, "the group" names nobody.
        let nobody = claimsRun("A witness said the group had withdrawn from Gao.") { f in f.entity("Gao", "LOC", "loc.gao") }
        #expect(try #require(nobody.claims("withdrew").first).subject == nil)
    }

    @Test func ourBrothersAreTheOrganisationSpeakingAndGodIsNoSubject() throws {
        let d = claimsRun("AQIM said: \"By the grace of God, the mujahideen took control of the base. Four of our brothers were martyred.\"") { f in
            f.entity("AQIM", "ORG", "org.aqim")
        }
        let martyred = try #require(d.claims("killed").first)
        #expect(d.text(martyred.subject?.span) == "our brothers")
        #expect(martyred.subject?.entity == "org.aqim")
        #expect(try #require(d.claims("controls").first).subject == nil)
    }

    @Test func aPassiveWhoseWordsAreQuotedIsStillAPassive() throws {
        // `had been "neutralised by Barkhane"`: about al-Sahrawi; Barkhane is the agent.
        let d = claimsRun("Macron wrote on Twitter, saying al-Sahrawi had been \"neutralised by Barkhane\".") { f in
            f.entity("Macron", "PER", "per.emmanuel_macron")
            f.entity("al-Sahrawi", "PER", "per.adnan_abu_walid_al_sahrawi")
            f.entity("Barkhane", "ORG", "org.french_army")
        }
        d.checkSpans()
        #expect(try #require(d.claims("killed").first).subject?.entity == "per.adnan_abu_walid_al_sahrawi")
    }

    @Test func itsSoldiersBeforeAPassiveAreTheOrganisationSpeaking() throws {
        let d = claimsRun("The Chadian army said 23 of its soldiers were killed in clashes with Boko Haram.") { f in
            f.entity("Chadian army", "ORG", "org.chadian_army")
            f.entity("Boko Haram", "ORG", "org.boko_haram")
        }
        let killed = try #require(d.claims("killed").first)
        #expect(d.text(killed.subject?.span) == "its soldiers")
        #expect(killed.subject?.entity == "org.chadian_army")
        // "and 45 wounded": a count before a participle is a passive too.
        let both = claimsRun("The Chadian army said 23 of its soldiers were killed and 45 wounded in clashes with Boko Haram.") { f in
            f.entity("Chadian army", "ORG", "org.chadian_army")
            f.entity("Boko Haram", "ORG", "org.boko_haram")
        }
        #expect(try #require(both.claims("wounded").first).subject?.entity == "org.chadian_army")
        // Not before an active verb, nor as "it" ("It is understood …"), nor after the verb.
        let active = claimsRun("AQIM said its fighters attacked the French army.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("French army", "ORG", "org.french_army")
        }
        #expect(try #require(active.claims("attacked").first).subject?.entity == "org.french_army")
        let expletive = claimsRun("AQIM said it is understood some of the gunmen have been arrested.") { f in f.entity("AQIM", "ORG", "org.aqim") }
        #expect(expletive.claims("arrested").allSatisfy { $0.subject?.entity != "org.aqim" })
    }

    @Test func iInAPersonsDirectQuoteIsThatPerson() throws {
        let d = claimsRun("Shekau said in a video: \"I am alive, I was not touched.\"") { f in
            f.entity("Shekau", "PER", "per.abubakar_shekau")
        }
        let alive = try #require(d.claims("alive").first)
        #expect(alive.subject?.entity == "per.abubakar_shekau")
        #expect(d.text(alive.subject?.span) == "I")
        // With a negator and an adverb between.
        let even = claimsRun("Koufa said: \"I was not even wounded.\"") { f in f.entity("Koufa", "PER", "per.amadou_koufa") }
        #expect(try #require(even.claims("wounded").first).subject?.entity == "per.amadou_koufa")
        // "on the run" is alive; "captured alive" a capture, not a claim that the captive lives.
        let run = claimsRun("The minister said Shekau was \"on the run\".") { f in f.entity("Shekau", "PER", "per.abubakar_shekau") }
        #expect(try #require(run.claims("alive").first).subject?.entity == "per.abubakar_shekau")
        let caught = claimsRun("The army said one of the attackers had been captured alive.")
        #expect(caught.claims("alive").isEmpty)
        #expect(!caught.claims("captured").isEmpty)
    }

    @Test func aCommonNounsPossessiveIsNoPartOfTheSpeaker() throws {
        let d = claimsRun("Shekau appeared, mocking the army's claim that he had been killed.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.speaker?.span) == "the army")
    }

    @Test func weAnsweringAnOrganisationNamedInTheSentenceAreNotIt() throws {
        let d = claimsRun("The French army announced the killing of Abou Obeida, and we say to them: he is alive.") { f in
            f.entity("French army", "ORG", "org.french_army")
            f.entity("Abou Obeida", "PER", "per.abou_obeida")
        }
        // The announcement is reported although another speaker's colon follows it.
        #expect(d.quotes.contains { d.text($0.cue) == "announced" && d.text($0.span) == "the killing of Abou Obeida" })
        let alive = try #require(d.claims("alive").first)
        #expect(d.text(alive.speaker?.span) == "we")
        #expect(alive.speaker?.entity == nil)
        // Inside the organisation's quote, "we" are the organisation.
        let quoted = claimsRun("AQIM said: \"We say to France: your soldiers will die.\" We say it again.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("France", "LOC", "loc.france")
        }
        #expect(quoted.quotes.contains { $0.speaker?.entity == "org.aqim" })
        // "they" after a speaker of the same sentence are that speaker.
        let police = claimsRun("The police said they believe the IRA was behind two killings.") { f in f.entity("IRA", "ORG", "org.ira") }
        #expect(police.quotes.contains { police.text($0.cue) == "believe" && $0.speaker != nil })
    }

    @Test func aGroupNamesNobody() throws {
        let text = "Ansar Dine fighters entered Douentza. A group of residents said the fighters had arrested the mayor."
        let d = claimsRun(text) { f in
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
            f.document.entities[0].kind = "armed_group"
        }
        #expect(d.quotes.allSatisfy { $0.speaker?.entity != "org.ansar_dine" })
    }

    @Test func itIsTheLastOrganisationNotTheAuthor() throws {
        let text = "The Mauritanian army reported clashes near the border. It said two smugglers had been arrested."
        let d = claimsRun(text, source: "org.sahara_medias") { f in
            f.entity("Mauritanian army", "ORG", "org.mauritanian_army")
        }
        let q = try #require(d.quotes.first)
        #expect(q.speaker?.entity == "org.mauritanian_army")
    }

    @Test func unlistedPersonKeepsANullEntityAndItsName() throws {
        let text = "Moussa Ag Intalla, a local official, said that the rebels controlled the market of Ber."
        let d = claimsRun(text) { f in f.entity("Moussa Ag Intalla", "PER", nil) }
        let q = try #require(d.quotes.first)
        #expect(q.speaker?.entity == nil)
        #expect(d.text(q.speaker?.span) == "Moussa Ag Intalla")
    }

    @Test func bareKunyaKeepsNoID() throws {
        let d = claimsRun("Abu Usama said that the brigade had attacked the camp of Tessalit.") { f in f.entity("Abu Usama", "PER", nil) }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.speaker?.span) == "Abu Usama")
        #expect(q.speaker?.entity == nil)
    }

    @Test func accentedNamesAreKeyedAsTheyFold() {
        // Latin-1 letters are folded by their code, others through their properties: both as `fold` writes them.
        for name in ["Ségou TRAORÉ", "Ould  Hamâha", "Łukasz Żak-Ńowak", "ЖАННА Ivanova", "Ms. Ÿvette Øberg"] {
            let folded = SpeakerResolver.fold(name)
            #expect(NameKey(name: name) == NameKey(name: folded))
            #expect(SpeakerResolver.folds(name, to: folded))
            #expect(!SpeakerResolver.folds(name, to: folded + "s"))
        }
        #expect(SpeakerResolver.fold("Ségou TRAORÉ") == "ségou traoré")
        #expect(NameKey(name: "Ségou Traoré").matches(NameKey(name: "TRAORÉ")))
        #expect(!NameKey(name: "Ségou Traoré").matches(NameKey(name: "Traore")))
    }

    @Test func unlistedPersonIsTheSubject() throws {
        let text = "The army mourned Captain Idrissa Maiga on Monday. Captain Maiga was killed near Boni by a mine."
        let d = claimsRun(text, source: "org.malian_army") { f in
            f.entity("Idrissa Maiga", "PER", nil)
            f.entity("Maiga", "PER", nil, 2)
        }
        let c = try #require(d.claims("killed").first)
        #expect(d.text(c.subject?.span)?.hasSuffix("Maiga") == true)
        #expect(c.subject?.entity == nil)
    }

    @Test func postsAndTweetsSpeakForWhoeverPostedThem() throws {
        let d = claimsRun("The Israeli military announced the strikes in a thread on Twitter. The posts read:\n\n"
            + "\"1/ Overnight, jets struck a number of targets.\"\n\n\"2/ Among the targets struck: a weapons site.\"\n\n"
            + "Trump unleashed a series of tweets saying that his rival had shown bad judgment.") { f in
            f.entity("Israeli military", "ORG", "org.idf")
        }
        let direct = d.quotes.filter(\.direct)
        #expect(direct.count == 2)
        #expect(direct.allSatisfy { $0.speaker?.entity == "org.idf" })
        #expect(d.text(d.quotes.last?.speaker?.span) == "Trump")
    }

    @Test func aStatementAttributedToSomeoneOrThatSpokeIsTheirs() throws {
        let aired = claimsRun("On Thursday, the Lebanese Al-Mayadeen channel aired a statement attributed to Kataib Hezbollah's security official. "
            + "According to Al-Mayadeen, the statement said the brigades reject the attempt. \"We are not in the habit of hiding,\" the statement said.") { f in
            f.entity("Al-Mayadeen", "ORG", "org.al_mayadeen")
            f.entity("Kataib Hezbollah", "ORG", "org.kataib_hezbollah")
        }
        #expect(aired.quotes.filter { aired.text($0.cue) == "said" }.map { $0.speaker?.entity } == ["org.kataib_hezbollah", "org.kataib_hezbollah"])
        // Where it was posted is not who made it; a verb that reports nothing leaves the responder its issuer.
        let posted = claimsRun("The FLA's spokesman, Elmehdi Ag Hamatou, responded on Wednesday in a post on X in French, followed by a longer statement. "
            + "The statement read: \"We reject the lies.\"") { f in
            f.entity("Elmehdi Ag Hamatou", "PER", nil)
        }
        #expect(posted.text(posted.quotes.last?.speaker?.span) == "The statement")
        #expect(posted.quotes.last?.speaker?.name == "Elmehdi Ag Hamatou")
    }

    @Test func aStatementWhichSaysSpeaksForWhoeverIssuedIt() throws {
        let d = claimsRun("The ministry posted a notice which said that the statement was fake. The army issued a statement, which said that the base held.")
        #expect(d.quotes.map { d.text($0.speaker?.span) ?? "-" } == ["The ministry", "The army"])
    }

    @Test func heAfterInWhichIsTheSentencesSubject() throws {
        let d = claimsRun("Lt. Col. Noa Shaked said the strikes were over. The army's Arabic-language spokesman, Maj. Eyal Dror, posted a message "
            + "in which he said that the group was dragging Gaza into war. The group's commander, who uses the name Abu Hamza, "
            + "issued a statement in which he said the fighters had fired rockets.")
        let said = d.quotes.filter { d.text($0.cue) == "said" }
        #expect(said.map { d.text($0.speaker?.span) ?? "-" } == ["Noa Shaked", "he", "he"])
        #expect(said.dropFirst().map { $0.speakerRule } == ["speaker.sentence_subject", "speaker.sentence_subject"])
        #expect(said.last?.speaker?.name == "The group's commander")
        // "it" after a comma and "and": the sentence's subject, no person.
        let it = claimsRun("The ministry said five soldiers had been killed, and it dismissed al-Shabab's claims as \"pure propaganda.\"") { f in
            f.entity("al-Shabab", "ORG", "org.al_shabaab")
        }
        #expect(it.quotes.map { it.text($0.speaker?.span) ?? "-" } == ["The ministry", "it"])
        #expect(it.quotes.last?.speaker?.name == "The ministry")
        #expect(it.quotes.last.map { it.text($0.span) } == "al-Shabab's claims as \"pure propaganda.\"")
        // The words quoted after "claims as" are the dismisser's, not those whose claims they were.
        var dismissed = Document(id: "as", text: "The ministry said five soldiers had been killed, and it dismissed al-Shabab's claims as "
                                 + "\"pure propaganda intended to mislead the public.\"", metadata: DocumentMetadata())
        try defaultPlan.makePipeline().run(&dismissed)
        #expect(!dismissed.quotes.contains { dismissed.text($0.cue) == "claims" })
    }
}

/// A person named only here is as good a subject as a known entity.
@Suite("Claims: unlisted subjects")
struct ClaimsUnlistedSubjectTests {
    @Test func unlistedLeaderBeatsHisGroup() throws {
        let text = "A drone strike killed Abdoulaye Sangare, the leader of Ansar Dine in the region, on Monday."
        let d = claimsRun(text, source: "org.afp") { f in
            f.entity("Abdoulaye Sangare", "PER", nil)
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
        }
        let c = try #require(d.claims("killed").first)
        #expect(d.text(c.subject?.span) == "Abdoulaye Sangare")
        #expect(c.subject?.entity == nil)
    }
}

/// Reporting clauses whose speaker or content sits after a relay or a participle.
@Suite("Claims: relays and participles")
struct ClaimsRelayTests {
    @Test func bareClauseAfterTheOneTold() throws {
        let text = "A Malian officer, Colonel Moussa Diarra, told Reuters the convoy had been ambushed near Gossi."
        let d = claimsRun(text) { f in
            f.entity("Moussa Diarra", "PER", "per.moussa_diarra")
            f.entity("Reuters", "ORG", "org.reuters")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "the convoy had been ambushed near Gossi")
        #expect(q.speaker?.entity == "per.moussa_diarra")
    }

    @Test func titleBeforeTheNameAfterTheQuote() throws {
        let text = "\"The base was never taken,\" Col. Amadou Traore, the regional commander, told Reuters by phone."
        let d = claimsRun(text) { f in
            f.entity("Amadou Traore", "PER", "per.amadou_traore")
            f.entity("Reuters", "ORG", "org.reuters")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.speaker?.span) == "Amadou Traore")
        #expect(q.speaker?.entity == "per.amadou_traore")
    }
}

/// Interviews printed as Q:/A:.
@Suite("Claims: interview answers")
struct ClaimsInterviewTests {
    @Test func answerIsADirectQuoteOfTheInterviewee() throws {
        let text = "Interview: the Katiba speaks\n\nWe spoke with Hamadoun Dicko, an official of the Katiba, last week.\n\nQ: Was your commander wounded?\n\nA: Our commander was not wounded. He is alive and leads the fighters.\n\nQ: What next?"
        let d = claimsRun(text) { f in f.entity("Hamadoun Dicko", "PER", nil) }
        let q = try #require(d.quotes.first { $0.rule == "quote.interview_answer" })
        #expect(q.direct)
        #expect(q.cue == nil)
        #expect(d.text(q.span) == "Our commander was not wounded. He is alive and leads the fighters.")
        #expect(d.text(q.speaker?.span) == "Hamadoun Dicko")
        let c = try #require(d.claims("wounded").first)
        #expect(c.polarity == .negated)
        #expect(d.text(c.speaker?.span) == "Hamadoun Dicko")
    }

    @Test func answerWrittenOutAndAnIntervieweeTheHeadlineNames() throws {
        let text = "Interview with the spokesman of MUJAO, Adnan Abu Walid al-Sahrawi\n\nQuestion: What of the French claims that your leader was killed?\n\n"
            + "Answer: These claims are lies. Our fighters attacked the French base in Gao.\n\nQuestion: What next?"
        let d = claimsRun(text) { f in
            f.entity("MUJAO", "ORG", "org.mujao")
            f.entity("Adnan Abu Walid al-Sahrawi", "PER", "per.adnan_abu_walid_al_sahrawi")
            f.entity("French", "ORG", "org.french_army", 2)
            f.entity("Gao", "LOC", "loc.gao")
        }
        let q = try #require(d.quotes.first { $0.rule == "quote.interview_answer" })
        #expect(d.text(q.span) == "These claims are lies. Our fighters attacked the French base in Gao.")
        #expect(q.speaker?.entity == "per.adnan_abu_walid_al_sahrawi")
        // The answer's verdict denies the claim the question reported.
        #expect(d.claims("killed").contains { $0.polarity == .negated && $0.speaker?.entity == "per.adnan_abu_walid_al_sahrawi" })
    }

    @Test func aPersonNamedInsideAQuotedAnswerIsNoInterviewee() throws {
        let text = "A former captive speaks\n\nThe insurgents held him for eight months.\n\nHow were you taken?\n\n"
            + "\u{201C}They took us to a camp. The commander, Ali Mussa, told us we were soldiers now.\u{201D}\n\nHow did you get out?\n\n"
            + "\u{201C}In August the soldiers attacked the camp and we ran.\u{201D}"
        let d = claimsRun(text) { f in f.entity("Ali Mussa", "PER", nil) }
        let answers = d.quotes.filter { $0.direct && d.text($0.span)?.hasPrefix("\u{201C}In August") == true }
        #expect(answers.count == 1)
        #expect(answers.allSatisfy { $0.speaker?.name != "Ali Mussa" })
    }

    @Test func aTranscriptsTurnsLabelledInCapitalsOrByHandle() throws {
        let text = "Transcript of a video released by al-Kataib.\n\nNARRATOR: The mujahideen stormed the base.\n\n"
            + "MASKED FIGHTER: We killed many of them.\n\n@SAF_Spokesman, 10:31: The claims of the militia are lies.\n\nUPDATE: more to follow."
        let d = claimsRun(text)
        let turns = d.quotes.filter { $0.rule == "quote.transcript_turn" }
        #expect(turns.map { d.text($0.speaker?.span) } == ["NARRATOR", "MASKED FIGHTER", "SAF_Spokesman"])
        #expect(turns.map { d.text($0.span) } == ["The mujahideen stormed the base", "We killed many of them", "The claims of the militia are lies"])
        #expect(turns.allSatisfy { $0.direct })
        // One labelled paragraph is no transcript; nor are a publication's labels or times.
        let one = claimsRun("BREAKING NEWS: The base fell.\n\nUPDATE: More to follow.\n\n11:15 a.m.: Troops arrived.")
        #expect(one.quotes.filter { $0.rule == "quote.transcript_turn" }.isEmpty)
    }

    @Test func aTranscriptQuotedWholeOpensEachTurnWithAQuoteMark() throws {
        let d = claimsRun("Partial transcript as follows:\n\n\"WALLACE: Why would Trump do that?\n\n\"PENCE: Well, look, this is America, Chris.\n\n"
                          + "\"(CROSSTALK.)\n\n\"WALLACE: Will she be there?\n\n\"PENCE: She will not be attending the debate.\n\nFollow us on Twitter.")
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["WALLACE", "PENCE", "WALLACE", "PENCE"])
        #expect(d.quotes.allSatisfy { $0.rule == "quote.transcript_turn" })
        #expect(d.text(d.quotes.last?.span) == "She will not be attending the debate")
        // Labels by handle too.
        let handles = claimsRun("Partial transcript:\n\n\"@SAF_Spokesman: The claims are lies.\n\n\"@RSFSudan: We hold the city.\n\nEnd.")
        #expect(handles.quotes.map { handles.text($0.speaker?.span) } == ["SAF_Spokesman", "RSFSudan"])
    }

    @Test func aBriefingsTurnsLabelledByARoleAreTheRolesWords() throws {
        let text = "Noon briefing\n\nSpokesperson: Yes, Maggie, and then we will go to the back.\n\nQuestion: Has he spoken to General Dagalo?\n\n"
            + "Spokesperson: I am not going to go into the details of private contacts.\n\nSource: UN News"
        let d = claimsRun(text)
        let turns = d.quotes.filter { $0.rule == "quote.transcript_turn" }
        #expect(turns.map { d.text($0.speaker?.span) } == ["Spokesperson", "Spokesperson"])
        #expect(turns.map { d.text($0.span) } == ["Yes, Maggie, and then we will go to the back", "I am not going to go into the details of private contacts"])
    }

    @Test func aQuotedParagraphAfterAQuestionIsTheIntervieweesAnswer() throws {
        // A feature interview: questions in plain paragraphs, answers in quote marks, no cue.
        let text = "A KIA commander on the battle for Bhamo\n\nColonel Naw Seng commands a brigade of the KIA. He spoke to us by video call.\n\n"
            + "The junta says your deputy, Zau Tu, was killed in an airstrike. Is that true?\n\n"
            + "\u{201C}No. Zau Tu is alive. He was not hurt.\u{201D}"
        let d = claimsRun(text) { f in
            f.entity("Naw Seng", "PER", nil)
            f.entity("Zau Tu", "PER", nil)
            f.entity("Zau Tu", "PER", nil, 2)
        }
        let q = try #require(d.quotes.first { $0.direct })
        #expect(d.text(q.speaker?.span) == "Naw Seng")
        // The answer's "No." ends its own sentence: it negates nothing after it.
        let alive = try #require(d.claims("alive").first)
        #expect(alive.polarity == .asserted)
    }

    @Test func aQuotedParagraphAfterASentenceWhoseSubjectIsAPersonIsTheirs() throws {
        let text = "Quintana dismissed the idea of lists.\n\nAsked about the army's claim that it had killed his deputy, he laughed.\n\n"
            + "\"Camilo is fine. He was here this morning.\"\n\nSmith was killed in 2019.\n\n\"He was a good man.\""
        let d = claimsRun(text) { f in
            f.entity("Quintana", "PER", nil)
            f.entity("Smith", "PER", nil)
        }
        let camilo = try #require(d.quotes.first { d.text($0.span)?.hasPrefix("\"Camilo") == true })
        #expect(camilo.speaker?.name == "Quintana")
        #expect(camilo.speakerRule == "speaker.subject_before")
        // A person who is no speaker before a verb of no speech speaks nothing after.
        let good = try #require(d.quotes.first { d.text($0.span)?.hasPrefix("\"He was a good") == true })
        #expect(good.speaker?.name != "Smith")
    }

    @Test func aPersonNamedInAQuestionsOrAnAnswersParagraphIsNoInterviewee() throws {
        // A briefing's transcript: the spokesperson at the top answers every question.
        // A briefing's transcript whose spokesperson no table or rule names: whoever answers,
        // it is not the colonel the first question names, nor the one an answer names.
        let text = "MINISTRY OF FOREIGN AFFAIRS - REGULAR BRIEFING\n\n"
            + "Q (Reuters): Russian media reported that Colonel Yurii Bondarenko was killed. Can you confirm?\n\n"
            + "A: Colonel Bondarenko is alive and he is not wounded.\n\nQ (AFP): And the sanctions?\n\nA: We have received no such information."
        let d = claimsRun(text) { f in
            f.entity("Yurii Bondarenko", "PER", nil)
            f.entity("Bondarenko", "PER", nil, 2)
        }
        let answers = d.quotes.filter { $0.rule == "quote.interview_answer" }
        #expect(answers.count == 2)
        #expect(answers.allSatisfy { $0.speaker == nil })
    }

    @Test func aPersonAQuestionNamesIsNoIntervieweeAndAnAnswersNoNegatesNothing() throws {
        let text = "Interview: the Katiba speaks\n\nQ: Is it true that Abou Zeid was killed?\n\nA: No, he is alive and well."
        let d = claimsRun(text) { f in f.entity("Abou Zeid", "PER", "per.abdelhamid_abou_zeid") }
        let q = try #require(d.quotes.first { $0.rule == "quote.interview_answer" })
        #expect(q.speaker == nil)
        let alive = try #require(d.claims("alive").first)
        #expect(alive.polarity == .asserted)
    }

    @Test func anOrganisationsNameAndAColonOpeningAParagraphReportIt() throws {
        let text = "Weekly brief\n\nAmaq News Agency: Islamic State fighters killed 14 soldiers near Borno.\n\nMali: jihadists attacked a base.\n\nMNLA: we control Kidal"
        let d = claimsRun(text) { f in
            f.entity("Amaq News Agency", "ORG", "org.amaq")
            f.entity("Borno", "LOC", "loc.borno")
            f.entity("Mali", "LOC", "loc.mali")
            f.entity("MNLA", "ORG", "org.mnla")
            f.entity("Kidal", "LOC", "loc.kidal")
        }
        d.checkSpans()
        let q = try #require(d.quotes.first)
        #expect(d.quotes.count == 1)
        #expect(!q.direct)
        #expect(d.text(q.span) == "Islamic State fighters killed 14 soldiers near Borno")
        #expect(q.speaker?.entity == "org.amaq")
        #expect(try #require(d.claims("killed").first).speaker?.entity == "org.amaq")
    }

    @Test func aHeadingAboveALabelledParagraphIsNoPartOfItsLabel() throws {
        let d = claimsRun("- The figure is consistent.\n\nREACTIONS\n\nNigerian Army: Troops repelled an attack on the base.") { f in
            f.entity("Nigerian Army", "ORG", "org.nigerian_army")
        }
        #expect(d.quotes.map { d.text($0.span) } == ["Troops repelled an attack on the base"])
        #expect(d.quotes.first?.speaker?.entity == "org.nigerian_army")
    }

    @Test func transcriptLineIsADirectQuoteOfThePersonNamed() throws {
        let text = "Interview with the movement\n\nSahara Radio: Was your leader wounded?\n\nHamadoun Dicko: These are lies. Our leader was not wounded, praise be to God.\n\nHamadoun Dicko:\n\nLeave a reply"
        let d = claimsRun(text) { f in
            f.entity("Hamadoun Dicko", "PER", "per.hamadoun_dicko")
            f.entity("Sahara Radio", "ORG", nil)
        }
        d.checkSpans()
        let q = try #require(d.quotes.first { $0.rule == "quote.transcript_label" })
        #expect(q.direct)
        #expect(q.cue == nil)
        #expect(d.text(q.span) == "These are lies. Our leader was not wounded, praise be to God")
        #expect(q.speaker?.entity == "per.hamadoun_dicko")
        // The interviewer's question is no quote; a name whose paragraph ends at the colon speaks no next paragraph.
        #expect(d.quotes.filter { $0.rule == "quote.transcript_label" }.count == 1)
        let c = try #require(d.claims("wounded").first)
        #expect(c.polarity == .negated)
        #expect(c.speaker?.entity == "per.hamadoun_dicko")
    }

    @Test func anInterviewPrintedAsPlainQuestionsAndAnswersGivesEachAnswerToTheInterviewee() throws {
        let text = "We will not lose this war\n\nAn interview with Ramiro Duarte, a front commander of the ELN\n\n"
            + "The government says your offensive was a massacre. How do you respond?\n\nI reject that completely. Our units have strict orders.\n\n"
            + "Have you judged anyone for what happened?\n\nThat is an internal matter.\n\n"
            + "Do you have evidence you can share?\n\nAt the right moment, yes. We will show it.\n\n"
            + "In a statement after the interview, the ministry said the account was false."
        let d = claimsRun(text) { f in f.entity("Ramiro Duarte", "PER", nil) }
        d.checkSpans()
        let answers = d.quotes.filter { $0.rule == "quote.interview_answer" }
        #expect(answers.map { d.text($0.span) } == ["I reject that completely. Our units have strict orders", "That is an internal matter",
                                                    "At the right moment, yes. We will show it"])
        #expect(answers.allSatisfy { $0.direct && $0.cue == nil && d.text($0.speaker?.span) == "Ramiro Duarte" })
    }

    @Test func anExplainersQuestionsForHeadingsAreNoInterview() throws {
        let text = "Gaza ceasefire: what we know\n\nWhat did Hamas say?\n\nHamas accepted the proposal on Monday, Khalil al-Hayya said.\n\n"
            + "What did Israel say?\n\nIsrael has not formally responded to the text.\n\nWhat happens next?\n\nAnalysts expect talks in Cairo."
        let d = claimsRun(text) { f in f.entity("Khalil al-Hayya", "PER", nil) }
        #expect(!d.quotes.contains { $0.rule == "quote.interview_answer" })
    }

    @Test func anExplainersAnswersAreNotThoseOfThePersonTheyNameFirst() throws {
        // The writer answers the headings in the first person plural; the first person named
        // is in an answer, not before the first question: no interviewee.
        let text = "Q&A: What now for Cabo Delgado?\n\nIn this Q&A, our senior analyst explains what happened.\n\n"
            + "What happened?\n\nFighters entered Macomia on Friday. We have not been able to verify the toll.\n\n"
            + "Why does it matter?\n\nA community leader, Sheikh Abudo Mussa, told us that residents are afraid. We think he is right.\n\n"
            + "What do the insurgents want?\n\nOur view is that they want the gas revenues.\n\nWhat next?\n\nWe expect more attacks."
        let d = claimsRun(text) { f in f.entity("Abudo Mussa", "PER", nil) }
        #expect(!d.quotes.contains { $0.rule == "quote.interview_answer" })
        #expect(d.quotes.contains { d.text($0.span) == "that residents are afraid" && d.text($0.speaker?.span) == "Abudo Mussa" })
    }

    @Test func anAnswerInQuoteMarksIsOneQuote() throws {
        // The quoted words are the answer: one record, the speaker's, not a second one without.
        let text = "Interview with the movement\n\nWe spoke with Hamadoun Dicko last week.\n\nQ: Is he alive?\n\nA: “He is alive and well.”\n\nHamadoun Dicko: “Our leader was not wounded.”"
        let d = claimsRun(text) { f in
            f.entity("Hamadoun Dicko", "PER", "per.hamadoun_dicko")
            f.entity("Hamadoun Dicko", "PER", "per.hamadoun_dicko", 2)
        }
        #expect(d.quotes.map(\.rule) == ["quote.interview_answer", "quote.transcript_label"])
        #expect(d.quotes.map { d.text($0.span) } == ["“He is alive and well.”", "“Our leader was not wounded.”"])
        #expect(d.quotes.allSatisfy { $0.speaker?.entity == "per.hamadoun_dicko" })
        #expect(d.claims("wounded").first?.speaker?.entity == "per.hamadoun_dicko")
    }

    @Test func sheAndHePassOverASpeakerAPhraseCalledAManOrAWoman() throws {
        let text = "The spokesman, Zabihullah Haqyar, said the valley was calm. A mother of four said her sons had been taken. "
            + "She said they were innocent. He said the operation was over. Dr Hollingworth said he would issue a statement. "
            + "The spokeswoman said it would come soon. He also insisted the claims were false."
        let d = claimsRun(text) { f in
            f.entity("Zabihullah Haqyar", "PER", nil)
            f.entity("Hollingworth", "PER", nil)
        }
        d.checkSpans()
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["Zabihullah Haqyar", "A mother of four", "She", "He", "Hollingworth",
                                                            "The spokeswoman", "He"])
        #expect(d.quotes[2].speaker?.name == nil)  // the mother of four, whom no name names
        #expect(d.quotes[3].speaker?.name == "Zabihullah Haqyar")
        #expect(d.quotes[6].speaker?.name == "Hollingworth")
    }

    @Test func aNameInsideTheQuotedWordsOfTheSentenceBeforeIsNoAntecedentOfHe() throws {
        let text = "The armband that reads \u{201C}FARC-EP, Carlos Patiño\u{201D} belongs to Juan Perez. He says his name is Yeison."
        let d = claimsRun(text) { f in
            f.entity("Carlos Patiño", "PER", nil)
            f.entity("Juan Perez", "PER", nil)
        }
        let q = try #require(d.quotes.last)
        #expect(d.text(q.span) == "his name is Yeison")
        #expect(q.speaker?.name == "Juan Perez")
    }

    @Test func sheAfterAQuoteThatFollowsAReportIsTheReportsNamedSpeaker() throws {
        // The whole default pipeline. Direct quotes are read before the reports around them:
        // the name that opens the sentence before, with its verb of speech, is the later one.
        let text = "\"This is a moment of relief,\" said Dorothea Lindqvist-Moreau, head of the ICRC delegation in Yemen.\n\n"
            + "Abdulmalik al-Hamdani, the head of the government delegation, said: \"All the names have been presented.\"\n\n"
            + "Lindqvist-Moreau said that the ICRC would continue its visits. \"Every detainee has the right to be treated humanely. "
            + "This applies on all sides,\" she said."
        var document = Document(id: "she", text: text, metadata: DocumentMetadata())
        try defaultPlan.makePipeline().run(&document)
        let q = try #require(document.quotes.last)
        #expect(q.direct)
        #expect(q.speaker?.name == "Dorothea Lindqvist-Moreau")
    }

    @Test func aSpeakersGenderOutlivesHerNameMetAgainWithoutTheTitle() throws {
        let d = claimsRun("Mrs Kamara said the camp was full. Kamara added that water was short. He said the road was closed.") { f in
            f.entity("Kamara", "PER", nil)
            f.entity("Kamara", "PER", nil, 2)
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["Kamara", "Kamara", "He"])
        #expect(d.quotes.last?.speaker?.name != "Kamara")
    }

    @Test func iInsideSomeonesQuotedWordsIsThatSpeakerNotTheByline() throws {
        let text = "By Catarina Mendes\n\nThe mother of one of the boys said the men had come at night. "
            + "\u{201C}I said to them, \u{2018}He already prays. Leave him.\u{2019} One of them laughed,\u{201D} she said."
        let d = claimsRun(text) { f in f.entity("Catarina Mendes", "PER", nil) }
        d.checkSpans()
        #expect(d.quotes.first.map { d.text($0.speaker?.span) } == "The mother of one of the boys")
        let nested = try #require(d.quotes.first { $0.rule == "quote.nested" })
        #expect(d.text(nested.speaker?.span) == "I")
        #expect(nested.speaker?.name != "Catarina Mendes")
    }

    @Test func aContractedPronounIsThePronoun() throws {
        // "He's" and "She’s" stand for "he has", "she is": the pronoun speaks and is the subject,
        // and its span stops before the contraction.
        let text = "Omar Ould Hamaha spoke to ANI. He's said that the French lied. The spokesman said: \"Hamaha is alive. He’s in good health.\""
        let d = claimsRun(text) { f in
            f.entity("Omar Ould Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha", 2)
        }
        d.checkSpans()
        let lied = try #require(d.quotes.first { d.text($0.span) == "that the French lied" })
        #expect(d.text(lied.speaker?.span) == "He")
        #expect(lied.speaker?.entity == "per.omar_ould_hamaha")
        let alive = d.claims("alive").map { d.text($0.subject?.span) }
        #expect(alive == ["Hamaha", "He"])
        #expect(d.claims("alive").map { $0.subject?.entity } == ["per.omar_ould_hamaha", "per.omar_ould_hamaha"])
    }

    @Test func theFirstPersonSpeaksAsTheAuthor() throws {
        // "I" before a reporting verb is a speaker: the author, when the document names one;
        // a modal before the verb is kept when "that" follows it.
        let d = claimsRun("I should say that my father studied at MIT. I can confirm that the town had fallen.")
        d.checkSpans()
        #expect(d.quotes.map { d.text($0.speaker?.span) ?? "-" } == ["I", "I"])
        #expect(d.quotes.allSatisfy { $0.speakerRule == "speaker.pronoun_unresolved" })
        // With an author, it is the author.
        let signed = claimsRun("Statement of AQIM\n\nI can confirm that the hostages are alive.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
        }
        let q = try #require(signed.quotes.first)
        #expect(signed.text(q.speaker?.span) == "I")
        #expect(q.speaker?.entity == "org.aqim")
        #expect(q.speakerRule == "speaker.first_person_author")
        // Not a modal alone before another verb.
        #expect(claimsRun("The group will continue the fight until the occupiers leave.").quotes.isEmpty)
    }

    @Test func theFirstPersonInAContractionOrAfterLetSpeaksAndAnOrganisationsIIsNoHe() throws {
        let d = claimsRun("I'd also note the newspaper has since updated its story. Let me say the intention is there.")
        d.checkSpans()
        #expect(d.quotes.map { d.text($0.speaker?.span) ?? "-" } == ["I", "me"])
        #expect(d.quotes.allSatisfy { $0.speakerRule == "speaker.pronoun_unresolved" })
        let signed = claimsRun("Statement of AQIM\n\nI can confirm that the hostages are alive. He said the town had fallen.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
        }
        let he = try #require(signed.quotes.first { signed.text($0.speaker?.span) == "He" })
        #expect(he.speaker?.entity != "org.aqim")
    }

    @Test func shortNameInParenthesesBeforeTheVerb() throws {
        let text = "The Coordination of Azawad Movements (CMA) said on Sunday that its fighters had captured the town of Anefis."
        let d = claimsRun(text) { f in
            f.entity("Azawad", "LOC", "loc.azawad")
            f.entity("CMA", "ORG", "org.cma")
        }
        let q = try #require(d.quotes.first)
        #expect(d.text(q.speaker?.span) == "CMA")
        #expect(q.speaker?.entity == "org.cma")
    }

    @Test func aPronounWithNoEarlierSpeakerIsTheSubjectOfTheSentenceBefore() throws {
        let d = claimsRun("In the video, Ag Ghaly renews his allegiance to Mullah Akhundzada. \"We are one group,\" he says.") { f in
            f.entity("Ag Ghaly", "PER", "per.iyad_ag_ghaly")
            f.entity("Mullah Akhundzada", "PER", "per.hibatullah_akhundzada")
        }
        #expect(try #require(d.quotes.first { d.text($0.cue) == "says" }).speaker?.entity == "per.iyad_ag_ghaly")
    }

    @Test func aSpokesmanOfAnotherOrganisationOrOneNotNamedBeforeIsNoEarlierSpokesman() throws {
        // The whole pipeline, so that the roles stage finds who holds "spokesman".
        let text = "Taliban spokesman Zabihullah Mujahid said that 14 U.S. soldiers had been killed, "
            + "a claim dismissed by a NATO spokesman as \"wildly exaggerated\". The Taliban spokesman added that the attack was revenge."
        let d = ClaimsLongDocumentTests.run(text)
        let dismissed = try #require(d.quotes.first { d.text($0.cue) == "dismissed" })
        #expect(d.text(dismissed.speaker?.span) == "a NATO spokesman")
        #expect(dismissed.speaker?.entity == "org.nato")
        #expect(d.claims("killed").contains { $0.polarity == .negated && $0.speaker?.entity == "org.nato" })
        // The same organisation's spokesman, with "the", is the one named before.
        let added = try #require(d.quotes.first { d.text($0.cue) == "added" })
        #expect(added.speaker?.entity == "per.zabihullah_mujahid")
        // A spokesman the earlier paragraph named as such is not "the spokesman, X," whom the
        // comma names: the quote is X's, and its cue after it is found.
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(iso: "2013-03-10")  // when the tables have Hamaha a spokesman
        var named = Document(id: "named", text: "The army said it had killed Oumar Ould Hamaha.\n\n"
                             + "\"Omar Hamaha is in good health,\" the spokesman, Abu Walid al-Sahraoui, told AFP.", metadata: metadata)
        try defaultPlan.makePipeline().run(&named)
        let quote = try #require(named.quotes.first { $0.direct })
        #expect(named.text(quote.cue) == "told")
        #expect(quote.speaker?.entity == "per.adnan_abu_walid_al_sahrawi")
    }

    @Test func itIsTheOrganisationThatSpokeLastNotThePlatformItPostedOn() throws {
        let text = "JNIM said in a statement posted on Telegram that it held the camp. "
            + "The army said in a communique that the attackers had been repelled. It did not confirm that any equipment had been lost."
        let d = claimsRun(text) { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("Telegram", "ORG", "org.telegram")
            f.document.entities[1].kind = "platform"
        }
        let confirm = try #require(d.quotes.first { d.text($0.cue) == "confirm" })
        #expect(confirm.speaker?.entity == nil)
        #expect(confirm.speakerRule == "speaker.group_previous")
        // Without the army's words, "it" is JNIM, not Telegram.
        let jnim = claimsRun("JNIM said in a statement posted on Telegram that it held the camp. It added that the soldiers fled.") { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("Telegram", "ORG", "org.telegram")
            f.document.entities[1].kind = "platform"
        }
        #expect(jnim.quotes.first { jnim.text($0.cue) == "added" }?.speaker?.entity == "org.jnim")
    }

    @Test func heIsTheUnnamedPersonWhoSpokeAfterTheLastOneNamed() throws {
        let text = "Abu Mohammad al-Julani was said to be wounded. An HTS official, who asked not to be identified, "
            + "told AFP that no meeting had been hit. “If the sheikh had been wounded, we would not hide it,” he said."
        let d = claimsRun(text) { f in
            f.entity("Abu Mohammad al-Julani", "PER", "per.abu_mohammad_al_julani")
            f.entity("AFP", "ORG", "org.afp")
        }
        let quote = try #require(d.quotes.first { $0.direct })
        #expect(quote.speaker?.entity != "per.abu_mohammad_al_julani")
        #expect(quote.speakerRule == "speaker.pronoun")
        // Not a plural: "Residents … confirmed …. He also insisted" is not the residents.
        let residents = claimsRun("Zabihullah Mujahid said the road was open. Residents confirmed that the bombing had stopped. "
                                  + "He also insisted that the fighters were safe.") { f in
            f.entity("Zabihullah Mujahid", "PER", "per.zabihullah_mujahid")
        }
        #expect(residents.quotes.first { residents.text($0.cue) == "also insisted" }?.speaker?.entity == "per.zabihullah_mujahid")
    }

    @Test func aTranscriptTurnOfAPersonNamedAfterAReligiousTitleIsHisWords() throws {
        // The whole pipeline: the entities stage reads "Qari" as a title before a name.
        let text = "The paper spoke with Qari Ehsan Haqqani, a spokesman of the TTP.\n\n"
            + "Sami Ullah Khattak: The police say the TTP carried out the bombing. Is that correct?\n\n"
            + "Qari Ehsan Haqqani: Our mujahideen carried out that operation.\n\n"
            + "Khattak: Two passers-by were also killed.\n\nHaqqani: We do not accept this."
        let d = ClaimsLongDocumentTests.run(text)
        let answers = d.quotes.filter { $0.rule == "quote.transcript_label" && d.text($0.speaker?.span)?.contains("Haqqani") == true }
        #expect(answers.map { d.text($0.span) } == ["Our mujahideen carried out that operation", "We do not accept this"])
    }

    @Test func aPastParticipleOfSpeechInAnAsideReportsNothing() throws {
        let d = claimsRun("A senior police officer in Peshawar, asked about the spokesman's remarks, said the claim was a lie.")
        #expect(d.quotes.map { d.text($0.cue) } == ["said"])
        #expect(d.text(d.quotes.first?.speaker?.span) == "A senior police officer in Peshawar")
        // Nor before a relay's passive; the subject before the aside was quoted.
        let quoted = claimsRun("The army, asked about the claim, was quoted by AFP as saying that it had suffered no casualties.")
        #expect(quoted.quotes.map { quoted.text($0.cue) } == ["saying"])
        #expect(quoted.text(quoted.quotes.first?.speaker?.span) == "The army")
        // A passive that is no relay closes no aside: the memorandum agreed nothing.
        let agreed = claimsRun("“We want peace.” The memorandum, a blueprint for a cease-fire, was agreed months ago.")
        #expect(agreed.quotes.allSatisfy { agreed.text($0.cue) != "agreed" })
    }
}

/// "he" and "she" read against the sex a given name says (the `gender` column of the given
/// names table).
extension ClaimsAnaphorTests {
    @Test func sheIsNoManByHisGivenNameAndMayBeAWomanNamedSince() throws {
        var d = Document(id: "g", text: "Abdul Rahim Haqyar, a district official, said the department would help. "
                         + "His wife, Fatima Bibi, stood nearby. \"Here she cannot go to school,\" she said. "
                         + "Hillary Clinton said the plan was good. Jason Miller told the Post that it would extend to single mothers. "
                         + "\"We don't have the exact legislation written down,\" he said.", metadata: DocumentMetadata())
        try defaultPlan.makePipeline().run(&d)
        let school = try #require(d.quotes.first { d.text($0.span)?.contains("school") == true })
        #expect(school.speaker?.name == "Fatima Bibi")
        let legislation = try #require(d.quotes.first { d.text($0.span)?.contains("legislation") == true })
        #expect(legislation.speaker?.name == "Jason Miller")
        // A name of both sexes says neither ("Terry").
        var both = Document(id: "t", text: "Terry Strada said the rationales were wrong. \"All we ask is a chance,\" she said.",
                            metadata: DocumentMetadata())
        try defaultPlan.makePipeline().run(&both)
        #expect(both.quotes.map { $0.speaker?.name } == ["Terry Strada", "Terry Strada"])
    }

    @Test func aGenderThatIsNeitherMaleNorFemaleIsAnErrorAtItsCell() throws {
        let table = try Table(file: "given.tsv", text: "id\tgender\tnames\ngiven.a\tmale\tOmar\ngiven.b\tboth\tKim\n", required: GivenNameGenders.columns)
        let error = #expect(throws: RuleErrors.self) { _ = try GivenNameGenders([table]) }
        #expect(error?.errors.map(\.description).first?.hasPrefix("given.tsv:3:9: error: gender is male, female or -") == true)
        let genders = try GivenNameGenders([try Table(file: "given.tsv", text: "id\tgender\tnames\ngiven.a\tfemale\tFatima|Amina\ngiven.b\t-\tKim\n",
                                                      required: GivenNameGenders.columns)])
        #expect(genders.gender(of: FunctionWords.hash("Amina")) == .female)
        #expect(genders.gender(of: FunctionWords.hash("Kim")) == nil)
    }
}
