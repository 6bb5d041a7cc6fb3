import ClaimlineCore
import ClaimlineRules

extension PhraseReader {
    /// What a run of tokens names: a person (mention or name, with the role beside it), a
    /// role phrase, an organisation or place, or a common noun phrase.
    func analyse(_ range: ClosedRange<Int>) -> Phrase? {
        // "Syria's official news agency SANA": the outlet speaks, whatever role's word describes it.
        if range.count >= 3, text.entity[range.lowerBound] >= 0, case let owner = mentionRange(range.lowerBound).upperBound, owner < range.upperBound,
           isPossessive(owner), let outlet = namedOutlet(after: owner, limit: range.upperBound) {
            let mention = mentionRange(outlet)
            if mention.upperBound == range.upperBound {
                return Phrase(kind: .named, first: mention.lowerBound, last: mention.upperBound, entity: text.entity[outlet], extent: range)
            }
        }
        // The role and the person are sought through buffers: every phrase read is analysed.
        // Not a role word inside an organisation's name ("General Staff"), nor a plural one
        // before a capitalised word ("the Sudan Doctors Network", "the Lawyers Committee").
        let roleAt = text.markerKinds.withUnsafeBufferPointer { kinds in
            range.first { kinds[$0] == .role && !insideOrganisation($0)
                && !($0 < range.upperBound && text.isCapitalised($0) && text.isCapitalised($0 + 1) && endsInPluralS($0)) }
        }
        let person = text.entity.withUnsafeBufferPointer { entity in
            text.doc.entities.withUnsafeBufferPointer { entities in range.first { entity[$0] >= 0 && entities[Int(entity[$0])].isPerson } }
        }
        if let person, let mention = speakingPerson(person, in: range, role: roleAt) {
            return Phrase(kind: .person, first: mention.lowerBound, last: mention.upperBound, entity: text.entity[person],
                          roleToken: roleAt, organisation: organisation(in: range, role: roleAt, excluding: mention), extent: range)
        }
        if let roleAt {
            let roleEnd = roleAt + Int(text.markerLength[roleAt]) - 1
            // "Spokesman Abu Assem", "Defence Minister Jean-Yves Le Drian": a name right after the
            // role, past a title ("spokesman Col. Steve Warren"). Not a possessor: "candidate Gary
            // Johnson's doctor" is the doctor.
            var nameStart = roleEnd + 1
            if nameStart < range.upperBound, text.markerKind(nameStart) == .title { nameStart += text.isPunct(nameStart + 1, ".") ? 2 : 1 }
            if nameStart <= range.upperBound, let name = nameRun(from: nameStart, to: range.upperBound), name.count >= 1,
               !isRole(name.lowerBound), !(name.upperBound < range.upperBound && isPossessive(name.upperBound)) {
                // "its propaganda agency Amaq", "the group's media arm Al-Kataib": an organisation.
                if insideOrganisation(name.lowerBound) {
                    let mention = mentionRange(name.lowerBound)
                    return Phrase(kind: .named, first: mention.lowerBound, last: mention.upperBound, entity: text.entity[name.lowerBound],
                                  roleToken: roleAt, extent: range)
                }
                return Phrase(kind: .person, first: name.lowerBound, last: name.upperBound, roleToken: roleAt,
                              organisation: organisation(in: range, role: roleAt, excluding: name), extent: range)
            }
            return Phrase(kind: .role, first: range.lowerBound, last: range.upperBound, roleToken: roleAt,
                          organisation: organisation(in: range, role: roleAt, excluding: nil), extent: range)
        }
        if let (named, mention) = namedMention(in: range) {
            return Phrase(kind: .named, first: mention.lowerBound, last: mention.upperBound, entity: text.entity[named], extent: range)
        }
        if let start = range.first(where: { isNamePart($0) && (!isParticle($0) || text.isCapitalised($0)) }), let name = nameRun(from: start, to: range.upperBound) {
            let titled = range.contains { text.markerKind($0) == .title && !insideOrganisation($0) }
            // "Burkina Faso's army": a possessor names whose the noun after it is, and speaks not.
            let possessor = name.upperBound < range.upperBound && isPossessive(name.upperBound)
            // (Not a name that holds a word for an organisation: "Somalia's Ministry of Information".)
            let kind: Phrase.Kind = !possessor && (titled || (name.count >= 2 && !isDeterminer(range.lowerBound)))
                && !name.contains(where: { text.markerKind($0) == .orgAnaphor }) ? .person : .named
            let span = kind == .person ? name : range
            return Phrase(kind: kind, first: span.lowerBound, last: span.upperBound, extent: range)
        }
        // "the group", "one shopkeeper", "top black lawmakers", "63 percent": a common noun phrase with a
        // determiner, a number or a plural head.
        let counted = text.tokens[range.lowerBound].kind == .number
        if ((isDeterminer(range.lowerBound) || isQuantifier(range.lowerBound) || counted) && range.count >= 2) || isPlural(range.upperBound) {
            return Phrase(kind: .common, first: range.lowerBound, last: range.upperBound, extent: range)
        }
        return nil
    }

