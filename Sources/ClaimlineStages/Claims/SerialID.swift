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

/// The first quote and claim ids, made once per plan: most documents have fewer quotes and
/// claims than this, and an id read from here is a copy of a small string, not a new one.
struct SerialIDs: Sendable {
    private let quotes: [String]
    private let claims: [String]

    init(count: Int = 64) {
        quotes = (0..<count).map { SerialID.make("q", $0 + 1) }
        claims = (0..<count).map { SerialID.make("c", $0 + 1) }
    }

    /// `q<n>`, for `n` from 1.
    func quote(_ n: Int) -> String { n >= 1 && n <= quotes.count ? quotes[n - 1] : SerialID.make("q", n) }
    /// `c<n>`, for `n` from 1.
    func claim(_ n: Int) -> String { n >= 1 && n <= claims.count ? claims[n - 1] : SerialID.make("c", n) }
}
