import ClaimlineCore
import ClaimlineICU
import ClaimlineRules

/// The entities stage's tables, loaded and checked once: entity tables (gazetteers), the
/// fold rules that make variant spellings meet, and the English context words read around
/// names. Every table is named on the pipeline line:
///
///     entities gazetteer=… script=….icu folds=… particles=… variants=… do_not_merge=…
///              titles=… roles=… demonyms=… not_names=…
struct EntitiesPlan: StagePlan {
    let kind = StageKind.entities
    /// The fold rules compiled by the folder that checked them, for each worker's own folder.
    let foldTables: NameFolder.Tables
    let entries: [GazetteerEntry]
    let entryIndex: [String: Int32]
    let forms: [CompiledForm]
    /// `FormTraits` of each form, by form index.
    let traits: [FormTraits]
    /// Every form's `spellings`, one form after another (`FormTraits.spellingsStart`): the
    /// matcher compares them at every candidate without reaching into the forms.
    let spellings: [UInt64]
    let gazetteer: PhraseIndex
    let vocabulary: Vocabulary
    let lexicon: EntityLexicon
    /// For each entry, the entries holding a role towards it (spokesman of org.aqim).
    let affiliates: [String: [(entry: Int32, affiliation: Affiliation)]]
    /// For each person, by entry index, the keys of its canonical name's parts, and the last
    /// one (surname; -1 for the other entries). Aliases are left out: a nom de guerre's parts
    /// ("Ali" of a long alias) would link short names of other people.
    let nameKeys: [[Int32]]
    let surnames: [Int32]
    /// What the tables say about each vocabulary key, by key id.
    let flags: [WordFlags]
    /// Whether each entry is a person, by entry index.
    let isPerson: [Bool]
    /// For each country with a demonym, by entry index, the key of its first demonym listed
    /// ("Russian" for loc.russia): "Russia's defence ministry" is the "Russian Defence Ministry".
    let demonymKeys: [Int32: Int32]
    /// Entry names and forms, for the metadata's source and translator.
    let metadataNames: MetadataNames

