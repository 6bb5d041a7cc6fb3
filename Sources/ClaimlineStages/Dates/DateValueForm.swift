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
///     PREV-year-PLUS-1                        as REF-, from the latest date before it in the
///                                             text ("a year later"; the document date if none)
///     REF-weekday-5-LAST|NEXT|THIS            last/next/this Friday
///     HIJRI-1434-08-08, HIJRI-1434-04         a date or month of the Islamic calendar:
///                                             its Gregorian value (see `HijriDate`)
///     HIJRI-year-09-10                        a Hijri day whose year the preference picks
///
/// Any form may end in a time part (`T10:30`, `TMO`), appended to a resolved day.
/// Not boxed: a form is read out of the value cache for every match, and a box (cold by
/// then) costs a retain that misses the cache, while the strings a form holds are nearly
/// always short enough to be kept inline, with no count to change.
enum DateValueForm: Equatable {
    enum Which: String { case last = "LAST", next = "NEXT", this = "THIS" }

    /// How the year of a month or day without one is chosen.
    enum YearChoice: String { case preferred = "year", last = "lastyear", next = "nextyear", this = "thisyear" }

    /// The month and day of an `UNDEF-year-` value's rest (`04-11`, `04`), read once when
    /// the form is made; nil when the rest starts with no month number (`Q3`, `SU`).
    struct MonthDay: Equatable {
        var month: Int
        var day: Int?

        init?(_ rest: Substring) {
            let parts = DateResolver.firstTwoParts(rest)
            guard let month = Int(parts.first) else { return nil }
            self.month = month
            day = parts.second.flatMap { Int($0) }
        }
    }

    case complete(String)
    case undefYear(rest: String, YearChoice, time: String, MonthDay?)
    case undefWeekday(Int, time: String)
    case undefWeekend
    /// `rest` is appended to the shifted value: REF-year-MINUS-1-06 (June last year) → 2013-06.
    case shift(unit: Unit, by: Int, rest: String, time: String)
    /// A shift counted from the latest date before it in the text ("a year later"), not the document date.
    indirect case fromPrevious(DateValueForm)
    case weekday(Int, Which, time: String)
    /// A day of the Islamic calendar without its year (`HIJRI-year-09-10`, "10 Ramadan"):
    /// the year the preference picks around the anchor.
    case hijriWithoutYear(month: Int, day: Int)
    /// A day of the Islamic calendar with its year (`HIJRI-1434-08-08`): its Gregorian day in
    /// the tabular calendar, which months begun by sighting the moon may differ from by a day
    /// or two; a weekday given with it picks the day.
    case hijriDay(String)

    /// A weekday or weekend that says nothing of its week, or a month or day that says
    /// nothing of its year: the one the resolver's preference picks, which words before it
    /// that look ahead turn forward ("will meet on Monday", "a mission in December").
    var followsPreference: Bool {
        switch self {
        case .undefWeekday, .undefWeekend: return true
        case .undefYear(_, let choice, _, let monthDay): return choice == .preferred && monthDay != nil
        case .hijriWithoutYear: return true
        case .fromPrevious(let inner): return inner.followsPreference
        default: return false
        }
    }

    /// The units a `REF-`/`PREV-` value shifts by (a case, not a String: resolving a shift
    /// then switches on an integer instead of comparing strings).
    enum Unit { case day, week, weekend, month, quarter, year, decade, century }

    /// The unit named `s`, without making a String of the piece.
    static func unit(_ s: Substring) -> Unit? {
        switch s {
        case "day": return .day
        case "week": return .week
        case "weekend": return .weekend
        case "month": return .month
        case "quarter": return .quarter
        case "year": return .year
        case "decade": return .decade
        case "century": return .century
        default: return nil
        }
    }

    /// `YearChoice(rawValue:)` without making a String of the piece.
    static func yearChoice(_ s: Substring) -> YearChoice? {
        switch s {
        case "year": return .preferred
        case "lastyear": return .last
        case "nextyear": return .next
        case "thisyear": return .this
        default: return nil
        }
    }

