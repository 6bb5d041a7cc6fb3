import ClaimlineCore

/// A name as `SpeakerResolver.fold` folds it, kept as hashes of the folded name and of its
/// last word: matching a short form against earlier speakers compares numbers, and no
/// folded string is built.
struct NameKey: Equatable {
    private let full: UInt64
    private let last: UInt64
    /// Length in UTF-8 bytes of the last word.
    private let lastLength: Int
    private let single: Bool
    let isEmpty: Bool

    /// The key of a name as written ("al-Muhajir").
    init(name: String) {
        var name = name
        self = name.withUTF8(Self.hashedUnfolded) ?? Self.hashedScalars(name)
    }

    private init(full: UInt64, last: UInt64, lastLength: Int, single: Bool, isEmpty: Bool) {
        self.full = full; self.last = last; self.lastLength = lastLength; self.single = single; self.isEmpty = isEmpty
    }

    /// The hash of the whole folded name: equal for equal folded names.
    var foldedHash: UInt64 { full }
    /// The hash of its last word (the whole name's for one word).
    var lastWordHash: UInt64 { last }

    /// True when the folded name has two words or more (a space).
    var hasSeveralWords: Bool { !single }

    /// True when a one-word name may match by this name's last word (`matches`).
    var lastWordMatches: Bool { !isEmpty && lastLength > 2 }

    /// Equal names, or one of them a single word that ends the other ("Muhajir").
    func matches(_ other: NameKey) -> Bool {
        if isEmpty || other.isEmpty { return false }
        if full == other.full { return true }
        return (single || other.single) && lastLength > 2 && last == other.last
    }

    /// Hashes the words of an unfolded name: ASCII letters are words, folded to lower case,
    /// and anything else separates them (nil at a non-ASCII byte). One pass hashes the whole
    /// name only; the last word is hashed afterwards from where it starts (speakers' names
    /// are hashed for every speaker resolved).
    private static func hashedUnfolded(_ bytes: UnsafeBufferPointer<UInt8>) -> NameKey? {
        var full = seed, lastStart = 0, started = false, pendingSpace = false, single = true
        for i in bytes.indices {
            let b = bytes[i], lower = b | 0x20
            guard lower &- 97 < 26 else {
                if b >= 0x80 { return nil }
                pendingSpace = started
                continue
            }
            if pendingSpace { full = step(full, 32); single = false; pendingSpace = false; lastStart = i }
            else if !started { lastStart = i }
            full = step(full, lower); started = true
        }
        var last = seed, lastLength = 0, i = lastStart
        while i < bytes.count, case let lower = bytes[i] | 0x20, lower &- 97 < 26 {
            last = step(last, lower); lastLength += 1; i += 1
        }
        return NameKey(full: full, last: last, lastLength: lastLength, single: single, isEmpty: !started)
    }

    /// `hashedUnfolded` for a name with non-ASCII letters: the words hashed as
    /// `SpeakerResolver.fold` writes them, building no folded string.
    private static func hashedScalars(_ name: String) -> NameKey {
        var full = seed, last = seed, lastLength = 0, started = false, pendingSpace = false, single = true
        func letter(_ b: UInt8) {
            if pendingSpace { full = step(full, 32); last = seed; lastLength = 0; single = false; pendingSpace = false }
            full = step(full, b); last = step(last, b); lastLength += 1; started = true
        }
        for c in name.unicodeScalars {
            guard c.isASCII else { _ = SpeakerResolver.foldLetter(c, letter); continue }
            let lower = UInt8(c.value) | 0x20
            if lower &- 97 < 26 { letter(lower) } else { pendingSpace = started }
        }
        return NameKey(full: full, last: last, lastLength: lastLength, single: single, isEmpty: !started)
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
}
