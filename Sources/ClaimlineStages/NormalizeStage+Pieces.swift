import ClaimlineCore

extension NormalizeStage {
    /// Scalars in one piece of a long text.
    static let pieceLength = 1 << 15

    /// A long text normalised piece by piece, each piece's text and map appended to the
    /// whole's. Normalising the whole at once made a folded text and its map, then the
    /// transliterated text and a second map composed over the first: twice the memory of
    /// the result, all of it fresh pages the kernel must fault in. The pieces' scratch
    /// arrays are small and reused by the allocator, so only the result's pages are new.
    func normalizeInPieces(_ s: [Unicode.Scalar]) throws(StageError) -> ([Unicode.Scalar], OffsetMap) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(Self.room(s.count))
        var builder = OffsetMap.Builder(capacity: Self.room(s.count))
        var start = 0, nonASCII = Self.firstNonASCII(s, from: 0)
        while start < s.count {
            let end = Self.pieceEnd(s, from: start)
            if nonASCII < start { nonASCII = Self.firstNonASCII(s, from: start) }
            if nonASCII >= end {
                // All ASCII: it would come out as it is, so it is not copied aside to find that out.
                out.append(contentsOf: s[start..<end])
                builder.copy(end - start)
            } else {
                let (text, map) = try normalize(Array(s[start..<end]))
                out.append(contentsOf: text)
                builder.append(map)
            }
            start = end
        }
        return (out, builder.build())
    }

    /// Where the piece from `start` ends: the first offset at least `pieceLength` on that
    /// follows an ASCII space or line feed and holds an ASCII scalar, or the text's end.
    /// Nothing there depends on the other side: the ASCII scalar is no combining mark that
    /// would join the space's cluster, and the space ends any word to transliterate.
    static func pieceEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var p = start + pieceLength
        while p < s.count && !((s[p - 1] == " " || s[p - 1] == "\n") && s[p].isASCII) { p += 1 }
        return min(p, s.count)
    }
}
