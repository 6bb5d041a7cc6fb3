import ClaimlineCore
import ClaimlineRules
import Glibc

/// Marks web boilerplate (comment forms, share buttons) and "Translated by:" lines as regions.
/// Text is never removed, so offsets do not move; later stages skip boilerplate regions.
struct CleanPlan: StagePlan {
    struct Marker: Sendable {
        let id: String
        let kind: Region.Kind
        /// Lower-cased marker text a line must start with (after leading spaces).
        let prefix: [Unicode.Scalar]
        let toEnd: Bool
        /// The marker must be the whole line (apart from spaces and punctuation after it),
        /// so that "Related" does not take "Related to the attack, …" with it.
        let wholeLine: Bool
    }

    let kind = StageKind.clean
    let markers: [Marker]
    /// Markers by their first (lower-cased) scalar: a line is compared only with those.
    let markersByFirst: [Unicode.Scalar: [Marker]]
    /// The same for the 128 ASCII scalars, indexed by value: most lines start with ASCII, and
    /// an array index is cheaper than hashing into the dictionary.
    let asciiMarkers: [[Marker]]
    /// Bit `second` of words `2 * first` and `2 * first + 1` set when some marker starts with
    /// ASCII `first` then ASCII `second` (or is `first` alone): most lines that start with a
    /// marker's first letter ("The") are turned away on their second, before any marker is read.
    let asciiPairs: [UInt64]

    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {
        try line.checkKeys(["boilerplate"])
        var markers: [Marker] = []
        var errors: [RuleError] = []
        for option in line.values("boilerplate") {
            let table = try source.table(option.value, required: ["id", "kind", "marker", "extent"], from: option.location)
            for row in table.rows {
                guard let kind = Region.Kind(rawValue: row["kind"].text) else {
                    errors.append(RuleError(row["kind"].location, "unknown kind \"\(row["kind"].text)\"; choose from: boilerplate, translator_line, byline, title"))
                    continue
                }
                let extent = row["extent"].text
                guard ["line", "whole_line", "to_end"].contains(extent) else {
                    errors.append(RuleError(row["extent"].location, "unknown extent \"\(extent)\"; choose from: line, whole_line, to_end"))
                    continue
                }
                let marker = Array(row["marker"].text.lowercased().unicodeScalars)
                if marker.isEmpty { errors.append(RuleError(row["marker"].location, "empty marker")); continue }
                markers.append(Marker(id: row["id"].text, kind: kind, prefix: marker, toEnd: extent == "to_end", wholeLine: extent == "whole_line"))
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        self.markers = markers
        let byFirst = Dictionary(grouping: markers) { $0.prefix[0] }
        self.markersByFirst = byFirst
        self.asciiMarkers = (0..<128).map { byFirst[Unicode.Scalar(UInt8($0))] ?? [] }
        var pairs = [UInt64](repeating: 0, count: 256)
        for marker in markers where marker.prefix[0].isASCII {
            let first = Int(marker.prefix[0].value)
            if marker.prefix.count == 1 {
                pairs[2 * first] = ~0
                pairs[2 * first + 1] = ~0
            } else if marker.prefix[1].isASCII {
                let second = Int(marker.prefix[1].value)
                pairs[2 * first + second >> 6] |= 1 << (second & 63)
            }
            // A marker whose second scalar is not ASCII matches no line whose second is.
        }
        self.asciiPairs = pairs
    }

    func makeStage() -> any Stage { CleanStage(plan: self) }
}

final class CleanStage: Stage {
    let kind = StageKind.clean
    let plan: CleanPlan
    /// What is trimmed off the name a translator line gives.
    private let nameTrim: Set<Character> = [" ", "\t", ":", "\u{A0}"]

    init(plan: CleanPlan) { self.plan = plan }

    func run(_ document: inout Document) throws(StageError) {
        let s = document.scalars
        var lineStart = 0
        while lineStart < s.count {
            let lineEnd = s.withUnsafeBufferPointer { Self.lineEnd($0, from: lineStart) }
            var first = lineStart
            // Blanks before the line's first word; U+FEFF is a file's byte order mark.
            while first < lineEnd && (s[first] == " " || s[first] == "\t" || s[first] == "\u{A0}" || s[first] == "\u{FEFF}") { first += 1 }
            var contentEnd = lineEnd
            if contentEnd > first && s[contentEnd - 1] == "\r" { contentEnd -= 1 }
            if first < contentEnd, let marker = matchingMarker(s, from: first, to: contentEnd) {
                let end = marker.toEnd ? s.withUnsafeBufferPointer { Self.formEnd($0, from: contentEnd) } : contentEnd
                document.regions.append(Region(span: ScalarSpan(first, end), kind: marker.kind, rule: marker.id))
                if marker.kind == .translatorLine && document.metadata.translator == nil {
                    let name = document.string(ScalarSpan(first + marker.prefix.count, contentEnd))
                    let trimmed = name.trimmingCharacters(in: nameTrim)
                    if !trimmed.isEmpty { document.metadata.translator = trimmed }
                }
                if marker.toEnd {
                    // The text goes on after the form (another post, or the article under a
                    // "Leave a reply" link): its lines are read for markers too.
                    lineStart = end < s.count ? s.withUnsafeBufferPointer { Self.lineEnd($0, from: end) } + 1 : s.count
                    continue
                }
            }
            lineStart = lineEnd + 1
        }
    }

    /// Words on a line from which it is prose, not a form's label or button: the lines of a
    /// comment form have at most a dozen ("Fill in your details below or click an icon to log
    /// in:"); a line of `sentenceWords` or more that ends a sentence is prose too (the form's
    /// sentences are shorter: "Notify me of new comments via email.").
    static let proseWords = 15, sentenceWords = 10

    /// Where a comment form that starts on the line ending at `start` ends: before the first
    /// line of prose after it (the article under a "Leave a reply" link at its top, the next
    /// post of a page of several), at the end of the last line before that; else the end of the text.
    static func formEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        var end = start, lineStart = start
        while lineStart < s.count {
            let lineEnd = Self.lineEnd(s, from: lineStart)
            var words = 0, inWord = false, last = lineStart
            for k in lineStart..<lineEnd {
                let blank = s[k] == " " || s[k] == "\t" || s[k] == "\r" || s[k] == "\n" || s[k] == "\u{A0}"
                if !blank { last = k + 1; if !inWord { words += 1 } }
                inWord = !blank
            }
            let endsSentence = last > lineStart && ".!?\"\u{201D}\u{2019}".unicodeScalars.contains(s[last - 1])
            if words >= proseWords || (words >= sentenceWords && endsSentence) { return end }
            if last > lineStart { end = max(end, last) }
            lineStart = lineEnd + 1
        }
        return s.count
    }


    /// The offset of the next line feed at or after `start`, or the end of the text. `memchr`
    /// looks for the byte 0x0A many scalars a step; a scalar holds that byte as its low byte
    /// only when it is U+000A or U+xx0A, and elsewhere only when it is U+0Axx or higher (a
    /// rare hit that the search steps over).
    static func lineEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        guard let base = UnsafeRawPointer(s.baseAddress) else { return start }
        var i = start
        while i < s.count, let hit = memchr(base + i &* 4, 0x0A, (s.count &- i) &* 4) {
            let k = base.distance(to: UnsafeRawPointer(hit)) >> 2
            if s[k].value == 0x0A { return k }
            i = k &+ 1
        }
        return s.count
    }

