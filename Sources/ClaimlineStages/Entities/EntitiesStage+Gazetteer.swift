import ClaimlineCore
import ClaimlineRules

extension EntitiesStage {
    /// Left to right over the parts: from each free part whose key starts some form, walk the
    /// trie while parts join (articles are stepped over), and keep the longest accepted form.
    /// Cost: one hash lookup per part, plus at most the longest form's length per start.
    func matchGazetteer(_ scan: inout NameScan, _ view: [Unicode.Scalar], _ map: OffsetMap, _ original: [Unicode.Scalar]) {
        let index = plan.gazetteer
        Self.dropFutileStarts(&scan, index)
        // Read once: the cache adds rule lists only while keys are looked up, never in this pass.
        let ruleSets = cache.ruleSets
        var scratch: [String] = []
        // Parts and keys stay as they are in this pass (only owners change): the walks read
        // them through buffers, without reloading the arrays or checking bounds at each step.
        let parts = scan.parts, keys = scan.keys
        parts.withUnsafeBufferPointer { parts in
            keys.withUnsafeBufferPointer { keys in
                var i = scan.next(.startsForm, from: 0)
                while i < parts.count {
                    var best: (form: Int32, last: Int)? = nil
                    if scan.isFree(i) && !NameScan.isArticle(parts[i], keys[i]) {
                        var node: Int32 = 0, j = i
                        while j < parts.count {
                            if j > i && !parts[j - 1].joinsNext { break }
                            if j > i && j + 1 < parts.count && parts[j].joinsNext && NameScan.isArticle(parts[j], keys[j]) {
                                j += 1
                                continue
                            }
                            guard scan.isFree(j), keys[j].key >= 0, let next = index.next(node, keys[j].key) else { break }
                            node = next
                            let f = index.firstPayload(at: node)
                            if f >= 0, let f = accepted(f, index.allPayloads(at: node), scan, first: i, last: j, ruleSets,
                                                        scratch: &scratch) {
                                best = (f, j)
                            }
                            j += 1
                        }
                    }
                    guard let best else { i = scan.next(.startsForm, from: i + 1); continue }
                    emitForm(best.form, first: i, last: best.last, &scan, (view, map, original), ruleSets, scratch: &scratch)
                    i = scan.next(.startsForm, from: best.last + 1)
                }
            }
        }
    }

    /// Clears `startsForm` on the parts from which no form can be accepted, told from the part
    /// and the next one without reading the index's records: a one-key form needs a capital,
    /// a longer one a joined next part whose key follows this one in some form (through an
    /// article, the walk decides). Most walks that start ("the", "in", "said") ended there.
    @inline(never)
    private static func dropFutileStarts(_ scan: inout NameScan, _ index: PhraseIndex) {
        guard scan.flagsSeen.contains(.startsForm) else { return }
        let parts = scan.parts, keys = scan.keys, n = parts.count
        // Every part, in arithmetic rather than branches: testing only the parts that start a
        // form, with branches the text decides, mispredicted as often as the walks it saved.
        scan.flags.withUnsafeMutableBufferPointer { flags in
            parts.withUnsafeBufferPointer { parts in
                keys.withUnsafeBufferPointer { keys in
                    for i in 0..<n {
                        let part = parts[i], next = Swift.min(i &+ 1, n &- 1)
                        let alone = bit(flags[i].contains(.isForm)) & bit(part.capitalised)
                        let particle = keys[next].particle
                        let article = bit(particle == .article) | bit(particle == .articleHyphen) & bit(parts[next].hyphenNext)
                        let pair = index.pairBit(keys[i].key, keys[next].key)
                        let may = alone | bit(part.joinsNext) & bit(next > i) & (article | pair)
                        flags[i] = WordFlags(rawValue: flags[i].rawValue & ~((1 &- may) & WordFlags.startsForm.rawValue))
                    }
                }
            }
        }
    }

