/// Scalar offsets of the original text's non-ASCII scalars, found sixteen UTF-8 bytes at a time.
/// Two passes of the entities stage look only at such scalars (dashes the view dropped,
/// letters of scripts without case), and most of a document is ASCII: reading the scalar
/// array one by one for them cost more than the matching.
enum NonASCIIOffsets {
    static func find(in text: String, into offsets: inout [Int32]) {
        offsets.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let n = bytes.count
            // Offsets are stored as Int32: never more scalars than bytes.
            precondition(n < Int(Int32.max), "a text of \(n) bytes is too long for scalar offsets")
            // A scalar's offset is its byte offset less the continuation bytes before it.
            var i = 0, continuations = 0
            while i < n {
                if i &+ 16 <= n {
                    let raw = UnsafeRawPointer(base + i)
                    let low = raw.loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                    let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & 0x8080_8080_8080_8080
                    if low | high == 0 { i &+= 16; continue }
                    // The ASCII bytes before the first high bit are passed over at once.
                    i &+= low != 0 ? low.trailingZeroBitCount >> 3 : 8 &+ high.trailingZeroBitCount >> 3
                } else if base[i] < 0x80 {
                    i &+= 1
                    continue
                }
                // The first byte of a scalar of two to four bytes: scalars are passed over whole.
                let b = base[i]
                offsets.append(Int32(truncatingIfNeeded: i &- continuations))
                let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                continuations &+= width &- 1
                i &+= width
            }
        }
    }
}
