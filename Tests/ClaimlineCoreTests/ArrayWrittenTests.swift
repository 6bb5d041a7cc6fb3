import ClaimlineCore
import Testing

/// Arrays written in place hold exactly what the writer wrote, and a buffer kept between
/// documents is written in the storage it had, after what it still holds.
@Suite("Arrays written in place")
struct ArrayWrittenTests {
    @Test func holdsWhatWasWrittenNotTheRoom() {
        let squares = [Int32](writingUpTo: 8) { out in
            for i in 0..<3 { out[i] = Int32(i * i) }
            return 3
        }
        #expect(squares == [0, 1, 4])
        #expect([UInt64](writingUpTo: 0) { _ in 0 }.isEmpty)
        #expect([UInt64](writingUpTo: 4) { _ in 0 }.isEmpty)
    }

    @Test func appendsAfterTheElementsHeld() {
        var a: [Int32] = [7, 8]
        a.appendWritten(upTo: 4) { out in
            #expect(out.count == 4)
            out[0] = 9
            return 1
        }
        #expect(a == [7, 8, 9])
    }

    @Test func reusesTheStorageOfAnEmptiedArray() {
        var a = [Int32](writingUpTo: 64) { out in
            for i in 0..<64 { out[i] = Int32(i) }
            return 64
        }
        let storage = a.withUnsafeBufferPointer { $0.baseAddress }
        a.removeAll(keepingCapacity: true)
        a.appendWritten(upTo: 32) { out in
            out[0] = -1
            out[1] = -2
            return 2
        }
        #expect(a == [-1, -2])
        #expect(a.withUnsafeBufferPointer { $0.baseAddress } == storage)
    }
}