    /// Adds the mention of form `f` over parts `first...last`; its fold rules are gathered in
    /// `scratch` and stored at their size.
    private func emitForm(_ f: Int32, first: Int, last: Int, _ scan: inout NameScan, _ texts: ViewAndOriginal,
                          _ ruleSets: [[String]], scratch folds: inout [String]) {
        let t = plan.traits[Int(f)]
        var start = first
        // Leading articles joined to the match belong to it ("Al-Mourabitoune", "Abd el-Kader").
        while start > 0, scan.isFree(start - 1), scan.parts[start - 1].joinsNext, scan.isArticle(start - 1) {
            start -= 1
        }
        if !folds.isEmpty { folds.removeAll(keepingCapacity: true) }
        self.folds(f, scan, first: first, last: last, ruleSets, into: &folds)
        // Articles are stepped over, not aligned: one spelt otherwise than "al" cites its particle rule.
        for p in start..<last where scan.isArticle(p) {
            for id in ruleSets[Int(scan.keys[p].rules)] where !folds.contains(id) { folds.append(id) }
        }
        if !texts.map.isIdentity { noteNormalization(t, scan, first: first, last: last, texts, into: &folds) }
        var candidate = Candidate(first: t.leadingThe ? first + 1 : start, last: last, scan: scan, entry: t.entry, rule: .form(f))
        if !folds.isEmpty {
            candidate.folds = Int32(scan.foldLists.count)
            scan.foldLists.append(Array(folds))
        }
        scan.add(candidate)
        if t.leadingThe { scan.owner[first] = Int32(scan.mentions.count - 1) }
    }

    /// Among the forms of one key sequence (all of one entity), those whose case and
    /// do-not-merge conditions hold; the one needing the fewest folds (the spelling as
    /// listed, when it is), then the first in table order. The folds are counted in `scratch`.
    private func accepted(_ only: Int32, _ forms: [Int32]?, _ scan: NameScan, first: Int, last: Int,
                          _ ruleSets: [[String]], scratch: inout [String]) -> Int32? {
        guard let forms else { return allows(only, scan, first: first, last: last) ? only : nil }
        var best: (form: Int32, folds: Int)? = nil
        for f in forms where allows(f, scan, first: first, last: last) {
            // The spelling as listed needs no fold: none can do better.
            if isListedSpelling(plan.traits[Int(f)], scan, first: first, last: last) { return f }
            if !scratch.isEmpty { scratch.removeAll(keepingCapacity: true) }
            folds(f, scan, first: first, last: last, ruleSets, into: &scratch)
            let n = scratch.count
            if best == nil || n < best!.folds { best = (f, n) }
        }
        return best?.form
    }

    /// Case, do-not-merge and longer-name conditions of one form, read from its traits.
    private func allows(_ f: Int32, _ scan: NameScan, first: Int, last: Int) -> Bool {
        let t = plan.traits[Int(f)]
        let part = scan.parts[t.leadingThe ? first + 1 : first]
        if (t.needsCapital || t.leadingThe) && !part.capitalised { return false }
        // A two-letter acronym is its listed letters: "ON" of a headline in capitals folds to
        // the key of "UN" and is no mention of it.
        if t.needsUpper && (!part.allUpper || !isListedSpelling(t, scan, first: first, last: last)) { return false }
        if t.hasGuards && !guardsAllow(plan.forms[Int(f)], scan, first: first, last: last) { return false }
        return !isInsideLongerName(t, scan, first: first) && !isKunyaOfLongerName(t, scan, first: first, last: last)
    }

    /// "Abu Ubaydah al-Shinqiti", "Abu Obaida Hassan": a person's form that is a kunya alone
    /// ("Abu Ubaydah") opening a longer name names someone else (kunyas are shared by many).
    private func isKunyaOfLongerName(_ form: FormTraits, _ scan: NameScan, first: Int, last: Int) -> Bool {
        // One space between: not "Abou Zeid - Al-Mourabitoune".
        let next = last + 1
        guard last == first + 1, next < scan.parts.count, plan.isPerson[Int(form.entry)], scan.keys[first].particle == .kunya,
              scan.parts[last].joinsNext, !scan.parts[last].hyphenNext, scan.parts[last].end + 1 == scan.parts[next].start else { return false }
        return scan.isArticle(next) || isNameLike(scan, next)
    }