    /// The mention of the person at token `person` when that person speaks for the phrase:
    /// not a possessor or modifier of what follows ("Gary Johnson's doctor", "Clinton
    /// supporters") and not whom the role serves ("a spokeswoman for Hillary Clinton").
    private func speakingPerson(_ person: Int, in range: ClosedRange<Int>, role: Int?) -> ClosedRange<Int>? {
        let mention = mentionRange(person)
        // The possessive may be its own token after the mention ("Johnson" "’s").
        let possessor = isPossessive(mention.upperBound) ? mention.upperBound
            : mention.upperBound < range.upperBound && isPossessiveMark(mention.upperBound + 1) ? mention.upperBound + 1 : nil
        if let possessor, possessor < range.upperBound { return nil }
        // A name before a lower-case noun modifies it ("Clinton supporters", "Stein spokeswoman
        // Melezia Figueroa"): the noun, or the name after it, speaks.
        let next = mention.upperBound + 1
        if next <= range.upperBound, text.tokens[next].kind == .word, !text.isCapitalised(next) { return nil }
        if let role, role < mention.lowerBound {
            // "a spokesman for Mr. Obama", "an aide to Belmokhtar": past the name's title.
            let p = titled(mention.lowerBound, floor: role + 1) - 1
            if p > role, isPreposition(p) || text.isWord(p, text.words.to) { return nil }
        } else if role == nil {
            // "Fighters loyal to Khalifa Haftar", "FARC dissidents led by Ivan Mordisco": the
            // noun the name completes speaks.
            let p = titled(mention.lowerBound, floor: range.lowerBound) - 1
            if p - 1 > range.lowerBound, text.isFollowing(p) { return nil }
        }
        return mention
    }

