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
}
