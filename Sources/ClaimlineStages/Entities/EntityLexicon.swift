import ClaimlineCore
import ClaimlineRules

/// The English context words the entities stage reads around names, from tables:
/// titles (`Mr.`, `Sheikh`), role phrases (`spokesman`, `Defence Minister`), demonyms
/// (`French` → loc.france; "the French" → org.french_army) and words that are never a name.
struct EntityLexicon: Sendable {
    struct Role: Sendable {
        let id: String
        let role: String
    }

    struct Demonym: Sendable {
        let id: String
        let country: String
        let forces: String?
        let location: SourceLocation
    }

    enum NotName: String, Sendable, CaseIterable {
        /// Function words and pronouns: never start a name.
        case function
        /// Months, weekdays.
        case calendar
        /// Words of organisation names (Brigade, Front): a run holding one is not a person.
        case orgWord = "org_word"
        /// Words that head an organisation's name ("Army", "Ministry"): capitalised words
        /// ending on one, or one followed by "of" or "for" and capitalised words, name an
        /// organisation no table lists. Each is an `org_word` too.
        case orgHead = "org_head"
        /// Nouns a demonym modifies ("French soldiers"): then it is an adjective, not "the French".
        case nounHead = "noun_head"
        /// Words after which capitalised words no table lists name a place, "of" perhaps
        /// between ("near Damboa", "the village of Karma", "north of Kismayo").
        case placeBefore = "place_before"
        /// Lower-case nouns after such words that make them a place and stay out of its span
        /// ("Taye village", "the Belgorod region").
        case placeNoun = "place_noun"
        /// Lower-case nouns of a natural feature after such words, part of the place's name
        /// ("the Wagadou forest", "the Juba valley").
        case placeFeature = "place_feature"
        /// Capitalised adjectives that describe the noun after them ("Catholic", "Kurdish"): no
        /// place found by its context holds one.
        case adjective
        /// Lower-case nouns for a person ("hostage", "journalist", "aid worker"): two or three
        /// capitalised name parts right after one name a person no table lists.
        case personNoun = "person_noun"
        /// Capitalised words that open a place's name ("Souq", "Wadi", "Deir"): a name no table
        /// lists that starts with one and would be a person by its particles ("Souq al-Juma")
        /// is a place.
        case placeOpener = "place_opener"
    }

    /// Vocabulary id of a title word → its rule id.
    var titles: [Int32: String] = [:]
    /// Hashes (`NameParts.hash`) of the titles as spelt: a word that only folds like one
    /// ("Marshall", "Marshal") is no title.
    var titleSpellings = WordHashSet()
    var roles = PhraseIndex()
    var roleRules: [Role] = []
    var demonyms: [Int32: Demonym] = [:]
    /// The kinds of each not-name key: a word may be of two ("agency" makes a run an
    /// organisation and, after a demonym, an adjective of the demonym).
    var notNames: [Int32: Set<NotName>] = [:]
    /// Hashes (`NameParts.hash`) of the `person_noun` words as spelt, asked before a name run
    /// (by key, "nun" would be "non").
    var personNouns = WordHashSet()
    /// Hashes of the `place_opener` words as spelt.
    var placeOpeners = WordHashSet()
    /// Hashes (`NameParts.hash`) of the not-name words as spelt: a name whose folded key is
    /// that of a listed word ("Nur" and "Nor", "Wherry" and "Where") is still a name.
    var notNameSpellings = WordHashSet()
    /// Hashes (`NameParts.hash`) of given names as spelt ("Adama", "Pieter"): a run of name
    /// parts holding one is a person. Spellings, not folded keys: folding a thousand names
    /// would cost start-up more than all the checks of a run of documents.
    var givenNames = WordHashSet()
    /// Structural words the role and link patterns read.
    var words = StructuralWords()

    struct StructuralWords: Sendable {
        var the: Int32 = -1, of: Int32 = -1, for_: Int32 = -1, in_: Int32 = -1
        var aka: Int32 = -1, alias: Int32 = -1, also: Int32 = -1, known: Int32 = -1, as_: Int32 = -1
        var a: Int32 = -1, an: Int32 = -1, its: Int32 = -1, their: Int32 = -1, and: Int32 = -1
        var at: Int32 = -1, from: Int32 = -1, according: Int32 = -1, to: Int32 = -1

        /// "the", "a", "an" before a role ("X, a commander of MNLA").
        func isDeterminer(_ key: Int32) -> Bool { key >= 0 && (key == the || key == a || key == an) }
    }

