import ClaimlineCore
import ClaimlineRules

/// A gazetteer form compiled to folded keys. A class: the matcher reads forms in its inner
/// loop, and a struct of arrays would be copied (and retained field by field) at each read.
final class CompiledForm: Sendable {
    /// Index of the entry in `EntitiesPlan.entries`.
    let entry: Int32
    /// Keys of the parts that take part in matching (articles are left out).
    let keys: [Int32]
    /// Per key: the fold rules that changed the form's part, and its do-not-merge class.
    let rules: [[String]]
    let guards: [Int32]
    /// Per key: the hash of the form's spelling of the part (see `PartKeyCache.hash`).
    let spellings: [UInt64]
    /// `file:line` of the row that lists the form.
    let rule: String
    /// A one-part form must be capitalised in the text; a two-letter acronym or a form of initials ("E.U.") must be upper case.
    let needsCapital: Bool
    let needsUpper: Bool
    /// The form starts with "the", which must be present but is not part of the mention.
    let leadingThe: Bool

    init(entry: Int32, keys: [Int32], rules: [[String]], guards: [Int32], spellings: [UInt64], rule: String,
         needsCapital: Bool, needsUpper: Bool, leadingThe: Bool) {
        self.entry = entry
        self.keys = keys
        self.rules = rules
        self.guards = guards
        self.spellings = spellings
        self.rule = rule
        self.needsCapital = needsCapital
        self.needsUpper = needsUpper
        self.leadingThe = leadingThe
    }
}

/// What the matcher checks of a form at every candidate, in a plain struct kept in a dense
/// array (no reference to follow, nothing to retain).
struct FormTraits: Sendable {
    let entry: Int32
    /// Where the form's spellings start in `EntitiesPlan.spellings`, and how many (one per key).
    let spellingsStart: Int32
    let keyCount: UInt16
    let singleKey: Bool
    let needsCapital: Bool
    let needsUpper: Bool
    let leadingThe: Bool
    let hasGuards: Bool

    init(_ form: CompiledForm, spellingsAt start: Int) {
        entry = form.entry
        spellingsStart = Int32(start)
        keyCount = UInt16(form.spellings.count)
        singleKey = form.keys.count == 1
        needsCapital = form.needsCapital
        needsUpper = form.needsUpper
        leadingThe = form.leadingThe
        hasGuards = form.guards.contains { $0 >= 0 }
    }
}

/// The first form (entry, and form within the entry; -1 for none) of a key sequence that is no
/// acronym, and its first acronym.
private struct FormOwners {
    var name: (entry: Int32, form: Int32) = (-1, -1)
    var acronym: (entry: Int32, form: Int32) = (-1, -1)
}

/// Folds phrases of the tables into vocabulary keys with one `NameFolder`.
struct FormCompiler {
    let folder: NameFolder
    var vocabulary = Vocabulary()
    /// The key of "the" (needed by patterns in code), once seen.
    private(set) var theKey: Int32 = -1

    init(folder: NameFolder) {
        self.folder = folder
        theKey = vocabulary.id(folder.fold("the").key)
    }

    struct Phrase {
        var keys: [Int32] = []
        var rules: [[String]] = []
        var guards: [Int32] = []
        var spellings: [UInt64] = []
        var breaks: Bool = false
        var firstPart: String = ""
        var lastPart: String = ""
    }

    /// The keys of a phrase; `breaks` is set when punctuation splits it (it could never match).
    mutating func compile(_ text: String) -> Phrase { compile(parts: NameParts.split(text)) }

    /// The keys of a phrase already split by `NameParts.split`.
    mutating func compile(parts: [(text: String, part: NamePart)]) -> Phrase {
        var phrase = Phrase()
        phrase.keys.reserveCapacity(parts.count)
        phrase.rules.reserveCapacity(parts.count)
        phrase.guards.reserveCapacity(parts.count)
        phrase.spellings.reserveCapacity(parts.count)
        var prefix = ""
        for (i, (partText, part)) in parts.enumerated() {
            let inner = i < parts.count - 1
            if inner && !part.joinsNext { phrase.breaks = true }
            let alone = folder.fold(partText)
            // "Abd el-Kader" is folded as "Abdelkader", as the text side does.
            if inner && part.joinsNext && (prefix.isEmpty ? alone.particle == .compound
                                           : alone.particle == .article || alone.particle == .articleHyphen) {
                prefix += partText
                continue
            }
            let spelling = prefix.isEmpty ? partText : prefix + partText
            let folded = prefix.isEmpty ? alone : folder.fold(spelling)
            if prefix.isEmpty && Self.isSkipped(folded, hyphenNext: part.hyphenNext) && inner { continue }
            phrase.keys.append(vocabulary.id(folded.key))
            phrase.rules.append(folded.rules)
            phrase.guards.append(folded.guardClass)
            phrase.spellings.append(prefix.isEmpty ? part.hash : PartKeyCache.hash(spelling))
            prefix = ""
        }
        phrase.firstPart = parts.first?.text ?? ""
        phrase.lastPart = parts.last?.text ?? ""
        return phrase
    }

