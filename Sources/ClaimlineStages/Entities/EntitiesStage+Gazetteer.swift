import ClaimlineCore
import ClaimlineRules

extension EntitiesStage {
    /// Left to right over the parts: from each free part whose key starts some form, walk the
    /// trie while parts join (articles are stepped over), and keep the longest accepted form.
    /// Cost: one hash lookup per part, plus at most the longest form's length per start.
    func matchGazetteer(_ scan: inout NameScan) {
        var i = 0
        let index = plan.gazetteer
        while i < scan.count {
            let key = scan.keys[i].key
            guard key >= 0, scan.isFree(i), !scan.isArticle(i), index.starts(key) else { i += 1; continue }
            var node: Int32 = 0, j = i
            var best: (form: Int32, last: Int)? = nil
            while j < scan.count {
                if j > i && !scan.parts[j - 1].joinsNext { break }
                if j > i && scan.isArticle(j) && scan.joins(j) { j += 1; continue }
                guard scan.isFree(j), scan.keys[j].key >= 0, let next = index.next(node, scan.keys[j].key) else { break }
                node = next
                if let forms = index.payloads(at: node), let f = accepted(forms, scan, first: i, last: j) { best = (f, j) }
                j += 1
            }
            guard let best else { i += 1; continue }
            emitForm(best.form, first: i, last: best.last, &scan)
            i = best.last + 1
        }
    }

    private func emitForm(_ f: Int32, first: Int, last: Int, _ scan: inout NameScan) {
        let form = plan.forms[Int(f)]
        var start = first
        // A leading article joined to the match belongs to it ("Al-Mourabitoune").
        if start > 0, scan.isFree(start - 1), scan.parts[start - 1].joinsNext,
           let p = scan.keys[start - 1].particle, p == .article || (p == .articleHyphen && scan.parts[start - 1].hyphenNext) {
            start -= 1
        }
        var c = candidate(start, last, scan, entry: form.entry, rule: form.rule)
        if form.leadingThe { c.first = first + 1; c.viewStart = Int(scan.parts[first + 1].start) }
        c.folds = folds(form, scan, first: first, last: last)
        scan.add(c)
        if form.leadingThe { scan.owner[first] = Int32(scan.mentions.count - 1) }
    }

    /// The first form (table order) whose case and do-not-merge conditions hold.
    private func accepted(_ forms: [Int32], _ scan: NameScan, first: Int, last: Int) -> Int32? {
        let part = scan.parts[first]
        for f in forms {
            let form = plan.forms[Int(f)]
            if form.needsCapital && !part.capitalised { continue }
            if form.needsUpper && !part.allUpper { continue }
            if !guardsAllow(form, scan, first: first, last: last) { continue }
            return f
        }
        return nil
    }

    /// The text's parts aligned with the form's keys (articles of the text stepped over).
    private func aligned(_ scan: NameScan, first: Int, last: Int) -> [Int] {
        var out: [Int] = []
        for k in first...last where k == first || k == last || !scan.isArticle(k) { out.append(k) }
        return out
    }

    private func guardsAllow(_ form: CompiledForm, _ scan: NameScan, first: Int, last: Int) -> Bool {
        let parts = aligned(scan, first: first, last: last)
        guard parts.count == form.guards.count else { return true }
        for (k, p) in parts.enumerated() where !cache.folder.mayMatch(text: scan.keys[p].guardClass, form: form.guards[k]) {
            return false
        }
        return true
    }

    /// The fold rules that made the text's parts meet the form's: those applied to one side only.
    private func folds(_ form: CompiledForm, _ scan: NameScan, first: Int, last: Int) -> [String] {
        let parts = aligned(scan, first: first, last: last)
        var out: [String] = []
        for (k, p) in parts.enumerated() where k < form.rules.count {
            let text = cache.ruleSets[Int(scan.keys[p].rules)]
            let listed = form.rules[k]
            if text == listed { continue }
            for id in text + listed where !(text.contains(id) && listed.contains(id)) && !out.contains(id) { out.append(id) }
        }
        return out
    }
}
