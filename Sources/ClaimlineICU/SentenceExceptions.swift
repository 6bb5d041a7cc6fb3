import CICUShim

/// ICU's `ss=standard` suppression of sentence breaks after listed strings ("Mr.", "U.S."),
/// as its filtered break iterator does it (filteredbrk.cpp): the strings are looked up
/// backwards from the break, one space before it skipped; a string with an inner "." is
/// looked up by its part up to the first "." and then confirmed forwards.
struct SentenceExceptions: Sendable {
    /// Reversed strings: a whole exception (`match`) or the part of one up to its first "." (`partial`).
    private let backward: ScalarTrie
    /// The exceptions whose reversed first part is `partial` in `backward`, read forwards.
    private let forward: ScalarTrie

    static let match: Int8 = 0, partial: Int8 = 1

    /// Nil when ICU has no exceptions for the locale.
    init?(locale: String) throws(ICUError) {
        var status: Int32 = 0
        var buffer = [UInt16](repeating: 0, count: 8192)
        var needed = buffer.withUnsafeMutableBufferPointer { cicu_sentence_exceptions(locale, $0.baseAddress, Int32($0.count), &status) }
        if needed > buffer.count {
            buffer = [UInt16](repeating: 0, count: Int(needed))
            needed = buffer.withUnsafeMutableBufferPointer { cicu_sentence_exceptions(locale, $0.baseAddress, Int32($0.count), &status) }
        }
        try ICUError.check(status, "sentence break exceptions of \(locale)")
        if needed < 0 { return nil }
        let strings = buffer[0..<Int(needed)].split(separator: 0, omittingEmptySubsequences: false).dropLast()
            .map { Array(String(decoding: $0, as: Unicode.UTF16.self).unicodeScalars) }
        (backward, forward) = Self.tries(Array(Set(strings.map { $0.map(\.value) })).map { $0.map { Unicode.Scalar($0)! } })
    }

    /// The two tries ICU's builder makes from the exceptions.
    static func tries(_ strings: [[Unicode.Scalar]]) -> (ScalarTrie, ScalarTrie) {
        func prefix(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
            guard let dot = s.firstIndex(of: "."), dot + 1 != s.count else { return nil }
            return Array(s[...dot])
        }
        // Every string sharing its first part with a string that has an inner "." is confirmed forwards.
        let partialPrefixes = Set(strings.compactMap { prefix($0).map { $0.map(\.value) } })
        var backward = ScalarTrie(), forward = ScalarTrie()
        for p in partialPrefixes { backward.insert(p.reversed().map { Unicode.Scalar($0)! }, value: partial) }
        for s in strings {
            if let dot = s.firstIndex(of: "."), partialPrefixes.contains(s[...dot].map(\.value)) {
                forward.insert(s, value: match)
            } else {
                backward.insert(s.reversed(), value: match)
            }
        }
        return (backward, forward)
    }

    /// Whether the break at `b` (0 < b < text.count) is suppressed.
    func suppress(_ s: UnsafeBufferPointer<Unicode.Scalar>, at b: Int) -> Bool {
        var p = s[b - 1] == " " ? b - 1 : b
        var node = 0, bestPosition = -1, bestValue: Int8 = -1
        while p > 0 {
            p -= 1
            guard let child = backward.child(of: node, s[p]) else { break }
            node = child
            if let value = backward.value(node) { bestPosition = p; bestValue = value }
            if !backward.hasChildren(node) { break }
        }
        if bestPosition < 0 { return false }
        if bestValue == Self.match { return true }
        // Forwards from the start of the partial match: suppressed when the walk ends on a
        // whole string (or the text ends inside one that is one).
        var q = bestPosition, fnode = 0, matches = true
        while q < s.count {
            guard let child = forward.child(of: fnode, s[q]) else { matches = false; break }
            fnode = child
            q += 1
            matches = forward.value(fnode) != nil
            if !forward.hasChildren(fnode) { break }
        }
        return matches
    }
}

/// A small trie of scalar strings with a value on some nodes; node 0 is the root.
struct ScalarTrie: Sendable {
    private var children: [[(Unicode.Scalar, Int)]] = [[]]
    private var values: [Int8?] = [nil]

    mutating func insert(_ s: [Unicode.Scalar], value: Int8) {
        var node = 0
        for c in s {
            if let next = child(of: node, c) { node = next; continue }
            children.append([])
            values.append(nil)
            children[node].append((c, children.count - 1))
            node = children.count - 1
        }
        values[node] = value
    }

    func child(of node: Int, _ c: Unicode.Scalar) -> Int? {
        for (scalar, next) in children[node] where scalar == c { return next }
        return nil
    }

    func value(_ node: Int) -> Int8? { values[node] }
    func hasChildren(_ node: Int) -> Bool { !children[node].isEmpty }
}
