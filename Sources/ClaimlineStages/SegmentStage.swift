import ClaimlineCore
import ClaimlineICU
import ClaimlineRules

/// Sentences from ICU's sentence break iterator (locale `en_US@ss=standard`), with the breaks
/// after abbreviations listed in a table ("Gen.", "U.S.") taken back, and tokens (words,
/// numbers, punctuation) from a scan of the analysis view.
struct SegmentPlan: StagePlan {
    let kind = StageKind.segment
    /// Abbreviations including their final period ("Gen.", "U.S."), matched case-sensitively.
    let abbreviations: Set<String>
    /// The same as scalars, grouped by length and first scalar (see `abbreviationBucket`), so
    /// that a break is checked against one or two of them, without building a string.
    let abbreviationBuckets: [[[Unicode.Scalar]]]
    /// Length of the longest abbreviation.
    let longestAbbreviation: Int
    let locale: String
    /// The same boundaries as ICU's sentence break iterator, without it, for the English
    /// locales it covers; nil for others, which open ICU's iterator.
    let sentenceBreaker: SentenceBreaker?

    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {
        try line.checkKeys(["abbreviations", "locale"])
        var abbreviations: Set<String> = []
        var errors: [RuleError] = []
        for option in line.values("abbreviations") {
            let table = try source.table(option.value, required: ["id", "abbreviation"], from: option.location)
            for row in table.rows {
                let a = row["abbreviation"].text
                guard a.hasSuffix("."), !a.contains(" ") else {
                    errors.append(RuleError(row["abbreviation"].location, "an abbreviation ends with \".\" and holds no space, found \"\(a)\""))
                    continue
                }
                abbreviations.insert(a)
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        self.abbreviations = abbreviations
        let scalars = abbreviations.map { Array($0.unicodeScalars) }.sorted { $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }
        longestAbbreviation = scalars.map(\.count).max() ?? 0
        var buckets = [[[Unicode.Scalar]]](repeating: [], count: Self.abbreviationBucket(length: longestAbbreviation + 1, first: "\0"))
        for a in scalars { buckets[Self.abbreviationBucket(length: a.count, first: a[0])].append(a) }
        self.abbreviationBuckets = buckets
        self.locale = line.value("locale")?.value ?? "en_US@ss=standard"
        do { sentenceBreaker = try SentenceBreaker(locale: locale) } catch {
            throw RuleErrors([RuleError(line.value("locale")?.location ?? line.location, "cannot read ICU's sentence data for \(locale): \(error)")])
        }
    }

    /// Where abbreviations of a length (at most the longest) and first scalar are kept: one
    /// bucket per ASCII first scalar, one for all others.
    static func abbreviationBucket(length: Int, first: Unicode.Scalar) -> Int {
        length * 129 + (first.value < 128 ? Int(first.value) : 128)
    }

    func makeStage() throws(StageError) -> any Stage {
        if sentenceBreaker != nil { return SegmentStage(plan: self, breaker: nil) }
        do { return SegmentStage(plan: self, breaker: try BreakIterator(.sentence, locale: locale)) } catch {
            throw StageError(.segment, code: "icu", "cannot open sentence breaker: \(error)")
        }
    }
}

final class SegmentStage: Stage {
    let kind = StageKind.segment
    let plan: SegmentPlan
    let breaker: BreakIterator?
    /// Where the token scan notes possible sentence ends, kept from one document to the next.
    private var sentenceEnds: [Int32] = []

    init(plan: SegmentPlan, breaker: BreakIterator?) {
        self.plan = plan
        self.breaker = breaker
    }

    /// The longest analysis view the stage takes: tokens keep their offsets, and the scan its
    /// possible sentence ends, in 32 bits, and the entities and dates stages require fewer
    /// than `Int32.max` scalars. A view that long needs over 100 GB of memory to analyse, but
    /// `--max-bytes` may be raised, and normalising may lengthen a text: such a document gets
    /// a failure record here instead of a trap in a later stage.
    static let maxViewScalars = Int(Int32.max) - 1

    func run(_ document: inout Document) throws(StageError) {
        let view = document.view
        guard view.scalars.count <= Self.maxViewScalars else {
            throw StageError(.segment, code: "too_long", "the analysis view has \(view.scalars.count) scalars, more than \(Self.maxViewScalars)")
        }
        (document.tokens, document.tokenHashes) = Self.scan(view.scalars, sentenceEnds: &sentenceEnds)
        Self.splitAtWordDashes(&document.tokens, &document.tokenHashes, view: view, original: document.scalars)
        let breaks = try sentenceBreaks(view.scalars, candidates: sentenceEnds, view.map.isIdentity ? nil : (view, document.scalars))
        var sentences: [Sentence] = []
        sentences.reserveCapacity(breaks.count)
        var start = 0, tokenIndex = 0
        let tokens = document.tokens
        for end in breaks {
            // Trim surrounding whitespace; skip sentences that are only whitespace.
            var s = start, e = end
            while s < e && Self.isSpace(view.scalars[s]) { s += 1 }
            while e > s && Self.isSpace(view.scalars[e - 1]) { e -= 1 }
            start = end
            if s == e { continue }
            while tokenIndex < tokens.count && tokens[tokenIndex].view.start < s { tokenIndex += 1 }
            let last = tokens.withUnsafeBufferPointer { Self.firstToken(endingAfter: e, in: $0, from: tokenIndex) }
            let viewSpan = ScalarSpan(s, e)
            sentences.append(Sentence(span: view.original(viewSpan), view: viewSpan, firstToken: tokenIndex, tokenCount: last - tokenIndex))
            tokenIndex = last
        }
        document.sentences = sentences
    }

    /// The first token from `from` on whose view ends after `end`, or the count. Tokens end
    /// in order, and a sentence holds a score of them: the search gallops forward, then halves.
    static func firstToken(endingAfter end: Int, in tokens: UnsafeBufferPointer<Token>, from: Int) -> Int {
        var lo = from, hi = from, step = 1
        while hi < tokens.count && tokens[hi].view.end <= end {
            lo = hi &+ 1
            hi &+= step
            step &<<= 1
        }
        hi = min(hi, tokens.count)
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if tokens[mid].view.end <= end { lo = mid &+ 1 } else { hi = mid }
        }
        return lo
    }

    /// ICU sentence boundaries as scalar offsets of the view, minus those after a listed
    /// abbreviation, plus those before a number (see `numberStartsSentence`) or after a word in
    /// capitals (see `acronymEndsSentence`) and, when the view
    /// differs from the `original` text, before a word transliterated from a script without case
    /// (see `caselessStartsSentence`) and after its gloss in parentheses (see `afterGloss`);
    /// `candidates` as the token scan gives them (see `scan`).
    func sentenceBreaks(_ scalars: [Unicode.Scalar], candidates: [Int32],
                        _ original: (view: TextView, scalars: [Unicode.Scalar])? = nil) throws(StageError) -> [Int] {
        let boundaries = try sentenceBoundaries(scalars, candidates: candidates)
        var result: [Int] = []
        result.reserveCapacity(boundaries.count + 1)
        for offset in boundaries {
            if offset < scalars.count, endsWithAbbreviation(scalars, before: offset) || Self.endsWithInitial(scalars, before: offset) { continue }
            result.append(offset)
        }
        // Few texts have one: merged in order when there are.
        var beforeNumbers: [Int] = []
        for c in candidates where scalars[Int(c)] == "." {
            if let start = numberStartsSentence(scalars, fullStop: Int(c)) ?? acronymEndsSentence(scalars, fullStop: Int(c)) {
                beforeNumbers.append(start)
            }
            else if let original, let start = caselessStartsSentence(scalars, fullStop: Int(c), original) {
                beforeNumbers.append(start)
                if scalars[start] == "(", let next = Self.afterGloss(scalars, from: start) { beforeNumbers.append(next) }
            }
        }
        if !beforeNumbers.isEmpty { result = Self.inserting(beforeNumbers, into: result) }
        if result.last != scalars.count { result.append(scalars.count) }
        return result
    }

    /// `extra` offsets put into the ascending `offsets`, each offset once: a few, each at the
    /// place a binary search finds (a set and a sort of the whole list hashed every boundary).
    static func inserting(_ extra: [Int], into offsets: [Int]) -> [Int] {
        var result = offsets
        for x in extra {
            var low = 0, high = result.count
            while low < high { let mid = (low + high) / 2; if result[mid] < x { low = mid + 1 } else { high = mid } }
            if low == result.count || result[low] != x { result.insert(x, at: low) }
        }
        return result
    }

    /// Where a sentence starts with a number after the full stop at `fullStop` ("… the road was
    /// open. 53 soldiers were killed …"): the number's offset, or nil. Unicode's rules (and so
    /// ICU) break after a full stop only before a capital, and read past digits to the next
    /// word, so a sentence opening with a figure ran on into the one before; the same with an
    /// opening quote mark or parenthesis before the number (its offset then). Not after a listed
    /// abbreviation in any case ("No. 5", "no. 225", "Jan. 12") or a single letter or digit
    /// ("p. 53", "1. 2").
    private func numberStartsSentence(_ s: [Unicode.Scalar], fullStop c: Int) -> Int? {
        guard c >= 2, c + 2 < s.count, s[c] == ".", s[c + 1] == " " || s[c + 1] == "\t" else { return nil }
        var start = c + 1
        while start < s.count && (s[start] == " " || s[start] == "\t") { start += 1 }
        // The number may open a quote or a parenthesis ("… open. “53 soldiers were killed,” …").
        let digit = start + 1 < s.count && Self.opensQuote(s[start]) ? start + 1 : start
        guard digit < s.count, s[digit].value &- 48 < 10 else { return nil }
        guard Self.isWordAnyScalar(s[c - 1]), Self.isWordAnyScalar(s[c - 2]) else { return nil }
        return endsWithAbbreviation(s, before: start, anyCase: true) ? nil : start
    }

    /// Where a sentence starts after the full stop at `fullStop` that ends a word in capitals
    /// ("… over the future of the PMF. ‘These are …", "… said in a post on X. A …"): ICU
    /// suppresses a break after a listed single letter ("F.", "Q.", "X.") whatever stands before
    /// it, so an acronym that ends in one ran its sentence on into the next. The offset of the
    /// capital (or quote mark) that opens the next sentence, or nil; not after a listed
    /// abbreviation in any case, nor after dotted capitals ("U.S.") or an initial.
    private func acronymEndsSentence(_ s: [Unicode.Scalar], fullStop c: Int) -> Int? {
        guard c >= 2, c + 2 < s.count, s[c] == ".", s[c + 1] == " " else { return nil }
        var b = c
        while b > 0 && s[b - 1].value &- 65 < 26 { b -= 1 }
        guard b == 0 || !(Self.isWordAnyScalar(s[b - 1]) || s[b - 1] == ".") else { return nil }
        // One capital is an initial ("John F. Kennedy", "denounce N. Korea test"), but not a
        // platform after "on" or "via" ("posted on X. A …").
        if c - b < 2 {
            guard b >= 4, s[b - 1] == " ", case let before = s[..<(b - 1)],
                  before.suffix(3).elementsEqual([" ", "o", "n"]) || before.suffix(4).elementsEqual([" ", "v", "i", "a"]) else { return nil }
        }
        var start = c + 1
        while start < s.count && s[start] == " " { start += 1 }
        let word = start + 1 < s.count && Self.opensQuote(s[start]) && s[start] != "(" ? start + 1 : start
        guard word < s.count, s[word].value &- 65 < 26 else { return nil }
        return endsWithAbbreviation(s, before: start, anyCase: true) ? nil : start
    }

    /// Where a sentence opens with a word of a script without case after the full stop at
    /// `fullStop` ("… in eastern Afghanistan.  عمر ولد حماها, the emir …"): transliterated, the
    /// word starts in lower case in the view, and Unicode's rules break before no lower-case
    /// word. Its offset, or nil; not after a listed abbreviation or a single letter. The word may
    /// open a quote ("… to comply.  "أنصار الدين carried out …""): the quote mark's offset then.
    /// In parentheses it glosses the sentence before ("… was not killed. (أنصار الدين) The
    /// children died …"): a sentence of its own, that neither reads on into the next (see
    /// `afterGloss`) nor ends a quote's content.
    private func caselessStartsSentence(_ s: [Unicode.Scalar], fullStop c: Int,
                                        _ original: (view: TextView, scalars: [Unicode.Scalar])) -> Int? {
        // The stop may close a quote first ("… joined AQIM." (عمر) …).
        let gap = c + 2 < s.count && Self.closesQuote(s[c + 1]) ? c + 2 : c + 1
        guard c >= 2, gap + 1 < s.count, s[gap] == " " || s[gap] == "\t" else { return nil }
        var start = gap
        while start < s.count && (s[start] == " " || s[start] == "\t") { start += 1 }
        let word = start + 1 < s.count && Self.opensQuote(s[start]) ? start + 1 : start
        // The transliteration writes ASCII: a lower-case ASCII letter is all that may start one.
        guard word < s.count, s[word].value &- 0x61 < 26,
              Self.isWordAnyScalar(s[c - 1]), Self.isWordAnyScalar(s[c - 2]) else { return nil }
        let source = original.view.original(ScalarSpan(word, word + 1)).start
        guard source < original.scalars.count else { return nil }
        let p = original.scalars[source].properties
        guard !original.scalars[source].isASCII, p.isAlphabetic, !p.isLowercase, !p.isUppercase,
              !endsWithAbbreviation(s, before: start, anyCase: true) else { return nil }
        return start
    }

    /// Where the text goes on after the gloss in parentheses that opens at `from`, when a
    /// capital, digit or quote mark opens what follows; nil when none does within the line.
    private static func afterGloss(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var k = from
        while k < s.count && k - from < 120 && s[k] != ")" && s[k] != "\n" { k += 1 }
        guard k < s.count, s[k] == ")" else { return nil }
        k += 1
        while k < s.count && (s[k] == " " || s[k] == "\t") { k += 1 }
        guard k < s.count, s[k].properties.isUppercase || s[k].value &- 48 < 10 || opensQuote(s[k]) && s[k] != "(" else { return nil }
        return k
    }

    private static func closesQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == "\u{00BB}"
    }

