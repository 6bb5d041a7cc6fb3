import ClaimlineCore
import ClaimlineRules

extension EntitiesStage {
    /// "the French" (no capitalised word or listed noun after it) → the country's forces;
    /// a demonym right before a role ("the French Defence Minister") → the country, as the
    /// role's place. Other uses ("French media") are adjectives and give nothing.
    func matchDemonyms(_ scan: inout NameScan) {
        guard scan.flagsSeen.contains(.demonym) else { return }
        let lexicon = plan.lexicon
        var upcoming = scan.next(.demonym, from: 0)
        while upcoming < scan.count {
            let i = upcoming
            upcoming = scan.next(.demonym, from: i + 1)
            guard scan.isFree(i), let d = lexicon.demonyms[scan.keys[i].key] else { continue }
            let next = scan.joins(i) ? i + 1 : -1
            if next > 0 && startsRolePhrase(scan, next) {
                if let country = plan.entryIndex[d.country] {
                    scan.add(Candidate(first: i, last: i, scan: scan, entry: country, rule: .demonym(scan.keys[i].key)))
                }
                continue
            }
            guard let forces = d.forces, let entry = plan.entryIndex[forces],
                  i > 0, scan.key(i - 1) == lexicon.words.the, scan.parts[i - 1].joinsNext else { continue }
            if next > 0 && (scan.parts[next].capitalised || flags(scan, next).contains(.nounHead)) { continue }
            scan.add(Candidate(first: i, last: i, scan: scan, entry: entry, rule: .demonym(scan.keys[i].key)))
        }
    }

    /// "Russia's defence ministry", "Mali's army": the words after a country's possessive
    /// name an organisation a table lists with the country's demonym ("Russian Defence
    /// Ministry", "Malian army"), the country staying a mention of its own. The form's rule.
    func matchPossessorOrganisations(_ scan: inout NameScan) {
        let demonymKeys = plan.demonymKeys, index = plan.gazetteer
        guard !demonymKeys.isEmpty else { return }
        for m in scan.mentions.indices {
            let place = scan.mentions[m]
            guard place.entry >= 0, scan.parts[place.last].possessive, scan.joins(place.last),
                  let key = demonymKeys[place.entry], var node = index.next(0, key) else { continue }
            var best: (form: Int32, last: Int)? = nil
            var j = place.last + 1
            while j < scan.count && j - place.last <= 3 && scan.isFree(j), scan.keys[j].key >= 0, let next = index.next(node, scan.keys[j].key) {
                node = next
                let f = index.firstPayload(at: node)
                if f >= 0, type(plan.traits[Int(f)].entry) == "ORG" { best = (f, j) }
                guard scan.joins(j) else { break }
                j += 1
            }
            // Not a modifier of the noun after it ("Nigeria's military spokesman", "Ukraine's
            // military intelligence").
            if let best, !(scan.joins(best.last) && (flags(scan, best.last + 1).contains(.nounHead) || startsRolePhrase(scan, best.last + 1))) {
                scan.add(Candidate(first: place.last + 1, last: best.last, scan: scan, entry: plan.traits[Int(best.form)].entry, rule: .form(best.form)))
            }
        }
    }

