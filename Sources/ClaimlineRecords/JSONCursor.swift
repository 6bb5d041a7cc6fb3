/// Writes the members of one annotation into room that `JSONWriter.cursor(room:)` reserved
/// for their worst case: no room check and no comma state per key or value, and the place
/// written held in a local (a register), not reloaded from the writer after every byte
/// stored (the compiler cannot tell the bytes stored from the writer's own fields). An
/// annotation's layout is fixed, so the code says where commas go: `key` writes one,
/// `firstKey` does not.
public struct JSONCursor {
    let out: UnsafeMutablePointer<UInt8>
    var at: Int
    /// The end of the room reserved (checked in debug builds).
    let limit: Int
    /// Whether the last thing written opens something (`{`, `[` or a key): the writer's
    /// comma state when the cursor is done.
    var endsOpen = false

    init(out: UnsafeMutablePointer<UInt8>, at: Int, limit: Int) {
        self.out = out
        self.at = at
        self.limit = limit
    }

    /// The most `string(at:)` writes for the string at `p`: six bytes a byte (`\u00XX`), the
    /// quote marks, and the sixteen bytes a short string is stored as.
    @inline(__always)
    public static func room(at p: UnsafePointer<String>) -> Int { p.pointee.utf8.count &* 6 &+ 18 }

    @inline(__always)
    public static func room(at p: UnsafePointer<String?>) -> Int {
        guard case .some = p.pointee else { return 4 }
        return room(at: UnsafeRawPointer(p).assumingMemoryBound(to: String.self))
    }

    /// The most `text` writes for `count` scalars: six bytes each, and the quote marks.
    @inline(__always)
    public static func room(scalars count: Int) -> Int { count &* 6 &+ 2 }

    /// `,"k":`
    @inline(__always)
    public mutating func key(_ k: StaticString) {
        out[at] = UInt8(ascii: ",")
        at = JSONWriter.writeKey(k, into: out, at: at &+ 1)
        endsOpen = true
    }

    /// `"k":`, for the first member of an object (or the first thing written after a comma).
    @inline(__always)
    public mutating func firstKey(_ k: StaticString) {
        at = JSONWriter.writeKey(k, into: out, at: at)
        endsOpen = true
    }

    @inline(__always) public mutating func beginObject() { open(UInt8(ascii: "{")) }
    @inline(__always) public mutating func endObject() { close(UInt8(ascii: "}")) }
    @inline(__always) public mutating func beginArray() { open(UInt8(ascii: "[")) }
    @inline(__always) public mutating func endArray() { close(UInt8(ascii: "]")) }

    @inline(__always)
    public mutating func int(_ v: Int) {
        at = UInt(bitPattern: v) < 10_000 ? JSONWriter.writeBelow10k(v, into: out, at: at) : JSONWriter.writeDecimal(v, into: out, at: at)
        endsOpen = false
    }

    @inline(__always) public mutating func bool(_ v: Bool) { literal(v ? "true" : "false") }
    @inline(__always) public mutating func null() { literal("null") }

    /// The string stored at `p`, read where it lies (see `StoredUTF8`): a short one is
    /// written here, a long one's loop is out of line.
    @inline(__always)
    public mutating func string(at p: UnsafePointer<String>) {
        switch StoredUTF8(p) {
        case .inline(let bytes, let count): at = JSONWriter.quoted(short: bytes, count: count, into: out, at: at)
        case .contiguous(let utf8): at = JSONCursor.quoted(long: utf8, into: out, at: at)
        case .elsewhere: at = JSONCursor.quoted(copy: p.pointee, into: out, at: at)
        }
        endsOpen = false
    }

    /// The optional string stored at `p`, or null (an optional keeps its payload at its own
    /// address, with the same bits).
    @inline(__always)
    public mutating func string(at p: UnsafePointer<String?>) {
        guard case .some = p.pointee else { null(); return }
        string(at: UnsafeRawPointer(p).assumingMemoryBound(to: String.self))
    }

    /// Scalars (a span of a document), encoded to UTF-8 and escaped.
    @inline(__always)
    public mutating func text(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        at = JSONWriter.encode(scalars, into: out, at: at)
        endsOpen = false
    }

    @inline(never)
    private static func quoted(long utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
        JSONWriter.quoted(utf8, into: out, at: at)
    }

    @inline(never)
    private static func quoted(copy s: String, into out: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
        var s = s
        return s.withUTF8 { JSONWriter.quoted($0, into: out, at: at) }
    }

    @inline(__always)
    private mutating func literal(_ word: StaticString) {
        let source = word.utf8Start
        for i in 0..<word.utf8CodeUnitCount { out[at &+ i] = source[i] }
        at &+= word.utf8CodeUnitCount
        endsOpen = false
    }

    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        out[at] = bracket
        at &+= 1
        endsOpen = true
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        out[at] = bracket
        at &+= 1
        endsOpen = false
    }
}
