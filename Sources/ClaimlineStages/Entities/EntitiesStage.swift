import ClaimlineCore
import ClaimlineRules

/// Finds mentions of people, organisations and places: gazetteer forms matched on folded
/// name parts (so unlisted spellings meet listed ones), "the French" as French forces,
/// unknown names shaped like Arabic or Sahelian names or following a title, short forms
/// linked to an entity named earlier, and roles ("spokesman of AQIM, Abu Assem al-Muhajir").
///
/// Order of the passes, which is also the priority between overlapping candidates: the
/// gazetteer (leftmost, then longest, then table order), demonyms, unknown names, links.
/// A part taken by one pass is never taken by a later one.
final class EntitiesStage: Stage {
    let kind = StageKind.entities
    let plan: EntitiesPlan
    let cache: PartKeyCache
    /// The arrays of the last document, kept so the next one does not allocate them again
    /// (unless it had more than `keptParts` parts).
    private var spare = NameScan()
    static let keptParts = 1 << 16
    private var scalarTraits = ScalarTraitCache()
    /// Taken out while a document's mentions are written (so nothing is copied or allocated).
    private var mentionTexts: MentionTexts? = MentionTexts()
    /// The spans on the original text of the mentions being written, kept with its storage.
    private var sourceSpans: [ScalarSpan] = []
    /// The facts of each entry and rule met so far (`factsKey`), shared by their mentions.
    private var factsMade = FlatTable<EntityFacts>(capacity: 1024)
    /// Metadata names already resolved (-1: no entry): sources and translators recur.
    private var metadataMemo: [UTF8Key: Int32] = [:]

    init(plan: EntitiesPlan, folder: NameFolder) {
        self.plan = plan
        self.cache = PartKeyCache(folder: folder, vocabulary: plan.vocabulary, flags: plan.flags,
                                  notNameSpellings: plan.lexicon.notNameSpellings)
    }

    func run(_ document: inout Document) throws(StageError) {
        cache.trim()
        // Swapped out and back: assigning it either way copied the whole scan.
        var scan = NameScan()
        swap(&scan, &spare)
        scan.reset()
        defer {
            // A long document's arrays are let go, not kept through the later stages and the rest of the run.
            if scan.count > Self.keptParts { scan = NameScan() }
            swap(&scan, &spare)
        }
        let cache = self.cache
        document.view.scalars.withUnsafeBufferPointer { s in
            if Self.hasTokens(document, of: s) {
                document.tokens.withUnsafeBufferPointer { tokens in
                    document.tokenHashes.withUnsafeBufferPointer { hashes in
                        cache.parts(s, tokens: tokens, hashes: hashes, into: &scan)
                    }
                }
            } else {
                NameParts.scan(s, 0..<s.count, into: &scan.parts)
                cache.lookup(s, into: &scan)
            }
            // Both readers of the original's non-ASCII scalars compare it with a view that differs.
            if !document.view.map.isIdentity {
                NonASCIIOffsets.find(in: document.text, into: &scan.nonASCII)
                if NameScan.splitAtDroppedSeparators(&scan.parts, document.view, document.scalars, nonASCII: scan.nonASCII) {
                    scan.keys.removeAll(keepingCapacity: true)
                    scan.flags.removeAll(keepingCapacity: true)
                    cache.lookup(s, into: &scan)
                }
            }
        }
        scan.owner.append(contentsOf: repeatElement(-1, count: scan.count))
        joinCompounds(&scan, document.view)
        // A period joins only an initial ("U.N.") or a title ("Mr.", "Capt.") to what follows.
        let titles = scan.flags, v = document.view.scalars
        scan.parts.withUnsafeMutableBufferPointer { parts in
            for i in parts.indices where parts[i].periodAfter {
                if parts[i].periodNext {
                    if parts[i].length > 1 && !titles[i].contains(.title) { parts[i].joinsNext = false }
                } else if parts[i].length > 3 && i + 1 < parts.count && titles[i].contains(.title) {
                    // The name parts join over a period after three letters at most: "Capt. Naji Mustafa"
                    // (where the segment stage ended no sentence: not "Governor-General. Child …").
                    let end = Int(parts[i].end)
                    if end + 2 == Int(parts[i + 1].start) && v[end] == "." && v[end + 1] == " ",
                       let k = document.sentences.index(holdingView: end), document.sentences[k].view.end > end + 2 {
                        parts[i].joinsNext = true
                        parts[i].periodNext = true
                    }
                }
            }
        }
        blockBoilerplate(document, &scan)
        judgeCaseOnTheOriginal(document, &scan)
        let map = document.view.map, original = document.scalars
        matchGazetteer(&scan, document.view.scalars, map, original)
        matchDemonyms(&scan)
        matchPossessorOrganisations(&scan)
        findUnknownNames(&scan, document.view.scalars, map, original)
        findUnknownOrganisations(&scan, document.view.scalars)
        findUnknownPlaces(&scan, document.view.scalars)
        linkShortForms(&scan, document.view.scalars, year: document.metadata.date?.year)
        linkUnknownSurnames(&scan)
        scan.sortMentions()
        document.entities = mentions(scan, original, map)
        scan.ownMentionsInOrder()
        document.roles = findRoles(scan, document: document)
        let source = metadataEntry(document.metadata.source)
        document.sourceEntity = source.map { plan.entries[Int($0)].id }
        document.sourceKind = source.flatMap { plan.entries[Int($0)].kind }
        document.translatorEntity = metadataEntry(document.metadata.translator).map { plan.entries[Int($0)].id }
    }