    /// The view's scalars, its map to the original and the original's.
    typealias ViewAndOriginal = (view: [Unicode.Scalar], map: OffsetMap, original: [Unicode.Scalar])

    /// The normalize stage may already have folded a part ("Boutéflika" → "Bouteflika"); then
    /// the view's spelling is the listed one but the original's is not, and the mention
    /// cites that stage's transliteration.
    private func noteNormalization(_ form: FormTraits, _ scan: NameScan, first: Int, last: Int, _ texts: ViewAndOriginal,
                                   into folds: inout [String]) {
        // A mention written in the original as in the view owes nothing to the normalize
        // stage (most do): one comparison settles it.
        let whole = ScalarSpan(Int(scan.parts[first].start), Int(scan.parts[last].end))
        if Self.sameScalars(texts.view, whole, texts.original, texts.map.toSource(whole)) { return }
        forEachAligned(scan, first: first, last: last) { k, p in
            guard k < Int(form.keyCount) else { return false }
            let listed = plan.spellings[Int(form.spellingsStart) + k]
            // Only a part the view spells as listed can owe that to the normalize stage:
            // the original is hashed for those alone, and the first one found settles it.
            guard scan.parts[p].hash == listed else { return true }
            let span = texts.map.toSource(ScalarSpan(Int(scan.parts[p].start), Int(scan.parts[p].end)))
            let original = texts.original.withUnsafeBufferPointer { PartKeyCache.hash($0, span.start, span.end) }
            if original == listed { return true }
            if !folds.contains(Self.normalizeFold) { folds.append(Self.normalizeFold) }
            return false
        }
    }

