import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// Unknown names, within-document links and roles: what later stages attribute claims with.
@Suite struct EntitiesContextTests {
    func run(_ text: String, date: String? = "2014-04-16") throws -> Document {
        let d = try EntitiesFixtures.run(text, date: date)
        for m in d.entities { #expect(d.string(m.span) == m.text) }
        return d
    }

    func entity(_ d: Document, _ index: Int?) -> String? { index.map { d.entities[$0].entity ?? "unknown:\(d.entities[$0].text)" } }

    @Test func namesAfterTitlesAreUnknownPersons() throws {
        let d = try run("Mr Lew says he has not asked for help. Mr. Friedli replied. Sheikh Abdallah Ag Moussa spoke.")
        #expect(d.mention("Lew")?.type == "PER")
        #expect(d.mention("Lew")?.entity == nil)
        #expect(d.mention("Lew")?.rule == "title.mr")
        #expect(d.mention("Friedli")?.rule == "title.mr")
        #expect(d.mention("Abdallah Ag Moussa")?.rule == "title.sheikh")
    }

    @Test func aTitleInAHeadlineInCapitalsNamesNoOneButATranscriptsLabelDoes() throws {
        let d = try run("IRAN: IRGC COMMANDER UNVEILS ‘LONG-RANGE’ DRONE\n\nGENERAL SECRETARIAT OF THE GOVERNMENT\n\n"
                        + "[00:01:33] GEN. SALCEDO: The risk is low.")
        #expect(!d.entities.contains { $0.text.hasPrefix("UNVEILS") || $0.text == "SECRETARIAT" })
        #expect(d.mention("SALCEDO")?.rule == "title.gen")
    }

    @Test func aTitleNamesNoOneAcrossADashOrALineBreak() throws {
        let d = try run("Weekly Briefing of the Foreign Ministry Spokesman — Summary\n\nA note by the Spokesman\nTehran Daily Online")
        #expect(!d.entities.contains { $0.type == "PER" })
    }

    @Test func aTitleOfFourLettersJoinsTheNameOverItsPeriodWhereNoSentenceEnds() throws {
        let d = try run("Capt. Naji Mustafa of the Front told reporters. Brig. Ali Kamel spoke, and so did police spokesman Capt. Rod Beer. "
                        + "He backed the Governor-General. Child rights campaigners disagreed.")
        #expect(d.mention("Naji Mustafa")?.rule == "title.capt")
        #expect(d.mention("Ali Kamel")?.rule == "title.brig")
        #expect(d.mention("Rod Beer")?.rule == "title.capt")
        #expect(!d.entities.contains { $0.text.hasPrefix("Child") })
    }

    @Test func aNameThatFoldsLikeAFunctionWordStaysInTheName() throws {
        // "Nur" folds as "Nor", "Wherry" as "Where": only the listed spellings are not names.
        let d = try run("Gen. Ahmed Nur spoke. The Rev. Peter Wherry replied. Where he went, Nor did he say.")
        #expect(d.mention("Ahmed Nur")?.rule == "title.gen")
        #expect(d.mention("Peter Wherry")?.rule == "title.rev")
        #expect(d.mention("Where") == nil)
    }

    @Test func aWordOfAScriptWithoutCaseIsNoTitle() throws {
        // "مر" ("passed") folds to "mr"; Arabic words count as capitalised.
        let d = try run("The statement was read by مر سالم كريم yesterday. Mr. Salim Karim said so.")
        #expect(d.mention("سالم كريم") == nil)
        #expect(d.mention("Salim Karim")?.rule == "title.mr")
    }

    @Test func particleShapedNamesAreUnknownPersons() throws {
        let d = try run("In an audio message, Suleiman Wuld Hamadi stated it. Saleh al-Libi told reporters. Abu Talha al-Liby fled.")
        #expect(d.mention("Suleiman Wuld Hamadi")?.rule == "unknown.connector_name")
        #expect(d.mention("Saleh al-Libi")?.rule == "unknown.article_name")
        #expect(d.mention("Abu Talha al-Liby")?.rule == "unknown.kunya_name")
        #expect(d.entities.allSatisfy { $0.entity == nil })
    }

    @Test func ordinaryCapitalisedWordsAndOrganisationsAreNotPersons() throws {
        let d = try run("Speaking of the killings, The Ministry said nothing. Jabhat al-Ansar claimed it. Yesterday Major offensives began.")
        #expect(!d.entities.contains { $0.type == "PER" })
    }

    @Test func aPersonNoTableKnowsIsFoundAgainByTheFullName() throws {
        let d = try run("Spokesperson Mao Ning spoke on Monday. Asked again, Mao Ning said nothing. Aid worker Jörg Lange was freed; Jörg Lange is well.")
        #expect(d.mention("Mao Ning")?.rule == "title.spokesperson")
        #expect(d.mention("Mao Ning", after: 20)?.link == "link.short_form")
        #expect(d.mention("Jörg Lange", after: 90)?.link == "link.short_form")
    }

    @Test func aHeadlinesVerbAfterATitleIsNoName() throws {
        let d = try run("Defence Minister Denies Reports Of Attack In Gao")
        #expect(!d.entities.contains { $0.type == "PER" })
        let briefing = try run("Pentagon Press Secretary Maj. Gen. Pat Ryder Holds a Press Briefing")
        #expect(briefing.mention("Pat Ryder")?.type == "PER")
        #expect(briefing.mention("Pat Ryder Holds") == nil)
    }

    @Test func aSurnameAloneAfterAFullNameIsThatPersonNotAnotherOfTheTables() throws {
        // The tables know a president Roch Marc Christian Kaboré; the text names another Kaboré.
        let d = try run("Analyst Ousmane Kaboré said the army had lost credibility. Kaboré added that the claim could not be checked.")
        let later = d.mention("Kaboré", after: 40)
        #expect(later?.entity == nil)
        #expect(later?.link == "link.short_form")
    }

    @Test func aDoubleBarrelledSurnameAloneIsThePersonNamedEarlier() throws {
        let d = try run("Analyst Hélène Vasseur-Amrani spoke on Monday. According to Vasseur-Amrani, the claim was false. "
            + "Colonel Rogelio Dimaculangan-Ortiz said it was calm. Dimaculangan-Ortiz added more.")
        #expect(d.mention("Vasseur-Amrani", after: 40)?.link == "link.short_form")
        #expect(d.mention("Dimaculangan-Ortiz", after: 140)?.link == "link.short_form")
        // A pair no given name opened is no one's short form.
        let pair = try run("The group said African-Americans were angry. African-Americans voted.")
        #expect(!pair.entities.contains { $0.type == "PER" })
    }

    @Test func aFormOfInitialsMatchesOnlyItsListedLetters() throws {
        let d = try run("The spokesman, Brig-Gen E.O. Akinyemi, spoke. The E.U. and the U.N. condemned the attack.")
        #expect(d.mention("E.O")?.entity == nil)
        #expect(d.mention("E.U")?.entity == "org.european_union")
        #expect(d.mention("U.N")?.entity == "org.un")
    }

    @Test func laterShortFormsLinkToThePersonNamedEarlier() throws {
        let d = try run("Omar Ould Hamaha was seen in Gao. Hamaha denied it. Mr. Omar Hamaha later spoke again.")
        let short = d.mention("Hamaha", after: 20)
        #expect(short?.entity == "per.omar_ould_hamaha")
        #expect(short?.link == "link.short_form")
        let titled = d.mention("Omar Hamaha")
        #expect(titled?.entity == "per.omar_ould_hamaha")
        #expect(titled?.link == "link.name_parts")
    }

    @Test func aShortFormIsNotLinkedBeforeThePersonIsNamed() throws {
        let d = try run("Hamaha denied it. Later Omar Ould Hamaha was seen in Gao.")
        #expect(d.mention("Hamaha")?.entity == nil)
    }

    @Test func aSurnameTwoNamedPersonsShareLinksToNeither() throws {
        let d = try run("Ibrahim Malam Dicko and Jafar Dicko led the group. Dicko said the attack failed.")
        #expect(d.mention("Dicko", after: 45)?.entity == nil)
    }

    @Test func akaLinksTheNomDeGuerreToThePerson() throws {
        let d = try run("This includes Iyad Ag Ghaly, aka The Strategist, and others.")
        let alias = d.mention("The Strategist")
        #expect(alias?.entity == "per.iyad_ag_ghaly")
        #expect(alias?.link == "link.aka")
    }

    @Test func holderAfterTheRole() throws {
        let d = try run("Spokesman of AQIM in Mali, Abu Assem Al Muhajir, spoke with an ANI journalist.")
        let role = d.roles.first { $0.role == "spokesman" }
        #expect(role.map { d.string($0.span) } == "Spokesman of AQIM in Mali")
        #expect(entity(d, role?.holder) == "per.abu_assem_al_muhajir")
        #expect(entity(d, role?.organisation) == "org.aqim")
        #expect(entity(d, role?.place) == "loc.mali")
        #expect(role?.rule == "role.holder_after")
    }

    @Test func aNameAfterAccordingToARoleIsNoHolderUnlessClosed() throws {
        // "According to a senior official," ends at its comma: the name opens the clause.
        let d = try run("According to a senior Malian security official, Abu Assem Al Muhajir was wounded in the strike.")
        #expect(d.roles.allSatisfy { $0.holder == nil })
        let closed = try run("According to a senior official, Abu Assem Al Muhajir, the strike killed two men.")
        #expect(entity(closed, closed.roles.first?.holder) == "per.abu_assem_al_muhajir")
        // Elsewhere a comma alone still names the holder.
        let plain = try run("The spokesman of AQIM, Abu Assem Al Muhajir said the leader is alive.")
        #expect(entity(plain, plain.roles.first?.holder) == "per.abu_assem_al_muhajir")
    }

    @Test func holderBeforeTheRole() throws {
        let d = try run("Abu Assem al-Muhajir, the spokesman of AQIM, said the leader is alive.")
        let role = d.roles.first
        #expect(entity(d, role?.holder) == "per.abu_assem_al_muhajir")
        #expect(entity(d, role?.organisation) == "org.aqim")
        #expect(role?.rule == "role.holder_before")
    }

    @Test func possessiveRoleTakesItsHolderFromTheTablesWhenTheDocumentNamesHim() throws {
        let d = try run("Abu Assem al-Muhajir spoke on Monday. AQIM's spokesman said the leader is alive.")
        let role = d.roles.first { d.string($0.span) == "AQIM's spokesman" }
        #expect(entity(d, role?.organisation) == "org.aqim")
        #expect(entity(d, role?.holder) == "per.abu_assem_al_muhajir")
        #expect(role?.rule == "role.holder_from_table")
    }

    @Test func itsRoleBelongsToTheOrganisationNamedLast() throws {
        let d = try run("Abu Assem al-Muhajir spoke on Monday. AQIM said that its spokesman had been wounded.")
        let role = d.roles.first { d.string($0.span) == "its spokesman" }
        #expect(entity(d, role?.organisation) == "org.aqim")
        #expect(entity(d, role?.holder) == "per.abu_assem_al_muhajir")
        #expect(role?.rule == "role.holder_from_table")
    }

    @Test func aColonNamesTheHolderOnlyAfterACapitalisedRole() throws {
        let d = try run("Spokesman of AQIM: Abu Assem al-Muhajir spoke. He met the president: Bill Wechsler said nothing.")
        #expect(entity(d, d.roles.first { d.string($0.span) == "Spokesman of AQIM" }?.holder) == "per.abu_assem_al_muhajir")
        #expect(d.mention("Bill Wechsler") != nil)
        #expect(d.roles.allSatisfy { $0.role != "president" || $0.holder == nil })
    }

    @Test func aDemonymBeforeAnOutletIsAnAdjective() throws {
        let d = try run("Abu Assem al-Muhajir told the Mauritanian news agency ANI and the Mauritanian agency Al-Akhbar.")
        #expect(d.entities.allSatisfy { $0.text != "Mauritanian" })
        #expect(d.mention("ANI")?.entity == "org.ani")
    }

    @Test func aTitleIsSpeltAsTheTableListsIt() throws {
        // "Marshall" and "Sinn" only fold like the titles "Marshal" and "Sen".
        let d = try run("Crops are withering in the Marshall Islands. Sinn Fein was expelled. Marshal Petain spoke. Sen. Jesse Helms replied.")
        #expect(d.entities.allSatisfy { $0.text != "Islands" && $0.text != "Fein" })
        #expect(d.mention("Petain")?.rule == "title.marshal")
        #expect(d.mention("Jesse Helms")?.rule == "title.sen")
    }

    @Test func familyParticlesStayInsideTheName() throws {
        let d = try run("Mayor Bill de Blasio spoke. President Daniel arap Moi met Mr. van der Berg. Charles de Gaulle left. De Blasio said so.")
        #expect(d.roles.first { $0.role == "mayor" }.map { d.entities[$0.holder!].text } == "Bill de Blasio")
        #expect(d.mention("Daniel arap Moi")?.rule == "title.president")
        #expect(d.mention("van der Berg")?.rule == "title.mr")
        #expect(d.mention("Charles de Gaulle")?.rule == "unknown.given_name")
        // A surname's short form keeps its particle, capitalised at a sentence's start or not.
        #expect(d.mention("De Blasio")?.rule == "link.short_form")
        // A particle alone after a title is no name; between capitalised words it is no evidence of a person.
        let e = try run("Mr. de said so. The Banque de France said so. He drove a van Monday.")
        #expect(e.entities.allSatisfy { $0.type != "PER" })
    }

    @Test func itsRoleLooksNoFurtherBackThanTheSentenceBefore() throws {
        // The organisation of two sentences back is not what "its" stands for.
        let d = try run("AQIM attacked the camp. Argentina's crisis has deepened. It lost its interim President on Monday.")
        #expect(d.roles.first { d.string($0.span).contains("its") } == nil)
        // "Its" opening a sentence stands for the organisation named in the one before.
        let e = try run("Abu Assem al-Muhajir spoke on Monday. AQIM released a statement. Its spokesman had been wounded.")
        let role = e.roles.first { e.string($0.span) == "Its spokesman" }
        #expect(entity(e, role?.organisation) == "org.aqim")
        // Within one sentence, however far back.
        let f = try run("AQIM, which had attacked the camp near the town by the river in the north on the road, said that its spokesman had been wounded.")
        #expect(entity(f, f.roles.first { f.string($0.span) == "its spokesman" }?.organisation) == "org.aqim")
    }

    @Test func theTableHolderMustHoldTheRoleInTheDocumentsYear() throws {
        let d = try run("Abu Assem al-Muhajir spoke on Monday. AQIM's spokesman said the leader is alive.", date: "2008-01-01")
        let role = d.roles.first { d.string($0.span) == "AQIM's spokesman" }
        #expect(role != nil)
        #expect(role?.holder == nil)
    }

    @Test func ministerWithNationalityAndNameInBrackets() throws {
        let d = try run("contrary to statements by the French Defence Minister (Jean-Yves Le Drian) and French media")
        let role = d.roles.first
        #expect(role?.role == "minister")
        #expect(entity(d, role?.holder) == "per.jean_yves_le_drian")
        #expect(entity(d, role?.place) == "loc.france")
        #expect(d.mention("French")?.entity == "loc.france")
        #expect(!d.entities.contains { $0.text == "French" && $0.span.start > 60 })
    }

    @Test func theFrenchAreTheFrenchForcesButFrenchSoldiersAreNot() throws {
        let d = try run("He was not killed by the French. We challenge the french to provide evidence. French soldiers were killed.")
        #expect(d.entities.filter { $0.entity == "org.french_army" }.map(\.text) == ["French", "french"])
        // Nor the French war, its victim or its occupation: the listed nouns after a demonym.
        let adjectives = try run("It was the French war in Mali. The French victim was 30. The French occupation ended.")
        #expect(!adjectives.entities.contains { $0.entity == "org.french_army" })
        // Nor the presidency, whose statements are no army's.
        let presidency = try run("The French presidency said he was dead. The Malian presidency denied it.")
        #expect(!presidency.entities.contains { $0.entity == "org.french_army" || $0.entity == "org.malian_army" })
        // Nor the hostages of the genre: engineers, priests, aid workers.
        let hostages = try run("The kidnappers released the French engineer. The Algerian priest and the French aid worker are held. They believed the French account.")
        #expect(!hostages.entities.contains { $0.entity == "org.french_army" || $0.entity == "org.algerian_army" })
    }

    @Test func mentionsCarryTheYearsTheirEntityWasActive() throws {
        let d = try run("MUJAO and Al-Mourabitoune merged.")
        #expect(d.mention("MUJAO")?.activeFrom == 2011)
        #expect(d.mention("MUJAO")?.activeTo == 2013)
        #expect(d.mention("Al-Mourabitoune")?.activeFrom == 2013)
        #expect(d.mention("Al-Mourabitoune")?.kind == "armed_group")
    }

    @Test func arabicScriptFormsAreFound() throws {
        let d = try run("وقال عمر ولد حماها إن")
        #expect(d.entities.first?.entity == "per.omar_ould_hamaha")
        #expect(d.entities.first?.text == "عمر ولد حماها")
    }

    @Test func offsetsHoldAfterNormalisationChangesLengths() throws {
        let d = try run("“Mr. Omar Ould Hamaha is alive,” said the spokesman of AQIM… Abū ʿĀṣim al-Muhājir added.")
        #expect(d.mention("Omar Ould Hamaha")?.entity == "per.omar_ould_hamaha")
        #expect(d.mention("Abū ʿĀṣim al-Muhājir")?.entity == "per.abu_assem_al_muhajir")
    }
}

extension EntitiesContextTests {
    @Test func theSpokesmanLinksToTheSpokesmanNamedEarlier() throws {
        let d = try run("Abu Assem al-Muhajir spoke to ANI on Monday. The leader is alive, the spokesman said.")
        let noun = d.mention("spokesman")
        #expect(noun?.entity == "per.abu_assem_al_muhajir")
        #expect(noun?.link == "link.role_noun")
    }

