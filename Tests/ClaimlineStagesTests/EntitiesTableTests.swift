import ClaimlineCore
import ClaimlineRules
@testable import ClaimlineStages
import Testing

/// Adding people and fold rules is a table edit; a malformed table is an error at file:line:column.
@Suite struct EntitiesTableTests {
    static let header = "id\ttype\tkind\tname\taliases\tarabic\tactive\taffiliations\tsource\n"
    static let script = "#= fold.diacritics\n::NFD;\n::[:Nonspacing Mark:] Remove;\n::NFC;\n#= fold.marks\n[\\u0027\\u2019\\u02BF] > ;\n"
    static let particles = "id\tkey\tspellings\tuse\nparticle.ag\tag\tagh\tconnector\nparticle.al\tal\tel\tarticle\n"
    static let line = "entities gazetteer=people.tsv script=names.icu folds=folds.tsv particles=particles.tsv"

    static func plan(people: String, folds: String, extra: [String: String] = [:], line: String = line) throws -> PipelinePlan {
        var files = ["people.tsv": header + people, "names.icu": script, "folds.tsv": "id\tkind\tfrom\tto\n" + folds,
                     "particles.tsv": particles]
        files.merge(extra) { $1 }
        return try EntitiesFixtures.pipeline(files: files, line: line)
    }

    static func errors(_ body: () throws -> Void) -> [String] {
        do { try body() } catch let e as RuleErrors { return e.errors.map(\.description) } catch { return ["\(error)"] }
        return []
    }

    static let kader = "per.kader_ag_tamaret\tPER\tmilitant\tKader Ag Tamaret\tQader Ag Tamaret|Kadir Ag Tamarit|Abdelkader Tamaret|Abu Tamaret|Le Borgne\tعبد القادر تماريت\t2012..\t-\twritten for this test\n"

    @Test func aNewPersonWithSixSpellingsIsFoundUnderEverySpelling() throws {
        let plan = try Self.plan(people: Self.kader, folds: "fold.double\tsqueeze\t*\t-\n")
        for spelling in ["Kader Ag Tamaret", "Qader Ag Tamaret", "Kadir Ag Tamarit", "Abdelkader Tamaret", "Abu Tamaret", "Le Borgne", "عبد القادر تماريت"] {
            let d = try EntitiesFixtures.run("Yesterday \(spelling) spoke.", plan: plan)
            let m = d.mention(spelling)
            #expect(m?.entity == "per.kader_ag_tamaret", "\(spelling)")
            #expect(m?.activeFrom == 2012)
            #expect(m?.rule == "t/people.tsv:2")
        }
    }

    @Test func aFormMayHoldAPluralsApostrophe() throws {
        // Written with the apostrophe or without, in the table or in the text: one entity.
        let row = "org.test_workers_front\tORG\tarmed_group\tTest Workers' Front\tFront of the Test Workers'\t-\t-\t-\twritten for this test\n"
        let plan = try Self.plan(people: row, folds: "")
        for spelling in ["Test Workers' Front", "Test Workers Front", "Test Workers’ Front"] {
            let d = try EntitiesFixtures.run("Yesterday the \(spelling) spoke.", plan: plan)
            #expect(d.entities.contains { $0.entity == "org.test_workers_front" && d.string($0.span) == spelling }, "\(spelling)")
        }
    }

    @Test func manyPeopleSharingAFirstNameAreEachFoundByTheirOwnSurname() throws {
        // More surnames after one first name than the gazetteer reads one by one.
        let surnames = ["Tamaret", "Bakri", "Zaidi", "Amrani", "Haddad", "Kettani", "Benali", "Ouali", "Mansouri",
                        "Cherif", "Lamine", "Dicko", "Ghali", "Younes"]
        let people = surnames.map { "per.ahmed_\($0.lowercased())\tPER\t-\tAhmed \($0)\t-\t-\t-\t-\ttest\n" }.joined()
        let plan = try Self.plan(people: people, folds: "fold.double\tsqueeze\t*\t-\n")
        for surname in surnames {
            let d = try EntitiesFixtures.run("Yesterday Ahmed \(surname) spoke.", plan: plan)
            #expect(d.mention("Ahmed \(surname)")?.entity == "per.ahmed_\(surname.lowercased())")
        }
        #expect(try EntitiesFixtures.run("Yesterday Ahmed Tamaretti spoke.", plan: plan).entities.allSatisfy { $0.entity == nil })
    }

