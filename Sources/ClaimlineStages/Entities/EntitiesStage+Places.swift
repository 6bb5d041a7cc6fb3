import ClaimlineCore
import ClaimlineRules

extension EntitiesStage {
    /// The most distinct unknown places of one document whose other mentions are sought.
    static let maxRepeatedPlaces = 32

    /// Places no table lists, by the words around them (`place_before`, `place_noun` and
    /// `place_feature` in en.not_names.tsv): "near Damboa", "the village of Karma", "north of
    /// Kismayo", "Taye village", "the Wagadou forest"; then the other mentions of the same
    /// words. One to three capitalised parts, not a person's name by its shape and no
    /// organisation's words; entity null, type LOC (rule unknown.place_name).
    func findUnknownPlaces(_ scan: inout NameScan, _ s: [Unicode.Scalar]) {
        let words: WordFlags = [.placeBefore, .placeNoun, .placeFeature]
        guard !scan.flagsSeen.isDisjoint(with: words) else { return }
        let found = scan.mentions.count
        // One walk over the words of place; a word may be of two kinds ("village of Karma", "Taye village").
        var i = scan.next(words, from: 0)
        while i < scan.count {
            let flags = scan.flags[i]
            if flags.contains(.placeBefore) {
                // "in Bula Gaduud, about 30 km north of Kismayo": the place the distance is from.
                if let measured = placeMeasured(before: i, scan, s) { scan.add(measured) }
                if let place = placeAfter(word: i, scan) {
                    scan.add(place)
                    i = scan.next(words, from: place.last + 1)
                    continue
                }
            }
            if !flags.isDisjoint(with: [.placeNoun, .placeFeature]), let place = placeBefore(noun: i, feature: flags.contains(.placeFeature), scan) {
                scan.add(place)
            }
            i = scan.next(words, from: i + 1)
        }
        if scan.mentions.count > found { findPlacesAgain(&scan, since: found) }
    }

    /// "near Damboa", "the village of Karma", "north of Kismayo": the run after the word at `i`
    /// (and "of"). A capitalised word starts the run only before "of" ("Village Voice" is a name).
    private func placeAfter(word i: Int, _ scan: NameScan) -> Candidate? {
        var k = i + 1
        let viaOf = scan.joins(i) && scan.key(k) == plan.lexicon.words.of && !scan.parts[k].capitalised && scan.joins(k)
        if viaOf { k += 1 }
        // Most such words stand before a lower-case word: one test passes them over.
        guard k < scan.count, scan.parts[k].capitalised, scan.isFree(i), scan.joins(i), spelt(scan, i),
              viaOf || !scan.parts[i].capitalised, let last = placeRun(scan, from: k) else { return nil }
        return Candidate(first: k, last: last, scan: scan, entry: Candidate.unknownPlace, rule: .unknown(.placeName))
    }

    /// "in Bula Gaduud, about 30 km north of …", "at Tin Keraten, 100 km north of …": the name
    /// after "in", "at", "from" or a word of place ("near") and before the comma of a distance
    /// that ends at the word of place at `i` (not "the birthplace of Lord Krishna, 150 km north").
    private func placeMeasured(before i: Int, _ scan: NameScan, _ s: [Unicode.Scalar]) -> Candidate? {
        // Back over the distance: "about 30 km", "some 100 kilometres (60 miles)".
        var k = i - 1, units = 0
        while k >= 0 && i - k <= 6 && (scan.joins(k) || Self.inParentheses(s, scan, k)) {
            let part = scan.parts[k]
            if Self.distanceWords.contains(part.hash) { units += 1 } else if !Self.isNumber(s, part) { break }
            k -= 1
        }
        guard units > 0, k >= 1, k < i - 1, !scan.joins(k), Self.commaBetween(s, scan, k) else { return nil }
        var first = k
        while first > 0 && k - first < 2 && scan.joins(first - 1) && isNameLike(scan, first - 1) { first -= 1 }
        let w = plan.lexicon.words
        guard first > 0, scan.joins(first - 1), !scan.parts[first - 1].capitalised,
              [w.in_, w.at, w.from].contains(scan.key(first - 1)) || flags(scan, first - 1).contains(.placeBefore),
              let last = placeRun(scan, from: first), last == k else { return nil }
        return Candidate(first: first, last: last, scan: scan, entry: Candidate.unknownPlace, rule: .unknown(.placeName))
    }

    /// Words of a distance, with "about" and "some" before its number.
    static let distanceWords = WordHashSet(["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
                                            "about", "some", "around", "nearly", "roughly", "approximately"].map(NameParts.hash))

    private static func isNumber(_ s: [Unicode.Scalar], _ part: NamePart) -> Bool {
        (Int(part.start)..<Int(part.end)).allSatisfy { s[$0].value &- 48 < 10 || s[$0] == "," || s[$0] == "." }
    }

    /// Only a comma and spaces between part `k` and the next.
    private static func commaBetween(_ s: [Unicode.Scalar], _ scan: NameScan, _ k: Int) -> Bool {
        let gap = Int(scan.parts[k].end)..<Int(scan.parts[k + 1].start)
        return gap.contains { s[$0] == "," } && gap.allSatisfy { s[$0] == "," || s[$0] == " " }
    }

