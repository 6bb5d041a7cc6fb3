import CICUShim

/// Sentence boundaries as ICU's sentence break iterator finds them for an English locale
/// (`en_US`, or `en_US@ss=standard`, which suppresses breaks after ICU's list of
/// abbreviations), computed over scalars without ICU's rule machine: the rules of UAX #29
/// (ICU's root sentence rules) on ICU's Sentence_Break property, then ICU's suppression
/// of breaks after its exceptions ("Mr.", "U.S."), with the exceptions read from ICU's
/// data. Same boundaries as `BreakIterator(.sentence, locale:)`, several times cheaper.
public struct SentenceBreaker: Sendable {
    /// The Sentence_Break class of the scalars below `classes.count`; others ask ICU.
    private let classes: [UInt8]
    private let exceptions: SentenceExceptions?
    /// Every ASCII scalar that can end a sentence (terminators and line ends) is a
    /// candidate (`SentenceRules.isCandidate`), so looking at the candidates alone suffices.
    private let candidatesSuffice: Bool

    /// Nil for a locale this does not cover (not English, or keywords other than `ss=standard`).
    public init?(locale: String) throws(ICUError) {
        let parts = locale.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts[0])
        guard base == "en" || base.hasPrefix("en_") else { return nil }
        if parts.count == 2 {
            guard parts[1] == "ss=standard" else { return nil }
            exceptions = try SentenceExceptions(locale: base)
        } else {
            exceptions = nil
        }
        let classes = (0..<0x800).map { UInt8(truncatingIfNeeded: cicu_sentence_break_class(Int32($0))) }
        self.classes = classes
        let ends: Set<UInt8> = [SentenceRules.cr, SentenceRules.lf, SentenceRules.sep, SentenceRules.aTerm, SentenceRules.sTerm]
        candidatesSuffice = (0..<128).allSatisfy { c in !ends.contains(classes[c]) || SentenceRules.isCandidate(UInt32(c)) }
    }

    /// All boundaries after 0 up to and including the end (none for empty text), in scalar offsets.
    public func boundaries(_ text: [Unicode.Scalar]) -> [Int] {
        boundaries(text) { rules in rules.next() }
    }

    /// The same boundaries, for a caller that already knows where a sentence may end:
    /// `candidates` holds, in ascending order, the offset of every scalar that is not ASCII
    /// or is a control character, ".", "!" or "?" (more offsets do no harm). Only those
    /// scalars are looked at.
    public func boundaries(_ text: [Unicode.Scalar], candidates: [Int32]) -> [Int] {
        guard candidatesSuffice else { return boundaries(text) }
        return candidates.withUnsafeBufferPointer { candidates in
            var cursor = 0
            return boundaries(text) { rules in rules.next(among: candidates, cursor: &cursor) }
        }
    }

    private func boundaries(_ text: [Unicode.Scalar], next: (inout SentenceRules) -> Int?) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(text.count / 64 + 4)  // sentences are rarely shorter
        text.withUnsafeBufferPointer { s in
            classes.withUnsafeBufferPointer { table in
                var rules = SentenceRules(text: s, table: table)
                while let b = next(&rules) {
                    if b < s.count, let exceptions, exceptions.suppress(s, at: b) { continue }
                    result.append(b)
                }
            }
        }
        if !text.isEmpty && result.last != text.count { result.append(text.count) }
        return result
    }
}

/// The UAX #29 sentence rules (SB3–SB11, as in ICU's `sent.txt`) over a text's
/// Sentence_Break classes: yields each boundary before the end of the text.
struct SentenceRules {
    // USentenceBreak values.
    static let other: UInt8 = 0, aTerm: UInt8 = 1, close: UInt8 = 2, format: UInt8 = 3, lower: UInt8 = 4
    static let numeric: UInt8 = 5, oLetter: UInt8 = 6, sep: UInt8 = 7, sp: UInt8 = 8, sTerm: UInt8 = 9
    static let upper: UInt8 = 10, cr: UInt8 = 11, extend: UInt8 = 12, lf: UInt8 = 13, sContinue: UInt8 = 14

    let text: UnsafeBufferPointer<Unicode.Scalar>
    let table: UnsafeBufferPointer<UInt8>
    var position = 0

