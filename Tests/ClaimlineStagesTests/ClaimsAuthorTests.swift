import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// The document's author: the organisation issuing a communiqué, else the declared source
/// resolved to a canonical entity; headlines hold no claims and no quotes.
@Suite("Claims: the document's author and headline")
struct ClaimsAuthorTests {
    @Test func declaredSourceResolvesThroughTheEntityTables() {
        let names = EntitiesFixtures.entitiesPlan.metadataNames
        let entries = EntitiesFixtures.entitiesPlan.entries
        #expect(names.entry("Sahara Medias (English translation posted on a forum)").map { entries[Int($0)].id } == "org.sahara_medias")
        #expect(names.entry("Reuters").map { entries[Int($0)].id } == "org.reuters")
        #expect(names.entry("AFP, Bamako bureau").map { entries[Int($0)].id } == "org.afp")
        #expect(names.entry("Reuters news report").map { entries[Int($0)].id } == "org.reuters")
        #expect(names.entry("Reuters Africa") == nil)
        #expect(names.entry("a small monitoring blog") == nil)
    }

    @Test func sourceEntityIsTheSpeakerOfPlainAssertions() throws {
        let d = claimsRun("Gunmen killed the mayor of Ansongo in an ambush on Tuesday.", source: "AFP (wire copy)") { f in
            f.document.sourceEntity = "org.afp"
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.entity == "org.afp")
        #expect(c.speaker?.span == ScalarSpan(0, 0))
    }