    @Test func aNewFoldRuleInTheTableMakesAnUnlistedSpellingMeet() throws {
        let text = "Yesterday Qadir Agh Tamarit spoke."
        let without = try Self.plan(people: Self.kader, folds: "fold.double\tsqueeze\t*\t-\n")
        #expect(try EntitiesFixtures.run(text, plan: without).entities.allSatisfy { $0.entity == nil })
        let with = try Self.plan(people: Self.kader, folds: "fold.q_k\tany\tq\tk\nfold.double\tsqueeze\t*\t-\n")
        let m = try EntitiesFixtures.run(text, plan: with).mention("Qadir Agh Tamarit")
        #expect(m?.entity == "per.kader_ag_tamaret")
        #expect(m?.folds.contains("fold.q_k") == true)
        #expect(m?.folds.contains("particle.ag") == true)
    }

    @Test func aDoNotMergePairStopsAFoldFromJoiningTwoNames() throws {
        let people = "per.muhammad_tamaret\tPER\t-\tMuhammad Tamaret\t-\t-\t-\t-\ttest\n"
        let dropVowels = "fold.drop_a\tany\ta\t-\nfold.drop_u\tany\tu\t-\nfold.double\tsqueeze\t*\t-\n"
        let loose = try Self.plan(people: people, folds: dropVowels)
        #expect(try EntitiesFixtures.run("Mahmud Tamaret spoke.", plan: loose).mention("Mahmud Tamaret")?.entity == "per.muhammad_tamaret")
        let guarded = try Self.plan(people: people, folds: dropVowels,
            extra: ["dnm.tsv": "id\ta\tb\ndnm.muhammad_mahmud\tmuhammad\tmahmud\n"], line: Self.line + " do_not_merge=dnm.tsv")
        let d = try EntitiesFixtures.run("Mahmud Tamaret spoke. Muhammad Tamaret too.", plan: guarded)
        #expect(d.mention("Mahmud Tamaret")?.entity == nil)
        #expect(d.mention("Muhammad Tamaret")?.entity == "per.muhammad_tamaret")
    }

    @Test func malformedRowsAreReportedWithFileLineAndColumn() {
        let rows = """
        per.x\tPERSONA\t-\tX\t-\t-\t-\t-\ts
        Per.Bad\tPER\t-\tBad\t-\t-\t-\t-\ts
        per.y\tPER\t-\tY\tA||B\t-\t-\t-\ts
        per.z\tPER\t-\tZ\t-\tZed\t-\t-\ts
        per.w\tPER\t-\tW\t-\t-\t20014\t-\ts
        per.v\tPER\t-\tV\t-\t-\t-\tspokesman of AQIM\ts
        """
        let errors = Self.errors { _ = try GazetteerTable(file: "t/p.tsv", text: Self.header + rows) }
        #expect(errors.contains("t/p.tsv:2:7: error: unknown type \"PERSONA\"; choose from: PER, ORG, LOC"))
        #expect(errors.contains("t/p.tsv:3:1: error: id \"Per.Bad\" of a PER must be per.snake_case_ascii"))
        #expect(errors.contains("t/p.tsv:4:17: error: empty form between \"|\" separators"))
        #expect(errors.contains("t/p.tsv:5:17: error: \"Zed\" in column arabic holds no Arabic-script letter"))
        #expect(errors.contains("t/p.tsv:6:19: error: years must read YYYY, YYYY..YYYY, YYYY.. or ..YYYY, found \"20014\""))
        #expect(errors.contains("t/p.tsv:7:21: error: affiliation must read role:entity_id[@YYYY..YYYY], found \"spokesman of AQIM\""))
        #expect(errors.count == 6)
        let short = Self.errors { _ = try GazetteerTable(file: "t/p.tsv", text: Self.header + "per.u\tPER\t-\tU\t-\t-\t-\n") }
        #expect(short.count == 1)
        #expect(short.first?.hasPrefix("t/p.tsv:2:") == true)
        #expect(short.first?.contains("expected 9 tab-separated cells") == true)
    }