    mutating func key(_ word: String) -> Int32 { vocabulary.id(folder.fold(word).key) }

    /// Articles are transparent in matching; an assimilated article only when hyphen-joined.
    static func isSkipped(_ part: FoldedPart, hyphenNext: Bool) -> Bool {
        part.particle == .article || (part.particle == .articleHyphen && hyphenNext)
    }

    /// The parts of every form of every entry, in the order `compileGazetteer` reads them.
    /// Splitting needs no folder, so it can run while the folder's transliterators wait for ICU.
    static func splitForms(_ entries: [GazetteerEntry]) -> [[(text: String, part: NamePart)]] {
        entries.flatMap { entry in entry.forms.map { NameParts.split($0.text) } }
    }

    /// A form of single capital ASCII letters ("E.U.", "U.S."), which matches only its listed letters:
    /// "E.O. Akinyemi" folds to the key of "E.U." and names no union.
    static func isInitials(_ parts: [(text: String, part: NamePart)]) -> Bool {
        parts.count >= 2 && parts.allSatisfy { p in p.text.utf8.count == 1 && p.text.utf8.first.map { (65...90).contains($0) } == true }
    }

    /// Compiles every form of every entry into the gazetteer index; two entries whose forms
    /// fold to one key sequence are an error (the text could not tell them apart), unless one
    /// of them is a one-part acronym in capitals: that one then matches only its listed letters
    /// ("SANA", the agency, and "Sanaa", the city). `split` holds the forms' parts (`splitForms`).
    mutating func compileGazetteer(_ entries: [GazetteerEntry], split: [[(text: String, part: NamePart)]],
                                   into index: inout PhraseTrie) throws(RuleErrors) -> [CompiledForm] {
        var forms: [CompiledForm] = []
        // Per key sequence, its first form that is no acronym and its first acronym.
        var owners: [[Int32]: FormOwners] = [:]
        // Acronyms of three letters or more, read again once every form is in.
        var longerAcronyms: [Int] = []
        var errors: [RuleError] = []
        // "file:" is built once per table, not once per form.
        var filePrefix: (file: String, text: String)? = nil
        var next = 0
        for (e, entry) in entries.enumerated() {
            for (k, form) in entry.forms.enumerated() {
                let phrase = compile(parts: split[next])
                next += 1
                if phrase.breaks || phrase.keys.isEmpty {
                    errors.append(RuleError(form.location, "form \"\(form.text)\" of \(entry.id) has punctuation inside a name; it could never match"))
                    continue
                }
                let single = phrase.keys.count == 1
                let letters = phrase.firstPart.unicodeScalars
                let acronym = single && !letters.isEmpty && letters.allSatisfy { $0.isASCII ? ("A"..."Z").contains($0) : $0.properties.isUppercase }
                var owner = owners[phrase.keys] ?? FormOwners()
                let same = acronym ? owner.acronym : owner.name
                if same.entry >= 0 && same.entry != Int32(e) {
                    let first = entries[Int(same.entry)]
                    errors.append(RuleError(form.location, "form \"\(form.text)\" of \(entry.id) folds to the key of a form of \(first.id) (\(first.forms[Int(same.form)].location)); add a do-not-merge pair or drop one"))
                    continue
                }
                if same.entry < 0 {
                    if acronym { owner.acronym = (Int32(e), Int32(k)) } else { owner.name = (Int32(e), Int32(k)) }
                    owners[phrase.keys] = owner
                }
                let leadingThe = phrase.keys.count > 1 && phrase.keys[0] == theKey
                if filePrefix?.file.hasSameUTF8(as: form.location.file) != true { filePrefix = (form.location.file, form.location.file + ":") }
                if acronym, letters.count > 2 { longerAcronyms.append(forms.count) }
                index.insert(phrase.keys, payload: Int32(forms.count))
                forms.append(CompiledForm(entry: Int32(e), keys: phrase.keys, rules: phrase.rules, guards: phrase.guards, spellings: phrase.spellings,
                    rule: filePrefix!.text + String(form.location.line),  // ruleID, without interpolation
                    needsCapital: single, needsUpper: acronym && letters.count <= 2 || Self.isInitials(split[next - 1]), leadingThe: leadingThe))
            }
        }
        // A longer acronym is its listed letters when another entity's name shares its key.
        for f in longerAcronyms {
            let form = forms[f]
            guard let name = owners[form.keys]?.name, name.entry >= 0, name.entry != form.entry else { continue }
            forms[f] = CompiledForm(entry: form.entry, keys: form.keys, rules: form.rules, guards: form.guards, spellings: form.spellings,
                                    rule: form.rule, needsCapital: form.needsCapital, needsUpper: true, leadingThe: form.leadingThe)
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        return forms
    }
}
