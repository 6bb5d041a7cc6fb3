@testable import ClaimlineStages
import Testing

/// `firstNonZero` reads eight bytes a step and the last few before `end` as one masked word:
/// a non-zero byte must be found wherever it stands, and one at or past `end` never.
@Suite("First non-zero byte")
struct UnsafeBufferPointerFirstNonZeroTests {
    @Test("found at every position, from every start to every end, in buffers up to twenty-four bytes")
    func everyPosition() {
        for length in 0...24 {
            for position in -1..<length {
                var bytes = [UInt8](repeating: 0, count: length)
                if position >= 0 { bytes[position] = UInt8(1 + position % 200) }
                bytes.withUnsafeBufferPointer { b in
                    for start in 0...length {
                        for end in 0...length {
                            let expected = start >= end ? start : (position >= start && position < end ? position : end)
                            #expect(b.firstNonZero(from: start, to: end) == expected, "length \(length), byte at \(position), \(start)..<\(end)")
                        }
                    }
                }
            }
        }
    }
}
