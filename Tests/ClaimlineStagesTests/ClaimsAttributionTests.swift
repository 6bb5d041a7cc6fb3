import ClaimlineCore
import Testing

/// Speakers through roles, pronouns and earlier names; chains through relays, translators,
/// publishers and nested quotes.
@Suite("Claims: speakers and chains")
struct ClaimsAttributionTests {
    @Test func rolePhraseResolvedThroughTheRolesStage() throws {
        let d = claimsRun("The spokesman of AQIM said the French were lying about the raid.") { f in
            let abu = f.entity("AQIM", "ORG", "org.aqim")
            _ = abu
            // ENTITY-DEPENDENT: a role whose holder is known from the entity tables.
            f.document.entities.append(EntityMention(span: ScalarSpan(0, 0), view: ScalarSpan(0, 0), text: "", type: "PER",
                                                     entity: "per.abu_assem_al_muhajir", name: "Abu Assem al-Muhajir", rule: "test"))
            f.document.entities.sort { $0.span < $1.span }
            f.role("The spokesman of AQIM", "spokesman", holder: 0, organisation: 1)
        }
        let q = try #require(d.quotes.first)
        #expect(q.speaker?.entity == "per.abu_assem_al_muhajir")
        #expect(q.speakerRule == "speaker.role_holder")
        #expect(d.text(q.speaker?.span) == "The spokesman of AQIM")
    }

    @Test func aRoleNoOneNamedHoldsSpeaksForItsOrganisation() throws {
        for text in ["The Malian army spokesman said Hamaha was killed.", "A spokesman for the Malian army said Hamaha was killed."] {
            let d = claimsRun(text) { f in
                f.entity("Malian army", "ORG", "org.malian_army")
                f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            }
            let q = try #require(d.quotes.first, "\(text)")
            #expect(q.speaker?.entity == "org.malian_army", "\(text)")
            #expect(q.speaker?.role == "spokesman", "\(text)")
            #expect(q.speakerRule == "speaker.role_organisation", "\(text)")
            #expect(d.claims("killed").map { $0.speaker?.entity } == ["org.malian_army"], "\(text)")
        }
        // A spokesman of no known organisation stays unresolved.
        let unknown = claimsRun("A spokesman for the group said Hamaha was killed.")
        #expect(unknown.quotes.first?.speaker?.entity == nil)
    }

    @Test func theStatementIsThatOfWhoPublishedTheOneNamedBefore() throws {
        let text = "The ISGS claimed the attack on Tillia, according to a statement published on Sunday by its agency Amaq. "
            + "\"Our fighters attacked the Nigerien army in Tillia,\" the statement said."
        let d = claimsRun(text) { f in
            f.entity("ISGS", "ORG", "org.isgs")
            f.entity("Tillia", "LOC", "loc.tillia")
            f.entity("Amaq", "ORG", "org.amaq")
            f.entity("Nigerien army", "ORG", "org.nigerien_army")
            f.entity("Tillia", "LOC", "loc.tillia", 2)
        }
        let q = try #require(d.quotes.last)
        #expect(q.speaker?.entity == "org.amaq")
        #expect(q.speakerRule == "speaker.utterance_issuer")
        #expect(d.text(q.speaker?.span) == "the statement")
    }

    @Test func whoAColonsParagraphAttributesTheWordsToOrWhoSignedThemSpeaks() throws {
        let text = "The RSF statement\n\nPosted on its account on 18 May, signed by the \u{201C}Official Spokesperson of the Rapid Support Forces\u{201D}:\n\n"
            + "\u{201C}We affirm that there are no positions of our forces in the village.\u{201D}\n\n"
            + "Published on the army's page on 19 May, attributed to the office of its spokesman, Brigadier General Khalid el-Tayeb:\n\n"
            + "\u{201C}The air force did not carry out any sorties in that area.\u{201D}"
        let d = claimsRun(text) { f in
            f.entity("Rapid Support Forces", "ORG", "org.rsf")
            f.entity("Khalid el-Tayeb", "PER", nil)
        }
        d.checkSpans()
        #expect(d.quotes.count == 2)
        #expect(d.text(d.quotes.first?.speaker?.span) == "Official Spokesperson of the Rapid Support Forces")
        #expect(d.text(d.quotes.last?.speaker?.span) == "Khalid el-Tayeb")
        #expect(d.quotes.allSatisfy { $0.speakerRule == "speaker.utterance_issuer" })
    }