    /// A parenthesis between part `k` and the next, as in "100 km (60 miles)".
    private static func inParentheses(_ s: [Unicode.Scalar], _ scan: NameScan, _ k: Int) -> Bool {
        let gap = Int(scan.parts[k].end)..<Int(scan.parts[k + 1].start)
        return !gap.isEmpty && gap.allSatisfy { s[$0] == "(" || s[$0] == ")" || s[$0] == " " }
    }

    /// "Taye village", "the Belgorod region" (the noun stays out of the span), "the Wagadou
    /// forest" (a feature's noun is part of its name): the run right before the lower-case noun at `n`.
    private func placeBefore(noun n: Int, feature: Bool, _ scan: NameScan) -> Candidate? {
        guard n > 0, scan.parts[n - 1].capitalised, !scan.parts[n].capitalised, scan.isFree(n), scan.joins(n - 1), spelt(scan, n) else { return nil }
        // "the Cuban city of Cardenas": the name comes after "of", the word before is an adjective.
        if scan.joins(n), scan.key(n + 1) == plan.lexicon.words.of { return nil }
        var first = n - 1
        while first > 0 && n - first < 3 && scan.joins(first - 1) && isNameLike(scan, first - 1) { first -= 1 }
        guard let last = placeRun(scan, from: first), last == n - 1 else { return nil }
        return Candidate(first: first, last: feature ? n : last, scan: scan, entry: Candidate.unknownPlace, rule: .unknown(.placeName))
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
        // "St. Petersburg", "Mt. Kenya": an abbreviation's period inside is no place's name to
        // delimit here; nor an acronym ("an MTV and BET town hall").
        guard !(k...last).contains(where: { scan.parts[$0].periodNext || scan.parts[$0].allUpper && scan.parts[$0].length > 1 }) else { return nil }
        // Not a possessor ("near Slepian's house") nor an adjective ("the Israeli town").
        guard !scan.parts[last].possessive, !(k...last).contains(where: { !flags(scan, $0).isDisjoint(with: [.demonym, .adjective]) }),
              !hasOrgWord(scan, k, last), particleShape(scan, k, last) == nil,
              !(k...last).contains(where: { plan.lexicon.givenNames.contains(scan.parts[$0].hash) }) else { return nil }
        return last
    }

    /// The other mentions of the places found since mention `since`: the same parts, spelt
    /// alike, free, after no other name part and before no capitalised word ("Konduga" after
    /// "near Konduga").
    /// At most `maxRepeatedPlaces` places are sought.
    private func findPlacesAgain(_ scan: inout NameScan, since: Int) {
        var places: [FoundPlace] = []
        places.reserveCapacity(4)
        for m in since..<scan.mentions.count where places.count < Self.maxRepeatedPlaces {
            let c = scan.mentions[m]
            guard c.entry == Candidate.unknownPlace else { continue }
            let first = scan.parts[c.first].hash
            if !places.contains(where: { $0.first == first && $0.parts == c.last - c.first + 1 }) {
                places.append(FoundPlace(first: first, parts: c.last - c.first + 1, span: c.first...c.last))
            }
        }
        // A bit per first part's hash: most capitalised parts are passed over with one test.
        var firsts: UInt64 = 0
        for place in places { firsts |= 1 << (place.first & 63) }
        let parts = scan.parts
        var i = 0
        while i < parts.count {
            // Buffer reads: every part of the document is passed over.
            let candidate = parts.withUnsafeBufferPointer { p in
                var j = i
                while j < p.count && !(p[j].capitalised && firsts & (1 << (p[j].hash & 63)) != 0) { j += 1 }
                return j
            }
            i = candidate
            guard i < parts.count else { break }
            let part = parts[i]
            guard scan.isFree(i), let place = places.first(where: { $0.first == part.hash && !$0.span.contains(i) }) else { i += 1; continue }
            let last = i + place.parts - 1
            let same = last < parts.count && (0..<place.parts).allSatisfy { j in
                scan.isFree(i + j) && parts[i + j].hash == parts[place.span.lowerBound + j].hash
                    && (j == place.parts - 1 || scan.joins(i + j))
            }
            // Not a word of a longer name ("the Buffalo News" after "a Buffalo suburb"; "In
            // Niono" is one).
            let alone = !(i > 0 && scan.joins(i - 1) && isNameLike(scan, i - 1)) && !(same && scan.joins(last) && parts[last + 1].capitalised)
            if same && alone {
                scan.add(Candidate(first: i, last: last, scan: scan, entry: Candidate.unknownPlace, rule: .unknown(.placeName)))
                i = last + 1
            } else {
                i += 1
            }
        }
    }
}

/// A place found by its context: the hash of its first part, how many parts, and where.
/// A named type: an array of tuples looked up its type's metadata at run time on each use.
private struct FoundPlace {
    let first: UInt64
    let parts: Int
    let span: ClosedRange<Int>
}