    mutating func loadTitles(_ table: Table, compiler: inout FormCompiler, errors: inout [RuleError]) {
        for row in table.rows {
            let phrase = compiler.compile(row["title"].text)
            guard phrase.keys.count == 1 else {
                errors.append(RuleError(row["title"].location, "a title is one word, found \"\(row["title"].text)\""))
                continue
            }
            // Spellings that fold together (Sheikh, Shaikh) keep the first row's id.
            if titles[phrase.keys[0]] == nil { titles[phrase.keys[0]] = row["id"].text }
            titleSpellings.insert(NameParts.hash(row["title"].text))
        }
    }

    /// Adds the role phrases of `table` to `trie` (which becomes `roles` when every table is read).
    mutating func loadRoles(_ table: Table, into trie: inout PhraseTrie, compiler: inout FormCompiler, errors: inout [RuleError]) {
        for row in table.rows {
            let role = row["role"].text
            guard !role.isEmpty, role.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }) else {
                errors.append(RuleError(row["role"].location, "role must be lower-case snake_case, found \"\(role)\""))
                continue
            }
            let phrase = compiler.compile(row["phrase"].text)
            if phrase.keys.isEmpty || phrase.breaks {
                errors.append(RuleError(row["phrase"].location, "role phrase must be words without punctuation, found \"\(row["phrase"].text)\""))
                continue
            }
            trie.insert(phrase.keys, payload: Int32(roleRules.count))
            roleRules.append(Role(id: row["id"].text, role: role))
        }
    }

    mutating func loadDemonyms(_ table: Table, compiler: inout FormCompiler, known: [String: Int32], errors: inout [RuleError]) {
        for row in table.rows {
            let phrase = compiler.compile(row["word"].text)
            guard phrase.keys.count == 1 else {
                errors.append(RuleError(row["word"].location, "a demonym is one word, found \"\(row["word"].text)\""))
                continue
            }
            let country = row["country"].text
            let forces = row["forces"].text == "-" ? nil : row["forces"].text
            var ok = true
            for (cell, id) in [(row["country"], country), (row["forces"], forces)] {
                guard let id else { continue }
                if !(id.hasPrefix("loc.") || id.hasPrefix("org.")) {
                    errors.append(RuleError(cell.location, "expected an entity id (loc.… or org.…), found \"\(id)\""))
                    ok = false
                }
                // An entity missing from the loaded tables (a user's own watch list with
                // --gazetteer-only) leaves the demonym inactive; it is not an error.
                if known[id] == nil { ok = false }
            }
            if ok { demonyms[phrase.keys[0]] = Demonym(id: row["id"].text, country: country, forces: forces, location: row["id"].location) }
        }
    }

    mutating func loadNotNames(_ table: Table, compiler: inout FormCompiler, errors: inout [RuleError]) {
        for row in table.rows {
            guard let kind = NotName(rawValue: row["kind"].text) else {
                errors.append(RuleError(row["kind"].location, "unknown kind \"\(row["kind"].text)\"; choose from: \(NotName.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            for (piece, _) in row["words"].pieces(separator: "|") {
                let phrase = compiler.compile(piece)
                for key in phrase.keys { notNames[key, default: []].insert(kind) }
                let words = piece.split(separator: " ")
                for word in words { notNameSpellings.insert(NameParts.hash(String(word))) }
                if kind == .personNoun, let last = words.last { personNouns.insert(NameParts.hash(String(last))) }
                if kind == .placeOpener, let first = words.first { placeOpeners.insert(NameParts.hash(String(first))) }
            }
        }
    }

    mutating func loadGivenNames(_ table: Table, errors: inout [RuleError]) {
        for row in table.rows {
            for (piece, column) in row["names"].pieces(separator: "|") {
                // Letters only: one name part as the text side splits it (a hyphen or a space would make two).
                guard !piece.isEmpty, piece.unicodeScalars.allSatisfy({ ($0.value | 0x20) &- 97 < 26 || ($0.value >= 0x80 && $0.properties.isAlphabetic) }) else {
                    errors.append(RuleError(SourceLocation(file: row["names"].location.file, line: row.line, column: column),
                                            "a given name is one word, found \"\(piece)\""))
                    continue
                }
                givenNames.insert(NameParts.hash(piece))
            }
        }
    }

    mutating func loadStructuralWords(_ compiler: inout FormCompiler) {
        words.the = compiler.key("the"); words.of = compiler.key("of"); words.for_ = compiler.key("for")
        words.in_ = compiler.key("in"); words.aka = compiler.key("aka"); words.alias = compiler.key("alias")
        words.a = compiler.key("a"); words.an = compiler.key("an"); words.its = compiler.key("its"); words.their = compiler.key("their")
        words.also = compiler.key("also"); words.and = compiler.key("and"); words.known = compiler.key("known"); words.as_ = compiler.key("as")
        words.at = compiler.key("at"); words.from = compiler.key("from")
        words.according = compiler.key("according"); words.to = compiler.key("to")
    }
}