    @Test func anUnnamedStatementIsThatOfTheFirstReportItHoldsNotOfOneInsideIt() throws {
        let text = "AQIM has confirmed the death of its commander, whom French forces said they had killed, "
            + "according to a statement sent to Agence Nouakchott d'Information."
        let d = claimsRun(text) { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("French forces", "ORG", "org.french_army")
            f.entity("Agence Nouakchott d'Information", "ORG", "org.ani")
        }
        let according = try #require(d.quotes.first { $0.rule == "quote.according_to" })
        #expect(according.speaker?.entity == "org.aqim")
    }

    @Test func aStatementOpeningTheSentenceIsWhoItIsAttributedTosPastALongAside() throws {
        let text = "French forces said they had killed him. The statement, attributed to the group's media spokesman, "
            + "Abu Abderrahmane al-Sanhaji, and dated \u{201C}the 5th of Ramadan, 1442 AH\u{201D}, said the commander had been martyred."
        let d = claimsRun(text) { f in
            f.entity("French forces", "ORG", "org.french_army")
            f.entity("Abu Abderrahmane al-Sanhaji", "PER", nil)
        }
        d.checkSpans()
        let q = try #require(d.quotes.first { d.text($0.span) == "the commander had been martyred" })
        #expect(d.text(q.speaker?.span) == "Abu Abderrahmane al-Sanhaji")
    }

    @Test func aPronounOpeningAReportIsItsSpeaker() throws {
        let text = "The army said Droukdel was killed. Malian officials said they believed the French account was accurate. "
            + "Sidi said he thought the account was false. Residents said he thought the account was false."
        let d = claimsRun(text) { f in f.entity("Droukdel", "PER", "per.abdelmalek_droukdel") }
        let believed = try #require(d.quotes.first { d.text($0.cue) == "believed" })
        #expect(d.text(believed.speaker?.span) == "they")
        #expect(believed.speaker?.name == "Malian officials")
        #expect(believed.speakerRule == "speaker.reporter_pronoun")
        let thought = d.quotes.filter { d.text($0.cue) == "thought" }
        #expect(thought.map { $0.speaker?.name } == ["Sidi", "Droukdel"])
    }

    @Test func roleBackToTheSpeakerIntroducedWithIt() throws {
        let text = "Abu Assem al-Muhajir, spokesman of AQIM, said Hamaha was alive. Later the spokesman added that the French had lost ten men."
        let d = claimsRun(text)
        let second = try #require(d.quotes.first { d.text($0.cue) == "added" })
        #expect(d.text(second.speaker?.span) == "the spokesman")
        #expect(second.speaker?.name == "Abu Assem al-Muhajir")
        #expect(second.speakerRule == "speaker.role_previous")
    }

    @Test func aRoleNamingAnOrganisationIsNotAnEarlierSpokesmanOfNone() throws {
        // "His spokesperson" spoke for the chief minister: "The Foreign Office spokesperson" is someone else.
        let text = "Imran Khan, the chief minister, spoke on Monday. His spokesperson, Ali Raza, said the talks had failed. "
            + "The Foreign Office spokesperson said on Tuesday that the talks were continuing."
        let d = claimsRun(text)
        let office = try #require(d.quotes.first { d.text($0.span) == "that the talks were continuing" })
        #expect(d.text(office.speaker?.span) == "The Foreign Office spokesperson")
        #expect(office.speaker?.name == nil)
    }

    @Test func aTitledRoleBeforeACommaAddressesSomeoneAndDescribesNoOne() throws {
        let text = "Minority Leader (Mr Kojo Mensah-Adjei): Mr Speaker, the Minister told this House that Bawku was calm. "
            + "Will he now withdraw that statement?\n\nMr Speaker: Order! Order! I will not allow a shouting match.\n\n"
            + "House Speaker Paul D. Ryan said the protests demand more listening."
        let d = ClaimsLongDocumentTests.run(text)
        d.checkSpans()
        let told = try #require(d.quotes.first { d.text($0.cue) == "told" })
        #expect(d.text(told.speaker?.span) == "the Minister")
        #expect(told.speaker?.name != "Speaker")
        // The chair's own turn is still read as said by "Mr Speaker".
        #expect(d.quotes.contains { $0.rule == "quote.transcript_label" && d.text($0.span)?.hasPrefix("Order! Order!") == true })
        // "Speaker" is a role: its holder is the name after it.
        #expect(d.entities.contains { d.text($0.span) == "Paul D. Ryan" && $0.type == "PER" })
        #expect(d.roles.contains { d.text($0.span) == "Speaker" && $0.holder.map { d.text(d.entities[$0].span) } == "Paul D. Ryan" })
    }