    /// The first marker the line `[start, end)` begins with (or, for whole-line markers, is).
    private func matchingMarker(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> CleanPlan.Marker? {
        let c = s[start]
        let candidates: [CleanPlan.Marker]
        if c.isASCII {
            let first = Int(Self.lowerASCII(c.value))
            if start + 1 < end, s[start + 1].isASCII {
                let second = Int(Self.lowerASCII(s[start + 1].value))
                if plan.asciiPairs[2 &* first &+ second >> 6] >> (second & 63) & 1 == 0 { return nil }
            }
            candidates = plan.asciiMarkers[first]
            if candidates.isEmpty { return nil }
        } else {
            guard let found = plan.markersByFirst[c] ?? plan.markersByFirst[c.properties.lowercaseMapping.unicodeScalars.first!] else { return nil }
            candidates = found
        }
        return candidates.first { marker in
            guard Self.startsWith(s, at: start, end: end, prefix: marker.prefix) else { return false }
            return !marker.wholeLine || s[(start + marker.prefix.count)..<end].allSatisfy { $0.properties.isWhitespace || $0.properties.generalCategory.isPunctuation }
        }
    }

    /// An ASCII scalar's value, lower-cased.
    @inline(__always)
    static func lowerASCII(_ v: UInt32) -> UInt32 { v >= 65 && v <= 90 ? v + 32 : v }

    /// Case-insensitive (simple lower-casing) prefix test on scalars.
    static func startsWith(_ s: [Unicode.Scalar], at start: Int, end: Int, prefix: [Unicode.Scalar]) -> Bool {
        guard end - start >= prefix.count else { return false }
        for (k, p) in prefix.enumerated() {
            let c = s[start + k]
            if c == p { continue }
            if c.isASCII, c.value >= 65, c.value <= 90, c.value + 32 == p.value { continue }
            if !c.isASCII, c.properties.lowercaseMapping.unicodeScalars.first == p { continue }
            return false
        }
        return true
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
