import ClaimlineCore
import Testing
import TestSupport

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

    @Test("a chain maps a source offset forward past scalars made several times")
    func chainedToDerived() {
        var widen = OffsetMap.Builder()  // "ab…c" → "abb…c"
        widen.copy(1); widen.replace(source: 1, derived: 2); widen.copy(2)
        var dots = OffsetMap.Builder()  // "abb…c" → "abb...c"
        dots.copy(3); dots.replace(source: 1, derived: 3); dots.copy(1)
        let chained = widen.build().then(dots.build())
        #expect((0...4).map { chained.toDerived($0) } == [0, 1, 3, 6, 7])
        #expect(chained.toDerived(ScalarSpan(2, 3)) == ScalarSpan(3, 6))
        #expect(chained.toSource(ScalarSpan(3, 6)) == ScalarSpan(2, 3))
    }

    @Test("a change of thousands of folded scalars (a sentence folded as one stretch) maps source offsets as the reference")
    func longChangeToDerived() {
        var maps = RandomMaps(rng: SplitMix64(state: 0x5E47_E9CE))
        for source in [500, 3000] {
            var b = PairBuilder()
            b.copy(3)
            let (starts, ends) = maps.folded(source: source)
            b.append(source: source, starts: starts, ends: ends)
            b.copy(2)
            let pair = b.build()
            let wrong = (0...pair.map.sourceLength).filter { pair.map.toDerived($0) != pair.reference.toDerived($0) }
            #expect(wrong.isEmpty, "\(wrong.prefix(6))")
        }
    }

    @Test("random maps map as the per-scalar reference: spans, tokens, source offsets and spans, equality")
    func agreesWithReference() {
        var maps = RandomMaps(rng: SplitMix64(state: 0x0FF5_E7AB))
        var pairs = blockEdgeMaps()
        for n in 0..<400 {
            pairs.append(maps.map(source: [maps.int(0...12), maps.int(0...80), maps.int(60...200), maps.int(300...900)][n % 4]))
        }
        for pair in pairs {
            let found = disagreements(pair, &maps)
            #expect(found.isEmpty, "\(pair.recipe.prefix(3000)): \(found.prefix(6))")
            // Another map of the same source, equal exactly when it maps alike.
            let other = maps.map(source: pair.map.sourceLength)
            #expect((pair.map == other.map) == pair.reference.mapsAlike(other.reference), "\(pair.recipe) == \(other.recipe)")
        }
    }

    /// Maps with a change at derived offset 0, 63, 64, 65 (around the first block edge), 128,
    /// on the last scalar and at the very end, alone and all in one map.
    func blockEdgeMaps() -> [MapPair] {
        let changes: [(inout PairBuilder) -> Int] = [
            { $0.replace(source: 1, derived: 0); return 1 }, { $0.replace(source: 3, derived: 0); return 3 },
            { $0.replace(source: 0, derived: 2); return 0 }, { $0.replace(source: 1, derived: 3); return 1 },
            { $0.replace(source: 2, derived: 1); return 2 },
            { $0.append(source: 3, starts: [0, 0, 0, 2], ends: [2, 3, 3, 3]); return 3 },
            { $0.append(source: 3, starts: [1, 1], ends: [2, 3]); return 3 },
        ]
        var pairs: [MapPair] = []
        for n in [130, 700] {
            let offsets = [0, 1, 63, 64, 65, 127, 128, n - 3, n - 1, n]
            for change in changes {
                for p in offsets {
                    var b = PairBuilder()
                    b.copy(p)
                    let used = change(&b)
                    if p + used > n { continue }
                    b.copy(n - p - used)
                    pairs.append(b.build())
                }
                var all = PairBuilder(), done = 0
                for p in offsets where p >= done && p + 3 <= n {
                    all.copy(p - done)
                    done = p + change(&all)
                }
                all.copy(n - done)
                pairs.append(all.build())
            }
        }
        return pairs
    }

    /// Where `pair.map` maps otherwise than its reference.
    func disagreements(_ pair: MapPair, _ maps: inout RandomMaps) -> [String] {
        let map = pair.map, reference = pair.reference
        let d = map.derivedLength, s = map.sourceLength
        guard d == reference.derivedLength, s == reference.sourceLength else {
            return ["lengths \(d) over \(s), reference \(reference.derivedLength) over \(reference.sourceLength)"]
        }
        var found: [String] = []
        if map.isIdentity != reference.mapsEachScalarToItself { found.append("isIdentity \(map.isIdentity)") }
        for span in spans(within: d, &maps) where map.toSource(span) != reference.toSource(span) {
            found.append("toSource\(span) = \(map.toSource(span)), reference \(reference.toSource(span))")
        }
        for _ in 0..<4 {
            let tokens = tokens(within: d, &maps)
            var mapped = Array(repeating: ScalarSpan(7, 9), count: maps.int(0...400))
            map.toSource(tokens: tokens, into: &mapped)
            if mapped != tokens.map({ reference.toSource($0.view) }) { found.append("toSource(tokens:) of \(tokens.map(\.view))") }
        }
        for offset in 0...s where map.toDerived(offset) != reference.toDerived(offset) {
            found.append("toDerived(\(offset)) = \(map.toDerived(offset)), reference \(reference.toDerived(offset))")
        }
        for span in spans(within: s, &maps) where map.toDerived(span) != reference.toDerived(span) {
            found.append("toDerived\(span) = \(map.toDerived(span)), reference \(reference.toDerived(span))")
        }
        return found + equalityDisagreements(pair, &maps)
    }

    /// `==` against maps built otherwise that map alike, and one that maps one scalar otherwise.
    func equalityDisagreements(_ pair: MapPair, _ maps: inout RandomMaps) -> [String] {
        let map = pair.map, d = map.derivedLength, s = map.sourceLength
        var ranges = (0..<d).map { pair.reference.range(of: $0) }
        func fromRanges() -> OffsetMap {
            var b = OffsetMap.Builder()
            b.append(source: s, starts: ranges.map { Int32($0.start) }, ends: ranges.map { Int32($0.end) })
            return b.build()
        }
        var appended = OffsetMap.Builder(), over = OffsetMap.Builder(over: map)
        appended.append(map)
        over.copy(d)
        var found: [String] = []
        let alike = [("its ranges", fromRanges()), ("appended", appended.build()), ("over it", over.build()),
                     ("identity then", OffsetMap.identity(length: s).then(map)), ("then identity", map.then(.identity(length: d)))]
        for (name, other) in alike where !(map == other && other == map) { found.append("!= \(name)") }
        guard d > 0 else { return found }
        let k = maps.int(0..<d)
        if ranges[k].end < s { ranges[k].end += 1 } else if ranges[k].start > 0 { ranges[k].start -= 1 } else { return found }
        if map == fromRanges() { found.append("== with scalar \(k) at \(ranges[k])") }
        return found
    }

    /// Every span up to `length` 80, else every empty and one-scalar span and a sample of others.
    func spans(within length: Int, _ maps: inout RandomMaps) -> [ScalarSpan] {
        if length <= 80 { return (0...length).flatMap { a in (a...length).map { ScalarSpan(a, $0) } } }
        var spans = (0...length).map { ScalarSpan($0, $0) } + (0..<length).map { ScalarSpan($0, $0 + 1) }
        for _ in 0..<1500 {
            let a = maps.int(0...length)
            spans.append(ScalarSpan(a, maps.chance(0.8) ? min(length, a + maps.int(2...9)) : maps.int(a...length)))
        }
        return spans
    }

    /// Tokens in order, some empty, some overlapping, close together or far apart.
    func tokens(within length: Int, _ maps: inout RandomMaps) -> [Token] {
        let gap = maps.chance(0.7) ? 3 : 60
        var tokens: [Token] = [], at = maps.int(0...min(length, 5))
        while at <= length {
            let width = min(length - at, maps.int(0...6))
            tokens.append(Token(view: ScalarSpan(at, at + width), kind: .word))
            at += maps.int(1...width + gap)
        }
        return tokens
    }

    @Test("Document scalars decode every UTF-8 length", arguments: ["", "ascii", "é", "قال", "𝔸 👍🏽 🇲🇱", "a\r\nb\u{0}c"])
    func documentScalars(_ text: String) {
        let document = Document(id: "t", text: text)
        #expect(document.scalars == Array(text.unicodeScalars))
        #expect(document.view.map.isIdentity)
    }
}