    @Test func aRoleRightBeforeANameIsNoLinkToAnEarlierHolder() throws {
        let d = try run("Abdelhamid Abou Zeid was seen. The army claimed that it killed the commander Mokhtar Belmokhtar.", date: "2013-03-10")
        #expect(d.mention("commander") == nil)
        #expect(d.mention("Mokhtar Belmokhtar")?.entity == "per.mokhtar_belmokhtar")
        // Nor one whose comma sets the name after it off as its holder.
        let comma = try run("The army said it had killed Oumar Ould Hamaha.\n\n\"He is alive,\" the spokesman, Abu Walid al-Sahraoui, told AFP.",
                            date: "2013-03-10")
        #expect(comma.mention("spokesman") == nil)
        #expect(comma.mention("Abu Walid al-Sahraoui")?.entity == "per.adnan_abu_walid_al_sahrawi")
    }

    @Test func theSpokesmanOfANamedGroupIsARoleNotALink() throws {
        let d = try run("Omar Ould Hamaha was seen. The leader is alive, said the spokesman of AQIM, Abu Assem al-Muhajir.")
        #expect(d.mention("spokesman") == nil)
        #expect(d.roles.first.map { d.string($0.span) } == "spokesman of AQIM")
    }
}

extension EntitiesContextTests {
    @Test func aNameSetOffBeforeARoleIsAPersonAndItsHolder() throws {
        let d = try run("Salah Coulibaly, a leader of Those Who Sign with Blood, told Reuters: no.")
        let m = d.mention("Salah Coulibaly")
        #expect(m?.type == "PER")
        #expect(m?.rule == "unknown.role_apposition")
        let role = d.roles.first
        #expect(role.map { d.string($0.span) } == "leader of Those Who Sign with Blood")
        #expect(role?.holder.map { d.entities[$0].text } == "Salah Coulibaly")
        #expect(entity(d, role?.organisation) == "org.signed_in_blood_battalion")
    }
}

extension EntitiesContextTests {
    @Test func aSpacedArticleDoesNotCutTheLongerName() throws {
        let d = try run("A statement by Al Qaeda in the Islamic Maghreb was read.")
        #expect(d.mention("Al Qaeda in the Islamic Maghreb")?.entity == "org.aqim")
    }

