import ClaimlineCore

extension EntitiesStage {
    /// The most distinct unknown places of one document whose other mentions are sought.
    static let maxRepeatedPlaces = 32

    /// Places no table lists, by the words around them (`place_before`, `place_noun` and
    /// `place_feature` in en.not_names.tsv): "near Damboa", "the village of Karma", "north of
    /// Kismayo", "Taye village", "the Wagadou forest"; then the other mentions of the same
    /// words. One to three capitalised parts, not a person's name by its shape and no
    /// organisation's words; entity null, type LOC (rule unknown.place_name).
    func findUnknownPlaces(_ scan: inout NameScan, _ s: [Unicode.Scalar]) {
        let seen = scan.flagsSeen
        guard !seen.isDisjoint(with: [.placeBefore, .placeNoun, .placeFeature]) else { return }
        let found = scan.mentions.count
        if seen.contains(.placeBefore) { findPlacesAfterWords(&scan) }
        if seen.contains(.placeNoun) { findPlacesBeforeNouns(&scan, .placeNoun) }
        if seen.contains(.placeFeature) { findPlacesBeforeNouns(&scan, .placeFeature) }
        if scan.mentions.count > found { findPlacesAgain(&scan, since: found) }
    }

    /// "near Damboa", "the village of Karma", "north of Kismayo": the run after the word (and
    /// "of"). A capitalised word starts the run only before "of" ("Village Voice" is a name).
    private func findPlacesAfterWords(_ scan: inout NameScan) {
        let of = plan.lexicon.words.of
        var i = scan.next(.placeBefore, from: 0)
        while i < scan.count {
            var k = i + 1
            let viaOf = scan.joins(i) && scan.key(k) == of && !scan.parts[k].capitalised && scan.joins(k)
            if viaOf { k += 1 }
            if scan.isFree(i), scan.joins(i), spelt(scan, i), viaOf || !scan.parts[i].capitalised, let last = placeRun(scan, from: k) {
                scan.add(Candidate(first: k, last: last, scan: scan, entry: Candidate.unknownPlace, rule: .unknown(.placeName)))
                i = scan.next(.placeBefore, from: last + 1)
                continue
            }
            i = scan.next(.placeBefore, from: i + 1)
        }
    }

    /// "Taye village", "the Belgorod region" (the noun stays out of the span), "the Wagadou
    /// forest" (a feature's noun is part of its name): the run right before a lower-case noun.
    private func findPlacesBeforeNouns(_ scan: inout NameScan, _ flag: WordFlags) {
        var n = scan.next(flag, from: 1)
        while n < scan.count {
            defer { n = scan.next(flag, from: n + 1) }
            guard !scan.parts[n].capitalised, scan.isFree(n), scan.joins(n - 1), spelt(scan, n) else { continue }
            // "the Cuban city of Cardenas": the name comes after "of", the word before is an adjective.
            if scan.joins(n), scan.key(n + 1) == plan.lexicon.words.of { continue }
            var first = n - 1
            while first > 0 && n - first < 3 && scan.joins(first - 1) && isNameLike(scan, first - 1) { first -= 1 }
            guard let last = placeRun(scan, from: first), last == n - 1 else { continue }
            scan.add(Candidate(first: first, last: flag == .placeFeature ? n : last, scan: scan, entry: Candidate.unknownPlace,
                               rule: .unknown(.placeName)))
        }
    }

    /// Spelt as the table lists the word: one that only folds like it ("common", "commune") is none.
    private func spelt(_ scan: NameScan, _ i: Int) -> Bool { scan.flags[i].contains(.notNameSpelling) }

    /// The last part of a place's name of one to three free, name-like parts from `k`: not
    /// inside a longer run of capitalised words (a title-cased line, a longer name), with no
    /// organisation's word, and not shaped like a person's name (particles, a given name).
    private func placeRun(_ scan: NameScan, from k: Int) -> Int? {
        guard k < scan.count, isNameLike(scan, k) else { return nil }
        if k > 0, scan.joins(k - 1), isNameLike(scan, k - 1) { return nil }
        var last = k
        while last - k < 2, scan.joins(last), isNameLike(scan, last + 1) { last += 1 }
        if scan.joins(last), scan.parts[last + 1].capitalised { return nil }
        // Not a possessor ("near Slepian's house") nor an adjective ("the Israeli town").
        guard !scan.parts[last].possessive, !(k...last).contains(where: { !flags(scan, $0).isDisjoint(with: [.demonym, .adjective]) }),
              !hasOrgWord(scan, k, last), particleShape(scan, k, last) == nil, givenNameParts(scan, k, last) == nil,
              !(k...last).contains(where: { plan.lexicon.givenNames.contains(scan.parts[$0].hash) }) else { return nil }
        return last
    }

    /// The other mentions of the places found since mention `since`: the same parts, spelt
    /// alike, free, after no other name part and before no capitalised word ("Konduga" after
    /// "near Konduga").
    /// At most `maxRepeatedPlaces` places are sought.
    private func findPlacesAgain(_ scan: inout NameScan, since: Int) {
        var places: [(first: UInt64, parts: Int, span: ClosedRange<Int>)] = []
        for m in since..<scan.mentions.count where places.count < Self.maxRepeatedPlaces {
            let c = scan.mentions[m]
            guard c.entry == Candidate.unknownPlace else { continue }
            let first = scan.parts[c.first].hash
            if !places.contains(where: { $0.first == first && $0.parts == c.last - c.first + 1 }) {
                places.append((first, c.last - c.first + 1, c.first...c.last))
            }
        }
        var i = 0
        while i < scan.count {
            guard scan.parts[i].capitalised, scan.isFree(i),
                  let place = places.first(where: { $0.first == scan.parts[i].hash && !$0.span.contains(i) }) else { i += 1; continue }
            let last = i + place.parts - 1
            let same = last < scan.count && (0..<place.parts).allSatisfy { j in
                scan.isFree(i + j) && scan.parts[i + j].hash == scan.parts[place.span.lowerBound + j].hash
                    && (j == place.parts - 1 || scan.joins(i + j))
            }
            // Not a word of a longer name ("the Buffalo News" after "a Buffalo suburb"; "In
            // Niono" is one).
            let alone = !(i > 0 && scan.joins(i - 1) && isNameLike(scan, i - 1)) && !(same && scan.joins(last) && scan.parts[last + 1].capitalised)
            if same && alone {
                scan.add(Candidate(first: i, last: last, scan: scan, entry: Candidate.unknownPlace, rule: .unknown(.placeName)))
                i = last + 1
            } else {
                i += 1
            }
        }
    }
}