    @Test func unknownSourceSpeaksForNoClaim() throws {
        let d = claimsRun("Gunmen killed the mayor of Ansongo in an ambush on Tuesday.", source: "Desert Monitor (news summary)")
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker == nil)
        #expect(c.chain.first?.name == "Desert Monitor (news summary)")
    }

    @Test func organisationThatInformsIsTheAuthor() throws {
        let text = "The Chadian Army informs the public that its units destroyed a rebel column near Faya.\n\nTwelve rebels were killed."
        let d = claimsRun(text, source: "Sahel Notes (blog)") { f in
            f.entity("Chadian Army", "ORG", "org.chadian_army")
            f.entity("Faya", "LOC", "loc.faya")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.entity == "org.chadian_army")
        #expect(d.text(c.speaker?.span) == "Chadian Army")
        #expect(c.chain.last?.role == "publisher")
    }

    @Test func aCommuniquéQuotedInAReportIsNotTheReportsAuthor() throws {
        // Its issuing verb is inside quote marks; the headline names a communiqué that says
        // something. The report's own sentence after the quote is nobody's claim.
        let text = "Mali: army communiqué says dozens of terrorists neutralised; JNIM claims ambush\n\n"
            + "BAMAKO, 22 October — The communiqué stated:\n\n"
            + "\"The General Staff of the Armed Forces informs national opinion that FAMa units repelled an attack.\"\n\n"
            + "The military government, which seized power in 2020, expelled French troops. Gunmen killed the mayor of Ansongo in an ambush."
        let d = claimsRun(text, source: "Desert Monitor (news summary)") { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("General Staff of the Armed Forces", "ORG", nil)
            f.entity("Ansongo", "LOC", "loc.ansongo")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker == nil)
        #expect(!c.chain.contains { $0.entity == "org.jnim" || $0.name == "General Staff of the Armed Forces" })
        // The headline alone issues nothing either.
        let e = claimsRun("Mali: army communiqué says dozens of terrorists neutralised; JNIM claims ambush\n\n"
                          + "Gunmen killed the mayor of Ansongo in an ambush.", source: "Desert Monitor (news summary)") { f in
            f.entity("JNIM", "ORG", "org.jnim")
            f.entity("Ansongo", "LOC", "loc.ansongo")
        }
        #expect(e.claims("killed").first?.speaker == nil)
    }

    @Test func unknownIssuerFallsBackToTheSource() throws {
        let text = "Press release - Operation Sabre: update\n\nThe Ministry informs that aircraft struck a depot of the group near Menaka."
        let d = claimsRun(text, source: "org.french_defence_ministry") { f in
            f.entity("Operation Sabre", "ORG", "org.french_army")
            f.entity("Menaka", "LOC", "loc.menaka")
        }
        let c = try #require(d.claims("attacked").first)
        #expect(c.speaker?.entity == "org.french_defence_ministry")
    }

    @Test func anIssuerNoTableListsIsTheAuthorWhenNoKnownSourceIsDeclared() throws {
        let text = "The General Staff of the Armed Forces informs the public that a unit was attacked near Boni. "
            + "The riposte made it possible to neutralize 17 terrorists. On the friendly side, we deplore 4 dead."
        let d = claimsRun(text, source: "a forum post") { f in
            f.entity("General Staff of the Armed Forces", "ORG", nil)
            f.entity("Boni", "LOC", "loc.boni")
        }
        let dead = try #require(d.claims("killed").first)
        #expect(d.text(dead.speaker?.span) == "General Staff of the Armed Forces")
        #expect(dead.speaker?.entity == nil)
        #expect(dead.chain.first?.role == "author")
    }

    @Test func anIssuerBelowALetterheadOfSeveralLinesIsTheAuthor() throws {
        // Six lines of letterhead, number and place and date before the issuing sentence.
        let text = "REPUBLIC OF MALI\nOne People – One Goal – One Faith\n\nMINISTRY OF DEFENCE AND VETERANS AFFAIRS\n"
            + "GENERAL STAFF OF THE ARMED FORCES\n\nCOMMUNIQUÉ No. 031/EMGA-DIRPA\n\nBamako, 14/03/2020\n\n"
            + "The General Staff of the Armed Forces informs the public that the post at Tarkint was attacked.\n\n"
            + "1. Friendly side: 6 soldiers killed, 9 wounded."
        let d = claimsRun(text) { f in
            f.entity("General Staff of the Armed Forces", "ORG", nil, 1)
        }
        let killed = try #require(d.claims("killed").first)
        #expect(d.text(killed.speaker?.span) == "General Staff of the Armed Forces")
        #expect(killed.chain.first?.role == "author")
    }

    @Test func anIssuerNoTableListsIsTheAuthorOfACommuniqueAnOutletPublished() throws {
        let text = "COMMUNIQUÉ N°0047\n\nThe General Staff of the Armies informs the public that units carried out an operation near Boni. "
            + "Eleven terrorists were neutralised."
        func run(_ kind: String) -> Document {
            claimsRun(text, source: "Maliweb") { f in
                f.entity("General Staff of the Armies", "ORG", nil)
                f.entity("Boni", "LOC", "loc.boni")
                f.document.sourceEntity = "org.maliweb"
                f.document.sourceKind = kind
            }
        }
        let published = run("media")
        let killed = try #require(published.claims("killed").first)
        #expect(published.text(killed.speaker?.span) == "General Staff of the Armies")
        #expect(killed.chain.last?.entity == "org.maliweb")
        // A known source that is no outlet still names the issuer better.
        let ministry = run("ministry")
        #expect(try #require(ministry.claims("killed").first).speaker?.entity == "org.maliweb")
    }

    @Test func aReportCalledALieIsDeniedByWhoeverCallsItSo() throws {
        let text = "Statement from the Islamic State West Africa Province\n\nThe crusader media claimed that the mujahideen had withdrawn from the area, and this is a lie."
        let d = claimsRun(text) { f in
            f.entity("Islamic State West Africa Province", "ORG", "org.iswap")
        }
        let claimed = try #require(d.quotes.first)
        #expect(d.text(claimed.span) == "that the mujahideen had withdrawn from the area")
        let withdrew = d.claims("withdrew")
        #expect(withdrew.contains { $0.polarity == .asserted && d.text($0.speaker?.span) == "The crusader media" })
        #expect(withdrew.contains { $0.polarity == .negated && $0.speaker?.entity == "org.iswap" && $0.rule == "pred.withdrew+claim.denied_report" })
        // Inside another's report, that speaker calls it false.
        let reported = claimsRun("AQIM said the army claimed it had killed Hamaha, which is pure propaganda.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        #expect(reported.claims("killed").contains { $0.polarity == .negated && $0.speaker?.entity == "org.aqim" })
        // After a dash, an adverb between: "– this too is false".
        let dashed = claimsRun("Statement of AQIM\n\nThe Chadian army claimed that it killed Belmokhtar – this too is false.") { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Belmokhtar", "PER", "per.mokhtar_belmokhtar")
        }
        #expect(dashed.quotes.map { dashed.text($0.span) } == ["that it killed Belmokhtar"])
        #expect(dashed.claims("killed").contains { $0.polarity == .negated && $0.speaker?.entity == "org.aqim" })
    }

    @Test func butTheseAreLiesCallsTheReportFalse() throws {
        func run(_ body: String) -> Document {
            claimsRun("Statement of AQIM\n\n" + body) { f in
                f.entity("AQIM", "ORG", "org.aqim")
                f.entity("Malian army", "ORG", "org.malian_army")
                f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            }
        }
        let d = run("The so-called Malian army claims it has killed Hamaha, but these are lies.")
        #expect(d.claims("killed").contains { $0.polarity == .negated && $0.speaker?.entity == "org.aqim"
            && $0.stance.first?.source.entity == "org.malian_army" })
        // "but" and another verb is no verdict on the report.
        #expect(!run("The Malian army claims it has killed Hamaha, but these soldiers fled.").claims("killed").contains { $0.polarity == .negated })
    }

    @Test func aVerdictOpeningTheNextSentenceDeniesTheReport() throws {
        func run(_ text: String) -> Document {
            claimsRun(text) { f in
                if text.contains("French") { f.entity("French", "ORG", "org.french_army") }
                f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
                if text.contains("AQIM") { f.entity("AQIM", "ORG", "org.aqim") }
            }
        }
        for (text, denier) in [("The French claimed that they killed Hamaha. \"These are lies,\" the spokesman said.", "the spokesman"),
                               ("Statement of AQIM: The crusaders claim they killed our brother Hamaha. These are lies.", "AQIM"),
                               ("The French said they killed Hamaha. The claims are baseless, AQIM said.", "AQIM")] {
            let d = run(text)
            #expect(d.claims("killed").contains { $0.polarity == .negated && d.text($0.speaker?.span) == denier
                && $0.rule == "pred.killed+claim.denied_report" }, "\(text)")
        }
        // Another sentence, or a verdict after a denial, denies nothing.
        for text in ["The French said they killed Hamaha. This is good news for Mali.",
                     "AQIM said Hamaha was not killed. These are lies, the spokesman said."] {
            #expect(!run(text).claims("killed").contains { $0.rule == "pred.killed+claim.denied_report" }, "\(text)")
        }
    }

    @Test func aDenialInTheNextSentenceDeniesTheReport() throws {
        for (text, denier) in [("The French claimed that they killed Hamaha. AQIM denied the claim.", "org.aqim"),
                               ("The French claimed that they killed Hamaha. AQIM denied it, saying he was alive.", "org.aqim"),
                               ("The French claimed that they killed Hamaha. AQIM denied these reports on Monday.", "org.aqim"),
                               // In the clause after "but" that ends the report's sentence.
                               ("The French claimed to have killed Hamaha, but AQIM denied it.", "org.aqim"),
                               ("The French said they had killed Hamaha, which AQIM denied.", "org.aqim")] {
            let d = claimsRun(text) { f in
                f.entity("French", "ORG", "org.french_army")
                f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
                f.entity("AQIM", "ORG", "org.aqim")
                if text.contains("Monday") { f.date("Monday", "2013-03-11") }
            }
            let killed = d.claims("killed")
            #expect(killed.contains { $0.speaker?.entity == "org.french_army" && $0.polarity == .asserted }, "\(text)")
            #expect(killed.contains { $0.speaker?.entity == denier && $0.polarity == .negated && $0.rule == "pred.killed+claim.denied_report"
                && $0.stance.first?.source.entity == "org.french_army" && $0.chain.map(\.role) == ["speaker"] }, "\(text)")
        }
        // The report named by what carried it: "dismissed the video as fake".
        let video = claimsRun("ISWAP said it had killed Hamaha, in a video released on Telegram. The Nigerian army dismissed the video as fake.") { f in
            f.entity("ISWAP", "ORG", "org.iswap")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("Nigerian army", "ORG", "org.nigerian_army")
        }
        #expect(video.claims("killed").contains { $0.speaker?.entity == "org.nigerian_army" && $0.polarity == .negated })
        // A denial of something else is none of the report ("AQIM denied any involvement").
        let other = claimsRun("The French claimed that they killed Hamaha. AQIM denied any role in the kidnapping.") { f in
            f.entity("French", "ORG", "org.french_army")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("AQIM", "ORG", "org.aqim")
        }
        #expect(!other.claims("killed").contains { $0.polarity == .negated })
    }

    @Test func aNounsClauseEndsBeforeTheVerdictOnIt() throws {
        let text = "Statement of AQIM\n\nThe claims of the Malian army that Hamaha was killed are lies. Reports that Belmokhtar was captured are false."
        let d = claimsRun(text) { f in
            f.entity("AQIM", "ORG", "org.aqim")
            f.entity("Malian army", "ORG", "org.malian_army")
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
            f.entity("Belmokhtar", "PER", "per.mokhtar_belmokhtar")
        }
        #expect(d.quotes.map { d.text($0.span) } == ["that Hamaha was killed", "that Belmokhtar was captured"])
        // The reports named by no one take no earlier speaker.
        #expect(d.quotes.map { $0.speaker?.entity } == ["org.malian_army", nil])
        let killed = d.claims("killed")
        #expect(killed.contains { $0.polarity == .asserted && $0.speaker?.entity == "org.malian_army" })
        #expect(killed.contains { $0.polarity == .negated && $0.speaker?.entity == "org.aqim" })
        #expect(d.claims("captured").contains { $0.polarity == .negated && $0.speaker?.entity == "org.aqim" })
    }

    @Test func aReportingNounsClauseEndsBeforeTheSentencesVerb() throws {
        // The clause after "claim that" has its verb; the next finite verb, with no clause
        // opened for it, is the sentence's own and no part of what was claimed.
        let text = "The army's claim that Hamaha was killed was premature. The ministry's claim that 40 militants who were holding the base have been killed could not be verified. The group's claim that it would act again if we have evidence he is alive was ignored."
        let d = claimsRun(text) { f in
            f.entity("Hamaha", "PER", "per.omar_ould_hamaha")
        }
        d.checkSpans()
        #expect(d.quotes.map { d.text($0.span) } == [
            "that Hamaha was killed", "that 40 militants who were holding the base have been killed",
            "that it would act again if we have evidence he is alive",
        ])
    }

    @Test func aVerbThatAddressesSomeoneReportsTheClauseAfterThat() throws {
        let d = claimsRun("The army warned the population that the situation was dangerous. He said the people that he met were calm.")
        #expect(d.quotes.map { d.text($0.span) } == ["that the situation was dangerous", "the people that he met were calm"])
        // A longer object, and a phrase of time before the clause's subject.
        for text in ["The group warned the national and international community that its fighters would strike again.",
                     "The group reminded the Malian and French governments that its fighters had killed Hamaha.",
                     "The group warned the French people that on Friday its fighters would strike."] {
            let e = claimsRun(text) { f in if text.contains("Hamaha") { f.entity("Hamaha", "PER", "per.omar_ould_hamaha") } }
            #expect(e.quotes.map { e.text($0.span)!.hasPrefix("that ") } == [true], "\(text)")
        }
    }

    @Test func communiqueTitleNamesTheAuthor() throws {
        let text = "[Statement] Ansar Dine: on the battle of Konna\n\nOur fighters attacked the apostate army in Konna and killed dozens of soldiers."
        let d = claimsRun(text, source: "a forum post") { f in
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
            f.entity("Konna", "LOC", "loc.konna")
        }
        let c = try #require(d.claims("attacked").first)
        #expect(c.speaker?.entity == "org.ansar_dine")
    }

    @Test func aNoteInBracketsAboveTheLetterheadIsPassedOver() throws {
        let text = "[Translated from Arabic]\n\nJama'at Nusrat al-Islam wal-Muslimin\n\n"
            + "A detachment of the mujahideen captured two nationals of the crusader countries near Menaka."
        let d = claimsRun(text) { f in
            f.entity("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "org.jnim")
            f.entity("Menaka", "LOC", "loc.menaka")
        }
        #expect(try #require(d.claims("captured").first).speaker?.entity == "org.jnim")
    }

    @Test func aLetterheadOfTheOrganisationAndItsOfficeNamesTheAuthor() throws {
        let text = "Harakat al-Shabaab al-Mujahideen – Office of Military Affairs\n"
            + "Statement concerning the blessed raid on the crusader base in Golweyn, Lower Shabelle\n\nThe mujahideen fought inside the base for two hours, killing 39 of the crusaders."
        let d = claimsRun(text) { f in
            f.entity("Harakat al-Shabaab al-Mujahideen", "ORG", "org.al_shabaab")
            f.entity("Golweyn", "LOC", "loc.golweyn")
        }
        #expect(try #require(d.claims("killed").first).speaker?.entity == "org.al_shabaab")
        // Or its branch's name, another organisation's.
        let branch = claimsRun("Al-Qaeda in the Arabian Peninsula – Ansar al-Sharia\nWilayat Shabwa\n"
                               + "Statement No. 41 concerning the battles of al-Musaynaa and the lies of the occupiers' media\n\n"
                               + "The mujahideen ambushed a convoy, killing those inside.") { f in
            f.entity("Al-Qaeda in the Arabian Peninsula", "ORG", "org.aqap")
            f.entity("Ansar al-Sharia", "ORG", "org.ansar_al_sharia")
        }
        #expect(try #require(branch.claims("killed").first).speaker?.entity == "org.aqap")
    }

    @Test func aShortLineNamingAStatementUnderTheOrganisationsNameTitlesIt() throws {
        let text = "In the name of Allah, the Most Gracious, the Most Merciful.\n\nAl-Shabaab Mujahideen Movement\nMilitary Statement\n\n"
            + "The mujahideen killed dozens of Kenyan soldiers in a raid on Kolbio. The raid began with a martyrdom operation."
        let d = claimsRun(text) { f in
            f.entity("Al-Shabaab", "ORG", "org.al_shabaab")
            f.entity("Kolbio", "LOC", "loc.kolbio")
        }
        #expect(d.claims("killed").map { $0.speaker?.entity } == ["org.al_shabaab"])
        // A martyrdom operation is an attack, no one's death.
        #expect(d.claims("attacked").map { $0.speaker?.entity } == ["org.al_shabaab", "org.al_shabaab"])
        #expect(d.claims("attacked").map(\.rule).allSatisfy { $0 == "pred.attacked_noun+claim.assertion" })
    }

    @Test func leadSentenceNamingAStatementIsNoTitle() throws {
        let text = "Boko Haram leader Abubakar Shekau said in a video released on Sunday that he was alive.\n\n"
            + "Islamic State claimed responsibility for the attack in a statement posted online."
        let d = claimsRun(text) { f in
            f.entity("Boko Haram", "ORG", "org.boko_haram")
            f.entity("Abubakar Shekau", "PER", "per.abubakar_shekau")
            f.entity("Islamic State", "ORG", "org.islamic_state")
        }
        let c = try #require(d.claims("claims_responsibility").first)
        #expect(c.speaker?.entity == "org.islamic_state")
        #expect(!c.chain.contains { $0.entity == "org.boko_haram" })
    }

    @Test func headlineHoldsNoClaimOrQuote() {
        let text = "Army says \"we killed the emir\" of the group in Gao\n\nThe army announced on Monday that its planes had struck a convoy."
        let d = claimsRun(text) { f in f.entity("Gao", "LOC", "loc.gao") }
        #expect(d.claims.allSatisfy { $0.evidence.start > 50 })
        #expect(d.quotes.allSatisfy { $0.span.start > 50 })
    }

    @Test func firstLineEndingAsASentenceIsNoHeadline() throws {
        let d = claimsRun("Soldiers killed the commander Abu Talha near Gao.\nThe army gave no figures.") { f in
            f.entity("Abu Talha", "PER", "per.abu_talha")
        }
        #expect(d.claims("killed").count == 1)
    }
}