    /// The token and token range of the mention a phrase without a person or role names: its
    /// first, unless that is a possessor. "Islamic State's Amaq news agency" names Amaq; in
    /// "Nigeria's military" a place only says whose the military is, and names nothing.
    private func namedMention(in range: ClosedRange<Int>) -> (Int, ClosedRange<Int>)? {
        guard let first = text.entity.withUnsafeBufferPointer({ entity in range.first { entity[$0] >= 0 } }) else { return nil }
        let e = Int(text.entity[first])
        let (person, place) = text.doc.entities.withUnsafeBufferPointer { ($0[e].isPerson, $0[e].isPlace) }
        // A person here is one `speakingPerson` found not to speak ("Clinton supporters").
        if person { return nil }
        // The object of a preposition modifies the noun before it ("the top Democrat on the
        // House Intelligence Committee", "a relative in Gao"); not an organisation's part
        // ("the Shura council of Al-Mourabitoun").
        // "a statement from the Malian army" is the army's.
        if (range.lowerBound..<first).contains(where: { t in
            isPostmodifierPreposition(t) && (place || !text.isWord(t, text.words.of)) && !fromIssuer(t, floor: range.lowerBound)
        }) { return nil }
        let mention = mentionRange(first)
        // "an al Qaeda-linked group": a name that ends inside the hyphenated word after it
        // modifies the phrase's noun, which is not the name's bearer.
        if mention.upperBound < range.upperBound,
           text.doc.entities[e].span.end > text.original(mention.upperBound, mention.upperBound).end { return nil }
        // "The New York Post", "the Persian Gulf showdown": a place before the phrase's noun
        // says which one it is, and names nothing.
        if place, !isPossessive(mention.upperBound), mention.upperBound < range.upperBound,
           case let next = mention.upperBound + 1, isModifier(next) || isNamePart(next) || isRole(next) { return nil }
        guard isPossessive(mention.upperBound), mention.upperBound < range.upperBound else { return (first, mention) }
        let after = mention.upperBound + 1...range.upperBound
        if let next = after.first(where: { text.entity[$0] >= 0 }) {
            // "Pakistan's Foreign Ministry": an organisation no table lists is named with its place.
            if place && text.doc.entities[Int(text.entity[next])].entity == nil { return nil }
            return (next, mentionRange(next))
        }
        // "The Wilderness Society's Lyndon Schneiders": the name after the possessor speaks.
        if after.contains(where: { isNamePart($0) }) { return nil }
        // A place before a noun only says whose it is ("Nigeria's military"); an
        // organisation's noun speaks for it ("AQIM's statement").
        return place ? nil : (first, mention)
    }

    /// "from" right after a word for a statement or message ("a statement from", "an audio message from").
    private func fromIssuer(_ t: Int, floor: Int) -> Bool {
        guard text.isWord(t, text.words.from) else { return false }
        return (max(floor, t - 3)..<t).contains { text.markerKind($0) == .utterance && $0 + max(1, Int(text.markerLength[$0])) == t }
    }

    private func insideOrganisation(_ t: Int) -> Bool {
        text.entity[t] >= 0 && text.doc.entities[Int(text.entity[t])].isOrganisation
    }

    /// The token "'s" or "’s" on its own.
    func isPossessiveMark(_ t: Int) -> Bool {
        let span = text.tokens[t].view
        guard span.length == 2, text.v[span.end - 1] == "s" else { return false }
        return text.v[span.start] == "'" || text.v[span.start] == "\u{2019}"
    }

    /// A word ending in "'s" or "’s" ("State's").
    func isPossessive(_ t: Int) -> Bool {
        let span = text.tokens[t].view
        guard span.length > 2, text.v[span.end - 1] == "s" else { return false }
        return text.v[span.end - 2] == "'" || text.v[span.end - 2] == "\u{2019}"
    }

    /// A word in "'s", or a plural before its possessive apostrophe ("the Brigades' statement").
    func isPossessor(_ t: Int) -> Bool { isPossessive(t) || t + 1 < text.count && isPluralPossessive(t + 1) }

    /// A lone plain noun that names a source ("police" in "…, police said"), where nothing
    /// else names one.
    func bareNoun(_ t: Int) -> Phrase? {
        isModifier(t) && !isQuantifier(t) ? Phrase(kind: .common, first: t, last: t, extent: t...t) : nil
    }

    /// The role word of a phrase, lower-cased ("spokesman"), nil when it names no role.
    func role(of p: Phrase) -> String? {
        p.roleToken.map { lowercasedText($0, $0 + Int(text.markerLength[$0]) - 1) }
    }

