/// What the tables say about one vocabulary key, in one array indexed by the key's id, so
/// the passes over a document test a part with an array read instead of hash lookups.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt16

    /// Some gazetteer form starts with this key.
    static let startsForm = WordFlags(rawValue: 1 << 0)
    static let title = WordFlags(rawValue: 1 << 1)
    static let startsRole = WordFlags(rawValue: 1 << 2)
    static let demonym = WordFlags(rawValue: 1 << 3)
    static let function = WordFlags(rawValue: 1 << 4)
    static let calendar = WordFlags(rawValue: 1 << 5)
    static let orgWord = WordFlags(rawValue: 1 << 6)
    static let nounHead = WordFlags(rawValue: 1 << 7)
    /// Set on a part, not a key: the part is a compound prefix ("Abdul", "Abd"), as folding
    /// found it (`FoldRules.ParticleUse.compound`).
    static let compound = WordFlags(rawValue: 1 << 8)
    /// The key alone is a gazetteer form.
    static let isForm = WordFlags(rawValue: 1 << 9)
    /// Set on a part, not a key: the part is spelt as the not-names table lists a word (see
    /// `notNameFlags`), so that the spelling is looked up once, when its key is cached.
    static let notNameSpelling = WordFlags(rawValue: 1 << 10)
    /// A word that heads an organisation's name ("Army", "Ministry"); it is an `orgWord` too.
    static let orgHead = WordFlags(rawValue: 1 << 11)
    /// Words around which capitalised words no table lists name a place (`EntityLexicon.NotName`).
    static let placeBefore = WordFlags(rawValue: 1 << 12)
    static let placeNoun = WordFlags(rawValue: 1 << 13)
    static let placeFeature = WordFlags(rawValue: 1 << 14)
    static let adjective = WordFlags(rawValue: 1 << 15)

    /// Flags of every vocabulary key.
    static func table(vocabulary: Vocabulary, gazetteer: PhraseIndex, lexicon: EntityLexicon) -> [WordFlags] {
        var flags = [WordFlags](repeating: [], count: vocabulary.count)
        for id in flags.indices {
            let key = Int32(id)
            if gazetteer.starts(key) { flags[id].insert(.startsForm) }
            if gazetteer.isPhrase(key) { flags[id].insert(.isForm) }
            if lexicon.titles[key] != nil { flags[id].insert(.title) }
            if lexicon.roles.starts(key) { flags[id].insert(.startsRole) }
            if lexicon.demonyms[key] != nil { flags[id].insert(.demonym) }
            for kind in lexicon.notNames[key] ?? [] {
                switch kind {
                case .function: flags[id].insert(.function)
                case .calendar: flags[id].insert(.calendar)
                case .orgWord: flags[id].insert(.orgWord)
                case .orgHead: flags[id].formUnion([.orgHead, .orgWord])
                case .nounHead: flags[id].insert(.nounHead)
                case .placeBefore: flags[id].insert(.placeBefore)
                case .placeNoun: flags[id].insert(.placeNoun)
                case .placeFeature: flags[id].insert(.placeFeature)
                case .adjective: flags[id].insert(.adjective)
                case .personNoun, .placeOpener: break  // `EntityLexicon.personNouns`, `placeOpeners`
                }
            }
        }
        return flags
    }
}

extension EntitiesStage {
    /// The flags of part `i` (none for a part no table knows).
    @inline(__always)
    func flags(_ scan: NameScan, _ i: Int) -> WordFlags {
        i >= 0 && i < scan.count ? scan.flags[i] : []
    }
}
