import ClaimlineCore
import ClaimlineRules

/// Link rules, as records cite them.
enum LinkRule: String {
    /// A later surname or subset of name parts ("Hamaha", "Omar Hamaha") of a person named earlier.
    case shortForm = "link.short_form"
    /// An unknown name (after a title, or particle-shaped) whose parts all belong to a person named earlier.
    case nameParts = "link.name_parts"
    /// "X, aka Y" / "also known as" / "alias": Y names X.
    case aka = "link.aka"
    /// "the spokesman" after a person known to be a spokesman was named.
    case roleNoun = "link.role_noun"
}

extension EntitiesStage {
    /// In document order, as GATE's OrthoMatcher: each person named registers its name parts;
    /// a later name whose parts all belong to exactly one registered person (and include one
    /// of that person's surnames) is that person. A part two registered persons share links
    /// to neither ("two men called Ould Mohamed are not one").
    func linkShortForms(_ scan: inout NameScan, _ s: [Unicode.Scalar], year: Int?) {
        // The tables of the last document, emptied: their storage is kept.
        var byKey = scan.linkedKeys, surnames = scan.linkedSurnames, persons = scan.personsSeen
        scan.linkedKeys = KeyOwners()
        scan.linkedSurnames = KeySurnames()
        scan.personsSeen = PersonsSeen()
        byKey.reset(keys: plan.flags.count)
        surnames.reset(keys: plan.flags.count)
        persons.reset()
        defer { scan.linkedKeys = byKey; scan.linkedSurnames = surnames; scan.personsSeen = persons }
        let the = plan.lexicon.words.the
        var i = 0
        while i < scan.count {
            let o = scan.owner[i]
            // A free part can only start "the spokesman" or a name-like run: skip the others at once.
            if o < 0 && (byKey.isEmpty || !NameScan.mayStartLink(scan.parts[i], scan.keys[i], the: the)) {
                i = scan.nextLinkable(from: i + 1, freeToo: !byKey.isEmpty, the: the)
                continue
            }
            if o >= 0 && o != Int32.max {
                let first = scan.mentions[Int(o)].first, last = scan.mentions[Int(o)].last
                if scan.mentions[Int(o)].entry == Candidate.unknownPerson, !byKey.isEmpty,
                   let e = owner(of: first...last, scan, byKey, surnames) {
                    scan.mentions[Int(o)].entry = e
                    scan.mentions[Int(o)].link = .nameParts
                }
                let entry = scan.mentions[Int(o)].entry
                if entry >= 0 && plan.isPerson[Int(entry)] {
                    persons.append(o)
                    // The canonical name's parts and those of the spelling the text used.
                    for key in plan.nameKeys[Int(entry)] { byKey.register(key, entry) }
                    for k in first...last where !scan.isArticle(k) && scan.key(k) >= 0 { byKey.register(scan.key(k), entry) }
                    if plan.surnames[Int(entry)] >= 0 { surnames.insert(entry, plan.surnames[Int(entry)]) }
                    surnames.insert(entry, scan.key(last))
                    linkAlias(after: last, entry: entry, &scan)
                }
                i = max(i + 1, last + 1)
                continue
            }
            if o < 0, !byKey.isEmpty, flags(scan, i + 1).contains(.startsRole), scan.key(i) == plan.lexicon.words.the,
               let c = roleNoun(after: i, scan, s, &persons, year: year) {
                persons.append(Int32(scan.mentions.count))
                scan.add(c)
                i = c.last + 1
                continue
            }
            if o < 0, !byKey.isEmpty, isNameLike(scan, i), let last = nameRun(scan, from: i),
               let e = owner(of: i...last, scan, byKey, surnames) {
                // Never visited by this walk (it goes on after it), but a person mention all the same.
                persons.append(Int32(scan.mentions.count))
                scan.add(Candidate(first: i, last: last, scan: scan, entry: e, rule: .link(.shortForm)))
                i = last + 1
                continue
            }
            i += 1
        }
    }

    /// The one registered person all the parts' keys belong to, if one of them is a surname.
    private func owner(of parts: ClosedRange<Int>, _ scan: NameScan, _ byKey: KeyOwners,
                       _ surnames: KeySurnames) -> Int32? {
        var found: Int32? = nil
        var surname = false
        for k in parts {
            if scan.keys[k].particle != nil && k != parts.upperBound { continue }
            guard let e = byKey[scan.key(k)], e >= 0, found == nil || found == e else { return nil }
            found = e
            if surnames.contains(e, scan.key(k)) { surname = true }
        }
        return surname ? found : nil
    }

