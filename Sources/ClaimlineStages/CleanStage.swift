import ClaimlineCore
import ClaimlineRules

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
    /// Bit `c` set when some marker starts with ASCII `c` (lower-cased): most lines start
    /// with a letter no marker starts with, and a bit test is cheaper than the dictionary.
    let asciiFirsts: (low: UInt64, high: UInt64)

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
        self.markersByFirst = Dictionary(grouping: markers) { $0.prefix[0] }
        var firsts: (low: UInt64, high: UInt64) = (0, 0)
        for first in markersByFirst.keys where first.isASCII {
            let v = first.value
            if v < 64 { firsts.low |= 1 << v } else { firsts.high |= 1 << (v - 64) }
        }
        self.asciiFirsts = firsts
    }

    func makeStage() -> any Stage { CleanStage(plan: self) }
}

final class CleanStage: Stage {
    let kind = StageKind.clean
    let plan: CleanPlan

    init(plan: CleanPlan) { self.plan = plan }

    func run(_ document: inout Document) throws(StageError) {
        let s = document.scalars
        var lineStart = 0
        while lineStart < s.count {
            let lineEnd = Self.lineEnd(s, from: lineStart)
            var first = lineStart
            while first < lineEnd && (s[first] == " " || s[first] == "\t" || s[first] == "\u{A0}") { first += 1 }
            var contentEnd = lineEnd
            if contentEnd > first && s[contentEnd - 1] == "\r" { contentEnd -= 1 }
            if first < contentEnd, let marker = matchingMarker(s, from: first, to: contentEnd) {
                let end = marker.toEnd ? s.count : contentEnd
                document.regions.append(Region(span: ScalarSpan(first, end), kind: marker.kind, rule: marker.id))
                if marker.kind == .translatorLine && document.metadata.translator == nil {
                    let name = document.string(ScalarSpan(first + marker.prefix.count, contentEnd))
                    let trimmed = name.trimmingCharacters(in: [" ", "\t", ":", "\u{A0}"])
                    if !trimmed.isEmpty { document.metadata.translator = trimmed }
                }
                if marker.toEnd { break }
            }
            lineStart = lineEnd + 1
        }
    }

    /// The offset of the next line feed at or after `start`, or the end of the text. Eight
    /// scalars at a time: narrowed to their low bytes, they hold no 0x0A byte in most
    /// steps (a step that does, perhaps from U+010A, is looked at scalar by scalar).
    static func lineEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        s.withUnsafeBufferPointer { p in
            var i = start
            if let base = UnsafeRawPointer(p.baseAddress) {
                let ones: UInt64 = 0x0101_0101_0101_0101
                while i &+ 8 <= p.count {
                    let low = SIMD8<UInt8>(truncatingIfNeeded: base.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self))
                    let x = unsafeBitCast(low, to: UInt64.self) ^ (ones &* 0x0A)
                    if (x &- ones) & ~x & (ones &* 0x80) != 0 { break }
                    i &+= 8
                }
            }
            while i < p.count && p[i].value != 0x0A { i &+= 1 }
            return i
        }
    }

    /// The first marker the line `[start, end)` begins with (or, for whole-line markers, is).
    private func matchingMarker(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> CleanPlan.Marker? {
        let c = s[start]
        let lower = c.isASCII && c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c
        if lower.isASCII {
            let v = lower.value, bits = v < 64 ? plan.asciiFirsts.low >> v : plan.asciiFirsts.high >> (v - 64)
            if bits & 1 == 0 { return nil }
        }
        guard let candidates = plan.markersByFirst[lower] ?? (c.isASCII ? nil : plan.markersByFirst[c.properties.lowercaseMapping.unicodeScalars.first!]) else {
            return nil
        }
        return candidates.first { marker in
            guard Self.startsWith(s, at: start, end: end, prefix: marker.prefix) else { return false }
            return !marker.wholeLine || s[(start + marker.prefix.count)..<end].allSatisfy { $0.properties.isWhitespace || $0.properties.generalCategory.isPunctuation }
        }
    }

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
