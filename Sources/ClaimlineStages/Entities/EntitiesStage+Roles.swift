import ClaimlineCore
import ClaimlineRules

/// Role rules, as records cite them.
enum RoleRule {
    /// "Spokesman of AQIM in Mali, Abu Assem Al Muhajir", "the French Defence Minister (Jean-Yves Le Drian)".
    static let holderAfter = "role.holder_after"
    /// "Abu Assem al-Muhajir, spokesman of AQIM", "Le Drian, the French Defence Minister".
    static let holderBefore = "role.holder_before"
    /// "AQIM's spokesman" with no name: the holder is the one person the tables give that role
    /// for that year, if the document names him.
    static let holderFromTable = "role.holder_from_table"
    /// A role with its organisation or place and no holder found.
    static let noHolder = "role.no_holder"
}

extension EntitiesStage {
    /// Role phrases from the roles table, with the organisation before them ("AQIM's
    /// spokesman", "AQIM spokesman", "Malian President") or after them ("of AQIM in Mali"),
    /// and the holder named beside them in apposition. Reads `scan.owner` by sorted mention.
    func findRoles(_ scan: NameScan, document: Document) -> [RoleMention] {
        let owner = scan.owner
        let year = document.metadata.date?.year
        var roles: [RoleMention] = []
        var byEntry: MentionsByEntry? = nil
        var i = scan.next(.startsRole, from: 0)
        while i < scan.count {
            guard owner[i] < 0, let (last, role) = matchRole(scan, from: i) else { i = scan.next(.startsRole, from: i + 1); continue }
            var found = RoleFound(start: i, end: last, role: role)
            attachBefore(&found, scan, owner, sentences: document.sentences)
            attachAfter(&found, scan, owner)
            findHolder(&found, scan, owner, document.view.scalars, year: year, byEntry: &byEntry)
            if found.holder != nil || found.organisation != nil || found.place != nil {
                let view = ScalarSpan(Int(scan.parts[found.start].start), Int(scan.parts[found.end].end))
                // Room for a document's roles at once, where growing one by one reallocated at each doubling.
                if roles.isEmpty { roles.reserveCapacity(8) }
                roles.append(RoleMention(span: document.view.original(view), role: role.role, holder: found.holder.map(Int.init),
                    organisation: found.organisation.map(Int.init), place: found.place.map(Int.init), rule: found.rule))
            }
            i = scan.next(.startsRole, from: max(i + 1, found.end + 1))
        }
        return roles
    }

    struct RoleFound {
        var start: Int
        var end: Int
        let role: EntityLexicon.Role
        var organisation: Int32? = nil
        var place: Int32? = nil
        var holder: Int32? = nil
        var rule = RoleRule.noHolder
    }

    /// The longest role phrase starting at `i`.
    func matchRole(_ scan: NameScan, from i: Int) -> (Int, EntityLexicon.Role)? {
        let index = plan.lexicon.roles
        var node: Int32 = 0, j = i
        var best: (Int, EntityLexicon.Role)? = nil
        while j < scan.count, let next = index.next(node, scan.keys[j].key) {
            node = next
            let p = index.firstPayload(at: node)
            if p >= 0 { best = (j, plan.lexicon.roleRules[Int(p)]) }
            if !scan.joins(j) { break }
            j += 1
        }
        return best
    }

    /// "AQIM's spokesman", "Al-Mourabitoune spokesman", "the French Defence Minister".
    private func attachBefore(_ r: inout RoleFound, _ scan: NameScan, _ owner: [Int32], sentences: [Sentence]) {
        let b = r.start - 1
        // "the Islamic State has confirmed that its leader was killed": the organisation named last
        // in the sentence, or in the one before when "its" opens its own ("… a statement. Its leader").
        if b >= 0, owner[b] < 0, scan.parts[b].joinsNext, scan.key(b) == plan.lexicon.words.its || scan.key(b) == plan.lexicon.words.their {
            let from = Self.possessorBound(Int(scan.parts[b].start), sentences)
            if let m = (max(0, b - Self.possessorReach)..<b).reversed().first(where: {
                Int(scan.parts[$0].start) >= from && owner[$0] >= 0 && type(scan.mentions[Int(owner[$0])].entry) == "ORG" }) {
                r.organisation = owner[m]; r.start = b
            }
            return
        }
        guard b >= 0, owner[b] >= 0, scan.parts[b].joinsNext || scan.parts[b].possessive else { return }
        let m = scan.mentions[Int(owner[b])]
        guard m.last == b else { return }
        if type(m.entry) == "ORG" { r.organisation = owner[b]; r.start = m.first }
        else if type(m.entry) == "LOC" { r.place = owner[b]; r.start = m.first }
    }

    /// Name parts back from "its" to the organisation it stands for, about a sentence.
    static let possessorReach = 40

    /// The view offset where the organisation "its" at view offset `offset` may be named: the
    /// start of its sentence, or of the sentence before when "its" is the first word of its own.
    /// Without sentences (a pipeline with no segment stage), the start of the text.
    static func possessorBound(_ offset: Int, _ sentences: [Sentence]) -> Int {
        guard let s = sentences.index(holdingView: offset) else { return 0 }
        // First word: at the sentence's start, or after one opening quote mark.
        let opens = s > 0 && offset <= sentences[s].view.start + 1
        return opens ? sentences[s - 1].view.start : sentences[s].view.start
    }

