/// What is known about a document apart from its text: from a sidecar file, a JSON line or
/// the command line. Values the pipeline does not interpret are carried along in `extra`.
public struct DocumentMetadata: Sendable, Equatable {
    /// The document's own date (`YYYY-MM-DD`), used to resolve relative dates.
    public var date: CalendarDate?
    public var source: String?
    public var translator: String?
    public var language: String?
    /// Where the text came from (file path), when it came from a file.
    public var path: String?
    /// The encoding the bytes were decoded from, and ICU's confidence when it was detected.
    public var encoding: String?
    public var encodingConfidence: Int?
    /// Other keys, kept as raw JSON text so they are written back unchanged.
    public var extra: [(key: String, json: String)] = []

    public init() {}

    public static func == (a: DocumentMetadata, b: DocumentMetadata) -> Bool {
        a.date == b.date && a.source == b.source && a.translator == b.translator && a.language == b.language
            && a.path == b.path && a.encoding == b.encoding && a.encodingConfidence == b.encodingConfidence
            && a.extra.map(\.key) == b.extra.map(\.key) && a.extra.map(\.json) == b.extra.map(\.json)
    }
}

/// A day in the proleptic Gregorian calendar, without time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (a time part after it, as in `2014-04-14T10:00`, is ignored).
    /// Read from the string's UTF-8 buffer: iterating `utf8` costs more than the parse (every
    /// JSON Lines document carries a date).
    public init?(iso: String) {
        var iso = iso
        guard let (year, month, day) = iso.withUTF8({ Self.fields(iso: $0) }) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    private static func fields(iso utf8: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard utf8.count >= 10 else { return nil }
        var year = 0, month = 0, day = 0
        for i in 0..<10 {
            let byte = utf8[i]
            if i == 4 || i == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= 48 && byte <= 57 else { return nil }
            let digit = Int(byte - 48)
            if i < 4 { year = year * 10 + digit } else if i < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        return (year, month, day)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// ISO weekday: 1 Monday … 7 Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }

    /// `YYYY-MM-DD`. Years 0 to 9999 are written digit by digit into a ten-byte string
    /// (every record has a document date; string interpolation cost 2,000 instructions).
    public var description: String {
        guard (0...9999).contains(year) else {
            let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
            return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
        }
        return String(unsafeUninitializedCapacity: 10) { out in
            func digits(_ v: Int, _ count: Int, at start: Int) {
                var v = v
                for i in stride(from: start + count - 1, through: start, by: -1) { out[i] = UInt8(48 + v % 10); v /= 10 }
            }
            digits(year, 4, at: 0); out[4] = UInt8(ascii: "-")
            digits(month, 2, at: 5); out[7] = UInt8(ascii: "-")
            digits(day, 2, at: 8)
            return 10
        }
    }
}
