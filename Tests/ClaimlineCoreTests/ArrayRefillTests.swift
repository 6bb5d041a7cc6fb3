import ClaimlineCore
import Testing

/// Buffers kept between documents are refilled, not rebuilt: what they held before must not
/// show through, whether the new document is longer or shorter.
@Suite("Refilled buffers")
struct ArrayRefillTests {
    @Test func refillGrowsShrinksAndOverwrites() {
        var a: [Int32] = [5, 6, 7]
        a.refill(repeating: -1, count: 5)
        #expect(a == [-1, -1, -1, -1, -1])
        a[1] = 9
        a.refill(repeating: 0, count: 2)
        #expect(a == [0, 0])
        a.refill(repeating: 3, count: 0)
        #expect(a.isEmpty)
    }

    @Test func tokenSpansAreWrittenOverWhatTheArrayHeld() {
        var b = OffsetMap.Builder()
        b.copy(1)
        b.replace(source: 1, derived: 3)  // "a…b" → "a...b"
        b.copy(1)
        let map = b.build()
        let tokens = [Token(view: ScalarSpan(0, 1), kind: .word), Token(view: ScalarSpan(1, 4), kind: .punctuation),
                      Token(view: ScalarSpan(4, 5), kind: .word)]
        var spans = [ScalarSpan](repeating: ScalarSpan(7, 9), count: 6)
        map.toSource(tokens: tokens, into: &spans)
        #expect(spans == [ScalarSpan(0, 1), ScalarSpan(1, 2), ScalarSpan(2, 3)])
        OffsetMap.identity(length: 5).toSource(tokens: tokens, into: &spans)
        #expect(spans == tokens.map(\.view))
    }
}