    /// Unknown persons: a title followed by a name ("Mr. Lew", "General Barrera"), and runs of
    /// capitalised parts shaped like names by their particles ("Suleiman Wuld Hamadi",
    /// "Abu Walid al-Sahrawi", "Usama Ag Ghali"). A bare capitalised word is never flagged.
    func findUnknownNames(_ scan: inout NameScan, _ s: [Unicode.Scalar], _ map: OffsetMap, _ original: [Unicode.Scalar]) {
        // Both shapes start with a capitalised part (a title or a name) joined to a part that is
        // capitalised or a particle: the other parts are skipped at once.
        var i = scan.nextNameStart(from: 0)
        while i < scan.count {
            // The name right after the title: spaces or the title's period between, not a dash
            // (normalised to a hyphen: "Foreign Ministry Spokesman — Summary") nor a line break.
            if flags(scan, i).contains(.title), plan.lexicon.titleSpellings.contains(scan.parts[i].hash), isWrittenCased(scan.parts[i], map, original),
               (scan.joins(i) && !scan.parts[i].hyphenNext) || scan.parts[i].periodAfter, scan.isFree(i + 1), let last = nameRun(scan, from: i + 1, s), !hasOrgWord(scan, i + 1, last),
               // Not a headline in capitals ("IRGC COMMANDER UNVEILS ‘LONG-RANGE’ DRONE"); a
               // transcript's label is a name ("GEN. SALCEDO:").
               !(scan.parts[i].allUpper && (i + 1...last).allSatisfy { scan.parts[$0].allUpper }
                 && !(Int(scan.parts[last].end) < s.count && s[Int(scan.parts[last].end)] == ":")) {
                scan.add(Candidate(first: i + 1, last: last, scan: scan, entry: Candidate.unknownPerson, rule: .title(scan.key(i))))
                i = scan.nextNameStart(from: last + 1)
                continue
            }
            if scan.isFree(i), isNameLike(scan, i), let run = nameRun(scan, from: i, s), run > i,
               let (first, last, rule) = unknownNameShape(scan, s, i, run), !hasOrgWord(scan, first, last),
               // "Suyuf al-Haqq Brigades": a word that heads an organisation's name right after it.
               !(scan.joins(last) && !scan.parts[last].hyphenNext && flags(scan, last + 1).contains(.orgHead) && scan.parts[last + 1].capitalised) {
                // "Souq al-Juma", "Wadi al-Hayat": a word that opens a place's name makes the run a place.
                if plan.lexicon.placeOpeners.contains(scan.parts[first].hash) {
                    scan.add(Candidate(first: first, last: last, scan: scan, entry: Candidate.unknownPlace, rule: .unknown(.placeName)))
                } else {
                    scan.add(Candidate(first: first, last: last, scan: scan, entry: Candidate.unknownPerson, rule: .unknown(rule)))
                }
                i = scan.nextNameStart(from: last + 1)
                continue
            }
            i = scan.nextNameStart(from: i + 1)
        }
    }

    /// Whether a part is written, in the original text, in a script with case. The titles are
    /// English words; a word of a script without case (Arabic "مر", "passed") may be
    /// transliterated to one ("mr") and counts as capitalised, as do the words after it
    /// (`judgeCaseOnTheOriginal`), so it must not start a name.
    func isWrittenCased(_ part: NamePart, _ map: OffsetMap, _ original: [Unicode.Scalar]) -> Bool {
        let start = Int(part.start)
        let o = map.isIdentity ? start : map.toSource(ScalarSpan(start, start + 1)).start
        guard o < original.count else { return true }
        return original[o].value < 0x80 || original[o].properties.isCased
    }

    /// A capitalised part that can be part of a name: not a function word, month, title or role word.
    func isNameLike(_ scan: NameScan, _ i: Int) -> Bool {
        let p = scan.parts[i]
        // One letter only as an initial ("George W. Bush").
        guard p.capitalised, p.length >= 2 || p.periodNext, scan.isFree(i) else { return false }
        return notNameFlags(scan, i).isDisjoint(with: [.function, .calendar, .nounHead, .title, .startsRole])
    }

    /// The flags of part `i`, the not-name kinds only when the part is spelt as the table
    /// lists the word: they come with the folded key, which a name may share ("Nur", "Nor").
    func notNameFlags(_ scan: NameScan, _ i: Int) -> WordFlags {
        let f = flags(scan, i)
        if f.isDisjoint(with: [.function, .calendar, .nounHead]) || f.contains(.notNameSpelling) { return f }
        return f.subtracting([.function, .calendar, .nounHead])
    }

    /// The last part of the longest run of joined name-like parts from `start`, at most
    /// `maxNameParts` long; one particle, or two, may sit inside when a name-like part
    /// follows them ("Ould", "al-", "von der"). With the text, a month after a given name
    /// ends the run as a surname ("Theresa May", not "Theresa May 5").
    func nameRun(_ scan: NameScan, from start: Int, _ s: [Unicode.Scalar]? = nil) -> Int? {
        // A family particle may open a name after a title ("Mr. van der Berg"), when a name part follows.
        guard start < scan.count, isNameLike(scan, start) || scan.keys[start].particle == .kunya
                || scan.keys[start].particle == .family else { return nil }
        // Parts `start...end` at most: each start of a long run of capitalised words would
        // otherwise walk to its end, and the passes that read the run after it too.
        let end = start + Self.maxNameParts - 1
        var last = start, k = start
        // A possessive ends the name ("Mr Hicks's Salisbury Park farm", "Mr Hicks' farm").
        while k < end && scan.joins(k) && !scan.parts[k].possessive {
            let n = k + 1
            if isNameLike(scan, n) { last = n; k = n; continue }
            if let s, isMonthSurname(scan, s, n) { last = n; break }
            if n < end, scan.keys[n].particle != nil, scan.isFree(n), scan.joins(n) {
                if isNameLike(scan, n + 1) { k = n; continue }
                if n + 1 < end, scan.keys[n + 1].particle != nil, scan.isFree(n + 1), scan.joins(n + 1), isNameLike(scan, n + 2) {
                    k = n + 1; continue
                }
            }
            break
        }
        // A particle alone is no name.
        if last == start && !isNameLike(scan, start) && scan.keys[start].particle == .family { return nil }
        return last >= start ? last : nil
    }

