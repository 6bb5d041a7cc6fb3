import ClaimlineCore
import Testing

/// The default tables beyond the Sahel (`world.entities.tsv`): the groups, armies, agencies and
/// spokesmen of other theatres, and the look-alikes their folded spellings must not take.
@Suite struct EntitiesWorldTableTests {
    @Test func groupsArmiesAndSpokesmenOfOtherTheatres() throws {
        let text = "Hamas spokesman Sami Abu Zuhri spoke. Israeli army spokesman Avichay Adraee replied. "
            + "The Kurdistan Workers Party (PKK) and the Houthi movement issued statements, the Kremlin said, quoting TASS."
        let d = try EntitiesFixtures.run(text)
        let expected: [(String, String)] = [
            ("Hamas", "org.hamas"), ("Israeli army", "org.israel_defense_forces"), ("Avichay Adraee", "per.avichay_adraee"),
            ("Kurdistan Workers Party", "org.pkk"), ("PKK", "org.pkk"), ("Houthi movement", "org.houthis"),
            ("Kremlin", "org.kremlin"), ("TASS", "org.tass"),
        ]
        for (name, id) in expected {
            #expect(d.mention(name)?.entity == id, "\(name)")
        }
    }

    @Test func theDisputedLinesOfKashmirAndTheHimalayasArePlaces() throws {
        var d = Document(id: "lines", text: "Troops patrolled their side of the Line of Actual Control. A fragile quiet held along the Line of Control.")
        try defaultPlan.makePipeline().run(&d)
        #expect(d.mention("Line of Actual Control")?.entity == "loc.line_of_actual_control")
        #expect(d.mention("Line of Control")?.entity == "loc.line_of_control")
        // "Control" inside the name states no claim of control.
        #expect(d.claims.isEmpty)
    }

    @Test func armiesAgenciesAndJuntasOfMyanmarLibyaIraqAndKashmirAreListed() throws {
        let text = "The Arakan Army denied the State Administration Council's claim. The Libyan National Army (LNA) moved south, "
            + "the Saudi Press Agency said. Iraq's Counter-Terrorism Service and the Frontier Corps raided hideouts; the Chinar Corps "
            + "and Turkey's National Intelligence Organization said the Radwan Force was not involved."
        let d = try EntitiesFixtures.run(text)
        let expected: [(String, String)] = [
            ("Arakan Army", "org.arakan_army"), ("State Administration Council", "org.myanmar_sac"), ("Libyan National Army", "org.libyan_national_army"),
            ("LNA", "org.libyan_national_army"), ("Saudi Press Agency", "org.saudi_press_agency"), ("Counter-Terrorism Service", "org.iraqi_cts"),
            ("Frontier Corps", "org.frontier_corps"), ("Chinar Corps", "org.chinar_corps"), ("National Intelligence Organization", "org.turkish_mit"),
            ("Radwan Force", "org.radwan_force"),
        ]
        for (name, id) in expected {
            #expect(d.mention(name)?.entity == id, "\(name)")
        }
    }

    @Test func townsAndRegionsOfTheTheatresAreListed() throws {
        let text = "Jihadists attacked Koulikoro and Bama, then Kaya, Ogossagou and Gorom-Gorom. Al-Shabaab left Barawe for Lower Shabelle. "
            + "Fighting spread from Cabo Delgado to Mocimboa da Praia, and from Helmand to Deir ez-Zor."
        let d = try EntitiesFixtures.run(text)
        let expected: [(String, String)] = [
            ("Koulikoro", "loc.koulikoro"), ("Bama", "loc.bama"), ("Kaya", "loc.kaya"), ("Ogossagou", "loc.ogossagou"), ("Gorom-Gorom", "loc.gorom_gorom"),
            ("Barawe", "loc.barawe"), ("Lower Shabelle", "loc.lower_shabelle"), ("Cabo Delgado", "loc.cabo_delgado"),
            ("Mocimboa da Praia", "loc.mocimboa_da_praia"), ("Helmand", "loc.helmand"), ("Deir ez-Zor", "loc.deir_ez_zor"),
        ]
        for (name, id) in expected {
            #expect(d.mention(name)?.entity == id, "\(name)")
        }
        // Other names that fold alike are not these places.
        let others = try EntitiesFixtures.run("Fighting was reported near Mora, Kuru and Kayah.")
        #expect(["Mora", "Kuru", "Kayah"].allSatisfy { others.mention($0)?.entity == nil })
    }