    /// True when the document holds the tokens of its view and their hashes, as the segment
    /// stage cuts them (a pipeline without it leaves them empty, or unhashed).
    private static func hasTokens(_ document: Document, of view: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard let last = document.tokens.last else { return false }
        return document.tokenHashes.count == document.tokens.count && last.view.end <= view.count
    }

    /// The entry a metadata name (source, translator) denotes, remembered per name.
    private func metadataEntry(_ name: String?) -> Int32? {
        guard let name else { return nil }
        if let hit = metadataMemo[UTF8Key(name)] { return hit >= 0 ? hit : nil }
        let entry = plan.metadataNames.entry(name)
        if metadataMemo.count >= 4096 { metadataMemo.removeAll(keepingCapacity: true) }
        metadataMemo[UTF8Key(name)] = entry ?? -1
        return entry
    }

    /// Parts inside boilerplate regions (comment forms) are owned by a placeholder, so no pass uses them.
    private func blockBoilerplate(_ document: Document, _ scan: inout NameScan) {
        // Parts are sorted and do not overlap: those inside a span follow the first starting in it.
        for region in document.regions where region.kind == .boilerplate {
            let span = document.view.map.toDerived(region.span)
            var i = scan.firstPart(startingAtOrAfter: span.start)
            while i < scan.count && Int(scan.parts[i].end) <= span.end {
                scan.owner[i] = Int32.max
                i += 1
            }
        }
    }

    /// "Abdul Aziz", "Abd el-Kader": a compound prefix, any article after it and the next part
    /// are folded as one ("Abdulaziz", "Abdelkader"), which the last part carries (key, and the
    /// joined spelling's hash as its `hash`); the others become transparent like articles.
    private func joinCompounds(_ scan: inout NameScan, _ view: TextView) {
        guard scan.flagsSeen.contains(.compound) else { return }
        var i = scan.next(.compound, from: 0)
        while i < scan.count - 1 {
            guard scan.joins(i) else { i = scan.next(.compound, from: i + 1); continue }
            var j = i + 1
            while j < scan.count - 1 && scan.isArticle(j) && scan.joins(j) { j += 1 }
            // Hashed in place: the joined spelling is made only for a key not cached yet.
            let hash = view.scalars.withUnsafeBufferPointer { s in
                var h = NameParts.hash(s, Int(scan.parts[i].start), Int(scan.parts[i].end))
                for k in i + 1...j { h = NameParts.hash(s, Int(scan.parts[k].start), Int(scan.parts[k].end), after: h) }
                return h
            }
            let key = cache.lookup(joined: hash) {
                ScalarString.make(ArraySlice((i...j).flatMap { view.scalars[Int(scan.parts[$0].start)..<Int(scan.parts[$0].end)] }))
            }
            for k in i..<j {
                let old = scan.keys[k]
                scan.keys[k] = PartKey(key: old.key, particle: .article, guardClass: old.guardClass, rules: 0)
            }
            scan.keys[j] = key
            scan.parts[j].hash = hash
            scan.flags[j] = key.key >= 0 ? plan.flags[Int(key.key)] : []
            scan.flagsSeen.formUnion(scan.flags[j])
            i = scan.next(.compound, from: j + 1)
        }
    }

    /// Case is a property of the text as written: a part the normalize stage transliterated
    /// from Arabic script ("المرابطون" → "almrabtwn") is capitalised as names in a script
    /// without case are. Only the original's non-ASCII letters are visited.
    private func judgeCaseOnTheOriginal(_ document: Document, _ scan: inout NameScan) {
        let map = document.view.map
        if map.isIdentity || scan.count == 0 || scan.nonASCII.isEmpty { return }
        var previousPart = -1
        var traits = scalarTraits
        defer { scalarTraits = traits }
        document.scalars.withUnsafeBufferPointer { original in
            for o32 in scan.nonASCII {
                let o = Int(o32), v = original[o].value
                if v < 0x0370 || (0x2000...0x2BFF).contains(v) { continue }
                // Latin (cased) and punctuation are skipped without reading Unicode properties.
                guard traits.isUncasedLetter(original[o]), o == 0 || !traits.isLetterOrDigit(original[o - 1]) else { continue }
                let part = scan.partIndex(containing: map.toDerived(o))
                guard part >= 0, part != previousPart else { continue }
                previousPart = part
                if map.toSource(ScalarSpan(Int(scan.parts[part].start), Int(scan.parts[part].start) + 1)).start <= o {
                    scan.parts[part].capitalised = true
                }
            }
        }
    }