    @Test func duplicateIdsAreRefusedInOneTableAndAcrossTables() throws {
        let twice = Self.kader + Self.kader
        #expect(Self.errors { _ = try GazetteerTable(file: "t/p.tsv", text: Self.header + twice) }
            == ["t/p.tsv:3:1: error: duplicate id per.kader_ag_tamaret, first listed at t/p.tsv:2:1"])
        let errors = Self.errors {
            _ = try Self.plan(people: Self.kader, folds: "", extra: ["more.tsv": Self.header + Self.kader],
                              line: Self.line + " gazetteer=more.tsv")
        }
        #expect(errors == ["t/more.tsv:2:1: error: duplicate id per.kader_ag_tamaret, first listed at t/people.tsv:2:1"])
    }

    @Test func twoEntitiesWhoseFormsFoldToOneKeyAreAnError() {
        let people = Self.kader + "per.kadir_ag_tamarit\tPER\t-\tKadir Ag Tamarit\t-\t-\t-\t-\ts\n"
        let errors = Self.errors { _ = try Self.plan(people: people, folds: "fold.e_i\tany\te\ti\n") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("t/people.tsv:3:") == true)
        #expect(errors.first?.contains("of per.kadir_ag_tamarit folds to the key of a form of per.kader_ag_tamaret") == true)
    }

    @Test func anAcronymInCapitalsMayShareTheKeyOfAnotherEntitysName() throws {
        // "SANA" folds as "Sanaa" does: the agency is its capitals as listed, the city the rest.
        let rows = "org.test_agency\tORG\tagency\tTest Arab News Agency\tSANA\t-\t-\t-\ttest\n"
            + "loc.test_city\tLOC\tcity\tSanaa\tSana'a\t-\t-\t-\ttest\n"
        let plan = try Self.plan(people: rows, folds: "fold.double\tsqueeze\t*\t-\n")
        let d = try EntitiesFixtures.run("SANA said that in Sanaa and Sana'a, near SANAA and Sana, it rained.", plan: plan)
        #expect(d.mention("SANA")?.entity == "org.test_agency")
        for city in ["Sanaa", "Sana'a", "SANAA", "Sana"] {
            #expect(d.mention(city)?.entity == "loc.test_city", "\(city)")
        }
        // Two acronyms, or two names, of one key are still an error.
        let twice = rows + "org.other_agency\tORG\tagency\tOther Agency\tSANAA\t-\t-\t-\ttest\n"
        let errors = Self.errors { _ = try Self.plan(people: twice, folds: "fold.double\tsqueeze\t*\t-\n") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("of org.other_agency folds to the key of a form of org.test_agency") == true, "\(errors)")
    }

    @Test func foldTablesAreCheckedToo() {
        let badKind = Self.errors { _ = try Self.plan(people: Self.kader, folds: "fold.x\teverywhere\tq\tk\n") }
        #expect(badKind == ["t/folds.tsv:2:8: error: unknown kind \"everywhere\"; choose from: any, start, end, squeeze"])
        let badLetters = Self.errors { _ = try Self.plan(people: Self.kader, folds: "fold.x\tany\tQ\tk\n") }
        #expect(badLetters.first?.hasPrefix("t/folds.tsv:2:12: error: lower-case ASCII letters expected") == true)
        let badICU = Self.errors {
            _ = try Self.plan(people: Self.kader, folds: "", extra: ["names.icu": "#= fold.broken\n\n[a-z > ;\n"])
        }
        #expect(badICU.count == 1, "\(badICU)")
        #expect(badICU.first?.hasPrefix("t/names.icu:3:") == true, "\(badICU)")
        #expect(badICU.first?.contains("ICU rejected rule of fold.broken") == true)
    }

    @Test func everyBrokenICUSectionIsReportedInFileOrder() {
        let icu = "#= fold.first\n[a-z > ;\n#= fold.fine\na > b ;\n#= fold.second\n\n[q > ;\n"
        let errors = Self.errors { _ = try Self.plan(people: Self.kader, folds: "", extra: ["names.icu": icu]) }
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.first?.hasPrefix("t/names.icu:2:") == true && errors.first?.contains("of fold.first") == true, "\(errors)")
        #expect(errors.last?.hasPrefix("t/names.icu:7:") == true && errors.last?.contains("of fold.second") == true, "\(errors)")
    }

    @Test func tablesInTheAliasPerRowLayoutOfOtherToolsLoad() throws {
        let table = try GazetteerTable(file: "t/g.tsv", text: "id\tlabel\tsurface\nomar_ould_hamaha\tPERSON\tOmar Ould Hamaha\nomar_ould_hamaha\tPERSON\tRed Beard\nplace_ménaka\tGPE\tMénaka\n")
        #expect(table.entries.map(\.id) == ["per.omar_ould_hamaha", "loc.place_menaka"])
        #expect(table.entries[0].forms.map(\.text) == ["Omar Ould Hamaha", "Red Beard"])
    }

    @Test func aGivenNameOfTwoWordsIsAnErrorAtItsColumn() throws {
        let given = "id\tnames\ngiven.test\tAdama|Jean Marie\n"
        let errors = Self.errors {
            _ = try Self.plan(people: Self.kader, folds: "", extra: ["given.tsv": given], line: Self.line + " given_names=given.tsv")
        }
        #expect(errors == ["t/given.tsv:2:18: error: a given name is one word, found \"Jean Marie\""])
    }
}
