import ClaimlineICU
import Testing

@Suite("Transform id syntax")
struct TransformIDSyntaxTests {
    /// Ids ICU opens: the check must accept them all.
    static let valid = [
        "Any-Latin;Latin-ASCII;[\\u02BE\\u02BF]Remove", "Any-Latin; Latin-ASCII", "Latin-ASCII", "NFD; [:Nonspacing Mark:] Remove; NFC",
        "Any-Lower", "Null", "-Latin", "Any-", "[\\u0600-\\u06FF] Any-Latin", "Any-Latin;", "Greek-Latin/UNGEGN", "NFD (NFC)", "[[:L:]&[:Arabic:]] Any-Latin",
    ]
    /// Ids whose shape is wrong: ICU rejects them, and so must the check.
    static let malformed = [
        "Any-Latin;;Latin-ASCII", "[\\u02BE Remove", "Any-Latin-ASCII", "Any Latin", "Any-Latin)", ";Any-Latin",
        "Latin/ASCII/X", "Any-Latin (", "Any-Lat*in",
    ]

    @Test("accepts the ids ICU opens")
    func acceptsValid() throws {
        for id in Self.valid {
            _ = try Transliterator(id: id)
            #expect(TransformIDSyntax.problem(in: id) == nil, "\(id)")
        }
    }

    @Test("rejects malformed ids that ICU rejects too")
    func rejectsMalformed() {
        for id in Self.malformed {
            #expect(TransformIDSyntax.problem(in: id) != nil, "\(id)")
            #expect(throws: ICUError.self, "\(id)") { _ = try Transliterator(id: id) }
        }
    }
}
