import ClaimlineCore
import ClaimlineRules

/// The original text of the mentions already written, found by their scalars: the same names
/// come back in document after document, and building each text anew (UTF-8 encoding,
/// validation, and an allocation past 15 bytes) cost more than finding the mention. A text
/// found again is shared, not copied. Belongs to one stage instance (one thread).
struct MentionTexts {
    /// Index in `texts` by a hash of the scalars.
    private var slots = FlatTable<Int32>(capacity: 4096)
    private var texts: [String] = []
    /// The scalars of every text, one after another; text `i` holds `spans[i]` of them.
    private var scalars: [Unicode.Scalar] = []
    private var spans: [(start: Int32, count: Int32)] = []
    /// Texts kept before all are forgotten (between documents).
    private let limit = 20_000

    /// Forgets every text when there are more than `limit`; call between documents only.
    mutating func trim() {
        if texts.count < limit { return }
        slots.removeAll()
        texts.removeAll(keepingCapacity: true)
        scalars.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
    }

    /// The text of `s[start..<end]`.
    mutating func text(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        let span = UnsafeBufferPointer(rebasing: s[start..<end])
        let h = Self.hash(span)
        if let i = slots.get(h) {
            if holds(Int(i), span) { return texts[Int(i)] }
            // Another text with this hash (never seen in practice): built, not kept.
            return Self.make(span)
        }
        let text = Self.make(span)
        slots.set(h, Int32(texts.count))
        spans.append((Int32(scalars.count), Int32(span.count)))
        scalars.append(contentsOf: span)
        texts.append(text)
        return text
    }

    /// A hash of some scalars read two at a time (a text found under another's hash is
    /// only built again, not mistaken: `holds` compares the scalars).
    @inline(__always)
    private static func hash(_ span: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var h = TokenHash.seed ^ UInt64(span.count)
        guard let base = span.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var k = 0
        while k &+ 2 <= span.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: k &* 4, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            k &+= 2
        }
        if k < span.count { h = (h ^ UInt64(base[k].value)) &* 0x9E37_79B9_7F4A_7C15 }
        return h ^ (h >> 32)
    }

    /// True when text `i` has exactly the scalars of `span`, compared two at a time.
    private func holds(_ i: Int, _ span: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let kept = spans[i]
        guard Int(kept.count) == span.count else { return false }
        if span.isEmpty { return true }
        return scalars.withUnsafeBufferPointer { all in
            let a = UnsafeRawPointer(all.baseAddress! + Int(kept.start)), b = UnsafeRawPointer(span.baseAddress!)
            var k = 0
            while k &+ 2 <= span.count {
                if a.loadUnaligned(fromByteOffset: k &* 4, as: UInt64.self) != b.loadUnaligned(fromByteOffset: k &* 4, as: UInt64.self) {
                    return false
                }
                k &+= 2
            }
            return k == span.count || a.load(fromByteOffset: k &* 4, as: UInt32.self) == b.load(fromByteOffset: k &* 4, as: UInt32.self)
        }
    }

    /// The string of some scalars, built through UTF-8 (appending scalars one by one to a
    /// String costs more than the matching itself), ASCII written byte for byte.
    private static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        // The exact length: a short mention ("AQIM") then fits in the string itself, unallocated.
        var length = 0
        for s in scalars { length += s.value < 0x80 ? 1 : UTF8.width(s) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for s in scalars {
                if s.value < 0x80 { buffer[n] = UInt8(truncatingIfNeeded: s.value); n += 1; continue }
                UTF8.encode(s) { buffer[n] = $0; n += 1 }
            }
            return n
        }
    }
}