    @Test func armiesMilitiasAndSpokesmenOfTheTheatresAreListed() throws {
        let text = "Al-Shabaab spokesman Sheikh Abdiasis Abu Musab said the Kenya Defence Forces had fled. "
            + "Brig. Gen. Onyema Nwachukwu said Bakura Doro was killed. The Volunteers for the Defence of the Homeland "
            + "and Dan Na Ambassagou fought the Islamic State Central Africa Province and the CSP-DPA."
        let d = try EntitiesFixtures.run(text)
        let expected: [(String, String)] = [
            ("Abdiasis Abu Musab", "per.abdiasis_abu_musab"), ("Kenya Defence Forces", "org.kenya_defence_forces"),
            ("Onyema Nwachukwu", "per.onyema_nwachukwu"), ("Bakura Doro", "per.bakura_doro"),
            ("Volunteers for the Defence of the Homeland", "org.vdp"), ("Dan Na Ambassagou", "org.dan_na_ambassagou"),
            ("Islamic State Central Africa Province", "org.iscap"), ("CSP-DPA", "org.csp_dpa"),
        ]
        for (name, id) in expected {
            #expect(d.mention(name)?.entity == id, "\(name)")
        }
    }

    @Test func aTwoLetterAcronymIsItsListedLettersOnly() throws {
        let d = try EntitiesFixtures.run("STATEMENT ON THE OPERATION. The UN envoy flew to the ISS aboard the USS Ford. The US army replied.")
        #expect(d.mention("UN")?.entity == "org.un")
        #expect(d.mention("ON") == nil)
        #expect(d.mention("ISS") == nil)
        #expect(d.mention("USS") == nil)
        #expect(d.mention("US army")?.entity != nil || d.mention("US")?.entity == "loc.united_states")
    }

    @Test func aPluralsApostropheJoinsATableForm() throws {
        // The table lists "Kurdistan Workers Party"; the text writes the plural's possessive.
        let d = try EntitiesFixtures.run("The Kurdistan Workers' Party said so. The Kurdistan Workers’ Party agreed. The United States’ military replied.")
        for m in d.entities { #expect(d.string(m.span) == m.text) }
        #expect(d.entities.filter { $0.entity == "org.pkk" }.map(\.text) == ["Kurdistan Workers' Party", "Kurdistan Workers’ Party"])
        #expect(d.mention("United States’ military")?.entity == "org.us_military")
    }

    @Test func aCountrysPossessiveNamesItsListedOrganisation() throws {
        let text = "Russia's defence ministry said so. Mali's army replied. Nigeria's military spokesman spoke, "
            + "and Ukraine's military intelligence did not. Russia's Defence Ministry agreed."
        let d = try EntitiesFixtures.run(text)
        for m in d.entities { #expect(d.string(m.span) == m.text) }
        let found = d.entities.map { ($0.text, $0.entity ?? "-") }
        #expect(found.filter { $0.1.hasPrefix("org.") }.map(\.0) == ["defence ministry", "army", "Defence Ministry"])
        #expect(d.mention("defence ministry")?.entity == "org.russian_defence_ministry")
        #expect(d.mention("army")?.entity == "org.malian_army")
        #expect(d.mention("Russia")?.entity == "loc.russia")
    }

    /// Folded spellings meet other words: "Jim" and "JeM" (Jaish-e-Mohammed), "Columbia" and
    /// "Colombia", "Saa" and "SAA", "Let" and "LeT", "SNA" and the Arabic spelling of Sanaa.
    @Test func lookAlikesOfTheNewFormsNameNoOne() throws {
        let text = "Let us hear Jim Jordan. The District of Columbia and Adolfo Rodriguez Saa agreed. The SNA advanced."
        let d = try EntitiesFixtures.run(text)
        let ids = Set(d.entities.compactMap(\.entity))
        for wrong in ["org.jaish_e_mohammed", "org.lashkar_e_taiba", "loc.colombia", "org.syrian_army", "loc.sanaa"] {
            #expect(!ids.contains(wrong), "\(wrong)")
        }
    }

    @Test func commandsMissionsAndAgenciesTheWireCopyQuotes() throws {
        let text = "U.S. Central Command said UKMTO had a report. ISPR said Pakistani troops fired. The HPG, quoted by ANF, "
            + "denied it, and Turkey's defence ministry, MONUSCO, UNIFIL, the IOM and dpa reported on El Obeid and Port Sudan. "
            + "The Armed Forces of the Philippines, the Colombian army and the Indian army did not."
        let d = try EntitiesFixtures.run(text)
        let expected: [(String, String)] = [
            ("U.S. Central Command", "org.centcom"), ("UKMTO", "org.ukmto"), ("ISPR", "org.ispr"), ("Pakistani troops", "org.pakistani_army"),
            ("HPG", "org.hpg"), ("ANF", "org.firat_news_agency"), ("Turkey's defence ministry", "org.turkish_defence_ministry"),
            ("MONUSCO", "org.monusco"), ("UNIFIL", "org.unifil"), ("IOM", "org.iom"), ("El Obeid", "loc.el_obeid"), ("Port Sudan", "loc.port_sudan"),
            ("Armed Forces of the Philippines", "org.philippine_armed_forces"), ("Colombian army", "org.colombian_army"), ("Indian army", "org.indian_army"),
        ]
        for (name, id) in expected {
            #expect(d.mention(name)?.entity == id, "\(name)")
        }
    }
}