    @Test func aNisbaIsPartOfAPersonsNameNotThePlace() throws {
        let d = try run("Saleh al-Libi and Khaled al-Mauritani left Libya for Mauritania.")
        #expect(d.mention("Saleh al-Libi")?.entity == nil)
        #expect(d.mention("Khaled al-Mauritani")?.type == "PER")
        #expect(d.entities.compactMap(\.entity) == ["loc.libya", "loc.mauritania"])
    }

    @Test func anEnglishSurnameIsNotACountryItFoldsLike() throws {
        let d = try run("Mr Cameron met him in Cameroon.")
        #expect(d.mention("Cameron")?.entity == nil)
        #expect(d.mention("Cameroon")?.entity == "loc.cameroon")
    }
}

extension EntitiesContextTests {
    @Test func runningTheStageTwiceGivesTheSameAnnotations() throws {
        let plan = EntitiesFixtures.plan
        var d = try EntitiesFixtures.run(EntitiesSeedTests.text, date: "2014-04-16", plan: plan)
        let first = (d.entities, d.roles)
        let stage = try plan.plans.first { $0.kind == .entities }!.makeStage()
        try stage.run(&d)
        #expect(d.entities == first.0)
        #expect(d.roles == first.1)
    }
}

extension EntitiesContextTests {
    @Test(arguments: ["", " ", "'", "Mr.", "Mr", "al-", "Abu", "the", "The", "'s", "AQIM's", "ʿ", "Ould", "Ag Ag",
                      "Spokesman of", "spokesman of AQIM,", "the French", "aka", "X, aka", "U.N.", "🙂 AQIM 🙂",
                      "e\u{301}\u{301}", "عمر", "Abū ʿ", "-AQIM-", "Mali.", "Hamaha's", "1 2 3 Mali 4"])
    func oddTextsNeitherCrashNorBreakOffsets(_ text: String) throws {
        let d = try run(text)
        for r in d.roles { #expect(r.span.end <= d.scalars.count) }
    }
}

extension EntitiesContextTests {
    @Test func aOneWordArabicNameIsFoundThoughItsTransliterationIsLowerCase() throws {
        let d = try run("Jamal Ould Traoré, the emir of المرابطون, warned RFI.")
        #expect(d.mention("المرابطون")?.entity == "org.al_mourabitoun")
        #expect(d.roles.first.map { d.string($0.span) } == "emir of المرابطون")
    }
}

extension EntitiesContextTests {
    @Test func aDashTheViewDroppedStillSeparatesWords() throws {
        let d = try run("Omar Ould Hamaha—the leader—is alive, said Iyad Ag Ghaly‐Ould.")
        #expect(d.mention("Omar Ould Hamaha")?.entity == "per.omar_ould_hamaha")
        #expect(d.mention("Iyad Ag Ghaly")?.entity == "per.iyad_ag_ghaly")
    }
}

extension EntitiesContextTests {
    /// The mentions of an entity, by index in `Document.entities`.
    func indices(_ d: Document, of id: String) -> [Int] { d.entities.indices.filter { d.entities[$0].entity == id } }

