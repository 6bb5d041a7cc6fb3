import ClaimlineCore
@testable import ClaimlineRules
import Testing

/// What a name part folds to, and which rules a record then cites.
@Suite("Name folding")
struct NameFolderTests {
    static func folder(rewrites: String, script: String = "") throws -> NameFolder {
        var rules = FoldRules()
        try rules.addRewrites(Table(file: "t/folds.tsv", text: "id\tkind\tfrom\tto\n" + rewrites, required: ["id", "kind", "from", "to"]))
        if !script.isEmpty { try rules.addScript(file: "t/names.icu", text: script) }
        return try NameFolder(rules)
    }

    static let rewrites = "fold.dj_j\tstart\tdj\tj\nfold.ou_u\tany\tou\tu\nfold.ne_n\tend\tne\tn\nfold.double\tsqueeze\t*\t-\n"

    @Test("each kind of rewrite applies where it says, in table order, and is cited")
    func rewritesApplyInOrder() throws {
        let folder = try Self.folder(rewrites: Self.rewrites)
        #expect(folder.fold("Djouhaina") == FoldedPart(key: "juhaina", rules: ["fold.dj_j", "fold.ou_u"], particle: nil, guardClass: -1))
        #expect(folder.fold("Mourabitoune").key == "murabitun")
        #expect(folder.fold("Mourabitoune").rules == ["fold.ou_u", "fold.ne_n"])
        #expect(folder.fold("Hammaha") == FoldedPart(key: "hamaha", rules: ["fold.double"], particle: nil, guardClass: -1))
        // An end rule needs something before the ending; a start rule only the start.
        #expect(folder.fold("ne").rules.isEmpty)
        #expect(folder.fold("Adjou").key == "adju")
        #expect(folder.foldOnce("AQIM") == folder.fold("AQIM"))
    }

    @Test("a section declared non_ascii is not run on ASCII parts; the others are")
    func nonASCIISectionsSkipASCIIParts() throws {
        // Both sections would turn k into q; only the undeclared one may touch "Kader".
        let script = "#= fold.k_q_any\nk > q;\n#= fold.e_a_scoped non_ascii\ne > a;\n"
        let folder = try Self.folder(rewrites: "", script: script)
        #expect(folder.fold("ka'der").key == "qa'der")
        #expect(folder.fold("ka'der").rules == ["fold.k_q_any"])
        #expect(folder.fold("kadér").key == "qadér")
        #expect(folder.fold("kadér").rules == ["fold.k_q_any"])
        #expect(folder.fold("kadeé").key == "qadaé")
        #expect(folder.fold("kadeé").rules == ["fold.k_q_any", "fold.e_a_scoped"])
    }

    @Test("an unknown section scope is an error at its file, line and column")
    func unknownScopeIsAnError() {
        var rules = FoldRules()
        #expect(throws: RuleErrors.self) { try rules.addScript(file: "t/names.icu", text: "# x\n#= fold.a ascii\nk > q;\n") }
        do { try rules.addScript(file: "t/names.icu", text: "# x\n#= fold.a ascii\nk > q;\n") } catch {
            #expect(error.errors.map(\.description) == ["t/names.icu:2:11: error: unknown section scope \"ascii\"; the only one is non_ascii"])
        }
    }

    @Test("a folder made from another's tables folds every part as the original does")
    func sharedTablesFoldAlike() throws {
        let script = "#= fold.k_q_any\nk > q;\n#= fold.e_a_scoped non_ascii\ne > a;\n"
        let original = try Self.folder(rewrites: Self.rewrites, script: script)
        let sibling = NameFolder(sharing: original.tables)
        for part in ["Djouhaina", "ka'der", "kadeé", "Hammaha", "AQIM", "Mourabitoune"] {
            #expect(sibling.fold(part) == original.fold(part))
        }
    }
}
