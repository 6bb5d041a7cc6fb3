import ClaimlineCore

/// A name part: a run of letters and digits (with inner apostrophes and ʿayn/hamza marks, as
/// in "Qa'ida"), the unit that names are folded and matched on. "al-Muhajir" is two parts;
/// "AQIM's" is "AQIM" (the possessive is cut off).
public struct NamePart: Sendable, Equatable, BitwiseCopyable {
    public var start: Int32
    public var end: Int32
    /// The next part may continue the same name: only spaces, one hyphen, or the period of a
    /// short abbreviation ("Mr.", "U.N.") lie between them, and no line break.
    public var joinsNext: Bool = false
    /// A hyphen lies between this part and the next ("al-Muhajir").
    public var hyphenNext: Bool = false
    /// First letter is upper case (or the part is not in Latin script, which has no case).
    public var capitalised: Bool = false
    /// Every letter is upper case ("AQIM", "HAMAHOU").
    public var allUpper: Bool = false
    /// Followed by a possessive "'s".
    public var possessive: Bool = false
    /// `joinsNext` over a period ("Mr.", "U.N.", but also "in Gao. Belmokhtar"): the reader
    /// decides whether the part is an abbreviation.
    public var periodNext: Bool = false
    /// A period alone lies between this part and the next, whether or not they join ("Capt.
    /// Naji": a title longer than an initial may join over it).
    public var periodAfter: Bool = false
    /// FNV-1a hash of the part's scalars with ASCII letters lower-cased (`NameParts.hash`),
    /// computed during the scan so that readers need not pass over the text again.
    public var hash: UInt64 = 0

    public var length: Int { Int(end - start) }
}

extension NamePart {
    /// A part whose flags are set by the caller (the memberwise initialiser is internal).
    public init(start: Int32, end: Int32, hash: UInt64) {
        self.start = start
        self.end = end
        self.hash = hash
    }
}