    @Test func theTableHolderIsHisLastMentionBeforeTheRole() throws {
        let d = try run("Abu Assem al-Muhajir spoke on Monday. Abu Assem al-Muhajir spoke again. "
                        + "AQIM's spokesman said the leader is alive. Abu Assem al-Muhajir spoke last.")
        let role = d.roles.first { d.string($0.span) == "AQIM's spokesman" }
        #expect(role?.rule == "role.holder_from_table")
        #expect(role?.holder == indices(d, of: "per.abu_assem_al_muhajir")[1])
    }

    @Test func theTableHolderNamedOnlyAfterTheRoleIsHisFirstMention() throws {
        let d = try run("AQIM's spokesman said the leader is alive. Abu Assem al-Muhajir spoke on Monday. "
                        + "Abu Assem al-Muhajir spoke again.")
        let role = d.roles.first { d.string($0.span) == "AQIM's spokesman" }
        #expect(role?.rule == "role.holder_from_table")
        #expect(role?.holder == indices(d, of: "per.abu_assem_al_muhajir").first)
    }

    @Test func everySpokesmanOfALongTextLinksToTheSpokesmanNamedBeforeIt() throws {
        let text = "Abu Assem al-Muhajir spoke to ANI on Monday. "
            + String(repeating: "The leader is alive, the spokesman said. ", count: 200)
        let d = try run(text)
        let nouns = d.entities.filter { d.string($0.span) == "spokesman" }
        #expect(nouns.count == 200)
        #expect(nouns.allSatisfy { $0.entity == "per.abu_assem_al_muhajir" && $0.link == "link.role_noun" })
    }
}

/// Names no table lists, found by a given name of `en.given_names.tsv`.
extension EntitiesContextTests {
    @Test func aSurnameThatOpensANameOfTwoPartsIsAnotherPersonsGivenName() throws {
        let d = try run("Nasrullah Hamidi, a spokesman for the Taliban government, rejected that. Nasrallah said Israel would pay.")
        #expect(d.mention("Nasrullah")?.entity == nil)
        #expect(d.mention("Nasrallah")?.entity == "per.hassan_nasrallah")
        // Not across a dash: "Belmokhtar – Muhammad ben Cisse" lists two people.
        let listed = try run("The list included Belmokhtar – Muhammad ben Cisse.")
        #expect(listed.mention("Belmokhtar")?.entity == "per.mokhtar_belmokhtar")
    }