    /// "… of AQIM", "… of AQIM in Mali", "… for MUJAO".
    private func attachAfter(_ r: inout RoleFound, _ scan: NameScan, _ owner: [Int32]) {
        let w = plan.lexicon.words
        var k = r.end + 1
        if (scan.key(k) == w.of || scan.key(k) == w.for_), let m = mention(at: k + 1, scan, owner), type(m.1.entry) != "PER" {
            if type(m.1.entry) == "ORG" { r.organisation = m.0 } else if r.place == nil { r.place = m.0 }
            r.end = m.1.last
            k = m.1.last + 1
            if scan.key(k) == w.in_, let p = mention(at: k + 1, scan, owner), type(p.1.entry) == "LOC" {
                r.place = p.0
                r.end = p.1.last
            }
        }
    }

    private func mention(at k: Int, _ scan: NameScan, _ owner: [Int32]) -> (Int32, Candidate)? {
        guard k < scan.count, owner[k] >= 0 else { return nil }
        let m = scan.mentions[Int(owner[k])]
        return m.first == k ? (owner[k], m) : nil
    }

    private func findHolder(_ r: inout RoleFound, _ scan: NameScan, _ owner: [Int32], _ s: [Unicode.Scalar], year: Int?,
                            byEntry: inout MentionsByEntry?) {
        let after = r.end + 1
        // A colon names the holder after a capitalised role, as a label does ("Spokesman of AQIM:
        // Abu Assem"); after a lower-case one it opens what follows ("the president: Wechsler said").
        if let m = mention(at: after, scan, owner), type(m.1.entry) == "PER",
           gapIsApposition(s, from: Int(scan.parts[r.end].end), to: Int(scan.parts[after].start), allowNone: true,
                           colon: scan.parts[r.start].capitalised),
           !(followsAccordingTo(r.start, scan) && !closedAfter(Int(scan.parts[m.1.last].end), s)) {
            r.holder = m.0; r.rule = RoleRule.holderAfter; return
        }
        var b = r.start - 1
        if b >= 0 && plan.lexicon.words.isDeterminer(scan.key(b)) { b -= 1 }
        if b >= 0, owner[b] >= 0, type(scan.mentions[Int(owner[b])].entry) == "PER", scan.mentions[Int(owner[b])].last == b,
           gapIsApposition(s, from: Int(scan.parts[b].end), to: Int(scan.parts[b + 1].start), allowNone: false) {
            r.holder = owner[b]; r.rule = RoleRule.holderBefore; return
        }
        if let m = holderFromTable(r, scan, year: year, byEntry: &byEntry) { r.holder = m; r.rule = RoleRule.holderFromTable }
    }

    /// Of the people the tables give the role towards the role's organisation that year, the
    /// one the document names: his last mention before the role, else his first.
    private func holderFromTable(_ r: RoleFound, _ scan: NameScan, year: Int?, byEntry: inout MentionsByEntry?) -> Int32? {
        guard let org = r.organisation, scan.mentions[Int(org)].entry >= 0 else { return nil }
        let orgID = plan.entries[Int(scan.mentions[Int(org)].entry)].id
        let affiliates = plan.affiliates[orgID] ?? []
        guard affiliates.contains(where: { $0.affiliation.role == r.role.role }) else { return nil }
        // Built on first need: most documents never get here.
        if byEntry == nil { byEntry = MentionsByEntry(scan.mentions) }
        let named = byEntry!
        // Exactly one person holds it: every holder named is that person.
        var holder: Int32? = nil
        for a in affiliates where a.affiliation.role == r.role.role && a.affiliation.holds(in: year) && named.contains(a.entry) {
            if let h = holder, h != a.entry { return nil }
            holder = a.entry
        }
        guard let holder else { return nil }
        return named.last(holder, endingBefore: r.start) ?? named.first(holder)
    }

    /// "According to a senior official," ends its phrase at the comma: a name after it is the
    /// clause's subject ("…, Abu Bakr al-Baghdadi was wounded"), unless a mark closes it as an
    /// apposition ("…, Ahmed Khan, the attack…").
    private func followsAccordingTo(_ start: Int, _ scan: NameScan) -> Bool {
        let w = plan.lexicon.words
        var k = start - 1
        // Back over the phrase's determiner and modifiers ("a senior Iraqi security").
        while k >= 1, start - k <= 6, scan.parts[k].joinsNext {
            if scan.key(k) == w.to && scan.key(k - 1) == w.according { return scan.parts[k - 1].joinsNext }
            k -= 1
        }
        return false
    }

    /// Whether the first mark after view offset `end`, past spaces, closes an apposition.
    private func closedAfter(_ end: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = end
        while k < s.count, s[k] == " " { k += 1 }
        return k == s.count || ",);.".unicodeScalars.contains(s[k])
    }

    /// Only spaces and one of `,` `(` `:` between a role and its holder (or nothing, when allowed;
    /// no colon unless `colon`).
    private func gapIsApposition(_ s: [Unicode.Scalar], from: Int, to: Int, allowNone: Bool, colon: Bool = true) -> Bool {
        var marks = 0
        for k in from..<max(from, to) {
            switch s[k] {
            case " ", "\t": continue
            case ":" where !colon: return false
            case ",", "(", ":", "-": marks += 1
            default: return false
            }
        }
        return marks == 1 || (marks == 0 && allowNone)
    }
}
