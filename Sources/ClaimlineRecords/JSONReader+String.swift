import ClaimlineCore

extension JSONReader {
    /// A JSON string at `i` (which holds the opening quote), unescaped. Raw control
    /// characters and invalid UTF-8 are errors.
    mutating func string() throws(SyntaxError) -> String {
        i += 1
        let start = i
        i = plainRunEnd(from: i)
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: b[start..<i])
                i += 1
                return try validated(run, at: start)
            }
            if c == UInt8(ascii: "\\") {
                var decoded = 0
                return try escapedString(from: start, scalars: nil, decoded: &decoded)
            }
            if c < 0x20 { throw error("control character in a string") }
            i += 1
        }
        throw error("unterminated string")
    }

    /// A JSON string at `i`, as `string()` reads it, and its scalars decoded in the same
    /// pass (the slow path's, which all of a document's text takes anyway).
    mutating func stringAndScalars() throws(SyntaxError) -> (String, [Unicode.Scalar]) {
        i += 1
        let start = i
        var text = ""
        var failure: SyntaxError? = nil
        // No more scalars than bytes left in the line.
        let scalars = [Unicode.Scalar](writingUpTo: b.count - start) { out in
            var decoded = 0
            do throws(SyntaxError) { text = try escapedString(from: start, scalars: out.baseAddress, decoded: &decoded) } catch {
                failure = error
                decoded = 0
            }
            return decoded
        }
        if let failure { throw failure }
        return (text, scalars)
    }

    private func validated(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws(SyntaxError) -> String {
        guard let s = UTF8Check.string(bytes) else {
            throw SyntaxError(offset: offset, message: "invalid UTF-8 in a string")
        }
        return s
    }

    /// The slow path, for strings holding escapes: unescapes into scratch memory (never
    /// longer than the escaped text) and copies the bytes once into the string. The text
    /// between escapes is checked, copied and its UTF-8 validated in one pass (`plainRun`);
    /// what escapes write is valid UTF-8 that starts no byte a sequence before it could
    /// continue, so validating the input's runs validates the whole. An invalid sequence is
    /// reported at the closing quote, after the errors a scan to there would find. With
    /// `scalars`, each scalar is also stored there (`decoded` counts them; room for one per
    /// byte left in the line), from `start` on: the caller has scanned nothing.
    private mutating func escapedString(from start: Int, scalars: UnsafeMutablePointer<Unicode.Scalar>?,
                                        decoded: inout Int) throws(SyntaxError) -> String {
        let room = b.count - start
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
        defer { scratch.deallocate() }
        var n = i - start
        scratch.update(from: b.baseAddress! + start, count: n)
        var valid = UTF8Check.isValid(UnsafeBufferPointer(rebasing: b[start..<i]))
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                guard valid else { throw SyntaxError(offset: start, message: "invalid UTF-8 in a string") }
                return String(copying: UTF8Span(unchecked: UnsafeBufferPointer(start: scratch, count: n).span))
            }
            if c < 0x20 { throw error("control character in a string") }
            if c != UInt8(ascii: "\\") {
                valid = plainRun(into: scratch, at: &n, scalars: scalars, decoded: &decoded) && valid
                continue
            }
            guard i + 1 < b.count else { throw error("unterminated string") }
            let e = b[i + 1]
            i += 2
            let scalar: Unicode.Scalar
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalar = Unicode.Scalar(e)
            case UInt8(ascii: "b"): scalar = "\u{08}"
            case UInt8(ascii: "f"): scalar = "\u{0C}"
            case UInt8(ascii: "n"): scalar = "\n"
            case UInt8(ascii: "r"): scalar = "\r"
            case UInt8(ascii: "t"): scalar = "\t"
            case UInt8(ascii: "u"): scalar = try unicodeEscape()
            default: throw error("invalid escape")
            }
            // At most four bytes for the two (or six, or twelve) of the escape.
            n = ScalarString.encode(scalar, into: scratch, at: n)
            if let scalars { scalars[decoded] = scalar; decoded &+= 1 }
        }
        throw error("unterminated string")
    }

    /// Copies the bytes from `i` up to the next quote, backslash or control byte to
    /// `scratch` at `n`, sixteen at a time (a block is stored whole: the scratch has room
    /// for all the input left, and what lies past the run is overwritten next), stopping
    /// at each non-ASCII byte to validate its sequence. Returns whether all were valid.
    /// With `scalars`, stores the scalars there too: a block's sixteen bytes widened (as
    /// many scalars as bytes up to the first non-ASCII one), a sequence decoded.
    private mutating func plainRun(into scratch: UnsafeMutablePointer<UInt8>, at written: inout Int,
                                   scalars: UnsafeMutablePointer<Unicode.Scalar>?, decoded: inout Int) -> Bool {
        guard let source = b.baseAddress else { return true }
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(scratch), count = b.count
        // Local copies, so that the loop keeps them in registers.
        var i = self.i, n = written, m = decoded, valid = true
        defer { self.i = i; written = n; decoded = m }
        while true {
            if i &+ 16 <= count {
                let block = from.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                to.storeBytes(of: block, toByteOffset: n, as: SIMD16<UInt8>.self)
                if let scalars {
                    // `m` never passes the bytes read since `start`, so sixteen more fit.
                    let wide = UnsafeMutableRawPointer(scalars + m)
                    wide.storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: block.lowHalf), as: SIMD8<UInt32>.self)
                    wide.storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: block.highHalf), toByteOffset: 32, as: SIMD8<UInt32>.self)
                }
                guard let stop = JSONWriter.firstEscapeOrNonASCII(block) else { i &+= 16; n &+= 16; m &+= 16; continue }
                i &+= stop; n &+= stop; m &+= stop
            }
            guard i < count else { return valid }
            let c = source[i]
            if c < 0x80 {
                if c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return valid }
                scratch[n] = c; i &+= 1; n &+= 1
                if let scalars { scalars[m] = Unicode.Scalar(c); m &+= 1 }
                continue
            }
            let length = UTF8Check.sequenceLength(c, source, at: i, count: count)
            if length == 0 {
                // Copied as it is, and the scan goes on to the closing quote.
                valid = false
                scratch[n] = c; i &+= 1; n &+= 1
                continue
            }
            for k in 0..<length { scratch[n &+ k] = source[i &+ k] }
            if let scalars { scalars[m] = UTF8Check.scalar(source + i, length: length); m &+= 1 }
            i &+= length; n &+= length
        }
    }

    /// The index of the first quote, backslash or control byte at or after `start` (or the
    /// end): sixteen bytes at a time, since text runs long between escapes.
    private func plainRunEnd(from start: Int) -> Int {
        var i = start
        if let base = UnsafeRawPointer(b.baseAddress) {
            while i &+ 16 <= b.count {
                let block = base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                guard let first = JSONWriter.firstEscape(block) else { i &+= 16; continue }
                return i &+ first
            }
            while i &+ 8 <= b.count, !JSONWriter.needsEscape(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i &+= 8 }
        }
        while i < b.count, b[i] >= 0x20, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\") { i += 1 }
        return i
    }

    /// `XXXX` after `\u`, joining a surrogate pair; a lone surrogate is an error.
    private mutating func unicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
        let high = try hex4()
        if high >= 0xD800 && high < 0xDC00 {
            guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { throw error("lone surrogate") }
            i += 2
            let low = try hex4()
            guard low >= 0xDC00 && low < 0xE000 else { throw error("lone surrogate") }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let s = Unicode.Scalar(high) else { throw error("lone surrogate") }
        return s
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard i + 4 <= b.count else { throw error("invalid \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 65...70: d = UInt32(c - 55)
            case 97...102: d = UInt32(c - 87)
            default: throw error("invalid \\u escape")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }
}
