import ClaimlineCore
import Testing

/// Negation scope, hedges, questions, time and conflicts.
@Suite("Claims: polarity, time and conflicts")
struct ClaimsPolarityTests {
    @Test func shootingDownIsAnAttack() throws {
        for text in ["The Houthis said they shot down an American drone.", "The Houthis said they downed a drone near Marib.",
                     "The Houthis said they succeeded in downing a helicopter."] {
            let d = claimsRun(text) { f in f.entity("Houthis", "ORG", "org.houthis") }
            #expect(d.claims("attacked").map(\.polarity) == [.asserted], "\(text)")
        }
        // Storms down power lines and trees: no attack.
        #expect(claimsRun("The Houthis said the storm downed power lines.") { f in f.entity("Houthis", "ORG", "org.houthis") }
            .claims("attacked").isEmpty)
    }

    @Test func beheadingsAndMurdersAreKillings() throws {
        for (text, subject) in [("ISWAP said it had beheaded the hostage Hamaha.", "per.omar_ould_hamaha"),
                                ("The group said Hamaha was gunned down in Gao.", "per.omar_ould_hamaha"),
                                ("The army confirmed the murder of Hamaha.", "per.omar_ould_hamaha"),
                                ("The army said Hamaha succumbed to his injuries.", "per.omar_ould_hamaha"),
                                ("The army said the corpse of Hamaha was found near Gao.", "per.omar_ould_hamaha")] {
            let d = claimsRun(text) { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
            #expect(d.claims("killed").map { $0.subject?.entity } == [subject], "\(text)")
        }
        // "remains among us" is alive.
        let among = claimsRun("Al-Annabi said that Hamaha \"remains among us, guiding the mujahideen.\"") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        #expect(among.claims("alive").map { $0.subject?.entity } == ["per.omar_ould_hamaha"])
        // Escaping the raid is surviving it.
        let escaped = claimsRun("AQIM said Hamaha escaped the raid.") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        #expect(escaped.claims("alive").map { $0.subject?.entity } == ["per.omar_ould_hamaha"])
        // "a body of people" is none.
        #expect(claimsRun("The spokesman said a whole body of people had helped.").claims("killed").isEmpty)
    }

    @Test func whatIsDemandedIsNoEvent() throws {
        for (text, predicate, name, id) in [("AQIM demanded that France withdraw its troops from Mali.", "withdrew", "France", "loc.france"),
                                            ("Israel has demanded the arrest of Hamaha.", "arrested", "Hamaha", "per.omar_ould_hamaha"),
                                            ("Arafat called for an end to all attacks on Israelis.", "attacked", "Arafat", "per.yasser_arafat"),
                                            ("The minister urged the kidnappers to release Hamaha.", "released", "Hamaha", "per.omar_ould_hamaha"),
                                            ("The family appealed for the release of Hamaha.", "released", "Hamaha", "per.omar_ould_hamaha")] {
            let d = claimsRun(text) { f in f.entity(name, id.hasPrefix("per.") ? "PER" : "LOC", id) }
            #expect(d.claims(predicate).isEmpty, "\(text)")
            // What was demanded is still their words.
            #expect(d.quotes.count == 1, "\(text)")
        }
    }

    @Test func aCapitalisedWordBetweenADeterminerAndANounIsNoSubject() throws {
        for text in ["The group said its fighters captured a Christian pastor in Borno.",
                     "The army said the Tanzanian suspect was arrested in Nairobi."] {
            let d = claimsRun(text)
            #expect(d.claims.count == 1, "\(text)")
            #expect(d.claims.allSatisfy { $0.subject == nil }, "\(text)")
        }
        // Kin and groups are named by the word: "the Underwood family", "the Zouma clan".
        let family = claimsRun("Police said the Underwood family controls the firm.")
        #expect(family.claims("controls").map { $0.subject?.name } == ["Underwood"])
    }

    @Test func thePartyAfterBreakingAwayOrDefectingIsNoSubject() throws {
        for (text, subject) in [("The faction broke away from Boko Haram, the army said.", nil),
                                ("Ansaru split from Boko Haram in 2012, the army said.", "org.ansaru"),
                                ("The MNLA said several of its commanders had defected to Ansar Dine.", "org.mnla")] {
            let d = claimsRun(text) { f in
                for (name, id) in [("Boko Haram", "org.boko_haram"), ("Ansaru", "org.ansaru"), ("MNLA", "org.mnla"), ("Ansar Dine", "org.ansar_dine")]
                where text.contains(name) { f.entity(name, "ORG", id) }
            }
            #expect(d.claims("defected").map { $0.subject?.entity } == [subject], "\(text)")
        }
    }

    @Test func theTargetOfAnAttackAndAPositionThatFellAreItsSubject() throws {
        for (text, predicate, polarity) in [("The army said the FAMa camp in Aguelhok, in the Kidal region, was the target of a complex attack.", "attacked", Polarity.asserted),
                                            ("The army said units of the FAMa came under attack near Kidal.", "attacked", .asserted),
                                            ("The army said no FAMa position fell into the hands of the enemy.", "captured", .negated)] {
            let d = claimsRun(text) { f in
                f.entity("FAMa", "ORG", "org.malian_army")
                if text.contains("Aguelhok") { f.entity("Aguelhok", "LOC", "loc.aguelhok") }
                if text.contains("Kidal") { f.entity("Kidal", "LOC", "loc.kidal") }
            }
            #expect(d.claims(predicate).map { "\($0.polarity) \($0.subject?.entity ?? "-")" } == ["\(polarity) org.malian_army"], "\(text)")
        }
        // After a noun's object, a place past "near", "in" is where, not whom.
        for (text, subject) in [("The army said 137 people were killed in attacks on villages near the border with Mali.", nil as String?),
                                ("The army said the attack on Gao was repelled.", "loc.gao")] {
            let d = claimsRun(text) { f in
                if text.contains("Mali") { f.entity("Mali", "LOC", "loc.mali") }
                if text.contains("Gao") { f.entity("Gao", "LOC", "loc.gao") }
            }
            #expect(d.claims("attacked").map { $0.subject?.entity } == [subject], "\(text)")
        }
        // "blamed the attack on JNIM": JNIM is blamed, not attacked.
        let blamed = claimsRun("The government blamed the attack on JNIM.") { f in f.entity("JNIM", "ORG", "org.jnim") }
        #expect(blamed.claims("attacked").map { $0.subject == nil } == [true])
        // After the words, past "on", stands the target, not the party that took part.
        let onLibya = claimsRun("The army said the group did not take part in the attack on Libya.") { f in f.entity("Libya", "LOC", "loc.libya") }
        #expect(onLibya.claims("claims_responsibility").map { $0.subject == nil } == [true])
    }

    @Test func whatAnotherClaimsBeforeTheCommaIsNotTheClauseAfterIt() throws {
        let d = claimsRun("Contrary to what the enemy media claims, the Mujahideen did not withdraw from Kidal.", source: "org.aqim") { f in
            f.entity("Kidal", "LOC", "loc.kidal")
        }
        #expect(d.quotes.isEmpty)
        #expect(d.claims("withdrew").map(\.polarity) == [.negated])
        // A clause opened by "that" after the comma is what was claimed.
        let that = claimsRun("We deny what the Chadian regime claimed, that its soldiers killed Hamaha.") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        #expect(that.quotes.contains { that.text($0.cue) == "claimed" && that.text($0.span) == "that its soldiers killed Hamaha" })
    }

    @Test func aDenialWordThatNamesWhatIsContradictedDeniesNothing() throws {
        for (text, predicate, polarity) in [("Contrary to rumours, Hamaha was not injured in the attack.", "wounded", Polarity.negated),
                                            ("Contrary to rumours circulating on social networks, Hamaha is alive.", "alive", .asserted),
                                            ("The rumours of his death are lies, Hamaha is alive.", "alive", .asserted),
                                            ("It is false that, according to the army, Hamaha was killed.", "killed", .negated)] {
            let d = claimsRun(text) { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
            #expect(d.claims(predicate).filter { $0.subject?.entity == "per.omar_ould_hamaha" && $0.speaker == nil }.map(\.polarity) == [polarity], "\(text)")
        }
    }

    @Test func aNegatorBeforeACommaAndANewSubjectNegatesOnlyItsClause() throws {
        for (text, killed, alive) in [("Hamaha was not killed, he is alive.", Polarity.negated, Polarity.asserted),
                                      ("Hamaha is not dead, Hamaha is alive and well.", .negated, .asserted)] {
            let d = claimsRun(text) { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
            #expect(d.claims("killed").map(\.polarity) == [killed], "\(text)")
            #expect(d.claims("alive").map(\.polarity) == [alive], "\(text)")
        }
        let quoted = claimsRun("\"We are not dead, we are alive,\" Shekau said.") { f in f.entity("Shekau", "PER", "per.abubakar_shekau") }
        #expect(quoted.claims("alive").map(\.polarity) == [.asserted])
        // A list after the negator stays in its reach ("no militants, civilians or soldiers").
        let listed = claimsRun("Hamaha was not killed, the army said.") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        #expect(listed.claims("killed").map(\.polarity) == [.negated])
    }

    @Test func anEventInAPhraseOfTimePlaceOrCauseIsTakenAsGiven() throws {
        // The clause's negation is of its own verb: the release and the attack happened.
        for (text, predicate) in [("The government denied that ransom had been paid for the release of Hamaha.", "released"),
                                  ("The army said no soldiers were killed in the attack on Gao.", "attacked"),
                                  ("No ransom was paid for the release of Hamaha, the minister said.", "released")] {
            let d = claimsRun(text) { f in
                if text.contains("Hamaha") { f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
                if text.contains("Gao") { f.entity("Gao", "LOC", "loc.gao") }
            }
            #expect(d.claims(predicate).map(\.polarity) == [.asserted], "\(text)")
        }
        let killed = claimsRun("The army said no soldiers were killed in the attack on Gao.") { f in f.entity("Gao", "LOC", "loc.gao") }
        #expect(killed.claims("killed").map(\.polarity) == [.negated])
        // Denied as the object of the denial, it is denied.
        let denied = claimsRun("The army denied the release of Hamaha.") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        #expect(denied.claims("released").map(\.polarity) == [.negated])
    }

    @Test func aSpokesmanClaimingForHisGroupInHisOwnWordsIsTheSpeaker() throws {
        let d = claimsRun("MUJAO spokesman Abu Walid Sahraoui told AFP: \"We, MUJAO, claim the two operations against the enemy.\"") { f in
            let mujao = f.entity("MUJAO", "ORG", "org.mujao")
            let sahraoui = f.entity("Abu Walid Sahraoui", "PER", "per.adnan_abu_walid_al_sahrawi")
            f.entity("AFP", "ORG", "org.afp")
            f.entity("MUJAO", "ORG", "org.mujao", 2)
            f.role("MUJAO spokesman", "spokesman", holder: sahraoui, organisation: mujao)
        }
        let c = try #require(d.claims("claims_responsibility").first)
        #expect(c.speaker?.entity == "per.adnan_abu_walid_al_sahrawi")
        #expect(c.subject?.entity == "org.mujao")
        // Another's words about the group keep it the claimer.
        let other = claimsRun("\"AQIM claimed the attack,\" the French minister said.") { f in f.entity("AQIM", "ORG", "org.aqim") }
        #expect(other.claims("claims_responsibility").map { $0.speaker?.entity } == ["org.aqim"])
    }

    @Test func anAttackClaimedByAGroupIsItsClaimOfResponsibility() throws {
        let d = claimsRun("The attack was claimed by the Islamic State.") { f in f.entity("Islamic State", "ORG", "org.islamic_state") }
        #expect(d.claims("claims_responsibility").map { $0.speaker?.entity } == ["org.islamic_state"])
        #expect(d.claims("claims_responsibility").map(\.rule) == ["pred.claimed_by+claim.attributed"])
        // A territory claimed by a country is no attack.
        #expect(claimsRun("The territory was claimed by Morocco.") { f in f.entity("Morocco", "LOC", "loc.morocco") }
            .claims("claims_responsibility").isEmpty)
    }

    @Test func takingPartInAnAttackIsItsSubjectsResponsibility() throws {
        let d = claimsRun("Ansar Dine did not take part in the attack on Gao, the spokesman said.") { f in
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
            f.entity("Gao", "LOC", "loc.gao")
        }
        let c = try #require(d.claims("claims_responsibility").first)
        #expect(c.polarity == .negated)
        #expect(c.subject?.entity == "org.ansar_dine")
        #expect(d.text(c.speaker?.span) == "the spokesman")
        #expect(c.rule == "pred.took_part+claim.attributed")
        #expect(claimsRun("The minister took part in the talks, the spokesman said.").claims("claims_responsibility").isEmpty)
        // In the perfect: "has not taken part".
        let perfect = claimsRun("The spokesman of Ansar Dine said the group had not taken part in the attack.") { f in
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
        }
        #expect(perfect.claims("claims_responsibility").map { "\($0.polarity) \($0.subject?.entity ?? "-")" } == ["negated org.ansar_dine"])
    }

    @Test func anAchievedInfinitiveIsAnEvent() throws {
        for (text, count) in [("AQIM said its fighters were able to kill Hamaha.", 1), ("AQIM said its fighters managed to kill Hamaha.", 1),
                              ("AQIM said its fighters will be able to kill Hamaha.", 0), ("AQIM said its fighters want to kill Hamaha.", 0),
                              ("AQIM said the reaction of its fighters made it possible to kill Hamaha.", 1)] {
            let d = claimsRun(text) { f in
                f.entity("AQIM", "ORG", "org.aqim")
                f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            }
            #expect(d.claims("killed").filter { $0.polarity == .asserted && $0.speaker?.entity == "org.aqim" }.count == count, "\(text)")
        }
    }

    @Test func maybeAndReportedDeadHedge() throws {
        #expect(claimsRun("\"Maybe he is dead,\" the general said of Belmokhtar.").claims("killed").isEmpty)
        // "reported dead": a report no one is named for.
        #expect(claimsRun("Mokhtar Belmokhtar was reported dead in 2013.") { f in f.entity("Mokhtar Belmokhtar", "PER", "per.mokhtar_belmokhtar") }
            .claims("killed").isEmpty)
        // The army's report of his death is the army's claim.
        #expect(claimsRun("Mokhtar Belmokhtar is dead, the army reported.") { f in f.entity("Mokhtar Belmokhtar", "PER", "per.mokhtar_belmokhtar") }
            .claims("killed").map(\.polarity) == [.asserted])
    }

    @Test func anAsideInParenthesesHedgesNothing() throws {
        let d = claimsRun("The media claimed that Sheikh Abu Zeid (may Allah protect him) was killed.") { f in
            f.entity("Abu Zeid", "PER", "per.abdelhamid_abou_zeid")
        }
        #expect(d.claims("killed").map(\.polarity) == [.asserted])
        // Outside the parentheses the hedge stays.
        #expect(claimsRun("The media claimed that Abu Zeid (the emir) may have been killed.") { f in
            f.entity("Abu Zeid", "PER", "per.abdelhamid_abou_zeid")
        }.claims("killed").isEmpty)
    }

    @Test func notKilledIsNegated() throws {
        let d = claimsRun("Hamaha was not killed in the French strike.") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        let c = try #require(d.claims("killed").first)
        #expect(c.polarity == .negated)
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
        #expect(d.text(c.evidence) == "Hamaha was not killed in the French strike.")
    }

    @Test func noOneWasKilledIsNegated() throws {
        let d = claimsRun("No one was killed in the attack on the base, the army said.")
        let c = try #require(d.claims("killed").first)
        #expect(c.polarity == .negated)
        #expect(d.text(c.speaker?.span) == "the army")
    }

    @Test func aNegatorInARelativeAsideNegatesOnlyTheAside() throws {
        let d = claimsRun("The army said the attack, which was not claimed, killed four soldiers.")
        #expect(d.claims("killed").map(\.polarity) == [.asserted])
        // A parenthetical reporting clause does not shield the negator before it.
        let none = claimsRun("No soldiers, officials said, were killed.")
        #expect(none.claims("killed").map(\.polarity) == [.negated])
    }

    @Test func anActClaimedByNameIsAClaimOfResponsibility() throws {
        let d = claimsRun("Boko Haram has not claimed the kidnapping, but the area is a known stronghold of the group.") { f in
            f.entity("Boko Haram", "ORG", "org.boko_haram")
        }
        #expect(d.claims("claims_responsibility").map(\.polarity) == [.negated])
        // The kidnapping itself is not denied.
        #expect(d.claims("captured").isEmpty)
        // A verb after the act makes it a clause's subject: what was claimed is the clause.
        let staged = claimsRun("He claimed the attack was staged.")
        #expect(staged.claims("claims_responsibility").isEmpty)
        #expect(staged.quotes.map { staged.text($0.span) } == ["the attack was staged"])
    }

    @Test func yetAfterAnAuxiliaryIsNoScopeBreak() throws {
        let d = claimsRun("BAMAKO, Mali (AP) _ No group has yet claimed responsibility for the attack.") { f in f.entity("AP", "ORG", "org.ap") }
        let c = try #require(d.claims("claims_responsibility").first)
        #expect(c.polarity == .negated)
        // The agency of the dateline is the author, not the subject.
        #expect(c.subject == nil)
        #expect(c.speaker?.entity == "org.ap")
        // A conjunction still ends the negation's reach.
        let but = claimsRun("The army did not confirm it, yet the group said Hamaha was killed.") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        #expect(but.claims("killed").first?.polarity == .asserted)
    }

    @Test func aDenialInASecondReportedClauseNegatesOnlyThatClause() throws {
        let d = claimsRun("The spokesman told AFP that Hamaha was alive and that reports of his death were false.") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let alive = try #require(d.claims("alive").first)
        #expect(alive.polarity == .asserted)
        #expect(alive.subject?.entity == "per.omar_ould_hamaha")
        let killed = try #require(d.claims("killed").first)
        #expect(killed.polarity == .negated)
    }

    @Test func wordsOfADenialThatNegateThemselvesStateTheDenial() throws {
        // "He denied: «Hamaha was not killed»" denies the death; it does not assert it.
        let d = claimsRun("The spokesman denied: \"Hamaha was not killed by the French.\"") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        #expect(d.claims("killed").map(\.polarity) == [.negated])
        let plain = claimsRun("The spokesman denied that Hamaha was killed.") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        #expect(plain.claims("killed").map(\.polarity) == [.negated])
        // "liquidation" kills only with its "of": "placed into provisional liquidation" is a company's.
        #expect(claimsRun("The army said the firm was placed into provisional liquidation on March 15.").claims("killed").isEmpty)
        #expect(claimsRun("AQIM announced the liquidation of the spy Ahmed Ould Ali.").claims("killed").count == 1)
    }

    @Test func aDeniedActIsNegatedAndAnAdmittedOneAsserted() throws {
        let denied = claimsRun("The army denied capturing Omar Ould Hamaha in Gao.") { f in
            f.entity("Omar Ould Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let q = try #require(denied.quotes.first)
        #expect(denied.text(q.span) == "capturing Omar Ould Hamaha in Gao")
        let c = try #require(denied.claims("captured").first)
        #expect(c.polarity == .negated)
        #expect(c.subject?.entity == "per.omar_ould_hamaha")
        #expect(denied.text(c.speaker?.span) == "The army")
        let admitted = claimsRun("Ansar Dine admitted detaining Sanda Ould Boumama for two days.") { f in
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
            f.entity("Sanda Ould Boumama", "PER", "per.sanda_ould_boumama")
        }
        let a = try #require(admitted.claims("arrested").first)
        #expect(a.polarity == .asserted)
        #expect(a.subject?.entity == "per.sanda_ould_boumama")
        #expect(a.speaker?.entity == "org.ansar_dine")
    }

    @Test func nothingAfterTheVerbIsItsObject() {
        #expect(claimsRun("The spokesman confirmed nothing about the raid in Gao.").quotes.isEmpty)
        let d = claimsRun("The spokesman said nothing was found in the house.")
        #expect(d.quotes.first.map { d.text($0.span) } == "nothing was found in the house")
    }

    @Test func failedToKillIsNegated() throws {
        let d = claimsRun("The French failed to kill Iyad Ag Ghaly in the raid near Kidal.") { f in
            f.entity("French", "ORG", "org.french_army")
            f.entity("Iyad Ag Ghaly", "PER", "per.iyad_ag_ghaly")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.polarity == .negated)
        #expect(c.subject?.entity == "per.iyad_ag_ghaly")
    }

    @Test func notOnlyButNegatesNothing() throws {
        let d = claimsRun("Not only did the French kill Abou Zeid, they also captured his deputy Abou Dujana.") { f in
            f.entity("French", "ORG", "org.french_army")
            f.entity("Abou Zeid", "PER", "per.abdelhamid_abou_zeid")
            f.entity("Abou Dujana", "PER", nil)
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.polarity == .asserted)
        #expect(c.subject?.entity == "per.abdelhamid_abou_zeid")
        #expect(d.claims("captured").first?.polarity == .asserted)
        #expect(d.claims("captured").first.map { d.string($0.subject!.span) } == "Abou Dujana")
    }

    @Test func negationDoesNotCrossBut() throws {
        let d = claimsRun("The army said it had not lost any men but that two militants were killed.")
        let c = try #require(d.claims("killed").first)
        #expect(c.polarity == .asserted)
    }

    @Test func fabricationsDenyTheWholeClause() throws {
        let d = claimsRun("Reports of the killing of our commanders are mere fabrications and have no foundations.")
        #expect(d.claims("killed").first?.polarity == .negated)
    }

    @Test func liesAfterThePredicateDeny() throws {
        let d = claimsRun("The reports of his death are lies, the spokesman said.")
        #expect(d.claims("killed").first?.polarity == .negated)
    }

    @Test func aQuoteGoingOnItsSentenceKeepsTheSubjectBeforeIt() throws {
        let d = claimsRun("On the leader: Ag Ghaly \"is in good health and directs the movement\", he said.") { f in
            f.entity("Ag Ghaly", "PER", "per.iyad_ag_ghaly")
        }
        #expect(try #require(d.claims("alive").first).subject?.entity == "per.iyad_ag_ghaly")
    }

    @Test func aPossessorBeforeAVerbIsNotItsSubject() throws {
        let d = claimsRun("The army said Zarqawi's men were killed. The army said Hamaha's death was confirmed.") { f in
            f.entity("Zarqawi", "PER", "per.abu_musab_al_zarqawi")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let killed = d.claims("killed")
        #expect(killed.count == 2)
        #expect(killed.first?.subject == nil)
        #expect(killed.last?.subject?.entity == "per.omar_ould_hamaha")
    }

    @Test func aCapitalisedWordOfADateIsNoSubject() throws {
        let d = claimsRun("Since his Aug. 2 power-grab, which he calls an eternal merger, the Pentagon said.") { f in
            f.entity("Pentagon", "ORG", "org.pentagon")
            f.date("Aug. 2", "2014-08-02")
        }
        let merged = try #require(d.claims("merged").first)
        #expect(merged.subject == nil)
    }

    @Test func wordsQuotedInsideReportedSpeechKeepTheSubjectBeforeThem() throws {
        let d = claimsRun("The ministry said that Ag Ghaly \"is in good health\" and thanked the army.") { f in
            f.entity("Ag Ghaly", "PER", "per.iyad_ag_ghaly")
        }
        #expect(try #require(d.claims("alive").first).subject?.entity == "per.iyad_ag_ghaly")
        // Not past the report's own words: the addressee before "that" is no subject.
        let e = claimsRun("Its spokesman told AFP that the rebels \"control the whole area of Tin Zaouatine\".") { f in
            f.entity("AFP", "ORG", "org.afp")
        }
        #expect(try #require(e.claims("controls").first).subject == nil)
    }

    @Test func aRoleWhoseHolderIsKnownIsTheSubject() throws {
        let d = claimsRun("Abu Bakr al-Baghdadi was named. The Islamic State has confirmed that its leader was killed.") { f in
            f.entity("Abu Bakr al-Baghdadi", "PER", "per.abu_bakr_al_baghdadi")
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.document.entities.sort { $0.span < $1.span }
            f.role("its leader", "leader", holder: 0, organisation: 1)
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.subject?.entity == "per.abu_bakr_al_baghdadi")
        #expect(d.text(c.subject?.span) == "its leader")
    }

    @Test func aDenialInAClauseJoinedByAndDeniesOnlyThatClause() throws {
        let d = claimsRun("We confirm that the hostages are alive and in good health, and the rumours about the death of one of them are lies.")
        #expect(d.claims("alive").first?.polarity == .asserted)
        #expect(d.claims("killed").first?.polarity == .negated)
    }

    @Test func anOpenQuestionOfHowManyIsNoClaim() throws {
        // "did not say how many people had been killed" denies no killing.
        #expect(claimsRun("The ministry did not say how many people had been killed.").claims("killed").isEmpty)
        let d = claimsRun("The army said 30 militants were killed, but did not say how many soldiers were wounded.")
        #expect(d.claims("killed").map(\.polarity) == [.asserted])
        #expect(d.claims("wounded").isEmpty)
    }

    @Test func anUnconfirmedDeathIsNeitherAssertedNorDenied() throws {
        #expect(claimsRun("The ministry said it cannot confirm the death of Abou Zeid.").claims("killed").isEmpty)
        let d = claimsRun("The French ministry did not confirm that Abou Zeid was killed.") { f in
            f.entity("Abou Zeid", "PER", "per.abdelhamid_abou_zeid")
        }
        #expect(d.claims("killed").isEmpty)
        // That it was not confirmed is the ministry's claim, negated.
        let c = try #require(d.claims("confirms").first)
        #expect(c.polarity == .negated)
        #expect(d.text(c.speaker?.span) == "The French ministry")
        // Nor does a denial that did not happen deny.
        let undenied = claimsRun("AQIM did not deny that Abou Zeid was killed.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Abou Zeid", "PER", "per.abdelhamid_abou_zeid")
        }
        #expect(undenied.claims("killed").isEmpty)
        #expect(undenied.claims("denies").first?.polarity == .negated)
        #expect(undenied.claims("denies").first?.speaker?.entity == "org.aqim")
    }

    @Test func neverJoinedIsNegated() throws {
        let d = claimsRun("Amadou Koufa never joined the Islamic State.") { f in
            f.entity("Amadou Koufa", "PER", "per.amadou_koufa")
            f.entity("Islamic State", "ORG", "org.islamic_state")
        }
        let c = try #require(d.claims("joined").first)
        #expect(c.polarity == .negated)
        #expect(c.subject?.entity == "per.amadou_koufa")
    }

    @Test func hedgedStatementsAreNotClaims() {
        #expect(claimsRun("Jihadi leaders were supposedly killed in the raid.").claims.isEmpty)
        #expect(claimsRun("The French may have killed Hamaha in the strike.").claims.isEmpty)
    }

    @Test func aPredicatesWordNamingAKindOfNounStatesNoEvent() throws {
        // "arrest warrants", "death row", "death threats" (a `compound` marker after the word).
        let d = claimsRun("The police said arrest warrants were issued for James Kopp, who received death threats.") { f in
            f.entity("James Kopp", "PER", nil)
        }
        #expect(d.claims.isEmpty)
        #expect(claimsRun("The police said they arrested James Kopp.") { f in f.entity("James Kopp", "PER", nil) }.claims("arrested").count == 1)
        // "In the event she was injured": a hedge.
        #expect(claimsRun("In the event she was injured, bleeding would be a danger, the doctor said.").claims("wounded").isEmpty)
        // A compound phrase that opens with the word: "martyrdom seeker", a suicide attacker, not a death.
        let seeker = claimsRun("The Islamic Emirate said a martyrdom seeker detonated his vehicle on a convoy.")
        #expect(seeker.quotes.count == 1)
        #expect(seeker.claims("killed").isEmpty)
        #expect(!claimsRun("The group announced the martyrdom of its commander.").claims("killed").isEmpty)
    }

    @Test func wordsInCapitalsAmongOthersInCapitalsNameNoSubject() throws {
        let d = claimsRun("DEFENCE HEADQUARTERS\n\nTROOPS NEUTRALISE 27 TERRORISTS, RESCUE 14 KIDNAPPED VICTIMS IN BORNO\n\nThe troops did well.") { f in
            f.entity("DEFENCE HEADQUARTERS", "ORG", "org.nigerian_defence_headquarters")
            f.entity("BORNO", "LOC", "loc.borno")
        }
        #expect(d.claims.allSatisfy { $0.subject == nil })
        #expect(!d.claims("killed").isEmpty)
    }

    @Test func whatWillHappenHasNotHappened() throws {
        // "will" opening the trigger's verb: a threat or a forecast, not an event.
        #expect(claimsRun("AQIM said: \"We will kill the French hostages.\"") { f in f.entity("AQIM", "ORG", "org.aqim") }
            .claims("killed").isEmpty)
        #expect(claimsRun("Tribal leaders believe bin Laden will not be captured.") { f in f.entity("bin Laden", "PER", "per.osama_bin_laden") }
            .claims("captured").isEmpty)
        // A "will" of another verb leaves an event after it alone.
        let d = claimsRun("The White House says it will continue to engage, despite the withdrawal of its envoy.") { f in
            f.entity("White House", "ORG", "org.white_house")
        }
        #expect(d.claims("withdrew").count == 1)
        // A threat's own words start with "will" and stay a claim.
        #expect(!claimsRun("AQIM warned that France will pay the price.") { f in f.entity("AQIM", "ORG", "org.aqim"); f.entity("France", "LOC", "loc.france") }
            .claims("threatens").isEmpty)
    }

    @Test func probablyAndReportedlyStillAssert() throws {
        let d = claimsRun("The French army said Koufa was probably killed.") { f in f.entity("Koufa", "PER", "per.amadou_koufa") }
        #expect(try #require(d.claims("killed").first).polarity == .asserted)
        #expect(claimsRun("Residents said Koufa was reportedly killed in the raid.") { f in f.entity("Koufa", "PER", "per.amadou_koufa") }
            .claims("killed").count == 1)
    }

    @Test func anAimIsNotAnEvent() {
        #expect(claimsRun("Their aim is to kill the commander of the camp.").claims("killed").isEmpty)
    }

    @Test func theAuthorsQuestionsAreNotClaims() {
        #expect(claimsRun("Was Hamaha really killed in March?").claims.isEmpty)
    }

    @Test func passagesWithoutClaims() {
        let d = claimsRun("The weather in Gao was hot and the market was busy. Many traders came from Niger.")
        #expect(d.claims.isEmpty)
        #expect(d.quotes.isEmpty)
    }

    @Test func boilerplateIsSkipped() {
        let d = claimsRun("The town is quiet.\nLeave a Reply\n“Hamaha was killed,” said a commenter.")
        #expect(d.claims.isEmpty)
        #expect(d.quotes.isEmpty)
    }

    @Test func timeFromADateInTheClause() throws {
        let d = claimsRun("On April 11, 2014, the French killed Abou Zeid, the ministry said.") { f in
            f.date("April 11, 2014", "2014-04-11")
            f.entity("Abou Zeid", "PER", "per.abdelhamid_abou_zeid")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.time?.value == "2014-04-11")
        #expect(c.time?.date == "t1")
        #expect(d.text(c.time?.span) == "April 11, 2014")
        #expect(d.text(c.speaker?.span) == "the ministry")
    }

    @Test func timeFromAnEarlierDateThroughAnAnaphor() throws {
        let d = claimsRun("The fighting took place on Friday, April 11th in the Tigharghar mountains, and no fighters were killed in this clash.") { f in
            f.date("Friday, April 11th", "2014-04-11")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.polarity == .negated)
        #expect(c.time?.value == "2014-04-11")
    }

    @Test func stanceSupportsANamedSource() throws {
        let d = claimsRun("The base at Tessalit was attacked, in line with reports by AFP.") { f in f.entity("AFP", "ORG", "org.afp") }
        let c = try #require(d.claims("attacked").first)
        #expect(c.stance.map(\.relation) == [.supports])
        #expect(c.stance.first?.source.entity == "org.afp")
    }

    @Test func aliveAndKilledOfOneSubjectConflict() throws {
        let d = claimsRun("The army said Hamaha was killed in the raid. His brother said Hamaha is alive.") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha", 1)
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha", 2)
        }
        let killed = try #require(d.claims("killed").first), alive = try #require(d.claims("alive").first)
        #expect(killed.speaker.map { d.string($0.span) } == "The army")
        #expect(alive.speaker.map { d.string($0.span) } == "His brother")
        let conflict = try #require(d.conflicts.first)
        #expect(Set(conflict.claims) == [killed.id, alive.id])
        #expect(conflict.subject == "per.omar_ould_hamaha")
    }

    @Test func differentSubjectsDoNotConflict() {
        let d = claimsRun("The army said Hamaha was killed. The group said Belmokhtar is alive.") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("Belmokhtar", "PER", "per.mokhtar_belmokhtar")
        }
        #expect(d.claims.count == 2)
        #expect(d.conflicts.isEmpty)
    }

    @Test func theSubjectBeforeAnAppositiveIsTheNameItDescribes() throws {
        let d = claimsRun("Ahmed el-Tilemsi, a MUJAO founder, was killed by French special forces.") { f in
            f.entity("Ahmed el-Tilemsi", "PER", "per.ahmed_el_tilemsi")
            f.entity("MUJAO", "ORG", "org.mujao")
        }
        #expect(try #require(d.claims("killed").first).subject?.entity == "per.ahmed_el_tilemsi")
        // An appositive longer than a clause's reach, opened by a demonym.
        let long = claimsRun("Droukdel, an Algerian who had led AQIM for more than a decade, was killed near Talhandak, the French military said.") { f in
            f.entity("Droukdel", "PER", "per.abdelmalek_droukdel")
            f.entity("AQIM", "ORG", "org.aqim")
        }
        #expect(try #require(long.claims("killed").first).subject?.entity == "per.abdelmalek_droukdel")
        // An appositive that opens with a person names who it was.
        let named = claimsRun("The Swedish hostage, Johan Lindberg, had been released.") { f in
            f.entity("Johan Lindberg", "PER", "per.johan_lindberg")
        }
        #expect(try #require(named.claims("released").first).subject?.entity == "per.johan_lindberg")
    }

    @Test func aDeniedResponsibilityIsANegatedClaimOfIt() throws {
        let d = claimsRun("The PKK denied responsibility for the bombing in Ankara.") { f in
            f.entity("PKK", "ORG", "org.pkk")
            f.entity("Ankara", "LOC", "loc.ankara")
        }
        let claim = try #require(d.claims("claims_responsibility").first)
        #expect(claim.polarity == .negated)
        #expect(claim.speaker?.entity == "org.pkk")
        #expect(claim.subject?.entity == "org.pkk")
        // What is denied is the involvement, not the attack it was in.
        let involvement = claimsRun("The PKK denied any involvement in the attack on the army post in Ankara.") { f in
            f.entity("PKK", "ORG", "org.pkk")
            f.entity("Ankara", "LOC", "loc.ankara")
        }
        #expect(involvement.claims("claims_responsibility").first?.polarity == .negated)
        #expect(involvement.claims("attacked").allSatisfy { $0.polarity == .asserted })
    }

    @Test func theSubjectIsTheNameBeforeOfNotTheNameAfterIt() throws {
        let d = claimsRun("The Signed-in-Blood Battalion of Mokhtar Belmokhtar claimed responsibility for the attacks.") { f in
            f.entity("Signed-in-Blood Battalion", "ORG", "org.signed_in_blood_battalion")
            f.entity("Mokhtar Belmokhtar", "PER", "per.mokhtar_belmokhtar")
        }
        let claim = try #require(d.claims("claims_responsibility").first)
        #expect(claim.subject?.entity == "org.signed_in_blood_battalion")
        #expect(d.text(claim.subject?.span) == "Signed-in-Blood Battalion")
        // A name after "of" with no name before it is the subject still.
        let fighters = claimsRun("Fighters of AQIM claimed responsibility for the attacks.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
        }
        #expect(try #require(fighters.claims("claims_responsibility").first).subject?.entity == "org.aqim")
    }

    @Test func aClaimDeniedInAppositionIsTheReportsContent() throws {
        let d = claimsRun("The army said Hamaha was killed, a claim AQIM rejected on Friday.") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("AQIM", "ORG", "org.aqim")
        }
        let said = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(d.text(said.span) == "Hamaha was killed")
        // AQIM answers the army's words; it passed none of them on.
        #expect(said.chain.map { d.text($0.span) } == ["The army"])
        let rejected = try #require(d.quotes.first { d.text($0.cue) == "rejected" })
        #expect(d.text(rejected.span) == "Hamaha was killed")
        let killed = d.claims("killed")
        #expect(killed.count == 2)
        #expect(killed.contains { $0.polarity == .asserted && d.text($0.speaker?.span) == "The army" })
        #expect(killed.contains { $0.polarity == .negated && $0.speaker?.entity == "org.aqim" && $0.rule == "pred.killed+claim.denied_report" })
    }

    @Test func anAccusationRejectedInAppositionAfterAPreposedReportIsItsContent() throws {
        let d = claimsRun("Wagner mercenaries executed about 500 people in Moura, the UN said, an accusation the Malian government rejected.") { f in
            f.entity("Wagner", "ORG", "org.wagner_group")
            f.entity("Moura", "LOC", "loc.moura")
            f.entity("UN", "ORG", "org.un")
            f.entity("Malian government", "ORG", "org.malian_government")
        }
        let said = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(d.text(said.span) == "Wagner mercenaries executed about 500 people in Moura")
        #expect(said.chain.map(\.entity) == ["org.un"])
        let rejected = try #require(d.quotes.first { d.text($0.cue) == "rejected" })
        #expect(d.text(rejected.span) == "Wagner mercenaries executed about 500 people in Moura")
        #expect(rejected.speaker?.entity == "org.malian_government")
        #expect(d.claims("killed").contains { $0.polarity == .negated && $0.speaker?.entity == "org.malian_government" })
        // What the rejecting verb called it may follow ("as “propaganda”"); a relative clause in
        // which another confirms or denies it ends the content.
        let called = claimsRun("Al-Shabaab said its fighters had overrun the base, a claim the Somali government rejected as \"propaganda\". "
                               + "The army said it killed 20 militants, which the group has not confirmed.")
        #expect(called.quotes.map { called.text($0.span) } == ["its fighters had overrun the base", "its fighters had overrun the base", "it killed 20 militants"])
        #expect(called.quotes.map { called.text($0.cue) } == ["said", "rejected", "said"])
    }

    @Test func aClaimDeniedByAnotherInThePassiveAnswersTheReportBeforeIt() throws {
        let d = claimsRun("The Wagner Group said its fighters had taken full control of the town, a claim denied by Ukrainian officials. "
                          + "Hamas said 30 people had been killed in the strike, figures that could not be independently verified.") { f in
            f.entity("Wagner Group", "ORG", "org.wagner_group")
            f.entity("Hamas", "ORG", "org.hamas")
        }
        let said = try #require(d.quotes.first { d.text($0.cue) == "said" })
        #expect(said.chain.map(\.entity) == ["org.wagner_group"])
        let denied = try #require(d.quotes.first { d.text($0.cue) == "denied" })
        #expect(d.text(denied.span) == "its fighters had taken full control of the town")
        #expect(d.text(denied.speaker?.span) == "Ukrainian officials")
        #expect(d.claims("controls").contains { $0.polarity == .negated && d.text($0.speaker?.span) == "Ukrainian officials" })
        #expect(d.quotes.contains { d.text($0.span) == "30 people had been killed in the strike" })
        // The organisation's noun after a demonym and a modifier is part of who denied it.
        let ministry = claimsRun("The Taliban said they had captured Arghandab, a claim denied by the Afghan defence ministry.")
        #expect(ministry.quotes.map { ministry.text($0.speaker?.span) }.last == "the Afghan defence ministry")
    }

    @Test func aClaimAnotherHasNotConfirmedIsStillTheReportersClaim() throws {
        // The clause of the claim as subject after "but", and the apposition, answer the report;
        // they frame nothing else, so the army's claim stands beside the unconfirmed one.
        for text in ["The Chadian army said its troops had killed Mokhtar Belmokhtar, but the claim has not been confirmed by France.",
                     "The Chadian army said its troops had killed Mokhtar Belmokhtar, a claim France has not confirmed."] {
            let d = claimsRun(text) { f in
                f.entity("Chadian army", "ORG", "org.chadian_army")
                f.entity("Mokhtar Belmokhtar", "PER", "per.mokhtar_belmokhtar")
                f.entity("France", "LOC", "loc.france")
            }
            #expect(d.claims("killed").map(\.polarity) == [.asserted], "\(text)")
            #expect(d.claims("killed").first?.speaker?.entity == "org.chadian_army", "\(text)")
            #expect(d.claims("confirms").contains { $0.polarity == .negated && $0.speaker?.entity == "loc.france" }, "\(text)")
        }
        let denied = claimsRun("The army said its troops had killed Belmokhtar, but the claim was denied by the group.")
        #expect(denied.claims("killed").map(\.polarity) == [.asserted, .negated])
        // Its own words framed by a negated confirmation are no fact.
        #expect(claimsRun("France did not confirm that its troops had killed Mokhtar Belmokhtar.").claims("killed").isEmpty)
    }

    @Test func aClauseAboutAnothersWordsEndsTheDenial() throws {
        let d = claimsRun("Mauritania denied on Monday that its troops had crossed into Mali, after Malian officials accused them of killing civilians.") { f in
            f.entity("Mauritania", "LOC", "loc.mauritania")
            f.entity("Mali", "LOC", "loc.mali")
        }
        let denied = try #require(d.quotes.first { d.text($0.cue) == "denied" })
        #expect(d.text(denied.span) == "that its troops had crossed into Mali")
        let accused = try #require(d.quotes.first { d.text($0.cue) == "accused" })
        #expect(d.text(accused.speaker?.span) == "Malian officials")
        #expect(accused.chain.count == 1)
        // Mauritania denied crossing, not the killing it was accused of.
        #expect(!d.claims("killed").contains { $0.polarity == .negated })
    }

    @Test func aDeniedClaimOfAnotherKeepsItsOwnPolarity() throws {
        let d = claimsRun("The army denied a claim by AQIM that Hamaha was killed.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        let killed = d.claims("killed")
        #expect(killed.count == 2)
        #expect(killed.contains { $0.polarity == .asserted && $0.speaker?.entity == "org.aqim" })
        #expect(killed.contains { $0.polarity == .negated && d.text($0.speaker?.span) == "The army" && $0.rule == "pred.killed+claim.denied_report" })
    }

    @Test func claimsThatASpeakerCallsFalseAreTheClaimantsAndTheSpeakerDeniesThem() throws {
        // The noun of speech may follow the reporting verb, a name, or open the quoted words; its
        // source may follow it with "of" or "by". The verdict is the speaker's, not the claimant's.
        for text in ["CENTCOM said claims by AQIM that Hamaha was killed are false.",
                     "CENTCOM said AQIM claims that Hamaha was killed are false.",
                     "“Claims by AQIM that Hamaha was killed are false,” CENTCOM said.",
                     "“The claims of AQIM that Hamaha was killed are false,” CENTCOM said."] {
            let d = claimsRun(text) { f in
                f.entity("CENTCOM", "ORG", "org.centcom")
                f.entity("AQIM", "ORG", "org.aqim")
                f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            }
            let killed = d.claims("killed")
            #expect(killed.count == 2, "\(text)")
            #expect(killed.contains { $0.polarity == .asserted && $0.speaker?.entity == "org.aqim" }, "\(text)")
            #expect(killed.contains { $0.polarity == .negated && $0.speaker?.entity == "org.centcom" && $0.rule == "pred.killed+claim.denied_report" }, "\(text)")
        }
        // A report by the speaker that something is false is the speaker's own.
        let d = claimsRun("CENTCOM said that reports of the raid are false.") { f in f.entity("CENTCOM", "ORG", "org.centcom") }
        #expect(d.text(d.quotes.first?.span) == "that reports of the raid are false")
    }

    @Test func deniedReportsAreAReportInsideTheDenial() throws {
        let d = claimsRun("AQIM denied reports that Droukdel had been killed.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Droukdel", "PER", "per.abdelmalek_droukdel")
        }
        let denial = try #require(d.quotes.first { d.text($0.cue) == "denied" })
        #expect(d.text(denial.span) == "reports that Droukdel had been killed")
        let killed = d.claims("killed")
        #expect(killed.contains { $0.polarity == .asserted && $0.speaker == nil && $0.subject?.entity == "per.abdelmalek_droukdel" })
        #expect(killed.contains { $0.polarity == .negated && $0.speaker?.entity == "org.aqim" })
    }

    @Test func reportsNamedByNoOneTakeNoEarlierSpeaker() throws {
        let d = claimsRun("Mujahid said 20 police were killed. Shekau denied reports that he had been killed by the army.") { f in
            f.entity("Mujahid", "PER", "per.zabihullah_mujahid")
            f.entity("Shekau", "PER", "per.abubakar_shekau")
        }
        let reports = try #require(d.quotes.first { d.text($0.cue) == "reports" })
        #expect(reports.speaker == nil)
        // Mujahid said nothing of Shekau: his one claim is the police killed.
        let mujahid = d.claims.filter { $0.speaker?.entity == "per.zabihullah_mujahid" }
        #expect(mujahid.count == 1)
        #expect(mujahid.first.map { d.text($0.evidence) } == "20 police were killed")
        #expect(d.claims("killed").contains { $0.polarity == .negated && $0.speaker?.entity == "per.abubakar_shekau" })
        // Reports of no one announce nothing of their own.
        #expect(!d.claims.contains { $0.predicate == "announces" })
    }

    @Test func aColonBeforeAQuoteEndsTheDenialAndTheQuoteIsTheDeniers() throws {
        let text = "JNIM said it lost four fighters. It also rejected reports that civilians were killed in nearby villages: "
            + "\"the mujahideen did not touch any civilian\", the statement reads."
        let d = claimsRun(text) { f in
            f.entity("JNIM", "ORG", "org.jnim")
        }
        let rejected = try #require(d.quotes.first { d.text($0.cue) == "also rejected" })
        #expect(d.text(rejected.span) == "reports that civilians were killed in nearby villages")
        let quoted = try #require(d.quotes.first { $0.direct })
        #expect(d.text(quoted.span) == "\"the mujahideen did not touch any civilian\"")
        #expect(quoted.speaker?.entity == "org.jnim")
        #expect(quoted.speakerRule == "speaker.report_colon")
        // Single marks too; "as X claimed" inside the denial does not take the quote.
        let douentza = claimsRun("He also denied that MUJAO had withdrawn from Douentza, as some Malian officers claimed last week: 'Douentza is ours, we never left it.'") { f in
            f.entity("MUJAO", "ORG", "org.mujao")
            f.entity("Douentza", "LOC", "loc.douentza")
        }
        let denied = try #require(douentza.quotes.first { douentza.text($0.cue) == "also denied" })
        #expect(douentza.text(denied.span) == "that MUJAO had withdrawn from Douentza, as some Malian officers claimed last week")
        let ours = try #require(douentza.quotes.first { $0.direct })
        #expect(douentza.text(ours.speaker?.span) == "He")
    }

    @Test func reportedContentDoesNotRunIntoASentenceOfAnotherScript() throws {
        let text = "Fighters say they have captured key areas in eastern Afghanistan.  عمر ولد حماها, the emir of AQIM, confirmed AFP: "
            + "\"Abdullah ben Zeid was not killed by the French.\""
        let d = claimsRun(text) { f in
            f.entity("عمر ولد حماها", "PER", "per.omar_ould_hamaha")
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("AFP", "ORG", "org.afp")
        }
        let say = try #require(d.quotes.first { d.text($0.cue) == "say" })
        #expect(d.text(say.span) == "they have captured key areas in eastern Afghanistan")
        let quoted = try #require(d.quotes.first { $0.direct })
        #expect(quoted.speaker?.entity == "per.omar_ould_hamaha")
        #expect(quoted.chain.map(\.entity) == ["per.omar_ould_hamaha", "org.afp"])
    }

    @Test func aDenialContraryToASourceGivesThatSourcesClaim() throws {
        let d = claimsRun("The spokesman said: \"Hamaha was not killed, contrary to statements by Le Drian.\"") { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("Le Drian", "PER", "per.jean_yves_le_drian")
        }
        let claims = d.claims("killed")
        let own = try #require(claims.first { $0.speaker?.entity == "per.jean_yves_le_drian" })
        #expect(own.polarity == .asserted)
        #expect(own.subject?.entity == "per.omar_ould_hamaha")
        #expect(own.rule == "pred.killed+claim.stance_source")
        #expect(claims.contains { $0.polarity == .negated && d.text($0.speaker?.span) == "The spokesman" })
        // An assertion contrary to a source says nothing of what that source claimed.
        let strikes = claimsRun("The group said the French bombed Gao, contrary to Paris.") { f in
            f.entity("Gao", "LOC", "loc.gao")
            f.entity("Paris", "LOC", "loc.paris")
        }
        #expect(strikes.claims("attacked").contains { !$0.stance.isEmpty })
        #expect(!strikes.claims.contains { $0.rule.hasSuffix("stance_source") })
        // The clause's subject after the phrase's comma is no source; a list of sources goes on.
        for (text, sources) in [("Contrary to the claims of Le Drian, our emir Hamaha is alive.", ["per.jean_yves_le_drian"]),
                                ("Contrary to statements by Le Drian, AQIM and Paris, Hamaha is alive.", ["per.jean_yves_le_drian", "org.aqim", "loc.paris"])] {
            let d = claimsRun(text) { f in
                f.entity("Le Drian", "PER", "per.jean_yves_le_drian")
                f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
                if text.contains("AQIM") { f.entity("AQIM", "ORG", "org.aqim"); f.entity("Paris", "LOC", "loc.paris") }
            }
            #expect(d.claims("alive").first?.stance.map(\.source.entity) == sources, "\(text)")
        }
    }

    @Test func aDenialAfterContraryToIsAboutTheContradictedWords() throws {
        let d = claimsRun("Ag Ghaly is in good health, contrary to rumours that he had been wounded in an air strike.") { f in
            f.entity("Ag Ghaly", "PER", "per.iyad_ag_ghaly")
        }
        #expect(try #require(d.claims("alive").first).polarity == .asserted)
        #expect(try #require(d.claims("wounded").first).polarity == .negated)
        // The rumours name no source of their own: "he" is what they are about.
        #expect(d.claims.allSatisfy { $0.stance.isEmpty })
    }

    @Test func aNegatedReportingVerbNeitherAssertsNorDenies() throws {
        // "did not comment on reports of his death": the comment is negated, not the death.
        let silent = claimsRun("JNIM did not comment on the reports of his death.", source: "org.afp") { f in
            f.entity("JNIM", "ORG", "org.jnim")
        }
        #expect(silent.claims("killed").isEmpty)
        let unnamed = claimsRun("The army has not said who was behind the killings of the soldiers.", source: "org.afp")
        #expect(unnamed.claims.isEmpty)
        // A negator of the event itself still negates it.
        let denied = claimsRun("The army said Hamaha was not killed.") { f in f.entity("Hamaha", "PER", "per.omar_ould_hamaha") }
        #expect(try #require(denied.claims("killed").first).polarity == .negated)
        // "no truth to reports of his death" is a denial.
        let untrue = claimsRun("The army said there was no truth to reports of his death.")
        #expect(try #require(untrue.claims("killed").first).polarity == .negated)
    }

    @Test func aRelativeClauseAfterTheNegatedOneIsAsserted() throws {
        let d = claimsRun("Sharon said Arafat had not stopped the militants, who killed two dozen Israelis at the weekend.") { f in
            f.entity("Sharon", "PER", "per.ariel_sharon")
            f.entity("Arafat", "PER", "per.yasser_arafat")
        }
        #expect(try #require(d.claims("killed").first).polarity == .asserted)
        // "whose death": the name before the relative's comma is what it is about.
        let note = claimsRun("The statement does not mention Mokhtar Belmokhtar, whose death was also announced by Chad in March.") { f in
            f.entity("Mokhtar Belmokhtar", "PER", "per.mokhtar_belmokhtar")
            f.entity("Chad", "LOC", "loc.chad")
        }
        let death = try #require(note.claims("killed").first)
        #expect(death.polarity == .asserted)
        #expect(death.subject?.entity == "per.mokhtar_belmokhtar")
        #expect(death.speaker?.entity == "loc.chad")
    }

    @Test func notAmongThoseKilledDeniesTheNamesDeath() throws {
        let d = claimsRun("A security source said Iyad Ag Ghaly was not among those killed.") { f in
            f.entity("Iyad Ag Ghaly", "PER", "per.iyad_ag_ghaly")
        }
        let killed = try #require(d.claims("killed").first)
        #expect(killed.polarity == .negated)
        #expect(killed.subject?.entity == "per.iyad_ag_ghaly")
        #expect(killed.rule == "pred.killed_state+claim.attributed")
    }

    @Test func aDeathNotConfirmedIsNeitherAssertedNorDenied() throws {
        let d = claimsRun("My two cents: a death announced by N'Djamena is not a death confirmed.") { f in
            f.entity("N'Djamena", "LOC", "loc.ndjamena")
        }
        #expect(!d.claims("killed").contains { $0.polarity == .negated })
        // What N'Djamena announced is the death before "announced by", not the whole sentence.
        let announced = try #require(d.claims("killed").first)
        #expect(announced.speaker?.entity == "loc.ndjamena")
        #expect(claimsRun("This is not a death confirmed.", source: "org.afp").claims.isEmpty)
    }
}