    /// True when `a[spanA]` and `b[spanB]` hold the same scalars. (A loop over the buffers:
    /// comparing the two array slices with `==` made the whole run 3 % slower.)
    private static func sameScalars(_ a: [Unicode.Scalar], _ spanA: ScalarSpan, _ b: [Unicode.Scalar], _ spanB: ScalarSpan) -> Bool {
        guard spanA.end - spanA.start == spanB.end - spanB.start else { return false }
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var i = spanA.start, j = spanB.start
                while i < spanA.end {
                    if a[i] != b[j] { return false }
                    i += 1
                    j += 1
                }
                return true
            }
        }
    }

    /// The id a mention cites when the normalize stage's transliteration made its spelling meet.
    static let normalizeFold = "normalize.transliterate"

    /// A surname-only form of a person ("Belmokhtar", "bin Laden", "al-Baghdadi") inside a
    /// longer name ("Mahmoud Belmokhtar", "Hamza bin Laden", "Abu Omar al-Baghdadi") names
    /// someone else.
    private func isInsideLongerName(_ form: FormTraits, _ scan: NameScan, first: Int) -> Bool {
        if !plan.isPerson[Int(form.entry)] { return isNisba(form, scan, first: first) || isSurname(form, scan, first: first) }
        guard form.singleKey || scan.keys[first].particle == .connector else { return false }
        if form.singleKey && isGivenNameOfTwo(scan, first: first) { return true }
        var b = first - 1
        while b >= 0 && scan.isArticle(b) && scan.parts[b].joinsNext { b -= 1 }
        guard b >= 0, scan.parts[b].joinsNext, scan.isFree(b) else { return false }
        let particle = scan.keys[b].particle
        return isNameLike(scan, b) || particle == .connector || particle == .kunya
    }

    /// "Nasrullah Hamidi rejected": a person's one-part form (a surname, "Nasrallah") that opens
    /// a name of two parts which no capitalised word follows is that other person's given name.
    private func isGivenNameOfTwo(_ scan: NameScan, first: Int) -> Bool {
        let next = first + 1
        let part = scan.parts[first]
        guard next < scan.parts.count, part.joinsNext, !part.hyphenNext, !part.periodNext, isNameLike(scan, next), scan.keys[next].particle == nil
        else { return false }
        return !(scan.parts[next].joinsNext && next + 1 < scan.parts.count && scan.parts[next + 1].capitalised)
    }

    /// "Richard Wagner": a one-part form of an organisation or place right after a given name
    /// of the tables is that person's surname.
    private func isSurname(_ form: FormTraits, _ scan: NameScan, first: Int) -> Bool {
        guard form.singleKey, first >= 1, scan.parts[first - 1].joinsNext, scan.parts[first - 1].capitalised else { return false }
        return plan.lexicon.givenNames.contains(scan.parts[first - 1].hash)
    }

    /// "Saleh al-Libi", "Khaled al-Mauritani": a one-part place right after a name and a
    /// hyphenated article is a nisba, part of a person's name, not the place.
    private func isNisba(_ form: FormTraits, _ scan: NameScan, first: Int) -> Bool {
        guard form.singleKey, first >= 2, scan.isArticle(first - 1), scan.parts[first - 1].hyphenNext,
              scan.parts[first - 2].joinsNext else { return false }
        return isNameLike(scan, first - 2) || scan.keys[first - 2].particle != nil
    }

    /// Calls `body(k, p)` for each key `k` of a form matched on parts `first...last`, with
    /// the text's part `p` it was matched on (the text's inner articles are stepped over).
    @inline(__always)
    private func forEachAligned(_ scan: NameScan, first: Int, last: Int, _ body: (Int, Int) -> Bool) {
        var k = 0
        for p in first...last where p == first || p == last || !scan.isArticle(p) {
            if !body(k, p) { return }
            k += 1
        }
    }

    private func guardsAllow(_ form: CompiledForm, _ scan: NameScan, first: Int, last: Int) -> Bool {
        guard form.guards.contains(where: { $0 >= 0 }) else { return true }
        var allowed = true
        forEachAligned(scan, first: first, last: last) { k, p in
            guard k < form.guards.count else { return false }
            allowed = cache.folder.mayMatch(text: scan.keys[p].guardClass, form: form.guards[k])
            return allowed
        }
        return allowed
    }

    /// True when every part of the text is spelt as the form lists it (then `folds` is empty).
    private func isListedSpelling(_ form: FormTraits, _ scan: NameScan, first: Int, last: Int) -> Bool {
        var listed = true
        forEachAligned(scan, first: first, last: last) { k, p in
            guard k < Int(form.keyCount) else { return false }
            listed = scan.parts[p].hash == plan.spellings[Int(form.spellingsStart) + k]
            return listed
        }
        return listed
    }

    /// The fold rules that made the text's parts meet form `f`'s: for each part spelt
    /// otherwise than in the table, the rules that changed either spelling (`ruleSets`: the
    /// cache's rule lists). The form itself is read only for those parts.
    func folds(_ f: Int32, _ scan: NameScan, first: Int, last: Int, _ ruleSets: [[String]],
               into out: inout [String]) {
        let t = plan.traits[Int(f)]
        forEachAligned(scan, first: first, last: last) { k, p in
            guard k < Int(t.keyCount) else { return false }
            if scan.parts[p].hash == plan.spellings[Int(t.spellingsStart) + k] { return true }
            if scan.keys[p].rules != 0 {
                for id in ruleSets[Int(scan.keys[p].rules)] where !out.contains(id) { out.append(id) }
            }
            for id in plan.forms[Int(f)].rules[k] where !out.contains(id) { out.append(id) }
            return true
        }
    }
}

/// 1 for true, 0 for false: tests combined without a branch.
@inline(__always)
private func bit(_ b: Bool) -> UInt16 { b ? 1 : 0 }