    init?(_ value: String) {
        let bytes = value.utf8
        // A date of the Islamic calendar (`HIJRI-1434-08-08`): its Gregorian value.
        if bytes.first == UInt8(ascii: "H") && value.hasPrefix("HIJRI-") {
            if value.hasPrefix("HIJRI-year-") {
                guard let date = HijriDate(Substring("1-" + value.dropFirst(11))), let day = date.day else { return nil }
                self = .hijriWithoutYear(month: date.month, day: day)
                return
            }
            guard let date = HijriDate(value.dropFirst(6)) else { return nil }
            self = date.day == nil ? .complete(date.timexValue) : .hijriDay(date.timexValue)
            return
        }
        guard let first = bytes.first, first == UInt8(ascii: "U") || first == UInt8(ascii: "R") || first == UInt8(ascii: "P"),
              value.hasPrefix("UNDEF-") || value.hasPrefix("REF-") || value.hasPrefix("PREV-") else { self = .complete(value); return }
        // The commonest form, a month and day without a year (`UNDEF-year-04-11`), read
        // without splitting: after the prefix only digits and dashes, so no time part.
        if value.hasPrefix("UNDEF-year-"), let rest = Self.digitsAndDashes(value.utf8.dropFirst(11)) {
            self = .undefYear(rest: String(rest), .preferred, time: "", MonthDay(rest))
            return
        }
        let (body, time) = Self.splitTime(value)
        let parts = Self.dashParts(body)
        let kind = parts.count > 1 ? parts[1] : ""
        if parts[0] == "UNDEF" {
            if kind == "weekend" && parts.count == 2 { self = .undefWeekend; return }
            if kind == "weekday" && parts.count == 3, let n = Int(parts[2]), (1...7).contains(n) { self = .undefWeekday(n, time: time); return }
            guard parts.count >= 3, let choice = Self.yearChoice(kind) else { return nil }
            let rest = body.dropFirst(7 + kind.utf8.count)
            self = .undefYear(rest: String(rest), choice, time: time, MonthDay(rest))
            return
        }
        if kind == "weekday" {
            guard parts.count == 4, let n = Int(parts[2]), (1...7).contains(n), let which = Which(rawValue: String(parts[3])) else { return nil }
            self = .weekday(n, which, time: time)
            return
        }
        guard parts.count >= 4, let unit = Self.unit(kind), let n = Int(parts[3]), parts[2] == "PLUS" || parts[2] == "MINUS" else { return nil }
        let rest = parts[4...].map { "-" + $0 }.joined()
        self = .shift(unit: unit, by: parts[2] == "PLUS" ? n : -n, rest: rest, time: time)
        if parts[0] == "PREV" { self = .fromPrevious(self) }
    }

    /// `bytes` as text when they are ASCII digits and dashes, at least one digit.
    static func digitsAndDashes(_ bytes: Substring.UTF8View) -> Substring? {
        var digits = 0
        for b in bytes {
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { digits += 1 } else if b != UInt8(ascii: "-") { return nil }
        }
        return digits > 0 ? Substring(bytes) : nil
    }

    /// The non-empty pieces of `s` between dashes, as `split(separator: "-")` gives them
    /// (a loop over UTF-8 bytes costs far less than the generic split).
    static func dashParts(_ s: Substring) -> [Substring] {
        var parts: [Substring] = []
        parts.reserveCapacity(8)
        var text = s
        text.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "-") {
                if start < i { parts.append(s[offset(s, start)..<offset(s, i)]) }
                start = i + 1
            }
        }
        return parts
    }

    /// Splits `REF-day-PLUS-0T10:30` into the body and `T10:30`: the time starts at the
    /// first `T` that follows a digit.
    static func splitTime(_ value: String) -> (Substring, String) {
        var text = value
        let at: Int? = text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for (i, b) in bytes.enumerated() {
                if b == UInt8(ascii: "T") && previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9") { return i }
                previous = b
            }
            return nil
        }
        guard let at else { return (value[...], "") }
        let i = offset(value[...], at)
        return (value[..<i], String(value[i...]))
    }

    /// The index `n` UTF-8 bytes into `s`.
    private static func offset(_ s: Substring, _ n: Int) -> String.Index { s.utf8.index(s.utf8.startIndex, offsetBy: n) }
}

/// Rendered values repeat ("REF-day-MINUS-1"), so their parsed forms are kept; one cache per
/// stage instance (one worker), emptied when it grows large.
final class DateFormCache {
    /// Owned by one stage instance (one thread): no access needs a runtime check.
    @exclusivity(unchecked) private var forms: [String: DateValueForm?] = [:]

    func form(_ value: String) -> DateValueForm? {
        // A value that starts with none of U, R, P, H is complete: no need to hash it.
        let first = value.utf8.first
        if first != UInt8(ascii: "U") && first != UInt8(ascii: "R") && first != UInt8(ascii: "P") && first != UInt8(ascii: "H") {
            return .complete(value)
        }
        if let known = forms[value] { return known }
        let form = DateValueForm(value)
        if forms.count > 4096 { forms.removeAll(keepingCapacity: true) }
        forms[value] = form
        return form
    }
}
