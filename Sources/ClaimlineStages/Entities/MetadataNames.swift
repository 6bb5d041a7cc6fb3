import ClaimlineCore
import ClaimlineRules

/// Names and forms of the entity tables keyed by a plain fold (lower-case ASCII letters and
/// digits, one space between words), so that metadata strings such as "Reuters" or "Sahara
/// Medias (English translation posted on a forum)" resolve to canonical entities.
struct MetadataNames: Sendable {
    private let byKey: [String: Int32]

    init(_ entries: [GazetteerEntry]) {
        var byKey: [String: Int32] = [:]
        for (i, e) in entries.enumerated() {
            for form in [e.name] + e.forms.map(\.text) {
                let key = Self.fold(form[...])
                // A form shared by two entities names neither.
                if !key.isEmpty { byKey[key] = byKey[key].map { $0 == Int32(i) ? $0 : -1 } ?? Int32(i) }
            }
        }
        self.byKey = byKey
    }

    /// The entry a metadata name denotes: the whole string, else its part before a parenthesis
    /// or a comma ("AFP, Bamako"), with or without a leading "the".
    func entry(_ name: String?) -> Int32? {
        guard let name else { return nil }
        let head = name.prefix { $0 != "(" && $0 != "," && $0 != "[" }
        for candidate in [name[...], head] {
            var key = Self.fold(candidate)
            if key.hasPrefix("the ") { key.removeFirst(4) }
            if let e = byKey[key], e >= 0 { return e }
        }
        return nil
    }

    static func fold(_ s: Substring) -> String {
        // On UTF-8 bytes: every byte of a non-ASCII scalar is >= 0x80, and those are dropped.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = true
        for v in s.utf8 {
            if v >= 65 && v <= 90 { out.append(v + 32); space = false }
            else if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) { out.append(v); space = false }
            else if v < 0x80, !space { out.append(32); space = true }
        }
        if space, !out.isEmpty { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A metadata string compared by its UTF-8 bytes: `String` equality is canonical equivalence,
/// and two spellings equivalent but encoded differently may fold differently.
struct MetadataName: Hashable {
    let text: String

    static func == (a: MetadataName, b: MetadataName) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { for b in text.utf8 { hasher.combine(b) } }
    }
}