    /// A capitalised month right after a given name of the tables, not before a number.
    private func isMonthSurname(_ scan: NameScan, _ s: [Unicode.Scalar], _ n: Int) -> Bool {
        guard scan.parts[n].capitalised, scan.isFree(n), notNameFlags(scan, n).contains(.calendar),
              plan.lexicon.givenNames.contains(scan.parts[n - 1].hash) else { return false }
        return !scan.joins(n) || s[Int(scan.parts[n + 1].start)].value &- 0x30 >= 10
    }

    /// The most parts a name found by its shape (not by a table) can have. The longest table
    /// form has 12 ("People Committed to the Propagation of the Prophet's Teachings and
    /// Jihad"); a person's full chain of names ("Abu Bakr Muhammad bin Abd al-Rahman bin Ali
    /// al-Hashimi", 12 parts) fits too.
    static let maxNameParts = 16

    /// "Salah Coulibaly, a leader of Those Who Sign with Blood": a run of two or more
    /// capitalised parts set off by a comma before a role names a person.
    func roleApposition(_ scan: NameScan, _ s: [Unicode.Scalar], _ last: Int) -> UnknownNameRule? {
        var r = last + 1
        guard r < scan.count, !scan.parts[last].joinsNext else { return nil }
        var gap = Int(scan.parts[last].end), commas = 0
        while gap < Int(scan.parts[r].start) {
            switch s[gap] { case ",": commas += 1; case " ", "\t": break; default: return nil }
            gap += 1
        }
        guard commas == 1 else { return nil }
        if plan.lexicon.words.isDeterminer(scan.key(r)) && scan.joins(r) { r += 1 }
        return flags(scan, r).contains(.startsRole) ? .roleApposition : nil
    }

    /// The rule id when the run holds a particle between name parts, or starts with a kunya.
    func particleShape(_ scan: NameScan, _ first: Int, _ last: Int) -> UnknownNameRule? {
        for k in first..<last {
            switch scan.keys[k].particle {
            case .connector? where k > first: return .connectorName
            case .kunya?: return .kunyaName
            case .article? where k > first && scan.parts[k].hyphenNext: return .articleName
            case .articleHyphen? where k > first && scan.parts[k].hyphenNext: return .articleName
            default: continue
            }
        }
        return nil
    }

    /// The rule that makes a run of name parts a person's name, and its first and last parts.
    func unknownNameShape(_ scan: NameScan, _ s: [Unicode.Scalar], _ first: Int, _ run: Int)
        -> (first: Int, last: Int, rule: UnknownNameRule)? {
        if let rule = particleShape(scan, first, run) ?? roleApposition(scan, s, run) { return (first, run, rule) }
        if let parts = givenNameParts(scan, first, run) { return (parts.lowerBound, parts.upperBound, .givenName) }
        return afterPersonNoun(scan, first, run) ? (first, run, .personNoun) : nil
    }

    /// "aid worker Jörg Lange", "the hostage Beatrice Stockly": two or three name parts right
    /// after a lower-case noun for a person, ending the run (no possessive, no particle last).
    private func afterPersonNoun(_ scan: NameScan, _ first: Int, _ last: Int) -> Bool {
        guard first > 0, last > first, last - first < 3, scan.joins(first - 1), !scan.parts[first - 1].capitalised,
              plan.lexicon.personNouns.contains(scan.parts[first - 1].hash),
              scan.keys[last].particle == nil, !scan.parts[last].possessive else { return false }
        return !(scan.joins(last) && scan.parts[last + 1].capitalised)
    }