    /// "the spokesman" standing alone (no "of X" after it, no organisation before it) names the
    /// last person mentioned so far whom the tables give that role in the document's year
    /// (of the person mentions the walk has passed, the one added last).
    private func roleNoun(after the: Int, _ scan: NameScan, _ s: [Unicode.Scalar], _ persons: inout PersonsSeen, year: Int?) -> Candidate? {
        let start = the + 1
        guard scan.joins(the), start < scan.count, scan.flags[start].contains(.startsRole), scan.isFree(start),
              let (last, role) = matchRole(scan, from: start), (start...last).allSatisfy({ scan.isFree($0) }) else { return nil }
        let w = plan.lexicon.words
        if scan.joins(last) && (scan.key(last + 1) == w.of || scan.key(last + 1) == w.for_) { return nil }
        // "the commander Mokhtar Belmokhtar", "the spokesman, Abu Walid al-Sahraoui,": the name
        // after the role, or after its comma, is who holds it.
        if last + 1 < scan.count && scan.parts[last + 1].capitalised
            && (scan.joins(last) || Self.onlyComma(s, from: Int(scan.parts[last].end), to: Int(scan.parts[last + 1].start))) { return nil }
        if scan.parts[last].possessive { return nil }
        let holder = persons.latest(holding: role.role) { m in
            plan.entries[Int(scan.mentions[Int(m)].entry)].affiliations.contains { $0.role == role.role && $0.holds(in: year) }
        }
        guard let holder else { return nil }
        return Candidate(first: start, last: last, scan: scan, entry: scan.mentions[Int(holder)].entry, rule: .link(.roleNoun))
    }

    /// Whether spaces and one comma are all that stand in `s[from..<to]`.
    static func onlyComma(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var commas = 0
        for k in from..<max(from, to) {
            if s[k] == "," { commas += 1 } else if s[k] != " " { return false }
        }
        return commas == 1
    }

    /// "X, aka Y", "X, also known as Y", "X, alias Y": Y is X.
    private func linkAlias(after last: Int, entry: Int32, _ scan: inout NameScan) {
        let w = plan.lexicon.words
        var t = last + 1
        if scan.key(t) == w.aka || scan.key(t) == w.alias { t += 1 }
        else if scan.key(t) == w.also && scan.key(t + 1) == w.known && scan.key(t + 2) == w.as_ { t += 3 }
        else if scan.key(t) == w.known && scan.key(t + 1) == w.as_ { t += 2 }
        else { return }
        guard t < scan.count else { return }
        let o = scan.owner[t]
        if o >= 0 && o != Int32.max {
            if scan.mentions[Int(o)].entry == entry && scan.mentions[Int(o)].first == t { scan.mentions[Int(o)].link = .aka }
            return
        }
        // "aka The Strategist": the article belongs to the nom de guerre.
        let nameStart = scan.key(t) == w.the && scan.parts[t].capitalised && scan.joins(t) ? t + 1 : t
        guard o < 0, scan.isFree(nameStart), isNameLike(scan, nameStart), let end = nameRun(scan, from: nameStart) else { return }
        scan.add(Candidate(first: t, last: end, scan: scan, entry: entry, rule: .link(.aka)))
    }
}