    @Test func pronounBackToTheLastSpeaker() throws {
        let text = "Mokhtar Belmokhtar said the attack on the gas plant was a success. He added that more attacks would follow."
        let d = claimsRun(text) { f in f.entity("Mokhtar Belmokhtar", "PER", "per.mokhtar_belmokhtar") }
        let second = try #require(d.quotes.first { d.text($0.cue) == "added" })
        #expect(d.text(second.speaker?.span) == "He")
        #expect(second.speaker?.entity == "per.mokhtar_belmokhtar")
        #expect(second.speakerRule == "speaker.pronoun")
    }

    @Test func unresolvedPronounStaysNull() throws {
        let d = claimsRun("He said the base in Aguelhok was attacked at dawn.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.speaker?.span) == "He")
        #expect(q.speaker?.entity == nil)
        #expect(q.speaker?.name == nil)
        #expect(q.speakerRule == "speaker.pronoun_unresolved")
    }

    @Test func aPluralsPossessiveApostropheStaysInsideThePhrase() throws {
        let d = claimsRun("The soldiers' families said they were angry. Hamaha said his fighters' morale was high.")
        d.checkSpans()
        #expect(d.quotes.map { d.text($0.span) } == ["they were angry", "his fighters' morale was high"])
        #expect(d.text(d.quotes.first?.speaker?.span) == "The soldiers' families")
    }

    @Test func retakingATownIsControllingIt() throws {
        let d = claimsRun("The army said it had recaptured the town of Konna from the jihadists. French troops retook Gao.")
        let controls = d.claims("controls")
        #expect(controls.count == 2)
        #expect(d.text(controls.first?.speaker?.span) == "The army")
        #expect(controls.allSatisfy { $0.polarity == .asserted })
    }

    @Test func aSentenceOpeningWithANumberHasItsOwnSpeaker() throws {
        // Not "The army", whose sentence ends before the figure.
        let d = claimsRun("The army said the road was open. 53 soldiers were killed in Gao, the ministry said.")
        let killed = try #require(d.claims("killed").first)
        #expect(d.text(killed.speaker?.span) == "the ministry")
        #expect(d.text(killed.evidence) == "53 soldiers were killed in Gao")
    }

    @Test func shortNameMatchesTheEarlierSpeaker() throws {
        let d = claimsRun("Mokhtar Belmokhtar said the French will be defeated. Belmokhtar added that his men had captured a Malian officer.")
        let second = try #require(d.quotes.first { d.text($0.cue) == "added" })
        #expect(second.speaker?.name == "Mokhtar Belmokhtar")
        #expect(second.speakerRule == "speaker.name_match")
    }

    @Test func chainRunsToAgencyTranslatorAndPublisher() throws {
        let d = claimsRun("“We are alive and our leaders are safe,” said Abu Talha, quoted by Sahara Medias.",
                          source: "Jihadology", translator: "Aaron Zelin") { f in
            f.entity("Sahara Medias", "ORG", "org.sahara_medias")
        }
        let q = try #require(d.quotes.first)
        #expect(q.chain.map(\.role) == ["speaker", "agency", "translator", "publisher"])
        #expect(q.chain.map(\.name) == ["Abu Talha", "Sahara Medias", "Aaron Zelin", "Jihadology"])
        let c = try #require(d.claims("alive").first)
        #expect(c.chain.count == 4)
    }

    @Test func chainStatedOnceCarriesToLaterQuotesOfTheSameSpeaker() throws {
        let text = "Abu Talha spoke with a Sahara Medias journalist on Monday.\nHe said: “Our fighters control the road to Timbuktu.”"
        let d = claimsRun(text) { f in
            f.entity("Abu Talha", "PER", nil)
            f.entity("Sahara Medias", "ORG", "org.sahara_medias")
        }
        let q = try #require(d.quotes.first { $0.direct })
        #expect(q.speaker?.name == "Abu Talha")
        #expect(q.chain.map(\.entity) == [nil, "org.sahara_medias"])
    }

    @Test func anotherSourcesClaimInsideAQuoteIsItsOwnRecord() throws {
        let text = "“The French minister said Hamaha was killed, but he is alive,” the spokesman said."
        let d = claimsRun(text) { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        let killed = try #require(d.claims("killed").first)
        #expect(d.text(killed.speaker?.span) == "The French minister")
        #expect(killed.polarity == .asserted)
        #expect(killed.chain.count >= 2)
        #expect(d.text(killed.chain[1].span) == "the spokesman")
        let alive = try #require(d.claims("alive").first)
        #expect(d.text(alive.speaker?.span) == "the spokesman")
        #expect(alive.subject?.entity == "per.omar_ould_hamaha")
        #expect(!d.conflicts.isEmpty)
    }

    @Test func pronounSubjectResolvesToTheLastPerson() throws {
        let d = claimsRun("Iyad Ag Ghaly was seen in Kidal. He was not captured by the French.") { f in
            f.entity("Iyad Ag Ghaly", "PER", "per.iyad_ag_ghaly")
            f.entity("French", "ORG", "org.french_army")
        }
        let c = try #require(d.claims("captured").first)
        #expect(d.text(c.subject?.span) == "He")
        #expect(c.subject?.entity == "per.iyad_ag_ghaly")
        #expect(c.polarity == .negated)
    }

    @Test func theNameAfterAnOrganisationsWingSpeaks() throws {
        let d = claimsRun("\"We have not lost a single fighter,\" Hamas's armed wing, the Qassam Brigades, said in a statement.\n\n\"We won,\" Hamas's military wing said.") { f in
            f.entity("Hamas", "ORG", "org.hamas")
            f.entity("Hamas", "ORG", "org.hamas", 2)
            f.entity("Qassam Brigades", "ORG", "org.qassam_brigades")
        }
        let quotes = d.quotes.filter(\.direct)
        #expect(quotes.map { $0.speaker?.entity } == ["org.qassam_brigades", "org.hamas"])
    }

    @Test func releasingAMessageReleasesNoOne() throws {
        let d = claimsRun("JNIM released a video on Sunday showing the French journalist Olivier Dubois. AQIM released the Swiss hostage Beatrice Stockly.") { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("Olivier Dubois", "PER", "per.olivier_dubois")
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Beatrice Stockly", "PER", "per.beatrice_stockly")
        }
        #expect(d.claims("released").map { $0.subject?.entity } == ["per.beatrice_stockly"])
    }

    @Test func aPropagandaAgencyDeniesNothing() throws {
        let d = claimsRun("The Islamic State group claimed the bombing in a statement carried by its Amaq propaganda agency.") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.entity("Amaq", "ORG", "org.amaq")
        }
        let claim = try #require(d.claims("claims_responsibility").first)
        #expect(claim.polarity == .asserted)
        #expect(claim.speaker?.entity == "org.islamic_state")
    }

    @Test func aSingularNounCloseToOrLoyalToANameIsNoneOfTheName() throws {
        let d = claimsRun("A faction loyal to Shekau denied that he was dead. An account close to MUJAO wrote that the sheikh was alive. "
                          + "A faction aligned with the party chairman said it had removed several officials.") { f in
            f.entity("Shekau", "PER", "per.abubakar_shekau")
            f.entity("MUJAO", "ORG", "org.mujao")
        }
        #expect(d.quotes.map { d.text($0.speaker?.span) } == ["A faction loyal to Shekau", "An account close to MUJAO", "A faction aligned with the party chairman"])
        #expect(d.quotes.allSatisfy { $0.speaker?.entity == nil })
    }

    @Test func followersOfANamedLeaderAreNotTheLeader() throws {
        let d = claimsRun("FARC dissidents led by Ivan Mordisco claimed responsibility for the attack. The fighters loyal to Khalifa Haftar said they had taken the airport. "
                          + "The men led by Belmokhtar were killed. Omar Ould Hamaha was wounded by men led by Belmokhtar.") { f in
            f.entity("FARC", "ORG", "org.farc")
            f.entity("Ivan Mordisco", "PER", nil)
            f.entity("Khalifa Haftar", "PER", "per.khalifa_haftar")
            f.entity("Belmokhtar", "PER", "per.mokhtar_belmokhtar")
            f.entity("Omar Ould Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let responsibility = try #require(d.claims("claims_responsibility").first)
        #expect(responsibility.subject?.entity == "org.farc")
        #expect(responsibility.speaker?.entity == "org.farc")
        let said = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(d.text(said.speaker?.span) == "The fighters loyal to Khalifa Haftar")
        #expect(said.speaker?.entity == nil)
        // Belmokhtar was neither killed nor wounded: his men killed, and wounded Hamaha.
        #expect(!d.claims.contains { $0.subject?.entity == "per.mokhtar_belmokhtar" })
        #expect(d.claims("wounded").first?.subject?.entity == "per.omar_ould_hamaha")
        // In an aside between commas, the leader still does not act.
        let aside = claimsRun("Katiba Macina, led by Amadou Koufa, claimed the attack on the camp.") { f in
            f.entity("Katiba Macina", "ORG", "org.katiba_macina")
            f.entity("Amadou Koufa", "PER", "per.amadou_koufa")
        }
        #expect(aside.claims("claims_responsibility").map { $0.subject?.entity } == ["org.katiba_macina"])
        #expect(aside.claims("claims_responsibility").map { $0.speaker?.entity } == ["org.katiba_macina"])
    }
}
