import ClaimlineCore

extension CalendarDate {
    /// ISO 8601 week-numbering year and week: the week belongs to the year of its Thursday.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let january1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - january1.dayNumber) / 7 + 1)
    }

    /// The first day of the month `months` after this date's month.
    func firstOfMonth(shiftedBy months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return CalendarDate(year: y, month: index - y * 12 + 1, day: 1)!
    }

    var quarter: Int { (month - 1) / 3 + 1 }

    static func pad(_ n: Int, _ width: Int) -> String {
        if (0...9999).contains(n) && width <= 4 { var b = TimexBytes(); b.append(n, width: width); return b.string }
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// `YYYY-MM-DD`, as `description` writes it.
    var timexDate: String {
        guard (0...9999).contains(year) else { return description }
        var b = TimexBytes()
        b.append(year, width: 4); b.append(UInt8(ascii: "-")); b.append(month, width: 2); b.append(UInt8(ascii: "-")); b.append(day, width: 2)
        return b.string
    }

    var timexWeek: String {
        let w = isoWeek
        guard (0...9999).contains(w.year) else { return "\(Self.pad(w.year, 4))-W\(Self.pad(w.week, 2))" }
        var b = TimexBytes()
        b.append(w.year, width: 4); b.append(UInt8(ascii: "-")); b.append(UInt8(ascii: "W")); b.append(w.week, width: 2)
        return b.string
    }

    var timexMonth: String {
        guard (0...9999).contains(year) else { return "\(Self.pad(year, 4))-\(Self.pad(month, 2))" }
        var b = TimexBytes()
        b.append(year, width: 4); b.append(UInt8(ascii: "-")); b.append(month, width: 2)
        return b.string
    }
}

/// A short ASCII value (at most 16 bytes) built on the stack, so that values made of
/// numbers cost one String instead of several interpolated ones.
struct TimexBytes {
    static let capacity = 16
    private var bytes: (UInt64, UInt64) = (0, 0)
    private(set) var count = 0

    mutating func append(_ byte: UInt8) {
        let at = count
        withUnsafeMutableBytes(of: &bytes) { $0[at] = byte }
        count += 1
    }

    /// The UTF-8 bytes of `s`, which must fit.
    mutating func append(_ s: String) {
        for byte in s.utf8 { append(byte) }
    }

    /// `n` (0...9999) zero-padded to `width` digits, or more when it has more.
    mutating func append(_ n: Int, width: Int) {
        var digits = 1, v = n
        while v >= 10 { v /= 10; digits += 1 }
        let end = count + max(width, digits)
        var rest = n
        withUnsafeMutableBytes(of: &bytes) { raw in
            for i in stride(from: end - 1, through: count, by: -1) { raw[i] = UInt8(48 + rest % 10); rest /= 10 }
        }
        count = end
    }

    var string: String {
        withUnsafeBytes(of: bytes) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) }
    }
}

extension CalendarDate {
    /// The first day of a TIMEX3 `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value and its precision
    /// (1 year, 2 month, 3 day); nil for any other value. Reads the UTF-8 bytes directly.
    static func timexStart(_ value: String) -> (date: CalendarDate, precision: Int)? {
        var value = value
        return value.withUTF8 { b -> (CalendarDate, Int)? in
            guard b.count == 4 || b.count == 7 || b.count == 10 else { return nil }
            func number(_ from: Int, _ to: Int) -> Int? {
                var n = 0
                for i in from..<to { let d = Int(b[i]) - 48; guard d >= 0 && d <= 9 else { return nil }; n = n * 10 + d }
                return n
            }
            guard let year = number(0, 4) else { return nil }
            if b.count == 4 { return CalendarDate(year: year, month: 1, day: 1).map { ($0, 1) } }
            guard b[4] == UInt8(ascii: "-"), let month = number(5, 7) else { return nil }
            if b.count == 7 { return CalendarDate(year: year, month: month, day: 1).map { ($0, 2) } }
            guard b[7] == UInt8(ascii: "-"), let day = number(8, 10) else { return nil }
            return CalendarDate(year: year, month: month, day: day).map { ($0, 3) }
        }
    }

    /// A complete `YYYY-MM-DD` value as a day.
    static func timexDay(_ value: String) -> CalendarDate? {
        guard let start = timexStart(value), start.precision == 3 else { return nil }
        return start.date
    }
}