    /// `text.text(a, b).lowercased()`: ASCII text is lower-cased as its bytes are written
    /// straight into the string (a role is read for every phrase that holds one), other text
    /// through `lowercased()`.
    func lowercasedText(_ a: Int, _ b: Int) -> String {
        let start = text.tokens[a].view.start, count = text.tokens[b].view.end - start
        guard count > 0 else { return text.text(a, b).lowercased() }
        var ascii = true
        let lowered = text.v.withUnsafeBufferPointer { v in
            String(unsafeUninitializedCapacity: count) { out in
                for i in 0..<count {
                    let c = v[start + i].value
                    guard c < 0x80 else { ascii = false; return 0 }
                    out[i] = UInt8(c >= 65 && c <= 90 ? c + 32 : c)
                }
                return count
            }
        }
        return ascii ? lowered : text.text(a, b).lowercased()
    }

    /// A plain lower-case word ending in a single "s" ("lawmakers", "experts"), or a plural without it ("police", "people").
    func isPlural(_ t: Int) -> Bool { isModifier(t) && (endsInPluralS(t) || text.words.irregularPlurals.contains(text.hashes[t])) }

    /// A word in "-s" but not "-ss" ("lawmakers", not "witness"), plain or a role.
    func endsInPluralS(_ t: Int) -> Bool {
        let span = text.tokens[t].view
        return span.length > 3 && text.v[span.end - 1] == "s" && text.v[span.end - 2] != "s"
    }

    /// Joins a role phrase and a person in apposition; the person names the speaker.
    func merge(_ a: Phrase, _ b: Phrase) -> Phrase {
        if a.kind == .person && b.kind == .role { return a.joined(with: b) }
        if b.kind == .person && (a.kind == .role || a.kind == .person) { return b.joined(with: a) }
        return a
    }

    /// The tokens of the entity mention covering token `t` (read through a buffer: asked for
    /// every phrase that names an entity).
    func mentionRange(_ t: Int) -> ClosedRange<Int> {
        text.entity.withUnsafeBufferPointer { entity in
            let e = entity[t]
            var a = t, b = t
            while a > 0 && entity[a - 1] == e { a -= 1 }
            while b + 1 < entity.count && entity[b + 1] == e { b += 1 }
            return a...b
        }
    }

    /// Capitalised name parts (with particles) from `start`, not past `end`.
    func nameRun(from start: Int, to end: Int) -> ClosedRange<Int>? {
        var b = start
        guard b <= end, isNamePart(b), !isRole(b) else { return nil }
        while b + 1 <= end {
            if (isNamePart(b + 1) || isParticle(b + 1)) && !isRole(b + 1) { b += 1; continue }
            // "Joseph R. Biden": an initial followed by a name part.
            if let i = initial(startingAt: b + 1), i + 1 <= end, isNamePart(i + 1) { b = i + 1; continue }
            if initial(endingAt: b + 1) == b, b + 2 <= end, isNamePart(b + 2) { b += 2; continue }
            break
        }
        while b > start && isParticle(b) && !text.isCapitalised(b) { b -= 1 }
        return start...b
    }

    /// The organisation of a role: after "of"/"for" ("spokesman of AQIM") or before the role ("AQIM's spokesman").
    private func organisation(in range: ClosedRange<Int>, role: Int?, excluding: ClosedRange<Int>?) -> ClosedRange<Int>? {
        guard let role else { return nil }
        let roleEnd = role + Int(text.markerLength[role]) - 1
        if roleEnd + 2 <= range.upperBound, isPreposition(roleEnd + 1) {
            var s = roleEnd + 2
            if isDeterminer(s) && s + 1 <= range.upperBound { s += 1 }
            if let run = nameRun(from: s, to: range.upperBound), excluding.map({ !$0.overlaps(run) }) ?? true { return run }
        }
        var s = role - 1
        while s >= range.lowerBound && isNamePart(s) && !isRole(s) { s -= 1 }
        if s + 1 < role, let run = nameRun(from: s + 1, to: role - 1), excluding.map({ !$0.overlaps(run) }) ?? true { return run }
        return nil
    }
}