/// Claims that should not exist: background nouns in a reporter's voice, empty cue contents.
@Suite("Claims: what is not a claim")
struct ClaimsNotAClaimTests {
    @Test func backgroundNounInAReportIsNoClaim() {
        let text = "Kidal has been calm since the attack on the governor's office in May. Traders reopened the market."
        let d = claimsRun(text, source: "org.reuters") { f in f.entity("Kidal", "LOC", "loc.kidal") }
        #expect(d.claims("attacked").isEmpty)
    }

    @Test func nounInACommuniqueIsItsClaim() throws {
        let text = "The Ansar Dine movement informs the Muslim nation of the martyrdom of the commander Abu Talha al-Tarki in Gao."
        let d = claimsRun(text) { f in
            f.entity("Ansar Dine", "ORG", "org.ansar_dine")
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
            f.entity("Gao", "LOC", "loc.gao")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.entity == "org.ansar_dine")
        #expect(c.subject?.entity == "per.abu_talha_al_tarki")
    }

    @Test func denialOfNothingNamedIsNoClaim() {
        let d = claimsRun("The army spokesman denied that account.") { f in f.entity("army", "ORG", "org.malian_army") }
        #expect(d.claims("denies").isEmpty)
    }

    @Test func thatAsADeterminerReportsNothing() {
        let d = claimsRun("Somali officials rejected that account.")
        #expect(d.quotes.isEmpty)
    }

