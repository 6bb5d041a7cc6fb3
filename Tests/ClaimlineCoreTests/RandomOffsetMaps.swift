import ClaimlineCore
import TestSupport

/// An `OffsetMap` and its reference, made by the same steps; `recipe` says which, so that a
/// failure can be built again.
struct MapPair {
    var map: OffsetMap
    var reference: ReferenceOffsetMap
    var recipe: String

    func then(_ next: MapPair) -> MapPair {
        MapPair(map: map.then(next.map), reference: reference.then(next.reference),
                recipe: "(\(recipe)).then(\(next.recipe))")
    }
}

/// Builds a map and its reference together, step by step.
struct PairBuilder {
    private var map: OffsetMap.Builder
    private var reference: ReferenceOffsetMap.Builder
    private var steps: [String] = []
    private let base: String?

    init(over base: MapPair? = nil) {
        map = OffsetMap.Builder(over: base?.map)
        reference = ReferenceOffsetMap.Builder(over: base?.reference)
        self.base = base?.recipe
    }

    mutating func copy(_ count: Int) {
        map.copy(count); reference.copy(count); steps.append("copy(\(count))")
    }

    mutating func replace(source: Int, derived: Int) {
        map.replace(source: source, derived: derived)
        reference.replace(source: source, derived: derived)
        steps.append("replace(\(source), \(derived))")
    }

    mutating func append(source: Int, starts: [Int], ends: [Int]) {
        map.append(source: source, starts: starts.map { Int32($0) }, ends: ends.map { Int32($0) })
        reference.append(source: source, starts: starts, ends: ends)
        steps.append("append(\(source), \(starts), \(ends))")
    }

    mutating func append(_ piece: MapPair) {
        map.append(piece.map); reference.append(piece.reference); steps.append("append(\(piece.recipe))")
    }

    func build() -> MapPair {
        let built = "[" + steps.joined(separator: ", ") + "]"
        return MapPair(map: map.build(), reference: reference.build(),
                       recipe: base.map { "over(\($0)) " + built } ?? built)
    }
}

/// Random maps of every making: copies, replacements (drops and insertions among them),
/// pieces with ranges of their own, appended maps, builders over a base, chains.
struct RandomMaps {
    var rng: SplitMix64

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    /// A map over `source` scalars; `depth` bounds the maps made inside it.
    mutating func map(source: Int, depth: Int = 2) -> MapPair {
        switch depth > 0 ? int(0...7) : 0 {
        case 6:
            let base = map(source: source, depth: depth - 1)
            return built(over: base, source: base.map.derivedLength, depth: depth - 1)
        case 7:
            let first = map(source: source, depth: depth - 1)
            return first.then(map(source: first.map.derivedLength, depth: depth - 1))
        default:
            return built(over: nil, source: source, depth: depth)
        }
    }

    /// Steps that consume exactly `source` scalars, changes apart by a random mean stretch.
    mutating func built(over base: MapPair?, source: Int, depth: Int) -> MapPair {
        var builder = PairBuilder(over: base)
        let stretch = chance(0.3) ? 3 : source / int(1...12) + 1
        var left = source
        while left > 0 || chance(0.1) {
            let step = int(0...19)
            if step < 10 {
                let count = int(0...min(left, 2 * stretch))
                builder.copy(count); left -= count
            } else if step < 15 {
                let count = int(0...min(left, 4))
                builder.replace(source: count, derived: int(0...4)); left -= count
            } else if step < 18 {
                let count = int(0...min(left, 6))
                let (starts, ends) = ranges(source: count)
                builder.append(source: count, starts: starts, ends: ends); left -= count
            } else if depth > 0 {
                let count = int(0...min(left, 40))
                builder.append(map(source: count, depth: depth - 1)); left -= count
            }
        }
        return builder.build()
    }

    /// Ranges of a piece derived in steps of its own, counted from its first scalar.
    mutating func ranges(source count: Int) -> ([Int], [Int]) {
        switch int(0...3) {
        case 0: return folded(source: count)
        case 1: return (Array(0..<count), (0..<count).map { $0 + 1 })  // one for one
        case 2:
            // Starts and ends each in order, overlapping at will.
            var starts: [Int] = [], ends: [Int] = []
            for _ in 0..<int(0...6) {
                let start = int((starts.last ?? 0)...count)
                starts.append(start)
                ends.append(int(max(start, ends.last ?? 0)...count))
            }
            return (starts, ends)
        default:
            // Starts in order, ends anywhere after them.
            let starts = (0..<int(0...6)).map { _ in int(0...count) }.sorted()
            return (starts, starts.map { int($0...count) })
        }
    }

    /// Clusters of one or two scalars folded to none, one or two scalars each, and maybe a
    /// word over some of them transliterated as a whole.
    mutating func folded(source count: Int) -> ([Int], [Int]) {
        var starts: [Int] = [], ends: [Int] = []
        var c = 0
        while c < count {
            let end = min(count, c + int(1...2))
            for _ in 0..<int(0...2) { starts.append(c); ends.append(end) }
            c = end
        }
        guard !starts.isEmpty, chance(0.5) else { return (starts, ends) }
        let first = int(0..<starts.count), last = int(first..<starts.count)
        let word = (starts[first], ends[last])
        let letters = int(1...4)
        starts.replaceSubrange(first...last, with: repeatElement(word.0, count: letters))
        ends.replaceSubrange(first...last, with: repeatElement(word.1, count: letters))
        return (starts, ends)
    }
}
