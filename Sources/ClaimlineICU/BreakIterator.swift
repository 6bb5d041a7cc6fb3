import CICUShim

/// ICU boundary analysis over UTF-16 text. Boundaries are UTF-16 offsets; callers map them
/// to scalar offsets.
public final class BreakIterator: @unchecked Sendable {
    public enum Kind: Int32, Sendable { case character = 0, word = 1, line = 2, sentence = 3 }

    private let handle: OpaquePointer
    private var text: [UInt16] = []

    /// `locale` e.g. `en_US@ss=standard`, which suppresses sentence breaks after "Mr." and similar.
    public init(_ kind: Kind, locale: String = "en_US") throws(ICUError) {
        var status: Int32 = 0
        let h = cicu_breaker_open(kind.rawValue, locale, &status)
        guard let h, cicu_failed(status) == 0 else { throw ICUError("ubrk_open", status: status == 0 ? 1 : status) }
        handle = h
    }

    deinit { cicu_breaker_close(handle) }

    /// All boundaries after 0 up to and including the end, with each boundary's rule status.
    public func boundaries(of units: [UInt16]) throws(ICUError) -> [(offset: Int, status: Int32)] {
        text = units  // ubrk does not copy the text
        var status: Int32 = 0
        text.withUnsafeBufferPointer { cicu_breaker_set_text(handle, $0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "ubrk_setText")
        var result: [(offset: Int, status: Int32)] = []
        while true {
            let b = cicu_breaker_next(handle)
            if b < 0 { break }
            result.append((Int(b), cicu_breaker_rule_status(handle)))
        }
        return result
    }
}