    @Test func thatClauseOfTwoWordsIsReported() throws {
        let d = claimsRun("The governor of Gao said that it was false.")
        let q = try #require(d.quotes.first)
        #expect(d.text(q.span) == "that it was false")
    }
}

/// Bylines in the header name the author of a blog post or a report.
@Suite("Claims: bylines")
struct ClaimsBylineTests {
    @Test func personByline() throws {
        let text = "Notes on the Gao raid\n\nPosted on 3 May 2016 by Karim Ouedraogo\n\nSoldiers killed the commander Abu Talha al-Tarki near Gao on Friday."
        let d = claimsRun(text, source: "Sahel Jottings (blog)") { f in
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.entity == nil)
        #expect(c.speaker?.name == "Karim Ouedraogo")
        #expect(d.text(c.speaker?.span) == "Karim Ouedraogo")
    }

    @Test func teamBylineNamesTheAuthor() throws {
        let text = "Gao raid\n\nby the Sahel Ledger team | 3 May 2016\n\nSoldiers killed the commander Abu Talha al-Tarki near Gao on Friday."
        let d = claimsRun(text, source: "wire copy") { f in
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.name == "Sahel Ledger")
    }

    @Test func lowerCaseHandleNamesNoOne() throws {
        let text = "Gao raid\n\nPosted by deskeditor on 3 May 2016\n\nSoldiers killed the commander Abu Talha al-Tarki near Gao on Friday."
        let d = claimsRun(text, source: "Sahel Jottings (blog)") { f in
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker == nil)
    }

