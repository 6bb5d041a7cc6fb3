import ClaimlineCore
import ClaimlineRules

extension NameScan {
    /// The view may have lost a character the original has between two words (a dash that
    /// an earlier stage maps to nothing: "Hamaha—the" reads "Hamahathe"). Parts are cut
    /// where the original shows a non-letter the view dropped; a dropped hyphen still joins.
    /// Returns whether any part was cut.
    static func splitAtDroppedSeparators(_ parts: inout [NamePart], _ view: TextView, _ original: [Unicode.Scalar],
                                         nonASCII: [Int32]) -> Bool {
        let seams = droppedSeparators(view.map, original, nonASCII, length: view.count)
        if seams.isEmpty { return false }
        var out: [NamePart] = []
        out.reserveCapacity(parts.count + seams.count)
        var s = 0
        view.scalars.withUnsafeBufferPointer { v in
            func piece(_ p: NamePart, first: Bool) -> NamePart {
                var p = p
                p.hash = NameParts.hash(v, Int(p.start), Int(p.end))
                if !first { p.capitalised = v[Int(p.start)].properties.isUppercase }
                return p
            }
            for part in parts {
                while s < seams.count && seams[s].offset <= Int(part.start) { s += 1 }
                guard s < seams.count && seams[s].offset < Int(part.end) else { out.append(part); continue }
                var current = part, first = true
                while s < seams.count && seams[s].offset < Int(part.end) {
                    var left = current
                    left.end = Int32(seams[s].offset)
                    left.joinsNext = seams[s].hyphen
                    left.hyphenNext = seams[s].hyphen
                    left.periodNext = false
                    left.periodAfter = false
                    left.possessive = false
                    out.append(piece(left, first: first))
                    current.start = Int32(seams[s].offset)
                    first = false
                    s += 1
                }
                out.append(piece(current, first: false))
            }
        }
        let cut = out.count != parts.count
        parts = out
        return cut
    }

    /// View offsets where the original has a non-ASCII separator (dash, soft hyphen) that the
    /// view dropped between two scalars it kept. Looks only at such separators (among the
    /// original's non-ASCII scalars), each with one binary search in the map.
    private static func droppedSeparators(_ map: OffsetMap, _ original: [Unicode.Scalar], _ nonASCII: [Int32],
                                          length: Int) -> [(offset: Int, hyphen: Bool)] {
        if map.isIdentity || length < 2 { return [] }
        var seams: [(offset: Int, hyphen: Bool)] = []
        for o32 in nonASCII where isSeparator(original[Int(o32)]) {
            let o = Int(o32)
            let d = map.toDerived(o)
            guard d > 0, d < length else { continue }
            let next = map.toSource(ScalarSpan(d, d + 1)), previous = map.toSource(ScalarSpan(d - 1, d))
            guard next.start > o, previous.end <= o else { continue }  // kept in the view: not dropped
            if seams.last?.offset == d { continue }
            seams.append((d, original[o] == "\u{2010}" || original[o] == "\u{2011}"))
        }
        return seams
    }

    /// Dashes, soft hyphen and invisible format characters: what a normalising stage may drop.
    @inline(__always)
    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00AD, 0x2010...0x2015, 0x2212, 0x200B...0x200F, 0x2060, 0xFEFF, 0x2E3A, 0x2E3B: return true
        default: return false
        }
    }
}
