import CICUShim

/// Unicode normalisation forms ICU provides.
public enum NormalizationForm: Int32, Sendable {
    case nfc = 0, nfkc = 1, nfkcCasefold = 2, nfd = 3

    /// Normalises UTF-16 text; returns the input unchanged when it is already normalised.
    public func apply(_ units: [UInt16]) throws(ICUError) -> [UInt16] {
        if units.isEmpty { return units }
        var status: Int32 = 0
        let already = units.withUnsafeBufferPointer { cicu_is_normalized(rawValue, $0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "unorm2_isNormalized")
        if already != 0 { return units }
        var capacity = units.count * 2 + 16
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            status = 0
            let n = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    cicu_normalize(rawValue, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count), &status)
                }
            }
            if status == bufferOverflow { capacity = Int(n) + 16; continue }
            try ICUError.check(status, "unorm2_normalize")
            out.removeSubrange(Int(n)...)
            return out
        }
    }

    public func apply(_ string: String) throws(ICUError) -> String {
        UTF16.decode(try apply(UTF16.encode(string)))
    }
}
