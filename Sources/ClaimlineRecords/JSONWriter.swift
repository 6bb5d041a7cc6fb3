/// Writes JSON into a byte buffer by hand: several times faster than JSONEncoder and with a
/// fixed key order, so records diff cleanly. Callers write keys and values in order; the
/// writer inserts the commas.
///
/// The buffer is memory the writer owns, written through a pointer with `length` marking
/// the end: each write makes room once and stores its bytes, with no copy-on-write check
/// or array bookkeeping per piece (records are mostly short keys and values, so the cost
/// per call is what counts). It cannot be copied, so two writers never share the buffer.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var length = 0
    private var needsComma = false

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The JSON written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: length)) }

    /// The JSON written so far, without copying it (valid only inside `body`).
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: length))
    }

    public var count: Int { length }

    // Inlined: a few instructions each, and records have one pair for every annotation.
    @inline(__always) public mutating func beginObject() { open(UInt8(ascii: "{")) }
    @inline(__always) public mutating func endObject() { close(UInt8(ascii: "}")) }
    @inline(__always) public mutating func beginArray() { open(UInt8(ascii: "[")) }
    @inline(__always) public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Inlined so that the key's bytes, known where it is called, become a few stores.
    @inline(__always)
    public mutating func key(_ k: StaticString) {
        let at = start(room: k.utf8CodeUnitCount &+ 3)
        length = JSONWriter.writeKey(k, into: base, at: at)
        needsComma = false
    }

    /// A key and an integer value at once (a span's `start` and `end`: two for each span
    /// written): room is made and the comma decided once for both.
    @inline(__always)
    public mutating func member(_ k: StaticString, _ v: Int) {
        let keyAt = start(room: k.utf8CodeUnitCount &+ 3 &+ 21)  // may move the buffer: before reading `base`
        let at = JSONWriter.writeKey(k, into: base, at: keyAt)
        // Offsets below 10,000 (nearly all) are written here, without a call.
        length = UInt(bitPattern: v) < 10_000
            ? JSONWriter.writeBelow10k(v, into: base, at: at) : JSONWriter.writeDecimal(v, into: base, at: at)
        needsComma = true
    }

    /// A key that is not known at compile time (metadata carried along). Disfavoured so
    /// that a literal key takes the `StaticString` path, which needs no escaping.
    @_disfavoredOverload
    public mutating func key(_ k: String) {
        string(k)
        base[length] = UInt8(ascii: ":")  // `string` leaves room for one more byte
        length += 1
        needsComma = false
    }

    public mutating func string(_ s: String) {
        let written: Void? = s.utf8.withContiguousStorageIfAvailable { utf8 in string(utf8: utf8) }
        if written == nil {
            var copy = s
            copy.withUTF8 { string(utf8: $0) }
        }
    }

    /// The string stored at `p` (a field of an annotation held by address), read where it
    /// lies: passing the field by value retains the string's storage for the call and
    /// releases it after, which costs more than writing a short string (see `JSONCursor`).
    @inline(__always)
    public mutating func string(at p: UnsafePointer<String>) {
        var c = cursor(room: JSONCursor.room(at: p))
        c.string(at: p)
        end(c)
    }

    /// The optional string stored at `p`, or null.
    @inline(__always)
    public mutating func string(at p: UnsafePointer<String?>) {
        var c = cursor(room: JSONCursor.room(at: p))
        c.string(at: p)
        end(c)
    }

    /// A cursor into room for `room` bytes (after a comma, if one is due), handed back with
    /// `end(_:)` once written through: one check for all the members of an annotation
    /// instead of one for each. Nothing else may write in between.
    @inline(__always)
    public mutating func cursor(room: Int) -> JSONCursor {
        let at = start(room: room)  // may move the buffer: before reading `base`
        return JSONCursor(out: base, at: at, limit: at &+ room)
    }

    /// Checked in release builds too: a reservation too small for what was written would
    /// otherwise have overwritten memory unnoticed (one comparison per annotation).
    @inline(__always)
    public mutating func end(_ cursor: JSONCursor) {
        precondition(cursor.at <= cursor.limit, "wrote past the room reserved")
        length = cursor.at
        needsComma = !cursor.endsOpen
    }

    /// The value written earlier at `json` in this writer's bytes, written again (a value
    /// that recurs in a record).
    @inline(__always)
    public mutating func repeatValue(_ json: Range<Int>) {
        let at = start(room: json.count)  // may move the buffer: before reading `base`
        (base + at).update(from: base + json.lowerBound, count: json.count)
        length = at &+ json.count
        needsComma = true
    }

    /// A string given as its UTF-8 bytes, escaped.
    @inline(__always)
    private mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        let at = start(room: utf8.count &* 6 &+ JSONWriter.slack)
        length = JSONWriter.quoted(utf8, into: base, at: at)
        needsComma = true
    }

    /// Inlined: most fields are optional strings, and this only chooses between two calls.
    @inline(__always)
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }

    /// A string given as Unicode scalars (a span of a document), encoded to UTF-8 and
    /// escaped straight into the buffer: the same bytes as `string(String(scalars))`
    /// without building the `String`.
    public mutating func string(scalars: ArraySlice<Unicode.Scalar>) {
        scalars.withUnsafeBufferPointer { string(scalars: $0) }
    }

    public mutating func string(scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        // Worst case per scalar: 6 bytes (`\u00XX`); 4 for UTF-8. Plus the two quote marks.
        let at = start(room: scalars.count &* 6 &+ JSONWriter.slack)
        length = JSONWriter.encode(scalars, into: base, at: at)
        needsComma = true
    }

    public mutating func int(_ v: Int) {
        let at = start(room: 21)
        length = JSONWriter.writeDecimal(v, into: base, at: at)
        needsComma = true
    }

    public mutating func double(_ v: Double) { raw(v.isFinite ? String(v) : "null") }

    @inline(__always) public mutating func bool(_ v: Bool) { literal(v ? "true" : "false") }

    @inline(__always) public mutating func null() { literal("null") }

    /// Inserts already-encoded JSON (a metadata value read from input, kept as it was).
    public mutating func raw(_ json: String) {
        var json = json
        let at = start(room: json.utf8.count)
        let out = base
        length = json.withUTF8 { utf8 in
            (out + at).update(from: utf8.baseAddress!, count: utf8.count)
            return at + utf8.count
        }
        needsComma = true
    }

    /// Appends bytes as they are (whole lines already written elsewhere), with no comma.
    public mutating func append(raw bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + length).update(from: source, count: bytes.count)
        length += bytes.count
        needsComma = false
    }

    public mutating func newline() {
        reserve(1)
        base[length] = UInt8(ascii: "\n")
        length += 1
        needsComma = false
    }

    public mutating func reset() { length = 0; needsComma = false }

    /// Room a string write keeps beyond its worst case: the comma, the quote marks, a
    /// `:` after a key, and eight bytes so that a short tail can be stored as a whole word.
    private static let slack = 12

    /// `"k":` at `at`; returns the index after it.
    @inline(__always)
    static func writeKey(_ k: StaticString, into base: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
        let count = k.utf8CodeUnitCount
        let out = base + at, source = k.utf8Start
        out[0] = UInt8(ascii: "\"")
        for i in 0..<count { out[1 &+ i] = source[i] }
        out[count &+ 1] = UInt8(ascii: "\""); out[count &+ 2] = UInt8(ascii: ":")
        return at &+ count &+ 3
    }

    @inline(__always)
    private mutating func literal(_ word: StaticString) {
        let count = word.utf8CodeUnitCount
        let at = start(room: count)
        let out = base + at, source = word.utf8Start
        for i in 0..<count { out[i] = source[i] }
        length = at &+ count
        needsComma = true
    }

    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        let at = start(room: 1)
        base[at] = bracket
        length = at &+ 1
        needsComma = false
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        reserve(1)
        base[length] = bracket
        length &+= 1
        needsComma = true
    }

    /// Makes room for a separating comma and `room` bytes; writes the comma if one is due
    /// and returns where the value starts. (Wrapping arithmetic here and in `reserve`:
    /// lengths are far below `Int.max`, and these run for every key and value.)
    @inline(__always)
    private mutating func start(room: Int) -> Int {
        reserve(room &+ 1)
        var at = length
        if needsComma { base[at] = UInt8(ascii: ","); at &+= 1 }
        return at
    }

    /// Makes room for `room` more bytes at once: a buffer grown by doubling is copied each
    /// time, and while it is, the old and the new are both in memory.
    public mutating func reserveCapacity(forMore room: Int) { reserve(room) }

    @inline(__always)
    private mutating func reserve(_ room: Int) {
        if capacity &- length < room { grow(to: length &+ room) }
    }

    private mutating func grow(to needed: Int) {
        let bigger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        moved.update(from: base, count: length)
        base.deallocate()
        base = moved
        capacity = bigger
    }
}