    private static func opensQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{2018}" || c == "\u{00AB}" || c == "("
    }

    /// The sentence boundaries of the view's scalars, in scalar offsets.
    func sentenceBoundaries(_ scalars: [Unicode.Scalar], candidates: [Int32]) throws(StageError) -> [Int] {
        if let fast = plan.sentenceBreaker { return fast.boundaries(scalars, candidates: candidates) }
        guard let breaker else { preconditionFailure("a segment stage needs a sentence breaker") }
        let (units, scalarAt) = Self.utf16(scalars)
        do { return try breaker.boundaries(of: units).map { b in scalarAt.map { Int($0[b.offset]) } ?? b.offset } } catch {
            throw StageError(.segment, code: "icu", "sentence breaking failed: \(error)")
        }
    }

    /// The scalars as UTF-16 for ICU, and the map from UTF-16 offsets back to scalar offsets,
    /// which is only needed (and only built) when a scalar outside the BMP makes them differ.
    static func utf16(_ scalars: [Unicode.Scalar]) -> (units: [UInt16], scalarAt: [Int32]?) {
        var supplementary = false
        let units = [UInt16](unsafeUninitializedCapacity: scalars.count) { buffer, count in
            for (i, s) in scalars.enumerated() {
                if s.value >= 0x10000 { supplementary = true; break }
                buffer[i] = UInt16(truncatingIfNeeded: s.value)
                count = i + 1
            }
        }
        guard supplementary else { return (units, nil) }
        var wide: [UInt16] = [], scalarAt: [Int32] = []
        wide.reserveCapacity(scalars.count + 16)
        scalarAt.reserveCapacity(scalars.count + 17)
        for (i, s) in scalars.enumerated() {
            for u in s.utf16 { wide.append(u); scalarAt.append(Int32(i)) }
        }
        scalarAt.append(Int32(scalars.count))
        return (wide, scalarAt)
    }