extension EntitiesStage {
    /// "Coulibaly" after "Adama Coulibaly": a capitalised word standing alone, spelt as the
    /// last part of a person named earlier whom no table knows, is that person (rule
    /// link.short_form, entity null, the earlier full name as its name). A surname two such
    /// persons share links to neither; a person of the tables was linked before this pass.
    func linkUnknownSurnames(_ scan: inout NameScan) {
        // The persons, by the hash of their last part, found by a table of the surnames: a long
        // document names thousands, and every capitalised part is asked. Storage kept in `scan`.
        var named = take(&scan.unknownSurnames, leaving: UnknownSurnames.placeholder)
        named.reset()
        defer { scan.unknownSurnames = named }
        for c in scan.mentions where c.entry == Candidate.unknownPerson && Self.namesUnknownPerson(c.rule, parts: c.last - c.first + 1) {
            named.add(given: scan.parts[c.first].hash, surname: scan.parts[c.last].hash,
                      start: Int32(c.viewStart), end: Int32(c.viewEnd), last: c.last)
        }
        guard !named.isEmpty else { return }
        // The free capitalised parts, listed with no branch (whether a part is either follows
        // no pattern a branch predictor could learn); only those are looked up below.
        scan.parts.withUnsafeBufferPointer { parts in
            scan.owner.withUnsafeBufferPointer { owner in
                named.candidates.appendWritten(upTo: parts.count) { out in
                    var n = 0
                    for i in parts.indices {
                        out[n] = Int32(truncatingIfNeeded: i)
                        // Capitalised, and the sign bit of `owner`: no mention holds the part.
                        n &+= Int(unsafeBitCast(parts[i].capitalised, to: UInt8.self) & UInt8(truncatingIfNeeded: UInt32(bitPattern: owner[i]) >> 31))
                    }
                    return n
                }
            }
        }
        for c in named.candidates {
            let i = Int(c)
            // "Lindqvist-Moreau" after "Dorothea Lindqvist-Moreau": a double-barrelled surname alone.
            if scan.parts[i].hyphenNext, let pair = doubleBarrelled(scan, named, at: i) { scan.add(pair); continue }
            guard let person = named.person(surname: scan.parts[i].hash), isNameLike(scan, i) else { continue }
            // A word alone: not a part of a longer run of names or of a hyphenated word, and
            // no acronym ("RT" after "Trump's RT" names no person).
            if scan.parts[i].allUpper || scan.parts[i].hyphenNext || (i > 0 && scan.parts[i - 1].hyphenNext) { continue }
            if scan.joins(i) && isNameLike(scan, i + 1) { continue }
            // "van Dalen", "De Blasio": one or two family particles before the surname are its own.
            var first = i
            while first > 0 && i - first < 2 && scan.keys[first - 1].particle == .family && scan.joins(first - 1) && scan.isFree(first - 1) {
                first -= 1
            }
            // "Mao Ning" after "Spokesperson Mao Ning": the full name again, from its first part.
            if first == i, let given = repeatedGivenName(scan, before: i, given: person.given) { first = given }
            if first > 0 && scan.joins(first - 1) && isNameLike(scan, first - 1) { continue }
            guard !person.shared, person.last < i else { continue }
            var candidate = Candidate(first: first, last: i, scan: scan, entry: Candidate.unknownPerson, rule: .link(.shortForm))
            candidate.nameStart = person.start
            candidate.nameEnd = person.end
            scan.add(candidate)
        }
    }

    /// The short form at part `i` and the part its hyphen joins, when the two are spelt as the
    /// last two parts of a person named earlier (and joined so there), and stand alone.
    private func doubleBarrelled(_ scan: NameScan, _ named: UnknownSurnames, at i: Int) -> Candidate? {
        let j = i + 1
        guard j < scan.parts.count, scan.parts[j].capitalised, scan.isFree(j), !scan.parts[j].hyphenNext, isNameLike(scan, i),
              let person = named.person(surname: scan.parts[j].hash), !person.shared, person.last < i, person.last >= 1,
              // (A given name before the pair: "African-Americans" alone names no one.)
              case let k = person.last - 1, scan.parts[k].hyphenNext, scan.parts[k].hash == scan.parts[i].hash, person.given != scan.parts[i].hash,
              !(i > 0 && scan.parts[i - 1].hyphenNext), !(i > 0 && scan.joins(i - 1) && isNameLike(scan, i - 1)),
              !(scan.joins(j) && isNameLike(scan, j + 1)) else { return nil }
        var candidate = Candidate(first: i, last: j, scan: scan, entry: Candidate.unknownPerson, rule: .link(.shortForm))
        candidate.nameStart = person.start
        candidate.nameEnd = person.end
        return candidate
    }

    /// The part that opens a person's full name written again before its surname at `i`: the
    /// free name parts joined before it, up to three, back to one spelt as the name's first part.
    private func repeatedGivenName(_ scan: NameScan, before i: Int, given: UInt64) -> Int? {
        var k = i
        while k > 0 && i - k < 3 && scan.joins(k - 1) && scan.isFree(k - 1) && isNameLike(scan, k - 1) {
            k -= 1
            if scan.parts[k].hash == given { return k }
        }
        return nil
    }

    /// Rules that find a person no table knows: a name of two parts or more, or one after a
    /// title ("Mr. Lindberg").
    private static func namesUnknownPerson(_ rule: CandidateRule, parts: Int) -> Bool {
        switch rule {
        case .unknown: return parts >= 2
        case .title: return true
        default: return false
        }
    }
}