    @Test func placeInsideTheBylineNameIsNotTheAuthor() throws {
        let text = "Gao raid\n\nBy Sahel Ledger - 3 May 2016\n\nSoldiers killed the commander Abu Talha al-Tarki near Gao on Friday."
        let d = claimsRun(text, source: "Sahel Ledger") { f in
            f.entity("Sahel", "LOC", "loc.sahel")
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.entity == nil)
        #expect(d.text(c.speaker?.span) == "Sahel Ledger")
    }

    @Test func byAfterAVerbOrNounIsNoByline() throws {
        for text in ["The attack was claimed by the Islamic State.\n\nSoldiers killed the commander Abu Talha al-Tarki near Gao.",
                     "Notes on Gao\n\nA statement by the Islamic State described it.\n\nSoldiers killed the commander Abu Talha al-Tarki near Gao."] {
            let d = claimsRun(text, source: "wire copy") { f in
                f.entity("Islamic State", "ORG", "org.islamic_state")
                f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
            }
            #expect(d.claims("killed").first?.speaker?.entity != "org.islamic_state", "\(text)")
        }
        // In a headline, a word for statements before "by" names whose they are.
        let headline = claimsRun("Tessalit: new claims by the Islamic State\n\nSoldiers killed the commander Abu Talha al-Tarki near Gao.") { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        #expect(headline.claims("killed").first?.speaker?.entity == "org.islamic_state")
    }

    @Test func byInASentenceIsNoByline() throws {
        let text = "Notes on the Gao raid\n\n“The commander is alive. He was not killed by the French army,” the spokesman said.\n\nSoldiers killed the commander Abu Talha al-Tarki near Gao on Friday."
        let d = claimsRun(text, source: "Sahel Jottings (blog)") { f in
            f.entity("French army", "ORG", "org.french_army")
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        let c = try #require(d.claims("killed").last)
        #expect(c.speaker?.entity != "org.french_army")
    }

    @Test func aBloggerWhoTranslatesIsTheTranslatorMention() throws {
        let text = "Notes on the Gao raid\n\nTranslated by: SahelJottings\n\nSoldiers killed the commander Abu Talha al-Tarki near Gao on Friday."
        let d = claimsRun(text, source: "SahelJottings (blog)", translator: "SahelJottings") { f in
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        let c = try #require(d.claims("killed").first)
        #expect(d.text(c.speaker?.span) == "SahelJottings")
    }

    @Test func agencyDatelineNamesTheAuthor() throws {
        for (text, agency) in [("BAMAKO, Mali (AP)_ Soldiers killed the commander Abu Talha al-Tarki near Gao on Friday.", "AP"),
                               ("BAMAKO, Jan 12 (Reuters) - Soldiers killed the commander Abu Talha al-Tarki near Gao on Friday.", "Reuters")] {
            let d = claimsRun(text) { f in
                f.entity(agency, "ORG", "org." + agency.lowercased())
                f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
            }
            let c = try #require(d.claims("killed").first)
            #expect(d.text(c.speaker?.span) == agency)
        }
        // What the first sentence reports starts after the dateline, whoever the author.
        let d = claimsRun("NIAMEY, May 12 (AFP) - The ISGS claimed the attack, according to Amaq.", source: "a blog") { f in
            f.entity("AFP", "ORG", "org.afp")
            f.entity("ISGS", "ORG", "org.isgs")
            f.entity("Amaq", "ORG", "org.amaq")
        }
        #expect(d.quotes.map { d.text($0.span) } == ["The ISGS claimed the attack"])
        // So does the dateline that opens the line after a headline.
        let headed = claimsRun("Mali army says 12 soldiers killed\n\nBAMAKO, March 3 (Reuters) - Twelve soldiers were killed near Boulkessi, the army said.") { f in
            f.entity("Reuters", "ORG", "org.reuters")
        }
        #expect(headed.quotes.map { headed.text($0.span) } == ["Twelve soldiers were killed near Boulkessi"])
    }

    @Test func aDatelinesAbbreviatedMonthEndsNoSentenceBeforeTheAgency() throws {
        // The whole default pipeline: the dates stage reads "Nov. 10" as one date.
        let text = "Taliban claim raid\n\nPESHAWAR, Pakistan, Nov. 10 (Wire) - The Pakistani Taliban have claimed the attack, the group said."
        var document = Document(id: "dateline", text: text, metadata: DocumentMetadata())
        try defaultPlan.makePipeline().run(&document)
        let scalars = Array(text.unicodeScalars)
        #expect(document.quotes.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) } == ["The Pakistani Taliban have claimed the attack"])
    }

    @Test func anInvocationAboveTheLetterheadIsPassedOver() throws {
        // The whole default pipeline: the clean stage marks the invocation line as boilerplate.
        let text = "In the name of God, the Most Gracious, the Most Merciful\n\nJama'at Nusrat al-Islam wal-Muslimin\n\n"
            + "The claims of the French army that it killed 33 of the mujahideen in Ménaka are lies."
        var document = Document(id: "invocation", text: text, metadata: DocumentMetadata())
        try defaultPlan.makePipeline().run(&document)
        let denied = try #require(document.claims.first { $0.predicate == "killed" && $0.polarity == .negated })
        #expect(denied.speaker?.entity == "org.jnim")
        #expect(denied.chain.first?.role == "author")
        // An invocation that opens a sentence of prose is no boilerplate.
        var prose = Document(id: "prose", text: "In the name of God, we declare that Azawad is independent.\n\nThe MNLA said so.", metadata: DocumentMetadata())
        try defaultPlan.makePipeline().run(&prose)
        #expect(prose.regions.isEmpty)
        #expect(prose.quotes.contains { prose.string($0.span) == "that Azawad is independent" })
    }

    @Test func anOrganisationsNameAloneAboveTheTextIsItsLetterhead() throws {
        let text = "Islamic State West Africa Province\n\nThe soldiers of the Caliphate killed the commander Abu Talha al-Tarki near Baga."
        let d = claimsRun(text) { f in
            f.entity("Islamic State West Africa Province", "ORG", "org.iswap")
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.speaker?.entity == "org.iswap")
        #expect(c.chain.first?.role == "author")
        // A headline that says more than the name is no letterhead.
        let news = claimsRun("Islamic State West Africa Province attacks Baga\n\nSoldiers killed the commander Abu Talha al-Tarki near Baga.") { f in
            f.entity("Islamic State West Africa Province", "ORG", "org.iswap")
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        #expect(news.claims("killed").first?.speaker?.entity == nil)
    }

    @Test func parenthesisedAcronymIsNoDateline() throws {
        let text = "The Islamic State (IS) group said soldiers killed the commander Abu Talha al-Tarki near Gao."
        let d = claimsRun(text) { f in
            f.entity("Islamic State", "ORG", "org.islamic_state")
            f.entity("IS", "ORG", "org.islamic_state")
            f.entity("Abu Talha al-Tarki", "PER", "per.abu_talha_al_tarki")
        }
        let c = try #require(d.claims("killed").first)
        #expect(c.chain.allSatisfy { $0.role != "author" })
    }
}