    @inline(__always)
    func kind(_ i: Int) -> UInt8 {
        let v = text[i].value
        return v < table.count ? table[Int(v)] : UInt8(truncatingIfNeeded: cicu_sentence_break_class(Int32(bitPattern: v)))
    }

    /// Whether a scalar is one a caller of `boundaries(_:candidates:)` lists: below 14 (tab
    /// to CR), ".", "!", "?" or not ASCII.
    static func isCandidate(_ v: UInt32) -> Bool { v < 14 || v == 33 || v == 46 || v == 63 || v >= 128 }

    /// The next boundary before the end, or nil.
    mutating func next() -> Int? {
        let n = text.count
        var i = position
        while i < n {
            switch kind(i) {
            case Self.cr:
                i += i + 1 < n && kind(i + 1) == Self.lf ? 2 : 1
                position = i
                return i
            case Self.lf, Self.sep:
                position = i + 1
                return i + 1
            case Self.aTerm, Self.sTerm:
                let (resume, boundary) = afterTerm(i)
                i = resume
                if boundary {
                    position = i
                    return i < n ? i : nil
                }
            default:
                i += 1
            }
        }
        position = n
        return nil
    }

    /// `next()` looking only at the scalars at `candidates[cursor...]`, which hold every
    /// scalar `isCandidate` accepts: the scalars it passes over start no boundary, so `next()`
    /// would step over them one by one.
    mutating func next(among candidates: UnsafeBufferPointer<Int32>, cursor: inout Int) -> Int? {
        let n = text.count
        while cursor < candidates.count {
            let i = Int(candidates[cursor])
            cursor += 1
            if i < position { continue }
            switch kind(i) {
            case Self.cr:
                position = i + 1 < n && kind(i + 1) == Self.lf ? i + 2 : i + 1
                return position
            case Self.lf, Self.sep:
                position = i + 1
                return position
            case Self.aTerm, Self.sTerm:
                let (resume, boundary) = afterTerm(i)
                position = resume
                if boundary { return resume < n ? resume : nil }
            default:
                continue
            }
        }
        position = n
        return nil
    }

    /// Past Extend and Format scalars from `i` (SB5).
    @inline(__always)
    func skipExtend(_ i: Int) -> Int {
        var j = i
        while j < text.count {
            let k = kind(j)
            if k != Self.extend && k != Self.format { break }
            j += 1
        }
        return j
    }

    /// After the terminator at `i`: where scanning resumes, and whether that is a boundary.
    func afterTerm(_ i: Int) -> (Int, Bool) {
        let n = text.count
        let isATerm = kind(i) == Self.aTerm
        let afterTerm = skipExtend(i + 1)
        var j = afterTerm
        while j < n && kind(j) == Self.close { j = skipExtend(j + 1) }  // SB9
        while j < n && kind(j) == Self.sp { j = skipExtend(j + 1) }  // SB10
        if j == n { return (n, false) }
        let next = kind(j)
        switch next {
        case Self.cr: return (j + 1 < n && kind(j + 1) == Self.lf ? j + 2 : j + 1, true)  // SB11 with ParaSep
        case Self.lf, Self.sep: return (j + 1, true)
        case Self.sContinue, Self.sTerm, Self.aTerm: return (j, false)  // SB8a
        default: break
        }
        if isATerm {
            if j == afterTerm && next == Self.numeric { return (j, false) }  // SB6
            if j == afterTerm && next == Self.upper && letterBefore(i) { return (j, false) }  // SB7
            var k = j  // SB8: no break when a lower-case letter follows before any other letter or terminator
            while k < n {
                let c = kind(k)
                if c == Self.lower { return (k, false) }
                if c == Self.oLetter || c == Self.upper || c == Self.sep || c == Self.cr || c == Self.lf
                    || c == Self.aTerm || c == Self.sTerm { break }
                k += 1
            }
        }
        return (j, true)  // SB11
    }

    /// Whether an upper- or lower-case letter comes just before `i` (Extend and Format skipped).
    func letterBefore(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 {
            let c = kind(k)
            if c == Self.extend || c == Self.format { k -= 1; continue }
            return c == Self.upper || c == Self.lower
        }
        return false
    }
}
