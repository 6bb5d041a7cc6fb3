/// What the normalising stage needs to know about non-ASCII scalars, remembered per worker:
/// a Unicode property or a dictionary lookup costs hundreds of instructions, and documents
/// repeat the same few scalars (curly quotes, dashes, accented and Arabic letters).
///
/// A direct-mapped table: a scalar has one slot (by its low bits) and replaces whatever
/// scalar was there, so the table stays small and a lookup is a load and a compare.
final class ScalarFacts {
    /// How a scalar on its own (no combining marks) folds.
    enum Fold: UInt8 {
        case unknown, same, one, several
    }

    struct Slot {
        /// The scalar's value plus one; 0 for an empty slot.
        var key: UInt32 = 0
        var isCombining = false
        var isWord = false
        var fold = Fold.unknown
        /// The scalar it folds to, for `.one`.
        var foldedTo: UInt32 = 0
        /// Whether what it folds to is not empty and holds no letter or digit, so that it
        /// ends any word (known with `fold`).
        var separates = false
    }

    private static let slotCount = 4096
    private let slots: UnsafeMutablePointer<Slot>

    init() {
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: Slot(), count: Self.slotCount)
    }

    deinit { slots.deallocate() }

    /// The slot of `s`, filled with its properties if it was not there.
    @inline(__always)
    func slot(_ s: Unicode.Scalar) -> UnsafeMutablePointer<Slot> {
        let p = slots + Int(s.value & UInt32(Self.slotCount - 1))
        if p.pointee.key != s.value &+ 1 { fill(p, s) }
        return p
    }

    private func fill(_ p: UnsafeMutablePointer<Slot>, _ s: Unicode.Scalar) {
        p.pointee = Slot(key: s.value &+ 1, isCombining: NormalizeStage.isCombining(s), isWord: NormalizeStage.isWordScalar(s))
    }

    func isCombining(_ s: Unicode.Scalar) -> Bool { !s.isASCII && slot(s).pointee.isCombining }

    func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.isASCII ? NormalizeStage.isWordScalar(s) : slot(s).pointee.isWord }
}
