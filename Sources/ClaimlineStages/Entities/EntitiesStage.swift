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
    /// The arrays of the last document, kept so the next one does not allocate them again.
    private var spare = NameScan()

    init(plan: EntitiesPlan, folder: NameFolder) {
        self.plan = plan
        self.cache = PartKeyCache(folder: folder, vocabulary: plan.vocabulary)
    }

    func run(_ document: inout Document) throws(StageError) {
        cache.trim()
        var scan = spare
        spare = NameScan()
        scan.reset()
        defer { spare = scan }
        let cache = self.cache
        let flags = plan.flags
        document.view.scalars.withUnsafeBufferPointer { s in
            NameParts.scan(s, 0..<s.count, into: &scan.parts)
            cache.lookup(s, scan.parts, flags: flags, into: &scan)
        }
        scan.owner.append(contentsOf: repeatElement(-1, count: scan.count))
        // A period joins only an initial ("U.N.") or a title ("Mr.") to what follows.
        for i in scan.parts.indices where scan.parts[i].periodNext {
            if scan.parts[i].length > 1 && !scan.flags[i].contains(.title) { scan.parts[i].joinsNext = false }
        }
        blockBoilerplate(document, &scan)
        matchGazetteer(&scan, document)
        matchDemonyms(&scan)
        findUnknownNames(&scan, document.view.scalars)
        linkShortForms(&scan, year: document.metadata.date?.year)
        scan.mentions.removeAll { $0.first < 0 }
        scan.mentions.sort { $0.viewStart != $1.viewStart ? $0.viewStart < $1.viewStart : $0.viewEnd > $1.viewEnd }
        let map = document.view.map
        document.entities = scan.mentions.map { mention($0, document, map) }
        document.roles = findRoles(scan, document: document)
        document.sourceEntity = plan.metadataNames.entry(document.metadata.source).map { plan.entries[Int($0)].id }
        document.translatorEntity = plan.metadataNames.entry(document.metadata.translator).map { plan.entries[Int($0)].id }
    }

    /// Parts inside boilerplate regions (comment forms) are owned by a placeholder, so no pass uses them.
    private func blockBoilerplate(_ document: Document, _ scan: inout NameScan) {
        let spans = document.regions.filter { $0.kind == .boilerplate }.map { document.view.map.toDerived($0.span) }
        if spans.isEmpty { return }
        for (i, p) in scan.parts.enumerated() where spans.contains(where: { $0.start <= Int(p.start) && Int(p.end) <= $0.end }) {
            scan.owner[i] = Int32.max
        }
    }

    /// The annotation as stored: span on the original text, canonical id and name, years.
    func mention(_ c: Candidate, _ document: Document, _ map: OffsetMap) -> EntityMention {
        let view = ScalarSpan(c.viewStart, c.viewEnd)
        let span = map.toSource(view)
        let known = c.entry >= 0
        let e = Int(c.entry)
        var m = EntityMention(span: span, view: view, text: Self.text(document, span), type: c.type,
                              kind: c.kind ?? (known ? plan.entries[e].kind : nil),
                              entity: known ? plan.entries[e].id : nil, name: known ? plan.entries[e].name : nil, rule: c.rule)
        m.folds = c.folds
        m.link = c.link
        if known {
            m.activeFrom = plan.entries[e].activeFrom
            m.activeTo = plan.entries[e].activeTo
        }
        return m
    }

    /// The original text of a span, built through UTF-8 (appending scalars one by one to a
    /// String costs more than the matching itself).
    static func text(_ document: Document, _ span: ScalarSpan) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(span.length + 8)
        for s in document.scalars[span.start..<span.end] { UTF8.encode(s) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    func candidate(_ first: Int, _ last: Int, _ scan: NameScan, entry: Int32, rule: String) -> Candidate {
        Candidate(first: first, last: last, scan: scan, type: plan.entries[Int(entry)].type, kind: nil, entry: entry, rule: rule)
    }
}