    /// The parts of the name when a short run holds a given name of the tables before its
    /// last part ("Adama Coulibaly", "Rimtalba Jean-Marie Ouédraogo"): the run, after a
    /// possessive or an acronym before the given name ("NBC's Matt Lauer", "DNC Chair Donna
    /// Brazile"), up to a possessive after it ("Tim Kaine's Senate"). A longer run is more
    /// likely a title-cased line or a list than one person's name.
    func givenNameParts(_ scan: NameScan, _ first: Int, _ last: Int) -> ClosedRange<Int>? {
        guard last > first, last - first < 4 else { return nil }
        // A run stops short of the name when it ends on a particle ("Oumar Ould" before a
        // title) or before a capitalised calendar word ("Mohamed Elmaouloud Ramadane").
        if scan.keys[last].particle != nil { return nil }
        let next: WordFlags = scan.joins(last) && scan.parts[last + 1].capitalised ? notNameFlags(scan, last + 1) : []
        // In a title-cased line ("Christie Calls Hillary Clinton a Liar", "Hillary Asking
        // Moderator To …") a run is no name: it starts inside a longer run of capitalised
        // words, or a capitalised function word follows it.
        if !next.isDisjoint(with: [.calendar, .function]) { return nil }
        if first > 0, scan.joins(first - 1), !scan.parts[first - 1].possessive, isNameLike(scan, first - 1) { return nil }
        guard let given = (first..<last).first(where: { plan.lexicon.givenNames.contains(scan.parts[$0].hash) }) else { return nil }
        let start = (first..<given).last { scan.parts[$0].possessive || scan.parts[$0].allUpper }.map { $0 + 1 } ?? first
        let end = (given...last).first { scan.parts[$0].possessive } ?? last
        return end > start ? start...end : nil
    }

    func hasOrgWord(_ scan: NameScan, _ first: Int, _ last: Int) -> Bool {
        (first...last).contains { flags(scan, $0).contains(.orgWord) }
    }

    /// Organisations no table lists, by the word that heads their name: capitalised words
    /// ending on an `org_head` ("Somali National Army", "Nigerian Air Force"), or an
    /// `org_head` followed by "of" or "for", perhaps "the", and capitalised words ("Ministry of
    /// National Defence", "Popular Front for the Liberation of Palestine", where the place
    /// found before becomes part of the name). Entity null, type ORG.
    func findUnknownOrganisations(_ scan: inout NameScan, _ s: [Unicode.Scalar]) {
        guard scan.flagsSeen.contains(.orgHead) else { return }
        var head = scan.next(.orgHead, from: 0)
        while head < scan.count {
            guard let (first, last, place) = organisationName(scan, s, head: head) else {
                head = scan.next(.orgHead, from: head + 1)
                continue
            }
            let found = Candidate(first: first, last: last, scan: scan, entry: Candidate.unknownOrganisation, rule: .unknown(.organisationName))
            if let place { scan.replace(place, with: found) } else { scan.add(found) }
            head = scan.next(.orgHead, from: last + 1)
        }
    }

