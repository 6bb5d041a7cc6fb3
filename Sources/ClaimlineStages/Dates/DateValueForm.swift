/// The forms a rule's rendered value can take before resolution (HeidelTime style):
///
///     2014-04-11, P2Y, PAST_REF, XXXX-WXX-5   complete: kept as written
///     UNDEF-year-04-11, UNDEF-year-04         the year comes from the anchor (with the preference)
///     UNDEF-year-Q3, UNDEF-year-SU            quarter or season of the anchor's year
///     UNDEF-lastyear-05, UNDEF-nextyear-SU    the latest before / earliest after the anchor's month
///     UNDEF-thisyear-09                       in the anchor's year
///     UNDEF-weekday-5                         a bare weekday: the preference picks the week
///     UNDEF-weekend                           the weekend: the preference picks which
///     REF-day-MINUS-1, REF-month-PLUS-0       anchor moved by n units (day, week, month,
///                                             quarter, year, decade, century)
///     REF-year-MINUS-1-06                     …followed by a fixed part (June last year)
///     REF-weekday-5-LAST|NEXT|THIS            last/next/this Friday
///
/// Any form may end in a time part (`T10:30`, `TMO`), appended to a resolved day.
enum DateValueForm: Equatable {
    enum Which: String { case last = "LAST", next = "NEXT", this = "THIS" }

    /// How the year of a month or day without one is chosen.
    enum YearChoice: String { case preferred = "year", last = "lastyear", next = "nextyear", this = "thisyear" }

    case complete(String)
    case undefYear(rest: String, YearChoice, time: String)
    case undefWeekday(Int, time: String)
    case undefWeekend
    /// `rest` is appended to the shifted value: REF-year-MINUS-1-06 (June last year) → 2013-06.
    case shift(unit: String, by: Int, rest: String, time: String)
    case weekday(Int, Which, time: String)

    static let units: Set<String> = ["day", "week", "weekend", "month", "quarter", "year", "decade", "century"]

    init?(_ value: String) {
        guard value.hasPrefix("UNDEF-") || value.hasPrefix("REF-") else { self = .complete(value); return }
        let (body, time) = Self.splitTime(value)
        let parts = body.split(separator: "-").map(String.init)
        switch (parts.first, parts.count > 1 ? parts[1] : "") {
        case ("UNDEF", "weekend") where parts.count == 2:
            self = .undefWeekend
        case ("UNDEF", let choice) where parts.count >= 3 && YearChoice(rawValue: choice) != nil:
            self = .undefYear(rest: parts[2...].joined(separator: "-"), YearChoice(rawValue: choice)!, time: time)
        case ("UNDEF", "weekday") where parts.count == 3:
            guard let n = Int(parts[2]), (1...7).contains(n) else { return nil }
            self = .undefWeekday(n, time: time)
        case ("REF", "weekday") where parts.count == 4:
            guard let n = Int(parts[2]), (1...7).contains(n), let which = Which(rawValue: parts[3]) else { return nil }
            self = .weekday(n, which, time: time)
        case ("REF", let unit) where parts.count >= 4 && Self.units.contains(unit):
            guard let n = Int(parts[3]), parts[2] == "PLUS" || parts[2] == "MINUS" else { return nil }
            let rest = parts[4...].map { "-" + $0 }.joined()
            self = .shift(unit: unit, by: parts[2] == "PLUS" ? n : -n, rest: rest, time: time)
        default:
            return nil
        }
    }

    /// Splits `REF-day-PLUS-0T10:30` into the body and `T10:30`: the time starts at the
    /// first `T` that follows a digit.
    static func splitTime(_ value: String) -> (String, String) {
        let s = Array(value.unicodeScalars)
        for i in s.indices.dropFirst() where s[i] == "T" && s[i - 1] >= "0" && s[i - 1] <= "9" {
            return (String(String.UnicodeScalarView(s[..<i])), String(String.UnicodeScalarView(s[i...])))
        }
        return (value, "")
    }
}
