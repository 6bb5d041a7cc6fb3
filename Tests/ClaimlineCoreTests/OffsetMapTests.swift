import ClaimlineCore
import Testing

@Suite("Offset maps")
struct OffsetMapTests {
    /// "a…b" → "a...b": three derived scalars share the ellipsis.
    func ellipsisMap() -> OffsetMap {
        var b = OffsetMap.Builder()
        b.copy(1)
        b.replace(source: 1, derived: 3)
        b.copy(1)
        return b.build()
    }

    @Test("a builder that only copies gives the identity map")
    func identity() {
        var b = OffsetMap.Builder()
        b.copy(5)
        b.replace(source: 1, derived: 1)
        b.copy(2)
        let map = b.build()
        #expect(map.isIdentity)
        #expect(map.sourceLength == 8)
        #expect(map.toSource(ScalarSpan(2, 6)) == ScalarSpan(2, 6))
    }

    @Test("a replacement maps each derived scalar to the whole source it replaced")
    func replacement() {
        let map = ellipsisMap()
        #expect(map.derivedLength == 5)
        #expect(map.sourceLength == 3)
        #expect(map.toSource(ScalarSpan(1, 2)) == ScalarSpan(1, 2))
        #expect(map.toSource(ScalarSpan(2, 5)) == ScalarSpan(1, 3))
        #expect(map.toSource(ScalarSpan(4, 5)) == ScalarSpan(2, 3))
        #expect(map.toDerived(ScalarSpan(1, 2)) == ScalarSpan(1, 4))
        #expect(map.toDerived(ScalarSpan(0, 3)) == ScalarSpan(0, 5))
    }

    @Test("a prefix copied before the first change is filled in")
    func materialisedPrefix() {
        var b = OffsetMap.Builder()
        b.copy(3)
        b.replace(source: 2, derived: 1)  // "e" + U+0301 → "é"
        b.copy(2)
        let map = b.build()
        #expect(map.derivedLength == 6)
        #expect(map.toSource(ScalarSpan(0, 3)) == ScalarSpan(0, 3))
        #expect(map.toSource(ScalarSpan(3, 4)) == ScalarSpan(3, 5))
        #expect(map.toSource(ScalarSpan(4, 6)) == ScalarSpan(5, 7))
    }

    @Test("a dropped scalar leaves an empty source span that still maps")
    func dropped() {
        var b = OffsetMap.Builder()
        b.copy(2)
        b.replace(source: 1, derived: 0)
        b.copy(2)
        let map = b.build()
        #expect(map.derivedLength == 4)
        #expect(map.toSource(ScalarSpan(1, 3)) == ScalarSpan(1, 4))
        #expect(map.toSource(ScalarSpan(2, 2)) == ScalarSpan(3, 3))
    }

    @Test("maps compose: the chain of two maps equals mapping through both")
    func composition() {
        let first = ellipsisMap()  // 3 → 5
        var b = OffsetMap.Builder()  // 5 → 4: the first two dots become one
        b.copy(1)
        b.replace(source: 2, derived: 1)
        b.copy(2)
        let second = b.build()
        let chained = first.then(second)
        #expect(chained.sourceLength == 3)
        #expect(chained.derivedLength == 4)
        for start in 0...4 {
            for end in start...4 where end > start {
                let span = ScalarSpan(start, end)
                #expect(chained.toSource(span) == first.toSource(second.toSource(span)))
            }
        }
        #expect(OffsetMap.identity(length: 3).then(first) == first)
        #expect(first.then(.identity(length: 5)) == first)
    }

    @Test("a builder over a base map builds the composition directly")
    func composingBuilder() {
        let base = ellipsisMap()  // 3 → 5
        func pieces(_ b: inout OffsetMap.Builder) {
            b.copy(1)
            b.replace(source: 2, derived: 1)
            b.replace(source: 0, derived: 1)
            b.replace(source: 1, derived: 1)
            b.copy(1)
        }
        var plain = OffsetMap.Builder()
        pieces(&plain)
        var composing = OffsetMap.Builder(over: base)
        pieces(&composing)
        #expect(composing.build() == base.then(plain.build()))
        var oneForOne = OffsetMap.Builder(over: base)
        oneForOne.copy(3)
        oneForOne.replace(source: 1, derived: 1)
        oneForOne.copy(1)
        #expect(oneForOne.build() == base)
    }

    @Test("a map appended to a builder maps the source after what came before it")
    func appendedPiece() {
        var whole = OffsetMap.Builder()
        whole.copy(2)
        whole.replace(source: 1, derived: 3)
        whole.copy(1)
        whole.replace(source: 1, derived: 0)
        whole.copy(1)
        var piece = OffsetMap.Builder()
        piece.replace(source: 1, derived: 3)
        piece.copy(1)
        piece.replace(source: 1, derived: 0)
        var pieces = OffsetMap.Builder()
        pieces.copy(2)
        pieces.append(piece.build())
        pieces.append(.identity(length: 1))
        #expect(pieces.build() == whole.build())
    }

    @Test("spans mapped in bulk, in order, map as each alone, in copied stretches, changes and across them")
    func bulkSpans() {
        // 204 derived scalars over 150 source ones: changes of every kind, some in one
        // block of 64 scalars, some far apart, one dropping its source.
        var b = OffsetMap.Builder()
        b.copy(10); b.replace(source: 1, derived: 3)
        b.copy(5); b.replace(source: 2, derived: 1)
        b.append(source: 3, starts: [0, 0, 1, 2, 2], ends: [1, 2, 3, 3, 3])
        b.copy(70); b.replace(source: 4, derived: 0)
        b.copy(40); b.replace(source: 1, derived: 56)
        b.copy(14)
        let map = b.build()
        #expect(map.derivedLength == 204 && map.sourceLength == 150)
        var spans: [ScalarSpan] = []
        for width in [0, 1, 2, 7] {
            let tokens = (0...(204 - width)).map { Token(view: ScalarSpan($0, $0 + width), kind: .word) }
            map.toSource(tokens: tokens, into: &spans)
            #expect(spans == tokens.map { map.toSource($0.view) })
        }
        for start in 0...204 {
            let source = map.toSource(ScalarSpan(start, start))
            #expect(map.toDerived(source.start) <= start, "\(start)")
        }
        // Chained with a map that joins three scalars of the first change.
        var b2 = OffsetMap.Builder()
        b2.copy(11); b2.replace(source: 3, derived: 1); b2.copy(190)
        let second = b2.build(), chained = map.then(second)
        for start in 0...chained.derivedLength {
            for end in start...min(start + 3, chained.derivedLength) {
                let span = ScalarSpan(start, end)
                #expect(chained.toSource(span) == map.toSource(second.toSource(span)), "\(span)")
            }
        }
    }

    @Test("Document scalars decode every UTF-8 length", arguments: ["", "ascii", "é", "قال", "𝔸 👍🏽 🇲🇱", "a\r\nb\u{0}c"])
    func documentScalars(_ text: String) {
        let document = Document(id: "t", text: text)
        #expect(document.scalars == Array(text.unicodeScalars))
        #expect(document.view.map.isIdentity)
    }
}