    /// True when the text just before `offset` (ignoring spaces) is a listed abbreviation and
    /// the break is not at a line end; with `anyCase`, spelt in any case ("no. 225", "FIG. 3").
    private func endsWithAbbreviation(_ s: [Unicode.Scalar], before offset: Int, anyCase: Bool = false) -> Bool {
        var e = offset
        while e > 0 && (s[e - 1] == " " || s[e - 1] == "\t") { e -= 1 }
        guard e > 0, s[e - 1] == ".", e == offset || s[e] != "\n" else { return false }
        if offset < s.count, s[offset] == "\n" || s[offset] == "\r" { return false }
        // Back over the word and periods, no further than the longest abbreviation.
        var b = e - 1
        let longest = plan.longestAbbreviation
        while b > 0 && e - b <= longest && (s[b - 1] == "." || Self.isWordAnyScalar(s[b - 1])) { b -= 1 }
        guard e - b <= longest else { return false }
        let word = s[b..<e]
        guard anyCase else { return plan.abbreviationBuckets[SegmentPlan.abbreviationBucket(length: e - b, first: s[b])].contains { $0.elementsEqual(word) } }
        func lower(_ c: Unicode.Scalar) -> UInt32 { c.value &- 65 < 26 ? c.value | 0x20 : c.value }
        let first = lower(s[b]), isLetter = first &- 97 < 26
        // Buckets go by first scalar: an ASCII letter's are read in both cases.
        return (isLetter ? [first & ~0x20, first] : [s[b].value]).contains { first in
            plan.abbreviationBuckets[SegmentPlan.abbreviationBucket(length: e - b, first: Unicode.Scalar(first)!)].contains { $0.elementsEqual(word) { lower($0) == lower($1) } }
        }
    }

