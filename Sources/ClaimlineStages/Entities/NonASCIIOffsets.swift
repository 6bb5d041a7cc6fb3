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
            var i = 0, scalar: Int32 = 0
            while i < n {
                if i + 16 <= n {
                    // The ASCII bytes before the first high bit are passed over at once.
                    let raw = UnsafeRawPointer(base + i)
                    let low = raw.loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                    let high = low != 0 ? 0 : raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & 0x8080_8080_8080_8080
                    let ascii = low != 0 ? low.trailingZeroBitCount / 8 : 8 + high.trailingZeroBitCount / 8
                    i += ascii
                    scalar += Int32(truncatingIfNeeded: ascii)
                    if ascii == 16 { continue }
                }
                let b = base[i]
                // A continuation byte (10xxxxxx) does not start a scalar.
                if b >= 0xC0 { offsets.append(scalar) }
                if b < 0x80 || b >= 0xC0 { scalar += 1 }
                i += 1
            }
        }
    }
}