    @Test func aNameOfArabicShapeBeforeTheHeadOfAnOrganisationsNameIsThatOrganisation() throws {
        let d = try run("The Suyuf al-Haqq Brigades said the commander was killed. The Ansar al-Haqq Brigade denied it.")
        #expect(d.entities.map { "\($0.text)/\($0.type)" } == ["Suyuf al-Haqq Brigades/ORG", "Ansar al-Haqq Brigade/ORG"])
    }

    @Test func townsOfTheWarsTheStatementsComeFromAreListed() throws {
        let d = try run("Strikes hit Khan Yunis and Deir al-Balah. Fighting went on near Pokrovsk, Nyala and Mekelle.")
        #expect(d.mention("Khan Yunis")?.entity == "loc.khan_younis")
        #expect(d.mention("Deir al-Balah")?.entity == "loc.deir_al_balah")
        #expect(["Pokrovsk", "Nyala", "Mekelle"].map { d.mention($0)?.type } == ["LOC", "LOC", "LOC"])
        // "Sumy" folds as "Some" does: not listed.
        #expect(try run("Some said so.").entities.isEmpty)
    }

    @Test func givenNamesOfTheRegionsTheStatementsComeFrom() throws {
        let names = ["Oleksandr Havrylenko", "Hernando Castillo", "Getachew Reda", "Cabdiraxmaan Cumar", "Kyaw Zaw", "Tigran Petrosyan", "Yoav Mizrahi"]
        let d = try run(names.map { "\($0) spoke on Monday." }.joined(separator: " "))
        for name in names {
            #expect(d.mention(name)?.type == "PER", "\(name)")
        }
    }