    /// "Joseph R. Biden", "George W. Bush": one capital letter and a full stop after a space,
    /// then a capitalised word on the same line, is a middle initial, not a sentence end.
    static func endsWithInitial(_ s: [Unicode.Scalar], before offset: Int) -> Bool {
        var e = offset
        while e > 0 && s[e - 1] == " " { e -= 1 }
        guard e >= 3, e < offset, s[e - 1] == ".", s[e - 3] == " " else { return false }
        return s.withUnsafeBufferPointer { isMiddleInitial($0, letter: e - 2, next: offset) }
    }

    /// True when the capital letter at `letter` (a full stop after it) is a middle initial: the
    /// word at `next` is capitalised and not one that opens sentences ("Plan B. The town").
    static func isMiddleInitial(_ s: UnsafeBufferPointer<Unicode.Scalar>, letter: Int, next: Int) -> Bool {
        guard s[letter].value &- 65 < 26, next < s.count, s[next].value &- 65 < 26 else { return false }
        var end = next
        while end < s.count && end - next < 6 && s[end].properties.isAlphabetic { end += 1 }
        let word = String(String.UnicodeScalarView(s[next..<end]))
        return !sentenceOpeners.contains(word)
    }

    /// Capitalised words that open sentences far more often than they end a name.
    private static let sentenceOpeners: Set<String> = ["The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On",
                                                       "At", "But", "And", "This", "That", "There", "His", "Her", "Its", "Their", "Then"]

    /// `isWord`, with the property lookup for non-ASCII out of line, so that a caller that
    /// meets mostly ASCII sets up nothing for it.
    @inline(__always)
    static func isWordAnyScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value, lower = v | 0x20
        return v < 128 ? (v >= 48 && v <= 57) || (lower >= 97 && lower <= 122) : isWordOutlined(c)
    }

    /// White space (and U+FEFF), with ASCII answered without a property lookup.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { let v = c.value; return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace || c == "\u{FEFF}"
    }

    @inline(__always)
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            switch c {
            case "$", "+", "<", "=", ">", "^", "`", "|", "~": return false
            default: return true
            }
        }
        return c.properties.generalCategory.isPunctuation
    }

    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
