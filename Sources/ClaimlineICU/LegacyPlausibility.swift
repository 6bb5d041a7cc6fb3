/// Checks that a text converted from a detected legacy encoding reads like text, so that
/// damaged UTF-8 or random bytes are not passed off as windows-1252 or ISO-8859-1.
///
/// Real legacy text puts accented Latin letters inside words that also hold ASCII letters
/// ("caf\u{E9}", "r\u{E9}sum\u{E9}"), and Arabic, Cyrillic, Greek or Hebrew letters in words of
/// their own script. Bytes that do not belong there come out as C1 controls, words that
/// mix scripts, or words made only of accented letters ("\u{FF}\u{FE}"). More than 2 % of such
/// characters among the non-ASCII ones and the detection is refused.
enum LegacyPlausibility {
    /// The single-byte encodings ICU's detector may name that claimline accepts.
    static func isSingleByte(_ name: String) -> Bool {
        name.hasPrefix("ISO-8859-") || name.hasPrefix("windows-125") || name == "KOI8-R"
    }

    static func readsLikeText(_ text: String, encoding: String) -> Bool {
        var checker = WordChecker()
        for s in text.unicodeScalars { checker.feed(s) }
        checker.endWord()
        return checker.nonASCII > 0 && checker.implausible * 50 <= checker.nonASCII
    }

    enum Script: Equatable { case ascii, latin, greek, cyrillic, hebrew, arabic, other }

    static func script(of s: Unicode.Scalar) -> Script {
        if s.isASCII { return .ascii }
        switch s.value {
        case 0x00C0..<0x0250, 0x1E00..<0x1F00: return .latin
        case 0x0370..<0x0400: return .greek
        case 0x0400..<0x0530: return .cyrillic
        case 0x0590..<0x0600: return .hebrew
        case 0x0600..<0x0780, 0xFB50..<0xFF00: return .arabic
        default: return .other
        }
    }

    /// Walks the text word by word, counting non-ASCII scalars and the implausible ones.
    struct WordChecker {
        var nonASCII = 0
        var implausible = 0
        private var wordLength = 0
        private var wordHasASCIILetter = false
        private var wordNonASCIILatin = 0
        private var wordOtherScript: Script? = nil
        private var wordMixed = false

        mutating func feed(_ s: Unicode.Scalar) {
            if !s.isASCII { nonASCII += 1 }
            let p = s.properties
            guard p.isAlphabetic || p.generalCategory == .nonspacingMark else {
                endWord()
                if !s.isASCII && !Self.isTextSymbol(s) { implausible += 1 }
                return
            }
            wordLength += 1
            switch LegacyPlausibility.script(of: s) {
            case .ascii: wordHasASCIILetter = true
            case .latin: wordNonASCIILatin += 1
            case let script:
                if let seen = wordOtherScript, seen != script { wordMixed = true }
                wordOtherScript = script
            }
        }

        mutating func endWord() {
            defer { wordLength = 0; wordHasASCIILetter = false; wordNonASCIILatin = 0; wordOtherScript = nil; wordMixed = false }
            guard wordLength > 0 else { return }
            let latinLetters = wordHasASCIILetter || wordNonASCIILatin > 0
            if wordOtherScript != nil && latinLetters { implausible += wordLength; return }
            if wordMixed { implausible += wordLength; return }
            if wordNonASCIILatin >= 2 && !wordHasASCIILetter { implausible += wordNonASCIILatin }
        }

        /// Punctuation, spaces, currency, math and the symbols of the Latin-1 and
        /// windows-125x repertoires; not C1 controls, private use or U+FFFD.
        static func isTextSymbol(_ s: Unicode.Scalar) -> Bool {
            switch s.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation,
                 .spaceSeparator, .currencySymbol, .mathSymbol, .otherNumber, .decimalNumber, .format:
                return true
            case .otherSymbol, .modifierSymbol:
                return s.value < 0x2200
            default:
                return false
            }
        }
    }
}
