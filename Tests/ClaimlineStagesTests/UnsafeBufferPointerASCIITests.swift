@testable import ClaimlineStages
import Testing

/// `firstNonASCII` reads sixteen, then eight scalars a step: a scalar other than ASCII must
/// be found wherever it stands in a block, and a text with none read to its end.
@Suite("First non-ASCII scalar")
struct UnsafeBufferPointerASCIITests {
    static let others: [Unicode.Scalar] = ["\u{80}", "\u{E9}", "\u{2019}", "\u{FFFF}", "\u{1F600}"]

    @Test("found at every position of texts of every length up to forty, from every start")
    func everyPosition() {
        for length in 0...40 {
            let plain = [Unicode.Scalar](repeating: "a", count: length)
            plain.withUnsafeBufferPointer { s in
                for start in 0...length { #expect(s.firstNonASCII(from: start) == length) }
            }
            for position in 0..<length {
                for other in Self.others {
                    var text = plain
                    text[position] = other
                    text.withUnsafeBufferPointer { s in
                        for start in 0...length {
                            let expected = start <= position ? position : length
                            #expect(s.firstNonASCII(from: start) == expected, "length \(length), \(other) at \(position), from \(start)")
                        }
                    }
                }
            }
        }
    }

    @Test("an empty buffer with no storage has its end at once")
    func emptyBuffer() {
        #expect(UnsafeBufferPointer<Unicode.Scalar>(start: nil, count: 0).firstNonASCII(from: 0) == 0)
    }
}
