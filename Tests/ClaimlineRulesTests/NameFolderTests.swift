import ClaimlineCore
import Foundation
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

    static let icuScript = "#= fold.arabic_latin non_ascii\n::Arabic-Latin;\n#= fold.diacritics non_ascii\n::NFD;\n::[:Nonspacing Mark:] Remove;\n::NFC;\n"

    static func scratchFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("claimline-folds-\(UUID().uuidString)").path
    }

    @Test("kept script folds fold every part as ICU does; a part they lack is folded by ICU and kept")
    func keptScriptFoldsFoldAlike() throws {
        let dir = Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var rules = FoldRules()
        try rules.addScript(file: "t/names.icu", text: Self.icuScript)
        let parts = ["Keïta", "Ménaka", "عمر", "حماها", "Abū", "Tombouctou"]
        let reference = try NameFolder(rules)
        let first = ScriptFoldCache(sections: rules.script, directory: dir)
        #expect(!first.isWarm)
        let cold = try NameFolder(rules, scriptFolds: first)
        for part in parts { #expect(cold.fold(part) == reference.fold(part), "\(part)") }
        first.save()
        let second = ScriptFoldCache(sections: rules.script, directory: dir)
        #expect(second.isWarm)
        #expect(second["عمر"]?.rules == ["fold.arabic_latin"])
        #expect(second["Tombouctou"] == nil)   // plain ASCII: folded without ICU, never kept
        let warm = try NameFolder(rules, scriptFolds: second)
        for part in parts + ["Ségou", "قاعدة"] { #expect(warm.fold(part) == reference.fold(part), "\(part)") }
        second.save()
        #expect(ScriptFoldCache(sections: rules.script, directory: dir)["Ségou"] != nil)
    }

    @Test("folds kept for other sections, or in a damaged file, are not read")
    func keptScriptFoldsOnlyForTheirSections() throws {
        let dir = Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var rules = FoldRules(), changed = FoldRules()
        try rules.addScript(file: "t/names.icu", text: Self.icuScript)
        try changed.addScript(file: "t/names.icu", text: Self.icuScript.replacingOccurrences(of: "::NFC;", with: "::NFKC;"))
        let kept = ScriptFoldCache(sections: rules.script, directory: dir)
        _ = try NameFolder(rules, scriptFolds: kept).fold("Ménaka")
        kept.save()
        let other = ScriptFoldCache(sections: changed.script, directory: dir)
        #expect(!other.isWarm)
        #expect(other.path != kept.path)
        let path = try #require(kept.path)
        let header = try String(contentsOfFile: path, encoding: .utf8).prefix { $0 != "\n" }
        for damaged in ["claimline script folds 1\tnot-the-key\n", "\(header)\nMénaka\tMenaka\n", "\(header)\nMénaka\tMenaka\tfold.diacritics"] {
            try Data(damaged.utf8).write(to: URL(fileURLWithPath: path))
            #expect(!ScriptFoldCache(sections: rules.script, directory: dir).isWarm, "\(damaged)")
        }
        // A whole file is read, and a folder given it takes its folds without running ICU: a
        // fold no section would make shows it.
        try Data("\(header)\nMénaka\tMenakaKept\tfold.diacritics\n".utf8).write(to: URL(fileURLWithPath: path))
        let whole = ScriptFoldCache(sections: rules.script, directory: dir)
        #expect(whole["Ménaka"]?.rules == ["fold.diacritics"])
        #expect(try NameFolder(rules, scriptFolds: whole).fold("Ménaka").key == "menakakept")
        #expect(!ScriptFoldCache(sections: rules.script, directory: nil).isWarm)
    }

    @Test("folds shipped beside a pipeline are read when none are kept, never written; new parts are kept")
    func shippedScriptFolds() throws {
        let shipped = Self.scratchFolder(), cache = Self.scratchFolder()
        defer { for dir in [shipped, cache] { try? FileManager.default.removeItem(atPath: dir) } }
        var rules = FoldRules()
        try rules.addScript(file: "t/names.icu", text: Self.icuScript)
        let made = ScriptFoldCache(sections: rules.script, directory: shipped)
        _ = try NameFolder(rules, scriptFolds: made).fold("Ménaka")
        made.save()
        let shippedFile = try #require(made.path)
        // A fold no section would make shows which file was read.
        let header = try String(contentsOfFile: shippedFile, encoding: .utf8).prefix { $0 != "\n" }
        try Data("\(header)\nMénaka\tMenakaShipped\tfold.diacritics\n".utf8).write(to: URL(fileURLWithPath: shippedFile))
        let before = try Data(contentsOf: URL(fileURLWithPath: shippedFile))

        let nothingKept = ScriptFoldCache(sections: rules.script, directory: nil, shipped: shipped)
        #expect(nothingKept.isWarm)
        #expect(try NameFolder(rules, scriptFolds: nothingKept).fold("Ménaka").key == "menakashipped")
        nothingKept.save()

        // With a cache folder: the shipped folds and a part they lack go there together.
        let withCache = ScriptFoldCache(sections: rules.script, directory: cache, shipped: shipped)
        #expect(withCache.isWarm)
        let folder = try NameFolder(rules, scriptFolds: withCache)
        #expect(folder.fold("Ségou").key == "segou")
        withCache.save()
        #expect(try Data(contentsOf: URL(fileURLWithPath: shippedFile)) == before)
        let kept = ScriptFoldCache(sections: rules.script, directory: cache)
        #expect(kept.isWarm)
        #expect(kept["Ségou"] != nil)
        #expect(kept["Ménaka"]?.text == "MenakaShipped")
        // A kept file comes before the shipped one.
        let keptFile = try #require(kept.path)
        try Data("\(header)\nMénaka\tMenakaKept\tfold.diacritics\n".utf8).write(to: URL(fileURLWithPath: keptFile))
        #expect(ScriptFoldCache(sections: rules.script, directory: cache, shipped: shipped)["Ménaka"]?.text == "MenakaKept")
    }
}
