/// The tokenizer's loop for ASCII text, which is nearly all of an analysis view: the same
/// tokens as `anyToken` step by step, in a loop that calls nothing (so its state stays in
/// registers). It stops at the first token or space with another scalar.
extension DateTokenizer.Writer {
    /// Writes the tokens from `start` for as long as they are all ASCII; returns where the
    /// first token (or space) with another scalar starts, or `limit`.
    @inline(never)
    mutating func asciiTokens(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int,
                              classes: UnsafeBufferPointer<DateTokenizer.Class>) -> Int {
        // On a local copy (plain values) the writer's fields live in registers, not behind `self`.
        var writer = self
        defer { self = writer }
        return writer.asciiLoop(s, from: start, limit: limit, classes: classes)
    }

    @inline(__always)
    mutating func asciiLoop(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit n: Int,
                            classes: UnsafeBufferPointer<DateTokenizer.Class>) -> Int {
        var i = start
        while i < n {
            let v = s[i].value
            if v >= 128 { return i }
            let cls = classes[Int(v)]
            switch cls {
            case .space: spaced = true; i &+= 1; continue
            case .newline: spaced = true; newlines &+= 1; i &+= 1; continue
            default: break
            }
            endParagraph(at: i)
            let end: Int
            switch cls {
            case .digit: end = asciiNumber(s, from: i, limit: n)
            case .upper, .lower:
                let run = asciiWords(s, from: i, limit: n)
                // Another scalar follows the letters of the run's last word: `anyToken` reads it.
                if run.handOff { return run.next }
                end = run.next
            default:
                appendMark(at: i, v)
                end = i &+ 1
            }
            // Another scalar follows a number's letters: `anyToken` reads this token.
            if end < 0 { return i }
            spaced = false
            i = end
        }
        return i
    }

    /// `number(_:from:limit:spaced:classes:)` when only ASCII follows its digits and letters;
    /// -1, with nothing written, when another scalar does.
    @inline(__always)
    mutating func asciiNumber(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit n: Int) -> Int {
        var i = start, value: Int32 = 0
        while i < n {
            let digit = s[i].value &- 48
            if digit > 9 { break }
            if value < 100_000_000 { value = value &* 10 &+ Int32(digit) }
            i &+= 1
        }
        var j = i
        while j < n {
            let v = s[j].value
            if !DateTokenizer.isLetterCode(DateTokenizer.letterCode(v)) {
                if v >= 128 { return -1 }
                break
            }
            j &+= 1
        }
        return appendNumber(s, start, digitsEnd: i, lettersEnd: j, value: value, spaced: spaced)
    }

    /// `word(_:from:limit:spaced:classes:)` for the word at `start` and the words after it while
    /// one space and a letter follow each (a run of words costs one loop, not a step per
    /// word and space). Returns where the next step starts, and `handOff` when a scalar
    /// other than ASCII follows the word starting there (nothing is written for it).
    @inline(__always)
    mutating func asciiWords(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit n: Int) -> (next: Int, handOff: Bool) {
        var word = start
        // The code of the word's first letter: read once, by the test that found the word.
        var first = DateTokenizer.letterCode(s[start].value)
        while true {
            var i = word &+ 1, key = UInt64(first)
            // The scalar that stops the letters, kept from the test that found it; 0 at the limit.
            var stop: UInt32 = 0
            // Two letters a step while two scalars are left: half the loop's tests.
            while i &+ 1 < n {
                let a = s[i].value, codeA = DateTokenizer.letterCode(a)
                if !DateTokenizer.isLetterCode(codeA) { stop = a; break }
                let b = s[i &+ 1].value, codeB = DateTokenizer.letterCode(b)
                if !DateTokenizer.isLetterCode(codeB) { key = key << 5 | UInt64(codeA); i &+= 1; stop = b; break }
                key = key << 10 | UInt64(codeA) << 5 | UInt64(codeB)
                i &+= 2
            }
            // The last scalar before the limit.
            if i &+ 1 == n {
                let v = s[i].value, code = DateTokenizer.letterCode(v)
                if DateTokenizer.isLetterCode(code) { key = key << 5 | UInt64(code); i &+= 1 } else { stop = v }
            }
            let id = i &- word > DateLexicon.maxLetters ? -1 : table.id(key)
            // What stops the letters: nearly always a space; a scalar other than ASCII may continue the word.
            if stop != 32 {
                if stop >= 128 { return (word, true) }
                appendWord(s, word, i, id: id, spaced: spaced)
                spaced = false
                return (i, false)
            }
            appendWord(s, word, i, id: id, spaced: spaced)
            // One space, then a letter: the next word (no line feed came, so no paragraph ends).
            guard i &+ 1 < n else { spaced = false; return (i, false) }
            first = DateTokenizer.letterCode(s[i &+ 1].value)
            guard DateTokenizer.isLetterCode(first) else { spaced = false; return (i, false) }
            spaced = true
            word = i &+ 1
        }
    }
}
