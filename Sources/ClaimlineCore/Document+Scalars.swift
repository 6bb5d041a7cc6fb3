extension Document {
    /// The scalars of a text, decoded straight from its UTF-8 (faster than `Array(text.unicodeScalars)`).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, initialized in
                var i = 0, n = 0
                while i < utf8.count {
                    if i + 8 <= utf8.count,
                       UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        // Eight ASCII bytes: eight scalars, no decoding.
                        for k in 0..<8 { out.initializeElement(at: n + k, to: Unicode.Scalar(utf8[i + k])) }
                        i += 8
                        n += 8
                        continue
                    }
                    let b = UInt32(utf8[i])
                    var v = b
                    if b < 0x80 { i += 1 } else if b < 0xE0 {
                        v = (b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0 {
                        v = (b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F); i += 4
                    }
                    // A String holds valid UTF-8, so `v` is a scalar value.
                    out.initializeElement(at: n, to: unsafeBitCast(v, to: Unicode.Scalar.self))
                    n += 1
                }
                initialized = n
            }
        }
    }
}