    /// The annotations as stored: span on the original text, text, and the facts shared by
    /// the mentions of their row or rule. Made in place: a mention built aside and appended
    /// is copied whole.
    func mentions(_ scan: NameScan, _ original: [Unicode.Scalar], _ map: OffsetMap) -> [EntityMention] {
        let candidates = scan.mentions
        // Worked on locally: the loop then pays no access checks on the stage's properties.
        var texts = mentionTexts.take()!
        defer { mentionTexts = texts }
        texts.trim()
        var made = take(&factsMade, leaving: .vacant)
        defer { factsMade = made }
        var spans = take(&sourceSpans, leaving: [])
        defer { sourceSpans = spans }
        spans.removeAll(keepingCapacity: true)
        for c in candidates { spans.append(map.toSource(ScalarSpan(c.viewStart, c.viewEnd))) }
        return original.withUnsafeBufferPointer { original in
            [EntityMention](unsafeUninitializedCapacity: candidates.count) { out, count in
                for (m, c) in candidates.enumerated() {
                    // A few dozen at a time: what is asked for must still be cached when it is read.
                    if m % 32 == 0 {
                        let ahead = m..<min(m + 32, spans.count)
                        spans.withUnsafeBufferPointer { texts.prefetch(original, UnsafeBufferPointer(rebasing: $0[ahead])) }
                    }
                    let view = ScalarSpan(c.viewStart, c.viewEnd), span = spans[m]
                    let text = texts.text(original, span.start, span.end)
                    (out.baseAddress! + m).initialize(to: EntityMention(span: span, view: view, text: text, facts: facts(c, &made)))
                    if c.folds >= 0 { out[m].folds = scan.foldLists[Int(c.folds)] }
                    if let link = c.link { out[m].link = link.rawValue }
                    if c.nameStart >= 0 {
                        let name = map.toSource(ScalarSpan(Int(c.nameStart), Int(c.nameEnd)))
                        out[m].name = texts.text(original, name.start, name.end)
                    }
                    count = m + 1
                }
            }
        }
    }

    /// The facts of a candidate's entry and rule: made the first time they are met, then shared.
    @inline(__always)
    private func facts(_ c: Candidate, _ made: inout FlatTable<EntityFacts>) -> EntityFacts {
        let key = Self.factsKey(c.entry, c.rule)
        if let facts = made.get(key) { return facts }
        let entry = c.entry >= 0 ? plan.entries[Int(c.entry)] : nil
        let facts = EntityFacts(.init(type: type(c.entry), kind: entry?.kind, entity: entry?.id, name: entry?.name,
                                      rule: ruleID(c.rule), activeFrom: entry?.activeFrom, activeTo: entry?.activeTo))
        made.set(key, facts)
        return facts
    }

    /// One number per entry and rule: the entry (-1 for none) in the high half, the kind of
    /// rule in three bits, and its table index or case below them.
    private static func factsKey(_ entry: Int32, _ rule: CandidateRule) -> UInt64 {
        let kind: UInt64, index: Int32
        switch rule {
        case .form(let f): (kind, index) = (0, f)
        case .title(let key): (kind, index) = (1, key)
        case .demonym(let key): (kind, index) = (2, key)
        case .link(let link):
            kind = 3
            switch link { case .shortForm: index = 0; case .nameParts: index = 1; case .aka: index = 2; case .roleNoun: index = 3 }
        case .unknown(let unknown):
            kind = 4
            switch unknown { case .connectorName: index = 0; case .kunyaName: index = 1; case .articleName: index = 2; case .roleApposition: index = 3; case .givenName: index = 4
            case .organisationName: index = 5; case .placeName: index = 6; case .personNoun: index = 7 }
        }
        return UInt64(UInt32(bitPattern: entry)) << 32 | kind << 29 | UInt64(UInt32(bitPattern: index) & 0x1FFF_FFFF)
    }

    /// The entity type of a candidate's entry, or of the kind of unknown name.
    @inline(__always)
    func type(_ entry: Int32) -> String {
        switch entry {
        case 0...: plan.entries[Int(entry)].type
        case Candidate.unknownOrganisation: "ORG"
        case Candidate.unknownPlace: "LOC"
        default: "PER"
        }
    }

    /// The id records cite for the rule that found a candidate.
    func ruleID(_ rule: CandidateRule) -> String {
        switch rule {
        case .form(let f): return plan.forms[Int(f)].rule
        case .title(let key): return plan.lexicon.titles[key] ?? ""
        case .demonym(let key): return plan.lexicon.demonyms[key]?.id ?? ""
        case .link(let link): return link.rawValue
        case .unknown(let unknown): return unknown.rawValue
        }
    }
}
