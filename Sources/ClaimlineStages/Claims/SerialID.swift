/// Record ids made of a letter and a number ("q1", "c12"): a few per document, each built
/// straight into a small string rather than through generic number formatting.
enum SerialID {
    static func make(_ prefix: Unicode.Scalar, _ n: Int) -> String {
        precondition(prefix.isASCII && n >= 0)
        var digits = 1, rest = n / 10
        while rest > 0 { digits += 1; rest /= 10 }
        return String(unsafeUninitializedCapacity: digits + 1) { out in
            out[0] = UInt8(prefix.value)
            var v = n
            for i in stride(from: digits, through: 1, by: -1) { out[i] = UInt8(48 + v % 10); v /= 10 }
            return digits + 1
        }
    }
}