    @Test func aRunWithAGivenNameIsAPerson() throws {
        let d = try run("Adama Coulibaly, a resident, saw it. The talks with Johan Lindberg ended. Rimtalba Jean-Marie Ouédraogo spoke.")
        for name in ["Adama Coulibaly", "Johan Lindberg", "Rimtalba Jean-Marie Ouédraogo"] {
            #expect(d.mention(name)?.type == "PER", "\(name)")
            #expect(d.mention(name)?.rule == "unknown.given_name", "\(name)")
            #expect(d.mention(name)?.entity == nil, "\(name)")
        }
    }

    @Test func twoOrThreePartsAfterANounForAPersonAreAPerson() throws {
        let d = try run("German aid worker Jörg Lange was freed. The Swiss missionary Beatrice Stockly was killed. The Latvian journalist Dainis Ivans wrote.")
        for name in ["Jörg Lange", "Beatrice Stockly", "Dainis Ivans"] {
            #expect(d.mention(name)?.type == "PER", "\(name)")
            #expect(d.mention(name)?.rule == "unknown.person_noun", "\(name)")
        }
        // Those who speak for others too ("spokesman", "envoy").
        let officials = try run("Foreign Ministry spokesman Hossein Mahdavi spoke. The UN special envoy Terje Roed-Larsen met him.")
        #expect(officials.mention("Hossein Mahdavi")?.type == "PER")
        #expect(officials.mention("Terje Roed-Larsen")?.rule == "unknown.person_noun")
        // Not a word that only folds like one ("non" is no "nun"), a single part, or a longer run.
        let none = try run("Among non-Cuban Americans it shifted. The hostage Hamaha spoke. A journalist Arab League Summit guest came.")
        #expect(!none.entities.contains { $0.rule == "unknown.person_noun" })
    }

    @Test func theNameStartsAfterAPossessiveOrAcronymAndEndsAtAPossessive() throws {
        let d = try run("NBC's Matt Lauer asked. The DNC Chair Donna Brazile spoke. Tim Kaine's Senate seat is open.")
        #expect(d.entities.filter { $0.rule == "unknown.given_name" }.map(\.text) == ["Matt Lauer", "Donna Brazile", "Tim Kaine"])
    }

    @Test func aPossessiveEndsANameAfterATitleAndStartsOne() throws {
        // "'s" and the plural's bare apostrophe alike: the possessor's name stops at it, and a
        // name after it starts there.
        let d = try run("Mr Arafat's Fatah movement met. Police searched Mr Hicks' Salisbury Park farm. The Services Union's Luke Foley spoke.")
        for m in d.entities { #expect(d.string(m.span) == m.text) }
        #expect(d.mention("Arafat")?.rule == "title.mr")
        #expect(d.mention("Hicks")?.rule == "title.mr")
        #expect(d.mention("Luke Foley")?.rule == "unknown.given_name")
        #expect(!d.entities.contains { $0.text.contains("Fatah") || $0.text.contains("Salisbury") })
    }

    @Test func aMonthAfterAGivenNameIsItsSurname() throws {
        let d = try run("Prime Minister Theresa May said talks would resume in May 2019. Brian May played. Rachel May 5 was written.")
        #expect(d.mention("Theresa May")?.rule == "title.minister")
        #expect(d.mention("Brian May")?.rule == "unknown.given_name")
        #expect(!d.entities.contains { d.string($0.span).hasSuffix("May 2019") || d.string($0.span).hasPrefix("Rachel") })
    }

    @Test func aGivenNameMakesNoPersonOfALineInTitleCaseOrAnOrganisation() throws {
        let d = try run("Chris Christie Calls Hillary Clinton a Liar\n\nHillary Asking Moderator To Help. Hassan II University opened.")
        #expect(!d.entities.contains { $0.rule == "unknown.given_name" }, "\(d.entities.map(\.text))")
    }

    @Test func aRunCutShortIsNoName() throws {
        // "Ould" before a title, "Ramadane" read as the month: the name goes on past the run.
        let d = try run("Oumar Ould Sheikh Bouya spoke. Mohamed Elmaouloud Ramadane spoke.")
        #expect(d.mention("Oumar Ould") == nil)
        #expect(d.mention("Mohamed Elmaouloud") == nil)
    }
}

/// Later short forms of a person no table knows.
extension EntitiesContextTests {
    @Test func aSurnameAloneIsThePersonNamedEarlier() throws {
        let d = try run("Adama Coulibaly, a resident, saw it. Coulibaly said so. Mr. Lindberg arrived; Lindberg spoke.")
        let short = d.entities.filter { $0.rule == "link.short_form" }
        #expect(short.map(\.text) == ["Coulibaly", "Lindberg"])
        #expect(short.map(\.name) == ["Adama Coulibaly", "Lindberg"])
        #expect(short.allSatisfy { $0.entity == nil && $0.type == "PER" })
    }

