/// Checks that a text converted from a detected legacy encoding reads like text, so that
/// damaged UTF-8 or random bytes are not passed off as windows-1252 or ISO-8859-1.
///
/// Real legacy text puts accented Latin letters inside words that also hold ASCII letters
/// ("caf\u{E9}", "r\u{E9}sum\u{E9}"), and Arabic, Cyrillic, Greek or Hebrew letters in words of
/// their own script. Bytes that do not belong there come out as C1 controls, words that
/// mix scripts, words made only of accented letters ("\u{FF}\u{FE}"), accented words whose
/// case is no word's ("x\u{E9}Q"), or runs of accented letters and symbols longer than
/// real words have (see `RunShape`). More than 2 % of such
/// characters among the non-ASCII ones and the detection is refused.
enum LegacyPlausibility {
    /// The single-byte encodings ICU's detector may name that claimline accepts.
    static func isSingleByte(_ name: String) -> Bool {
        name.hasPrefix("ISO-8859-") || name.hasPrefix("windows-125") || name == "KOI8-R"
    }

    static func readsLikeText(_ text: String, encoding: String) -> Bool {
        var checker = WordChecker()
        for s in text.unicodeScalars { checker.feed(s) }
        checker.finish()
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
        private var word = WordShape()
        private var run = RunShape()

        mutating func feed(_ s: Unicode.Scalar) {
            if s.isASCII { endRun() } else { nonASCII += 1 }
            let p = s.properties
            let isLetter = p.isAlphabetic || p.generalCategory == .nonspacingMark
            if !s.isASCII { run.add(s, isLetter: isLetter) }
            guard isLetter else {
                endWord()
                if !s.isASCII && !Self.isTextSymbol(s) { implausible += 1 }
                return
            }
            word.add(s, p)
        }

        mutating func endWord() {
            implausible += word.implausibleLetters
            word = WordShape()
        }

        private mutating func endRun() {
            implausible += run.implausibleScalars
            run = RunShape()
        }

        mutating func finish() {
            endWord()
            endRun()
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

    /// The letters of one word: which scripts, and whether its case pattern is a word's
    /// (lower, UPPER or Capitalised).
    struct WordShape {
        private var length = 0
        private var asciiLetters = 0
        private var latinLetters = 0
        private var otherScript: Script? = nil
        private var mixedScripts = false
        private var upper = 0
        private var lowerSeen = false
        /// An upper-case letter after a lower-case one, or lower case after two capitals.
        private var caseBreak = false

        mutating func add(_ s: Unicode.Scalar, _ p: Unicode.Scalar.Properties) {
            length += 1
            if p.isUppercase {
                if lowerSeen { caseBreak = true }
                upper += 1
            } else if p.isLowercase {
                if upper >= 2 { caseBreak = true }
                lowerSeen = true
            }
            switch LegacyPlausibility.script(of: s) {
            case .ascii: asciiLetters += 1
            case .latin: latinLetters += 1
            case let script:
                if let seen = otherScript, seen != script { mixedScripts = true }
                otherScript = script
            }
        }

        var implausibleLetters: Int {
            if otherScript != nil && (asciiLetters > 0 || latinLetters > 0) { return length }
            if mixedScripts { return length }
            guard latinLetters > 0 else { return 0 }
            if latinLetters >= 2 && asciiLetters == 0 { return latinLetters }
            if caseBreak { return latinLetters }
            return 0
        }
    }

    /// A run of consecutive non-ASCII scalars (NBSP included, as a space). Legacy
    /// text has them alone or in pairs ("Grüße", "…”", "”—“"); three accented letters in a
    /// row, three symbols, four marks, a symbol glued to an accented letter, or a rare
    /// letter (þ, ð, ÿ) beside another accented one come from bytes that are not text.
    struct RunShape {
        private var length = 0
        private var latinLetters = 0
        private var punctuation = 0
        private var symbols = 0
        private var rareLetter = false
        private var otherScriptLetters = 0

        mutating func add(_ s: Unicode.Scalar, isLetter: Bool) {
            length += 1
            if s.properties.isWhitespace { return }  // NBSP lengthens a run but is no mark
            switch isLetter ? LegacyPlausibility.script(of: s) : .other {
            case .latin:
                latinLetters += 1
                if "þÞðÐÿ".unicodeScalars.contains(s) { rareLetter = true }
            case .greek, .cyrillic, .hebrew, .arabic: otherScriptLetters += 1
            default:
                // Punctuation (quotes, dashes) clusters more in real text than other symbols
                // and modifier letters such as U+02C6.
                if s.properties.generalCategory.isPunctuationCategory { punctuation += 1 } else { symbols += 1 }
            }
        }

        /// Runs holding Arabic, Cyrillic, … letters are words of that script: `WordShape` judges them.
        var implausibleScalars: Int {
            if otherScriptLetters > 0 { return 0 }
            let marks = punctuation + symbols
            if latinLetters >= 3 || symbols >= 3 || marks >= 4 || (marks >= 1 && latinLetters >= 1 && length >= 4) { return length }
            if symbols >= 1 && latinLetters >= 1 { return length }  // "í®": a symbol glued to an accented letter
            if rareLetter && latinLetters >= 2 { return length }
            return 0
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationCategory: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
