import ClaimlineCore
import ClaimlineRules

/// Names and forms of the entity tables keyed by a plain fold (lower-case ASCII letters and
/// digits, one space between words), so that metadata strings such as "Reuters" or "Sahara
/// Medias (English translation posted on a forum)" resolve to canonical entities.
struct MetadataNames: Sendable {
    private let byKey: [String: Int32]

    init(_ entries: [GazetteerEntry]) {
        var byKey: [String: Int32] = [:]
        byKey.reserveCapacity(entries.reduce(0) { $0 + $1.forms.count })
        for (i, e) in entries.enumerated() {
            Self.add(e.name, of: Int32(i), to: &byKey)
            for (n, form) in e.forms.enumerated() {
                // The name is usually also the first form: the same bytes fold to the same key.
                if n == 0 && form.text.hasSameUTF8(as: e.name) { continue }
                Self.add(form.text, of: Int32(i), to: &byKey)
            }
        }
        self.byKey = byKey
    }

    private static func add(_ form: String, of entry: Int32, to byKey: inout [String: Int32]) {
        let key = fold(form[...])
        guard !key.isEmpty else { return }
        // A form shared by two entities names neither (one look-up for a new key).
        if let old = byKey.updateValue(entry, forKey: key), old != entry { byKey[key] = -1 }
    }

    /// The entry a metadata name denotes: the whole string, else its part before a parenthesis
    /// or a comma ("AFP, Bamako"), else before the lower-case words that end it and say what
    /// kind of document it is ("U.S. Africa Command press release"), with or without a leading "the".
    func entry(_ name: String?) -> Int32? {
        guard let name else { return nil }
        let head = name.prefix { $0 != "(" && $0 != "," && $0 != "[" }
        for candidate in [name[...], head, Self.withoutLowercaseTail(head)] {
            var key = Self.fold(candidate)
            if key.hasPrefix("the ") { key.removeFirst(4) }
            if let e = byKey[key], e >= 0 { return e }
        }
        return nil
    }

    /// `s` without the words at its end that start with a lower-case letter (at least one word is kept).
    static func withoutLowercaseTail(_ s: Substring) -> Substring {
        var words = s.split(separator: " ", omittingEmptySubsequences: true)
        while words.count > 1, let first = words.last?.unicodeScalars.first, first.properties.isLowercase { words.removeLast() }
        guard let last = words.last else { return s }
        return s[s.startIndex..<last.endIndex]
    }

    static func fold(_ s: Substring) -> String {
        // On UTF-8 bytes: every byte of a non-ASCII scalar is >= 0x80, and those are dropped.
        // Written straight into the string: no byte array to fill and copy.
        var s = s
        return s.withUTF8 { utf8 in
            String(unsafeUninitializedCapacity: utf8.count) { out in
                var n = 0, space = true
                for v in utf8 {
                    if v >= 65 && v <= 90 { out[n] = v + 32; n += 1; space = false }
                    else if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) { out[n] = v; n += 1; space = false }
                    else if v < 0x80, !space { out[n] = 32; n += 1; space = true }
                }
                if space, n > 0 { n -= 1 }
                return n
            }
        }
    }
}