    @Test func eachOfManyPersonsKeepsItsOwnSurname() throws {
        // Hundreds of persons in one document, each named in full and then by surname alone:
        // every surname links to its own person, one two persons share to none.
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let surnames: [String] = (0..<300).map { i in "Zor\(letters[i % 26])\(letters[i / 26])ovic" }
        let persons: [String] = surnames.map { "Idriss \($0)" }
        var sentences: [String] = persons.map { "Commander \($0) left." }
        sentences.append("Commander Moussa \(surnames[0]) left.")
        sentences += surnames.map { "\($0) spoke." }
        let d = try run(sentences.joined(separator: " "))
        let short = d.entities.filter { $0.rule == "link.short_form" }
        #expect(short.map(\.text) == Array(surnames.dropFirst()))
        #expect(short.map(\.name) == Array(persons.dropFirst()))
    }

    @Test func aSurnameLinksWithinItsDocumentOnlyWhenTheStageIsReused() throws {
        // The stage keeps its table of persons from one document to the next: each document
        // must start with none, after one naming a few persons and after one naming many.
        let pipeline = try EntitiesFixtures.plan.makePipeline()
        func run(_ text: String) throws -> Document {
            var d = Document(id: "test", text: text)
            try pipeline.run(&d)
            return d
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let many = (0..<100).map { "Commander Idriss Zor\(letters[$0 % 26])\(letters[$0 / 26])ovic left." }
        for first in ["Commander Idriss Zorbaovic left. Zorbaovic spoke.", many.joined(separator: " ")] {
            let persons = try run(first).entities.filter { $0.type == "PER" }
            #expect(persons.count == (first.count < 100 ? 2 : 100))
            let next = try run("Zorbaovic spoke. Then Zorcdovic left.")
            #expect(!next.entities.contains { $0.rule == "link.short_form" }, "\(next.entities.map(\.text))")
            let own = try run("Commander Idriss Kamarovic left. Kamarovic spoke.")
            #expect(own.entities.filter { $0.rule == "link.short_form" }.map(\.text) == ["Kamarovic"])
        }
    }

    @Test func aSurnameTwoUnknownPersonsShareOrAnAcronymLinksToNone() throws {
        let d = try run("Adama Coulibaly and Moussa Coulibaly met. Coulibaly left. Trump's RT said so. RT said more.")
        #expect(!d.entities.contains { $0.rule == "link.short_form" }, "\(d.entities.map(\.text))")
    }
}

/// Organisations no table lists, found by the word that heads their name (`org_head`).
extension EntitiesContextTests {
    @Test func capitalisedWordsEndingOnAHeadWordAreAnOrganisation() throws {
        let d = try run("The Gambian National Army said the Ghanaian Air Force bombed the camp. The Securities and Exchange Commission declined to comment.")
        for name in ["Gambian National Army", "Ghanaian Air Force", "Securities and Exchange Commission"] {
            #expect(d.mention(name)?.type == "ORG", "\(name)")
            #expect(d.mention(name)?.rule == "unknown.organisation_name", "\(name)")
            #expect(d.mention(name)?.entity == nil, "\(name)")
        }
    }

    @Test func aHeadWordOpensANameWithOfOrFor() throws {
        let d = try run("The Ministry of National Defence denied it. The Popular Front for the Liberation of Palestine claimed the attack. "
                        + "The Australian Institute of Health and Welfare and the Al-Aqsa Brigades spoke.")
        #expect(d.mention("Ministry of National Defence")?.type == "ORG")
        #expect(d.mention("Australian Institute of Health and Welfare")?.type == "ORG")
        #expect(d.mention("Al-Aqsa Brigades")?.type == "ORG")
        // The place the gazetteer found is the end of the name.
        #expect(d.mention("Popular Front for the Liberation of Palestine")?.rule == "unknown.organisation_name")
        #expect(d.mention("Palestine") == nil)
    }

    @Test func aDemonymBeforeAHeadWordThatStartsNoRoleIsPartOfTheName() throws {
        // "Army" starts the role "army chief", but "Army said" holds no role: the demonym is no role's place.
        let d = try run("The Gambian Army said the town was calm. The Gambian Army chief spoke.")
        #expect(d.mention("Gambian Army")?.rule == "unknown.organisation_name")
        #expect(d.entities.filter { $0.rule == "unknown.organisation_name" }.count == 1)
    }

    @Test func aLongRunOfHeadWordsNamesNoOrganisationInside() throws {
        let words = Array(repeating: "Army", count: 40).joined(separator: " ")
        let d = try run("\(words) said so.")
        #expect(d.entities.filter { $0.rule == "unknown.organisation_name" }.isEmpty)
    }

    @Test func aTitleRightBeforeTheHeadIsAWordOfTheName() throws {
        let d = try run("The General Staff said the strike hit a depot. The General Assembly voted. Chief of Staff John Kelly spoke.")
        #expect(d.entities.filter { $0.rule == "unknown.organisation_name" }.map(\.text) == ["General Staff", "General Assembly"])
    }