    /// The first and last parts of the organisation named around the head word at `head`, and
    /// the place mention its last words are: two parts at least, and not inside a longer run
    /// of capitalised words (a title-cased headline: "Shabaab Attacks Kenyan Army Base").
    func organisationName(_ scan: NameScan, _ s: [Unicode.Scalar], head: Int) -> (first: Int, last: Int, place: Int32?)? {
        // Spelt as the table lists it: a word that only folds like one is none. A role it
        // starts ("Army chief") is left to the roles.
        guard isOrganisationPart(scan, head), scan.flags[head].contains(.notNameSpelling),
              !startsRolePhrase(scan, head) else { return nil }
        // Words of one name are apart by a space or a hyphen ("Al-Aqsa Brigades"; "Ministry of
        // Defence – Delegation" is two).
        func joined(_ k: Int) -> Bool { scan.joins(k) && Self.spaceOrHyphen(s, Int(scan.parts[k].end)..<Int(scan.parts[k + 1].start)) }
        // Back over the words before the head, and over one "and" between two of them
        // ("Securities and Exchange Commission"; not between acronyms: "ASIO and Federal Police").
        // At most `maxNameParts` parts either side of the head: in a long run of capitalised
        // words each head would otherwise walk the whole run.
        let lowest = max(0, head - Self.maxNameParts), highest = head + Self.maxNameParts
        var first = head, and = false
        while first > lowest, joined(first - 1) {
            if isOrganisationPart(scan, first - 1) { first -= 1; continue }
            // "Suyuf al-Haqq Brigades", "Kataib al-Nasr": an article hyphenated to the next word.
            if first - 1 > lowest, first - 1 != head, scan.parts[first - 1].hyphenNext, scan.isFree(first - 1),
               scan.keys[first - 1].particle == .article || scan.keys[first - 1].particle == .articleHyphen,
               joined(first - 2), isOrganisationPart(scan, first - 2) { first -= 2; continue }
            // A title right before the head is a word of the name ("General Staff", "General Command").
            if first == head, scan.isFree(first - 1), scan.parts[first - 1].capitalised,
               flags(scan, first - 1).contains(.title), !startsRolePhrase(scan, first - 1) { first -= 1; continue }
            guard !and, first > 1, scan.key(first - 1) == plan.lexicon.words.and, scan.isFree(first - 1),
                  joined(first - 2), isOrganisationPart(scan, first - 2),
                  !scan.parts[first - 2].allUpper, !scan.parts[first].allUpper else { break }
            and = true
            first -= 2
        }
        let w = plan.lexicon.words
        var last = head, place: Int32? = nil
        while place == nil, last < highest, joined(last) {
            var k = last + 1
            guard scan.key(k) == w.of || scan.key(k) == w.for_, scan.isFree(k), joined(k) else { break }
            k += 1
            if scan.key(k) == w.the, scan.isFree(k), joined(k) { k += 1 }
            if isOrganisationPart(scan, k) {
                while k < highest, joined(k), isOrganisationPart(scan, k + 1) { k += 1 }
                // "Institute of Health and Welfare": one "and" between capitalised words.
                if k < highest, joined(k), scan.key(k + 1) == w.and, scan.isFree(k + 1), joined(k + 1), isOrganisationPart(scan, k + 2) {
                    k += 2
                    while k < highest, joined(k), isOrganisationPart(scan, k + 1) { k += 1 }
                }
                last = k
            } else if let m = placeStarting(at: k, scan) {
                place = m
                last = scan.mentions[Int(m)].last
            } else {
                break
            }
        }
        guard last > first, !insideRolePhrase(scan, first) else { return nil }
        if first > 0, joined(first - 1), capitalisedWord(scan, first - 1) { return nil }
        if joined(last), capitalisedWord(scan, last + 1) { return nil }
        return (first, last, place)
    }

    private static func spaceOrHyphen(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        gap.count == 1 && (s[gap.lowerBound] == " " || s[gap.lowerBound] == "-")
    }

    /// Whether part `i` is a word of a role phrase that starts before it ("the Armed Forces"
    /// of "Minister of the Armed Forces").
    private func insideRolePhrase(_ scan: NameScan, _ i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 4) && scan.joins(k) {
            if startsRolePhrase(scan, k), let (end, _) = matchRole(scan, from: k), end >= i { return true }
            k -= 1
        }
        return false
    }

    /// A free capitalised part that can be a word of an organisation's name: not a function
    /// word (unless it is an `org_word` too, "Democratic"), month, title or the start of a
    /// role phrase ("Defence" of "Defence Minister").
    func isOrganisationPart(_ scan: NameScan, _ i: Int) -> Bool {
        guard i >= 0, i < scan.count, scan.isFree(i), scan.parts[i].capitalised else { return false }
        let f = notNameFlags(scan, i)
        if f.contains(.function) && !f.contains(.orgWord) { return false }
        return f.isDisjoint(with: [.calendar, .title]) && !startsRolePhrase(scan, i)
    }

    /// The place mention that starts at part `i`, if any.
    private func placeStarting(at i: Int, _ scan: NameScan) -> Int32? {
        guard i < scan.count, scan.owner[i] >= 0, scan.owner[i] != Int32.max else { return nil }
        let m = scan.owner[i]
        return scan.mentions[Int(m)].first == i && type(scan.mentions[Int(m)].entry) == "LOC" ? m : nil
    }

    /// A capitalised part that is not a function word.
    private func capitalisedWord(_ scan: NameScan, _ i: Int) -> Bool {
        scan.parts[i].capitalised && !notNameFlags(scan, i).contains(.function)
    }

    /// Whether a role phrase of the tables starts at part `i` ("Defence Minister"; not "Army" alone).
    func startsRolePhrase(_ scan: NameScan, _ i: Int) -> Bool {
        flags(scan, i).contains(.startsRole) && matchRole(scan, from: i) != nil
    }
}
