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

    init(plan: EntitiesPlan, folder: NameFolder) {
        self.plan = plan
        self.cache = PartKeyCache(folder: folder, vocabulary: plan.vocabulary)
    }

    func run(_ document: inout Document) throws(StageError) {
        cache.trim()
        var scan = NameScan()
        let cache = self.cache
        document.view.scalars.withUnsafeBufferPointer { s in
            NameParts.scan(s, 0..<s.count, into: &scan.parts)
            scan.keys.reserveCapacity(scan.parts.count)
            for p in scan.parts {
                let slot = cache.lookup(s, Int(p.start), Int(p.end))
                scan.keys.append(cache.keys[Int(slot)])
            }
        }
        scan.owner = [Int32](repeating: -1, count: scan.count)
        blockBoilerplate(document, &scan)
        matchGazetteer(&scan)
        matchDemonyms(&scan)
        findUnknownNames(&scan)
        linkShortForms(&scan, year: document.metadata.date?.year)
        scan.mentions.removeAll { $0.first < 0 }
        scan.mentions.sort { $0.viewStart != $1.viewStart ? $0.viewStart < $1.viewStart : $0.viewEnd > $1.viewEnd }
        document.entities = scan.mentions.map { mention($0, document) }
        document.roles = findRoles(scan, document: document)
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
    func mention(_ c: Candidate, _ document: Document) -> EntityMention {
        let view = ScalarSpan(c.viewStart, c.viewEnd)
        let span = document.view.original(view)
        let entry = c.entry >= 0 ? plan.entries[Int(c.entry)] : nil
        var m = EntityMention(span: span, view: view, text: document.string(span), type: c.type, kind: c.kind ?? entry?.kind,
                              entity: entry?.id, name: entry?.name, rule: c.rule)
        m.folds = c.folds
        m.link = c.link
        m.activeFrom = entry?.activeFrom
        m.activeTo = entry?.activeTo
        return m
    }

    func candidate(_ first: Int, _ last: Int, _ scan: NameScan, entry: Int32, rule: String) -> Candidate {
        let e = plan.entries[Int(entry)]
        return Candidate(first: first, last: last, scan: scan, type: e.type, kind: e.kind, entry: entry, rule: rule)
    }
}
