@testable import ClaimlineStages
import Testing

/// `NonASCIIOffsets` steps over ASCII sixteen bytes at a time and over each other scalar
/// whole: every offset must be the scalar offset, whatever the width of the scalars before.
@Suite("Non-ASCII offsets")
struct NonASCIIOffsetsTests {
    /// Scalars of one to four UTF-8 bytes.
    static let others: [Unicode.Scalar] = ["\u{E9}", "\u{2014}", "\u{1F600}", "\u{645}"]

    static func reference(_ text: String) -> [Int32] {
        text.unicodeScalars.enumerated().compactMap { $0.element.isASCII ? nil : Int32($0.offset) }
    }

    @Test("one scalar at every position of texts up to forty scalars, after scalars of every width")
    func everyPosition() {
        var offsets: [Int32] = [7]
        for length in 0...40 {
            for position in 0..<max(length, 1) {
                for other in Self.others {
                    for before in Self.others {
                        var scalars = [Unicode.Scalar](repeating: "x", count: length)
                        if position < length { scalars[position] = other }
                        if position > 2 { scalars[position / 2] = before }
                        var text = ""
                        text.unicodeScalars.append(contentsOf: scalars)
                        NonASCIIOffsets.find(in: text, into: &offsets)
                        #expect(offsets == Self.reference(text), "\(scalars.map { $0.value })")
                    }
                }
            }
        }
    }

    @Test("a text of other scalars only, and an empty one")
    func allAndNone() {
        var offsets: [Int32] = []
        let text = String(repeating: "\u{645}\u{1F600}\u{E9}", count: 20)
        NonASCIIOffsets.find(in: text, into: &offsets)
        #expect(offsets == Array(0..<60))
        NonASCIIOffsets.find(in: "", into: &offsets)
        #expect(offsets.isEmpty)
    }
}