    static let keys: Set<String> = ["gazetteer", "script", "folds", "particles", "variants", "do_not_merge",
                                    "titles", "roles", "demonyms", "not_names", "given_names"]

    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {
        try line.checkKeys(Self.keys)
        let folds = try Self.loadFolds(line, source: source)
        // The folds of the tables' non-ASCII parts from an earlier run or shipped beside the
        // pipeline, when there are some for these sections; else ICU will be needed, and its
        // registry is built meanwhile.
        let scriptFolds = folds.script.isEmpty ? nil : ScriptFoldCache(sections: folds.script, shipped: source.base.path)
        if scriptFolds?.isWarm == false { Transliterator.buildRegistryInBackground() }
        // The entity tables are read, and what needs no folder done with them, before the
        // folder is built: its ICU transliterators wait for ICU's registry, which may be being
        // built on another thread meanwhile. A broken fold table is still the error reported first.
        let loaded = Result { () throws(RuleErrors) in try Self.loadEntries(line, source: source) }
            .map { ($0, FormCompiler.splitForms($0), MetadataNames($0)) }
        let folder = try NameFolder(folds, scriptFolds: scriptFolds)
        let (entries, split, metadataNames) = try loaded.get()
        var index: [String: Int32] = [:]
        for (i, e) in entries.enumerated() { index[e.id] = Int32(i) }
        var compiler = FormCompiler(folder: folder)
        var gazetteer = PhraseTrie()
        var errors: [RuleError] = []
        var forms: [CompiledForm] = []
        do { forms = try compiler.compileGazetteer(entries, split: split, into: &gazetteer) } catch { errors += error.errors }
        let lexicon = Self.loadLexicon(line, source: source, compiler: &compiler, known: index, errors: &errors)
        var affiliates: [String: [(Int32, Affiliation)]] = [:]
        for (i, entry) in entries.enumerated() {
            for a in entry.affiliations {
                if index[a.target] == nil { errors.append(RuleError(a.location, "unknown entity \(a.target) in affiliation")) }
                affiliates[a.target, default: []].append((Int32(i), a))
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        scriptFolds?.save()
        self.foldTables = folder.tables
        self.entries = entries
        self.entryIndex = index
        self.forms = forms
        var spellings: [UInt64] = []
        self.traits = forms.map { form in
            defer { spellings += form.spellings }
            return FormTraits(form, spellingsAt: spellings.count)
        }
        self.spellings = spellings
        self.gazetteer = PhraseIndex(gazetteer)
        self.lexicon = lexicon
        self.affiliates = affiliates
        var nameKeys = [[Int32]](repeating: [], count: entries.count)
        var surnames = [Int32](repeating: -1, count: entries.count)
        // Every form compiled (no error was thrown), in entry order: an entry's forms start
        // at `first`. The name is usually its first form, whose keys are there already.
        var first = 0
        for (e, entry) in entries.enumerated() {
            defer { first += entry.forms.count }
            guard entry.type == "PER" else { continue }
            let isFirstForm = first < forms.count && forms[first].entry == Int32(e)
                && entry.forms.first?.text.hasSameUTF8(as: entry.name) == true
            let keys = isFirstForm ? forms[first].keys : compiler.compile(entry.name).keys
            guard let last = keys.last else { continue }
            nameKeys[e] = Array(Set(keys))
            surnames[e] = last
        }
        self.nameKeys = nameKeys
        self.isPerson = entries.map { $0.type == "PER" }
        var demonymKeys: [Int32: (key: Int32, line: Int)] = [:]
        for (key, d) in lexicon.demonyms {
            guard let country = index[d.country] else { continue }
            if let known = demonymKeys[country], known.line <= d.location.line { continue }
            demonymKeys[country] = (key, d.location.line)
        }
        self.demonymKeys = demonymKeys.mapValues(\.key)
        self.metadataNames = metadataNames
        self.vocabulary = compiler.vocabulary
        self.flags = WordFlags.table(vocabulary: compiler.vocabulary, gazetteer: self.gazetteer, lexicon: lexicon)
        self.surnames = surnames
    }

    func makeStage() throws(StageError) -> any Stage {
        EntitiesStage(plan: self, folder: NameFolder(sharing: foldTables))
    }

    /// Every entity table; an id listed twice, in one table or across tables, is an error.
    static func loadEntries(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var seen: [String: SourceLocation] = [:]
        var errors: [RuleError] = []
        for option in line.values("gazetteer") {
            do {
                let table = try GazetteerTable(file: source.displayName(option.value), text: try source.read(option.value, from: option.location))
                for entry in table.entries {
                    if let first = seen[entry.id] {
                        errors.append(RuleError(entry.location, "duplicate id \(entry.id), first listed at \(first)"))
                        continue
                    }
                    seen[entry.id] = entry.location
                    entries.append(entry)
                }
            } catch { errors += error.errors }
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        return entries
    }

    static func loadFolds(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) -> FoldRules {
        var folds = FoldRules()
        var errors: [RuleError] = []
        func each(_ key: String, _ columns: [String], _ body: (inout FoldRules, Table) throws(RuleErrors) -> Void) {
            for option in line.values(key) {
                do { try body(&folds, try source.table(option.value, required: columns, from: option.location)) } catch { errors += error.errors }
            }
        }
        for option in line.values("script") {
            do { try folds.addScript(file: source.displayName(option.value), text: try source.read(option.value, from: option.location)) } catch { errors += error.errors }
        }
        each("folds", ["id", "kind", "from", "to"]) { (f, t) throws(RuleErrors) in try f.addRewrites(t) }
        each("particles", ["id", "key", "spellings", "use"]) { (f, t) throws(RuleErrors) in try f.addParticles(t) }
        each("variants", ["id", "key", "spellings"]) { (f, t) throws(RuleErrors) in try f.addVariants(t) }
        each("do_not_merge", ["id", "a", "b"]) { (f, t) throws(RuleErrors) in try f.addDoNotMerge(t) }
        // The ICU sections and the classes are checked by the NameFolder the plan compiles next.
        if !errors.isEmpty { throw RuleErrors(errors) }
        return folds
    }

    static func loadLexicon(_ line: PipelineSpec.StageLine, source: RuleSource, compiler: inout FormCompiler,
                            known: [String: Int32], errors: inout [RuleError]) -> EntityLexicon {
        var lexicon = EntityLexicon()
        func each(_ key: String, _ columns: [String], _ body: (Table) -> Void) {
            for option in line.values(key) {
                do { body(try source.table(option.value, required: columns, from: option.location)) } catch { errors += error.errors }
            }
        }
        lexicon.loadStructuralWords(&compiler)
        each("titles", ["id", "title"]) { lexicon.loadTitles($0, compiler: &compiler, errors: &errors) }
        var roles = PhraseTrie()
        each("roles", ["id", "role", "phrase"]) { lexicon.loadRoles($0, into: &roles, compiler: &compiler, errors: &errors) }
        lexicon.roles = PhraseIndex(roles)
        each("demonyms", ["id", "word", "country", "forces"]) { lexicon.loadDemonyms($0, compiler: &compiler, known: known, errors: &errors) }
        each("not_names", ["id", "kind", "words"]) { lexicon.loadNotNames($0, compiler: &compiler, errors: &errors) }
        each("given_names", ["id", "names"]) { lexicon.loadGivenNames($0, errors: &errors) }
        return lexicon
    }
}
