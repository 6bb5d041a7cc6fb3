import ClaimlineCore
import ClaimlineRules

/// An em dash between two words ("said—that", "Obama—who") is a mark of its own, and so is
/// an en dash before a lower-case word ("the debate–published by …", "Tribune–which keeps").
/// The view folds both to a hyphen (so that every rule that reads a dash reads one scalar),
/// and a hyphen between word scalars joins them into one word; this pass cuts such words
/// again around each of those dashes of the original text. An en dash before a capital or a
/// digit still joins: a range or a pair ("Batken–Isfara", "May–August", "1972–2024").
extension SegmentStage {
    /// Whether the dash at `p` of the original separates words: an em dash or a horizontal
    /// bar, or an en dash before a lower-case letter.
    @inline(__always)
    static func separatesWords(_ o: UnsafeBufferPointer<Unicode.Scalar>, _ p: Int) -> Bool {
        let v = o[p].value
        if v &- 0x2014 < 2 { return true }  // em dash, horizontal bar
        return v == 0x2013 && p + 1 < o.count && o[p + 1].properties.isLowercase
    }

    /// `tokens` and `hashes` with each word that holds a view hyphen folded from such a dash
    /// of `original` cut into the words around it and the dash; left as they are when none is
    /// inside a word (most dashes stand between spaces).
    static func splitAtWordDashes(_ tokens: inout [Token], _ hashes: inout [UInt64], view: TextView, original: [Unicode.Scalar]) {
        var dashes: [Int] = []
        // Hyphens of the view are few: each is looked up in the original, the rest of the
        // view passed over sixteen scalars at a time.
        original.withUnsafeBufferPointer { o in
        view.scalars.withUnsafeBufferPointer { v in
            var d = v.firstHyphen(from: 0)
            while d < v.count {
                let p = view.map.toSource(ScalarSpan(d, d + 1))
                if p.length == 1, separatesWords(o, p.start) { dashes.append(d) }
                d = v.firstHyphen(from: d + 1)
            }
        }}
        guard !dashes.isEmpty else { return }
        var outTokens: [Token] = [], outHashes: [UInt64] = []
        outTokens.reserveCapacity(tokens.count + 2 * dashes.count)
        outHashes.reserveCapacity(tokens.count + 2 * dashes.count)
        // The tokens between the words cut are copied whole, not one by one.
        var copied = 0, k = 0
        tokens.withUnsafeBufferPointer { all in
            while k < dashes.count {
                let t = firstToken(endingAfter: dashes[k], in: all, from: copied)
                guard t < all.count else { break }
                let token = all[t], span = token.view
                // (A dash that is a token of its own, or a mark's, starts no cut.)
                guard span.start < dashes[k], token.kind == .word || token.kind == .number else { k += 1; continue }
                outTokens.append(contentsOf: all[copied..<t]); outHashes.append(contentsOf: hashes[copied..<t])
                var start = span.start
                while k < dashes.count && dashes[k] < span.end {
                    let d = dashes[k]
                    appendWord(view.scalars, start, d, &outTokens, &outHashes)
                    outTokens.append(Token(view: ScalarSpan(d, d + 1), kind: .punctuation))
                    outHashes.append(TokenHash.of(view.scalars, d, d + 1))
                    start = d + 1
                    k += 1
                }
                appendWord(view.scalars, start, span.end, &outTokens, &outHashes)
                copied = t + 1
            }
            if copied > 0 { outTokens.append(contentsOf: all[copied...]); outHashes.append(contentsOf: hashes[copied...]) }
        }
        guard copied > 0 else { return }
        tokens = outTokens
        hashes = outHashes
    }

    /// A piece of a word, kinded and hashed as the scan does: a number when every scalar is
    /// an ASCII digit.
    private static func appendWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ tokens: inout [Token], _ hashes: inout [UInt64]) {
        guard start < end else { return }
        let digits = s[start..<end].allSatisfy { $0.value &- 48 < 10 }
        let letters = s[start..<end].allSatisfy { ($0.value | 0x20) &- 97 < 26 }
        tokens.append(Token(view: ScalarSpan(start, end), kind: digits ? .number : .word, asciiLetters: letters))
        hashes.append(TokenHash.of(s, start, end))
    }
}
