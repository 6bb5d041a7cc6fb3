import CICUShim

/// An ICU regular expression with a time limit, so a runaway pattern in a rule table stops
/// with an error instead of hanging a run. Not shared between threads.
public final class TimedRegex: @unchecked Sendable {
    public struct Match: Sendable {
        /// UTF-16 ranges of group 0 and each capture group (nil when a group did not take part).
        public let groups: [Range<Int>?]
    }

    private let handle: OpaquePointer
    private var text: [UInt16] = []
    public let groupCount: Int

    /// `timeLimit` is in ICU's match-time steps (roughly milliseconds of work; 0 = none).
    public init(_ pattern: String, caseInsensitive: Bool = false, timeLimit: Int32 = 100) throws(ICUError) {
        let units = UTF16.encode(pattern)
        var status: Int32 = 0, line: Int32 = 0, offset: Int32 = 0
        let h = units.withUnsafeBufferPointer { cicu_regex_open($0.baseAddress, Int32($0.count), caseInsensitive ? 1 : 0, &line, &offset, &status) }
        guard let h, cicu_failed(status) == 0 else {
            throw ICUError("uregex_open", status: status == 0 ? 1 : status, parseLine: line, parseOffset: offset)
        }
        handle = h
        cicu_regex_set_time_limit(h, timeLimit, &status)
        groupCount = Int(cicu_regex_group_count(h, &status))
    }

    deinit { cicu_regex_close(handle) }

    public func groupNumber(named name: String) -> Int? {
        let units = UTF16.encode(name)
        var status: Int32 = 0
        let n = units.withUnsafeBufferPointer { cicu_regex_group_number(handle, $0.baseAddress, Int32($0.count), &status) }
        return n >= 0 && cicu_failed(status) == 0 ? Int(n) : nil
    }

    /// Every non-overlapping match in the text.
    public func matches(in units: [UInt16]) throws(ICUError) -> [Match] {
        text = units  // uregex does not copy the text
        var status: Int32 = 0
        text.withUnsafeBufferPointer { cicu_regex_set_text(handle, $0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "uregex_setText")
        var result: [Match] = []
        while cicu_regex_find(handle, -1, &status) != 0 {
            try ICUError.check(status, "uregex_findNext")
            var groups: [Range<Int>?] = []
            for g in 0...groupCount {
                let s = cicu_regex_start(handle, Int32(g), &status)
                let e = cicu_regex_end(handle, Int32(g), &status)
                groups.append(s >= 0 && e >= s ? Int(s)..<Int(e) : nil)
            }
            result.append(Match(groups: groups))
        }
        try ICUError.check(status, "uregex_findNext")
        return result
    }
}
