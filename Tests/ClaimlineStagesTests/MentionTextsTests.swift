import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// A mention's text is kept and shared across documents; what is returned must always be
/// exactly the text of the span asked for.
@Suite struct MentionTextsTests {
    static func spells(_ text: String, _ span: String) -> Bool {
        Array(span.unicodeScalars).withUnsafeBufferPointer { MentionTexts.spells(text, $0) }
    }

    @Test func aKeptTextMatchesOnlyTheSameScalars() {
        #expect(Self.spells("Hamaha", "Hamaha"))
        #expect(Self.spells("Boutéflika", "Boutéflika"))
        #expect(Self.spells("عمر", "عمر"))
        #expect(!Self.spells("Hamaha", "Hamahu"))
        #expect(!Self.spells("Boutéflika", "Bouteflika"))
        // As many UTF-8 bytes in "é" as scalars in "Ã©", with the same values: not the same text.
        #expect(!Self.spells("é", "\u{C3}\u{A9}"))
        #expect(!Self.spells("\u{C3}\u{A9}", "é"))
    }

    @Test func textsComeBackForTheirOwnSpans() {
        var texts = MentionTexts()
        // Short texts (built) and long ones (kept and found again), ASCII or not.
        let words = (0..<5_000).map { "Name\($0)" } + (0..<5_000).map { "Abu Assem al-Muhajir \($0)" }
            + ["Traoré", "é", "\u{C3}\u{A9}", "", "Gao", "Abdelaziz Bouteflika", "Abdelaziz Boutéflika",
               "Boutéflikaaaaaa", "Boutéflikaaaaa", "Agence Nouakchott d’Information"]
        for _ in 0..<2 {
            for word in words {
                let scalars = Array(("x " + word + " y").unicodeScalars)
                let text = scalars.withUnsafeBufferPointer { s in
                    // Asking ahead for what the look-up reads changes nothing it finds.
                    [ScalarSpan(2, s.count - 2)].withUnsafeBufferPointer { texts.prefetch(s, $0) }
                    return texts.text(s, 2, s.count - 2)
                }
                #expect(text == word)
            }
        }
    }
}
