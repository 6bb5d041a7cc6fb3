import ClaimlineRules

/// Two Unicode properties of non-ASCII scalars, remembered per scalar value: reading them costs
/// hundreds of instructions, and a text in Arabic script repeats a few dozen letters.
struct ScalarTraitCache {
    private var values = [UInt32](repeating: .max, count: 512)
    private var bits = [UInt8](repeating: 0, count: 512)

    /// A letter of a script without case (`isAlphabetic && !isCased`).
    mutating func isUncasedLetter(_ s: Unicode.Scalar) -> Bool { look(s) & 1 != 0 }

    /// `NameParts.isLetterOrDigit`.
    mutating func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? NameParts.isLetterOrDigit(s) : look(s) & 2 != 0
    }

    private mutating func look(_ s: Unicode.Scalar) -> UInt8 {
        let i = Int(s.value & 511)
        if values[i] != s.value {
            let p = s.properties
            values[i] = s.value
            bits[i] = (p.isAlphabetic && !p.isCased ? 1 : 0) | (NameParts.isLetterOrDigit(s) ? 2 : 0)
        }
        return bits[i]
    }
}