    @Test func aHeadWordInsideTitleCaseARoleOrAfterADashMakesNoOrganisation() throws {
        let d = try run("""
            Shabaab Attacks Kenyan Army Base

            The Minister of the Armed Forces, Florence Parly, spoke. The army chief, General Odowaa, replied. \
            The Ministry of Defence – Delegation for Information wrote. The Army said so. ASIO and Federal Police agreed.
            """)
        let found = d.entities.filter { $0.rule == "unknown.organisation_name" }.map(\.text)
        #expect(found == ["Ministry of Defence", "Federal Police"])
    }
}

/// Places no table lists, found by the words around them (`place_before`, `place_noun`,
/// `place_feature`).
extension EntitiesContextTests {
    @Test func capitalisedWordsAfterAWordOfPlaceAreAPlace() throws {
        let d = try run("Militants killed 15 soldiers near Gajiram. Soldiers shot civilians in the village of Karma, 30 km north of Kismayu.")
        for name in ["Gajiram", "Karma"] {
            #expect(d.mention(name)?.type == "LOC", "\(name)")
            #expect(d.mention(name)?.rule == "unknown.place_name", "\(name)")
            #expect(d.mention(name)?.entity == nil, "\(name)")
        }
        // A place the tables list keeps its entity.
        #expect(d.mention("Kismayu")?.entity == "loc.kismayo")
    }

    @Test func aNounOfPlaceAfterCapitalisedWordsMakesThemAPlace() throws {
        let d = try run("He was killed at Taye village. Drones hit the Karachev region. Fighters fled to the Wagadou forest.")
        #expect(d.entities.filter { $0.rule == "unknown.place_name" }.map(\.text) == ["Taye", "Karachev", "Wagadou forest"])
        // Roads, crossings, markets and prisons too: a name before one is no person's.
        let roads = try run("He was abducted on the Arba Minch–Jinka road. Shells hit the Naivasha market. He was held in La Picota prison.")
        #expect(roads.entities.filter { $0.rule == "unknown.place_name" }.map(\.text) == ["Arba Minch–Jinka", "Naivasha", "La Picota"])
    }

    @Test func aWordThatOpensAPlacesNameMakesItAPlaceNotAPerson() throws {
        // Their particles would make them persons.
        let d = try run("Clashes broke out in Souq al-Juma. A missile struck Ain al-Asad. Residents fled Wadi al-Hayat. Ahmed al-Mismari spoke.")
        #expect(d.entities.filter { $0.rule == "unknown.place_name" }.map(\.text) == ["Souq al-Juma", "Ain al-Asad", "Wadi al-Hayat"])
        #expect(d.mention("Souq al-Juma")?.type == "LOC")
        #expect(d.mention("Ahmed al-Mismari")?.type == "PER")
    }

    @Test func thePlaceADistanceIsMeasuredFromIsAPlace() throws {
        let d = try run("The base in Bula Gaduud, about 30 km north of Kismayo, was attacked. A shed in Dundalk, 50 miles (80 kms) south of Gao, "
                        + "burned. They met at the birthplace of Lord Krishna, 150 km north of the capital.")
        #expect(d.entities.filter { $0.rule == "unknown.place_name" }.map(\.text) == ["Bula Gaduud", "Dundalk"])
    }

    @Test func aPlaceFoundOnceIsFoundAgainAlone() throws {
        let d = try run("Fighting broke out near Gajiganna. Residents of Gajiganna fled. The Gajiganna Council met.")
        #expect(d.entities.filter { $0.rule == "unknown.place_name" }.map(\.text) == ["Gajiganna", "Gajiganna"])
    }

    @Test func noPlaceIsAPossessorAnAdjectiveAPersonOrAWordThatOnlyFoldsLikeOne() throws {
        let d = try run("Police searched near Slepian's house. The Catholic area was calm. The Cuban city of Cardenas mourned. "
                        + "He stood near Adama Coulibaly. It holds 119 Octel common shares. The Village Voice reported it.")
        #expect(d.entities.filter { $0.rule == "unknown.place_name" }.map(\.text) == ["Cardenas"])
    }
}

extension EntitiesContextTests {
    @Test func aOnePartOrganisationAfterAGivenNameIsASurname() throws {
        let d = try run("Wagner fighters attacked the town. Richard Wagner said so.")
        #expect(d.entities.filter { $0.entity == "org.wagner_group" }.map(\.text) == ["Wagner"])
        #expect(d.mention("Richard Wagner")?.type == "PER")
    }

    @Test func thePlatformsAStatementIsPostedOnAreOrganisations() throws {
        let d = try run("The group posted the video on Telegram and the army replied on Twitter.")
        #expect(d.mention("Telegram")?.entity == "org.telegram")
        #expect(d.mention("Twitter")?.entity == "org.twitter")
    }

    @Test func aLineOfShareOrFollowButtonsNamesNoPlatform() throws {
        let d = try run("The army said the town was calm.\nShare this: Twitter | Facebook | Email\nFollow us on Facebook, Twitter, YouTube\n")
        #expect(d.entities.allSatisfy { $0.entity != "org.twitter" && $0.entity != "org.facebook" }, "\(d.entities.map(\.text))")
    }

    @Test func aSpanishOrFrenchWordForAFrontOrMovementMakesNoPerson() throws {
        let d = try run("His armband reads FARC-EP, Frente Carlos Patiño. The Mouvement Patriotique du Salut claimed it.")
        #expect(!d.entities.contains { $0.type == "PER" }, "\(d.entities.map { ($0.text, $0.type) })")
    }
}
