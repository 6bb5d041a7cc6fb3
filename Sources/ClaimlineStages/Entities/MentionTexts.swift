import ClaimlineCore
import ClaimlineRules
import CMemoryHints

/// The original text of the mentions already written, found by their scalars: the same names
/// come back in document after document, and building each text anew (UTF-8 encoding,
/// validation, and an allocation past 15 bytes) cost more than finding the mention. A text
/// found again is shared, not copied. A text of 15 bytes at most is built all the same: it
/// needs no allocation, and building it reads nothing cold. Belongs to one stage instance
/// (one thread).
///
/// Looked up for every mention of every document, so kept small: 8-byte slots, and the kept
/// string itself is what a hit is checked against (the bytes a hit returns anyway), where a
/// copy of the scalars and their spans cost two more cold reads per mention.
struct MentionTexts {
    /// Per slot: the hash's high 32 bits, then the text's index in `texts` plus one (0: empty).
    private var slots = [UInt64](repeating: 0, count: 8192)
    private var texts: [String] = []
    /// The full hash of each text, read only to place the texts again in a bigger table.
    private var hashes: [UInt64] = []
    /// Texts kept before all are forgotten (between documents).
    private let limit = 20_000
    /// The first slots of the spans `prefetch` was last given.
    private var pending: [Int32] = []

    /// Forgets every text when there are more than `limit`; call between documents only.
    mutating func trim() {
        if texts.count < limit { return }
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        texts.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
    }

    /// Asks the memory system for what finding the texts of `spans` of `s` (in order) reads:
    /// slot, kept string, its bytes. Each is cold and each depends on the last, so a look-up
    /// waited three times; asked for all the spans' at once, stage by stage, the waits overlap.
    mutating func prefetch(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ spans: UnsafeBufferPointer<ScalarSpan>) {
        pending.removeAll(keepingCapacity: true)
        let mask = slots.count - 1
        slots.withUnsafeBufferPointer { slots in
            for span in spans where span.end - span.start > Self.smallBytes {
                let h = Self.hash(UnsafeBufferPointer(rebasing: s[span.start..<span.end]))
                let i = Int(truncatingIfNeeded: h) & mask
                memory_prefetch(slots.baseAddress! + i)
                pending.append(Int32(truncatingIfNeeded: i))
            }
            texts.withUnsafeBufferPointer { texts in
                // A slot's text, when it holds one (the first text of the probe, the likeliest).
                let kept = pending.lazy.map { slots[Int($0)] }.filter { $0 != 0 }.map { Int($0 & 0xFFFF_FFFF) - 1 }
                for t in kept { memory_prefetch(texts.baseAddress! + t) }
                for t in kept {
                    _ = texts[t].utf8.withContiguousStorageIfAvailable { bytes in bytes.baseAddress.map { memory_prefetch($0) } }
                }
            }
        }
    }

    /// The text of `s[start..<end]`.
    mutating func text(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        let span = UnsafeBufferPointer(rebasing: s[start..<end])
        // A text of 15 UTF-8 bytes at most is held in the string itself: building it reads
        // only the span, where finding it reads a slot and the kept string, both cold.
        if span.count <= Self.smallBytes, let small = Self.small(span) { return small }
        let h = Self.hash(span), tag = h >> 32
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { break }
            if slot >> 32 == tag, Self.spells(texts[Int(slot & 0xFFFF_FFFF) - 1], span) { return texts[Int(slot & 0xFFFF_FFFF) - 1] }
            i = (i + 1) & mask
        }
        let text = Self.make(span)
        texts.append(text)
        hashes.append(h)
        slots[i] = tag << 32 | UInt64(texts.count)
        if texts.count * 2 > slots.count { grow() }
        return text
    }

    /// Twice the slots, every text placed again from its kept hash.
    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (t, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while bigger[i] != 0 { i = (i + 1) & mask }
            bigger[i] = (h >> 32) << 32 | UInt64(t + 1)
        }
        slots = bigger
    }

    /// A hash of some scalars read two at a time (a text found under another's hash is
    /// only built again, not mistaken: `spells` compares the text).
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

    /// True when `text` is the UTF-8 of exactly the scalars of `span`.
    static func spells(_ text: String, _ span: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            // As many bytes as scalars: equal only if the text is ASCII, compared byte for scalar
            // (a byte of 0x80 or more is part of a longer sequence, never a scalar of its value).
            if bytes.count == span.count {
                for k in 0..<span.count where bytes[k] >= 0x80 || UInt32(bytes[k]) != span[k].value { return false }
                return true
            }
            var n = 0
            for s in span {
                if s.value < 0x80 {
                    guard n < bytes.count, bytes[n] == UInt8(truncatingIfNeeded: s.value) else { return false }
                    n += 1
                    continue
                }
                var same = true
                UTF8.encode(s) { b in
                    if n < bytes.count && bytes[n] == b { n += 1 } else { same = false }
                }
                if !same { return false }
            }
            return n == bytes.count
        } ?? false
    }

    /// The most UTF-8 bytes a string holds without storage of its own.
    private static let smallBytes = 15

    /// The string of some scalars when their UTF-8 fits in the string itself; nil otherwise.
    @inline(__always)
    private static func small(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String? {
        let length = utf8Count(scalars)
        return length <= smallBytes ? make(scalars, length: length) : nil
    }

    /// The string of some scalars, built through UTF-8 (appending scalars one by one to a
    /// String costs more than the matching itself), ASCII written byte for byte.
    private static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        make(scalars, length: utf8Count(scalars))
    }

    /// How many bytes the UTF-8 of some scalars takes.
    @inline(__always)
    private static func utf8Count(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        var length = 0
        for s in scalars { length += s.value < 0x80 ? 1 : UTF8.width(s) }
        return length
    }

    /// The string of some scalars whose UTF-8 is `length` bytes (the exact length: a short
    /// mention, "AQIM", then fits in the string itself, unallocated).
    @inline(__always)
    private static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, length: Int) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for s in scalars {
                if s.value < 0x80 { buffer[n] = UInt8(truncatingIfNeeded: s.value); n += 1; continue }
                UTF8.encode(s) { buffer[n] = $0; n += 1 }
            }
            return n
        }
    }
}
