import ClaimlineCore
import Testing

@Suite("Strings from scalars")
struct ScalarStringTests {
    @Test("every slice of a mixed text becomes the same string as its scalars", arguments: [
        "", "a", "Oumar Hould Hamaha", "Tombouctou «Timbuktu»", "المرابطون قال", "𝔸 👍🏽 🇲🇱 done", "a\r\nb\u{0}c",
    ])
    func slices(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[start..<end])
                #expect(ScalarString.make(scalars[start..<end]) == String(expected))
            }
        }
    }
}
