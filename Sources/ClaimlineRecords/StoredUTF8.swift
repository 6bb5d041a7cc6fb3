/// Where a stored `String` keeps its UTF-8, read from the string's two words the way the
/// standard library's inlined code reads them (`_StringObject` on 64-bit, little-endian):
/// that code is compiled into every client, so the layout is fixed for this build, and
/// `JSONWriterEscapeTests` checks each form against `utf8`. The public way,
/// `utf8.withContiguousStorageIfAvailable`, copies a small string out and calls a closure,
/// which costs more than writing it.
///
/// - A small string (the 0x20 bit of its last byte) holds up to 15 bytes in the words
///   themselves, its count in the low nibble of the last byte.
/// - A large one whose bytes are in memory (bit 60 of the first word) keeps their count in
///   the first word's low 48 bits and their address, less 32, in the second word's low 60.
/// - Any other (the 0x10 bit of the last byte: not UTF-8 in memory) is read through `String`.
enum StoredUTF8 {
    /// The sixteen bytes of a small string, those after its `count` made spaces.
    case inline(SIMD16<UInt8>, count: Int)
    /// A large string's bytes, valid while the string at the address read is unchanged.
    case contiguous(UnsafeBufferPointer<UInt8>)
    case elsewhere

    @inline(__always)
    init(_ p: UnsafePointer<String>) {
        #if _pointerBitWidth(_64) && _endian(little)
        let raw = UnsafeRawPointer(p)
        let countAndFlags = raw.load(as: UInt64.self), object = raw.load(fromByteOffset: 8, as: UInt64.self)
        let form = object >> 56
        if form & 0x30 == 0x20 {
            // The bytes past the count (the last is the form's) become spaces: masks made
            // with shifts on the two words (lane-wise SIMD masks compile to byte loops).
            let count = Int(truncatingIfNeeded: form & 0xF), bits = UInt64(truncatingIfNeeded: count &* 8)
            let lowKeep: UInt64 = count >= 8 ? .max : (1 &<< bits) &- 1
            let highKeep: UInt64 = count > 8 ? (1 &<< (bits &- 64)) &- 1 : 0
            let spaces: UInt64 = 0x2020_2020_2020_2020
            let low = countAndFlags & lowKeep | spaces & ~lowKeep, high = object & highKeep | spaces & ~highKeep
            self = .inline(unsafeBitCast((low, high), to: SIMD16<UInt8>.self), count: count)
            return
        }
        if form & 0x10 == 0 && countAndFlags & (1 << 60) != 0,
           let start = UnsafePointer<UInt8>(bitPattern: UInt(object & 0x0FFF_FFFF_FFFF_FFFF) &+ 32) {
            self = .contiguous(UnsafeBufferPointer(start: start, count: Int(countAndFlags & 0xFFFF_FFFF_FFFF)))
            return
        }
        #endif
        self = .elsewhere
    }
}