public enum NameParts {
    @inline(__always)
    public static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        if v &- 0x2000 < 0x70 { return false }  // General Punctuation (dashes, quotes): no letters
        return isLetterOrDigitBeyondASCII(s)
    }

    /// Kept out of line: the general category is a resilient type whose metadata and stack
    /// space would otherwise be set up on every entry to the loops that inline the test.
    @inline(never)
    static func isLetterOrDigitBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x02BE || v == 0x02BF || v == 0x02BC { return false }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            || p.generalCategory == .decimalNumber
    }

    /// Apostrophes and the ʿayn/hamza letters of transliteration: inside a word they are dropped
    /// by folding; before a word ("ʿAbd") they are skipped.
    @inline(__always)
    public static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x02BE, 0x02BF, 0x02BC, 0x02BB: return true
        default: return false
        }
    }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func mix(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var v = scalar.value
        if v &- 65 < 26 { v |= 0x20 }
        return (h ^ UInt64(v)) &* fnvPrime
    }

    /// The hash a part gets from `scan`, for a span of any scalars.
    public static func hash(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        hash(s, start, end, after: fnvOffset)
    }

    /// The hash of a text whose hash is `h` with the scalars of `s[start..<end]` appended.
    public static func hash(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, after h: UInt64) -> UInt64 {
        var h = h
        for k in start..<end { h = mix(h, s[k]) }
        return h
    }

    /// The hash a part gets from `scan`, for a whole string.
    public static func hash(_ text: String) -> UInt64 {
        var h = fnvOffset
        for s in text.unicodeScalars { h = mix(h, s) }
        return h
    }

    /// Splits `s[range]` into name parts, appending to `parts`. After each part the gap up to
    /// the next one is walked once, both to find the next part and to judge whether the two
    /// may belong to one name, so each part is written whole, once, straight into the storage
    /// of an array sized for the most parts the range can hold: appending part by part checks
    /// the array's uniqueness and capacity every time.
    public static func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into parts: inout [NamePart]) {
        precondition(range.upperBound < Int(Int32.max), "a text of \(range.upperBound) scalars is too long for name parts")
        // A part and the gap after it take two scalars at least, the last part one.
        let room = (range.count + 1) / 2
        if room == 0 { return }
        let found = [NamePart](unsafeUninitializedCapacity: room) { out, count in
            count = scan(s, range, into: out.baseAddress!, room: room)
        }
        if parts.isEmpty { parts = found } else { parts.append(contentsOf: found) }
    }

    /// Writes the parts of `s[range]` at `out`, which has room for `room`; returns how many.
    private static func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                             into out: UnsafeMutablePointer<NamePart>, room: Int) -> Int {
        var filled = 0
        let n = range.upperBound
        var i = firstPart(s, from: range.lowerBound, to: n)
        while i < n {
            precondition(filled < room)
            let (part, next) = part(s, at: i, to: n)
            (out + filled).initialize(to: part)
            filled += 1
            i = next
        }
        return filled
    }

    /// The part starting at `s[i]` (a letter or digit, before `n`) and where the next part
    /// starts, or `n`. The gap after the part is walked once, both to find the next part and
    /// to judge whether the two may belong to one name.
    @inline(__always)
    public static func part(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, to n: Int) -> (part: NamePart, next: Int) {
        // Most parts are words of ASCII letters, lower-case or with a capital first, with
        // one space and a letter or digit after them: such a part is written whole from its
        // letters alone.
        var j = i, h = fnvOffset
        let capital = s[i].value &- 65 < 26
        if capital { h = (h ^ UInt64(s[i].value | 0x20)) &* fnvPrime; j &+= 1 }
        let run = j
        while j < n && s[j].value &- 97 < 26 { h = (h ^ UInt64(s[j].value)) &* fnvPrime; j &+= 1 }
        if j != run && j &+ 1 < n && s[j].value == 0x20 && isASCIILetterOrDigit(s[j &+ 1]) {
            let part = NamePart(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: j),
                                joinsNext: true, capitalised: capital, hash: h)
            return (part, j &+ 1)
        }
        var part = readPart(s, from: i, after: j, hash: h, upper: capital, lower: j != run, to: n)
        let next = link(&part, s, to: n)
        return (part, next)
    }

    /// Where the part after `part` starts (or `n`), with `part`'s joining flags set from what
    /// lies between them.
    @inlinable @inline(__always)
    public static func link(_ part: inout NamePart, _ s: UnsafeBufferPointer<Unicode.Scalar>, to n: Int) -> Int {
        let i = Int(part.end) &+ (part.possessive ? 2 : 0)
        // The commonest gap, one space before an ASCII letter or digit, joins without a walk.
        if i &+ 1 < n && s[i].value == 0x20 && isASCIILetterOrDigit(s[i &+ 1]) {
            part.joinsNext = true
            return i &+ 1
        }
        return walkGap(after: &part, s, from: i, to: n)
    }

    @usableFromInline
    static func walkGap(after part: inout NamePart, _ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, to n: Int) -> Int {
        // The commonest gaps after that, a comma or a period then one space before an ASCII
        // letter or digit, are judged without the walk, as `Gap.walk` and `Gap.link` judge them:
        // a comma parts the two, a period joins them after a part of three letters at most.
        if i &+ 2 < n && s[i &+ 1].value == 0x20 && isASCIILetterOrDigit(s[i &+ 2]) {
            let v = s[i].value
            if v == 0x2C || v == 0x2E {
                let joins = v == 0x2E && part.length <= 3
                part.joinsNext = joins
                part.hyphenNext = false
                part.periodNext = joins
                part.periodAfter = v == 0x2E
                return i &+ 2
            }
        }
        // "Kurdistan Workers' Party", "Mr Hicks' farm": the apostrophe of a possessive after an
        // "s" joins as "'s" does, and marks the part a possessor as "'s" does.
        let plural = i &+ 1 < n && (s[i].value == 0x27 || s[i].value == 0x2019) && (s[i &- 1].value | 0x20) == 0x73
            && s[i &+ 1].value == 0x20
        part.possessive = part.possessive || plural
        let gap = Gap.walk(s, from: plural ? i &+ 1 : i, to: n)
        if gap.next < n { gap.link(&part) }
        return gap.next
    }

    @inlinable @inline(__always)
    public static func isASCIILetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v &- 48 < 10 || (v | 0x20) &- 97 < 26
    }

    /// The first letter or digit at or after `i` (where a part starts), or `n`.
    @inline(__always)
    public static func firstPart(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, to n: Int) -> Int {
        var k = i
        while k < n && !isLetterOrDigit(s[k]) { k += 1 }
        return k
    }

    /// What lies between a part and the next one: whether they may belong to one name (only
    /// spaces, hyphens, periods, and a mark right before the next part) and how many hyphens
    /// and periods.
    private struct Gap {
        var next: Int
        var ok = true
        var hyphens = 0
        var periods = 0

        @inline(__always)
        static func walk(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to n: Int) -> Gap {
            var gap = Gap(next: start)
            var k = start
            while k < n {
                let c = s[k]
                switch c.value {
                case 0x20, 0x09: break
                case 0x2D: gap.hyphens += 1
                case 0x2E: gap.periods += 1
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: gap.next = k; return gap
                case 0x80...:
                    if isLetterOrDigit(c) { gap.next = k; return gap }
                    gap.ok = isMark(c) && k + 1 < n && isLetterOrDigit(s[k + 1])
                default:
                    gap.ok = isMark(c) && k + 1 < n && isLetterOrDigit(s[k + 1])
                }
                k += 1
                if !gap.ok { gap.next = firstPart(s, from: k, to: n); return gap }
            }
            gap.next = n
            return gap
        }

        /// Sets the part's joining flags from this gap, which is followed by another part.
        @inline(__always)
        func link(_ part: inout NamePart) {
            var ok = self.ok
            if periods > 0 && (periods > 1 || part.length > 3 || hyphens > 0) { ok = false }
            if hyphens > 1 { ok = false }
            part.joinsNext = ok
            part.hyphenNext = ok && hyphens == 1
            part.periodNext = ok && periods == 1
            part.periodAfter = self.ok && periods == 1 && hyphens == 0
        }
    }

    /// The part starting at `s[i]` (a letter or digit), ending before `n` at the latest, whose
    /// scalars before `read` are read already: hashed as `hash`, holding an upper-case letter
    /// (`upper`), a lower-case one (`lower`). Each turn of the loop reads a run of lower-case
    /// letters (the commonest case, often the whole part) and then the scalar after it, so a
    /// space, the usual end of a part, is met once.
    @inline(__always)
    private static func readPart(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, after read: Int, hash: UInt64,
                                 upper: Bool, lower: Bool, to n: Int) -> NamePart {
        var part = NamePart(start: Int32(truncatingIfNeeded: i), end: 0)
        var j = read
        var upper = upper, lower = lower
        var h = hash
        while true {
            let run = j
            while j < n && s[j].value &- 97 < 26 { h = (h ^ UInt64(s[j].value)) &* fnvPrime; j &+= 1 }
            lower = lower || j != run
            if j >= n { break }
            let c = s[j]
            let v = c.value
            if v == 0x20 { break }
            if v &- 65 < 26 { upper = true; h = (h ^ UInt64(v | 0x20)) &* fnvPrime; j &+= 1; continue }
            if v &- 48 < 10 { h = (h ^ UInt64(v)) &* fnvPrime; j &+= 1; continue }
            if v >= 0x80 && isLetterOrDigit(c) {
                let (isUpper, isLower) = caseBeyondASCII(c)
                upper = upper || isUpper; lower = lower || isLower; h = mix(h, c); j &+= 1; continue
            }
            if isMark(c), j + 1 < n, isLetterOrDigit(s[j + 1]) {
                if (s[j + 1] == "s" || s[j + 1] == "S"), j + 2 >= n || !isLetterOrDigit(s[j + 2]) {
                    part.possessive = true
                    break
                }
                h = mix(h, c); j &+= 1; continue
            }
            break
        }
        part.end = Int32(truncatingIfNeeded: j)
        part.hash = h
        // Upper case, or a letter of a script without case (Arabic); never a digit.
        let first = s[i]
        part.capitalised = first.value < 0x80 ? first.value &- 65 < 26 : isCapitalisedBeyondASCII(first)
        part.allUpper = upper && !lower
        return part
    }

    /// Out of line, as `isLetterOrDigitBeyondASCII`: reading Unicode properties would otherwise
    /// set up their metadata on every entry to the loop that reads a part.
    @inline(never)
    private static func caseBeyondASCII(_ s: Unicode.Scalar) -> (upper: Bool, lower: Bool) {
        (isUpper(s), isLower(s))
    }

    /// Upper case, or a letter of a script without case (Arabic).
    @inline(never)
    private static func isCapitalisedBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        isUpper(s) || (!isCased(s) && s.properties.isAlphabetic)
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 65 && s.value <= 90) : s.properties.isUppercase
    }

    @inline(__always) static func isLower(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 97 && s.value <= 122) : s.properties.isLowercase
    }

    @inline(__always) static func isCased(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122) : s.properties.isCased
    }

    /// Name parts of a short string (a table form).
    public static func split(_ text: String) -> [(text: String, part: NamePart)] {
        // The scalars go to the stack, with room for one per UTF-8 byte: no array to allocate,
        // and `Array(text.unicodeScalars)` would count them first.
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: text.utf8.count) { room in
            var n = 0
            for s in text.unicodeScalars {
                room.initializeElement(at: n, to: s)
                n += 1
            }
            let scalars = UnsafeBufferPointer(rebasing: room[..<n])
            var parts: [NamePart] = []
            scan(scalars, 0..<n, into: &parts)
            return parts.map { p in (ScalarString.make(UnsafeBufferPointer(rebasing: scalars[Int(p.start)..<Int(p.end)])), p) }
        }
    }
}
