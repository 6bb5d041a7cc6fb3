import ClaimlineCore

/// Which reading of an expression without a year or week a pipeline prefers. News reports
/// mostly look back, so "on Friday" in a Monday report is the Friday before (`past`).
enum DatePreference: String, CaseIterable, Sendable {
    case past, nearest, future
}

/// Turns an underspecified value into a TIMEX3 value against an anchor day.
struct DateResolver {
    struct Result: Equatable {
        var value: String?
        /// The value depended on the anchor.
        var anchored: Bool
        /// The weekday captured with a date that no candidate matched.
        var weekdayMismatch: Bool = false
    }

    let preference: DatePreference
    /// How far after the anchor a date without a year may still fall under `past` (and
    /// before it under `future`): news announces what comes in the next weeks.
    let slackDays: Int

    /// `weekday` (1 Monday … 7 Sunday) is the weekday the text gave with a date, if any;
    /// `ahead`, that the words before a bare weekday, month or day look ahead ("will meet on
    /// Monday", "a mission in December"): the future is preferred whatever the pipeline prefers.
    func resolve(_ form: DateValueForm, anchor: CalendarDate?, weekday: Int?, ahead: Bool = false) -> Result {
        switch form {
        case .complete(let value):
            return Result(value: value, anchored: false, weekdayMismatch: mismatch(value, weekday))
        case .undefYear(let rest, let choice, let time, let monthDay):
            guard let anchor else { return Result(value: "XXXX-" + rest + time, anchored: false) }
            if choice != .preferred { return Result(value: Self.inYear(yearOf(rest, choice, anchor: anchor), rest, time), anchored: true) }
            return undefYear(rest, monthDay, time: time, anchor: anchor, weekday: weekday, ahead: ahead)
        case .undefWeekday(let n, let time):
            guard let anchor else { return Result(value: "XXXX-WXX-\(n)" + time, anchored: false) }
            return Result(value: bareWeekday(n, anchor: anchor, ahead: ahead).timexDate + time, anchored: true)
        case .fromPrevious(let inner):
            return resolve(inner, anchor: anchor, weekday: weekday, ahead: ahead)
        case .undefWeekend:
            guard let anchor else { return Result(value: "XXXX-WXX-WE", anchored: false) }
            return Result(value: bareWeekday(6, anchor: anchor, ahead: ahead).timexWeek + "-WE", anchored: true)
        case .shift(let unit, let by, let rest, let time):
            guard let anchor else { return Result(value: nil, anchored: false) }
            return Result(value: Self.joined(shift(anchor, unit: unit, by: by), rest, time), anchored: true)
        case .hijriWithoutYear(let month, let day):
            guard let anchor else { return Result(value: nil, anchored: false) }
            let value = Self.sighted(hijriDay(month, day, anchor: anchor, ahead: ahead).timexDate, weekday: weekday)
            return Result(value: value, anchored: true, weekdayMismatch: mismatch(value, weekday))
        case .weekday(let n, let which, let time):
            guard let anchor else { return Result(value: nil, anchored: false) }
            return Result(value: relativeWeekday(n, which, anchor: anchor).timexDate + time, anchored: true)
        case .hijriDay(let value):
            let day = Self.sighted(value, weekday: weekday)
            return Result(value: day, anchored: false, weekdayMismatch: mismatch(day, weekday))
        }
    }

    /// "Saturday, 12 Jumada al-Akhirah 1445", "Sunday 5 Rabi al-Thani": the day within two of the
    /// tabular calendar's that falls on the weekday given, as months begun by sighting the moon
    /// may start a day or two apart.
    static func sighted(_ value: String, weekday: Int?) -> String {
        guard let weekday, let day = CalendarDate.timexDay(value), day.weekday != weekday,
              let near = [-1, 1, -2, 2].lazy.map({ day.adding(days: $0) }).first(where: { $0.weekday == weekday }) else { return value }
        return near.timexDate
    }

    /// Picks the year of `MM-DD`, `MM`, `Qn` or a season, preferring a year whose date has the given weekday.
    func undefYear(_ rest: String, _ monthDay: DateValueForm.MonthDay?, time: String, anchor: CalendarDate, weekday: Int?,
                   ahead: Bool = false) -> Result {
        guard let monthDay else { return Result(value: Self.inYear(anchor.year, rest, time), anchored: true) }
        let month = monthDay.month, day = monthDay.day
        let anchorDay = anchor.dayNumber
        return withUnsafeTemporaryAllocation(of: (year: Int, distance: Int).self, capacity: 3) { years in
            // The anchor's year and its neighbours the preference allows, nearest first (ties keep year order).
            var count = 0
            for y in anchor.year - 1...anchor.year + 1 {
                guard let d = CalendarDate(year: y, month: month, day: day ?? 1) else { continue }
                let dayNumber = d.dayNumber
                guard allows(dayNumber, through: dayNumber + (day == nil ? 27 : 0), anchorDay: anchorDay, ahead: ahead) else { continue }
                // The middle of the month when no day is given.
                let middle = day == nil ? dayNumber + 14 : dayNumber
                let candidate = (y, abs(middle - anchorDay))
                var k = count
                while k > 0 && candidate.1 < years[k - 1].distance { years[k] = years[k - 1]; k -= 1 }
                years[k] = candidate
                count += 1
            }
            guard count > 0 else { return Result(value: "XXXX-\(rest)\(time)", anchored: false) }
            var year = years[0].year
            var mismatch = false
            if let weekday, let day {
                if let fitting = (0..<count).first(where: { CalendarDate(year: years[$0].year, month: month, day: day)?.weekday == weekday }) {
                    year = years[fitting].year
                } else { mismatch = true }
            }
            return Result(value: Self.inYear(year, rest, time), anchored: true, weekdayMismatch: mismatch)
        }
    }

    /// Whether a candidate running from day `first` through day `last` (day numbers) may be
    /// the one meant under the preference (the future when `ahead`): `past` allows what
    /// starts no later than `slackDays` after the anchor, `future` what ends no earlier than
    /// `slackDays` before it.
    private func allows(_ first: Int, through last: Int, anchorDay: Int, ahead: Bool) -> Bool {
        switch ahead ? .future : preference {
        case .past: return first <= anchorDay + slackDays
        case .future: return last >= anchorDay - slackDays
        case .nearest: return true
        }
    }

    /// The Gregorian day of Hijri `month`/`day` in the Hijri year around the anchor's that the
    /// preference picks, as for a Gregorian day without a year (`undefYear`).
    func hijriDay(_ month: Int, _ day: Int, anchor: CalendarDate, ahead: Bool) -> CalendarDate {
        let anchorDay = anchor.dayNumber, year = HijriDate.year(holding: anchorDay)
        let days = (year - 1...year + 1).compactMap { HijriDate(year: $0, month: month, day: day)?.dayNumber }
        let allowed = days.filter { allows($0, through: $0, anchorDay: anchorDay, ahead: ahead) }
        let pick = (allowed.isEmpty ? days : allowed).min { abs($0 - anchorDay) < abs($1 - anchorDay) }!
        return CalendarDate(dayNumber: pick)
    }

    /// `YYYY-` + `rest` + `time`: written in one go on the stack when it is short (nearly
    /// always), instead of a padded year string that two more are appended to.
    static func inYear(_ year: Int, _ rest: String, _ time: String) -> String {
        guard (0...9999).contains(year), 5 + rest.utf8.count + time.utf8.count <= TimexBytes.capacity else {
            return joined(CalendarDate.pad(year, 4) + "-", rest, time)
        }
        var bytes = TimexBytes()
        bytes.append(year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        bytes.append(rest)
        bytes.append(time)
        return bytes.string
    }

    /// `value + rest + time`, appending only what is not empty (most values have no rest or time).
    static func joined(_ value: String, _ rest: String, _ time: String) -> String {
        var out = value
        if !rest.isEmpty { out += rest }
        if !time.isEmpty { out += time }
        return out
    }

    /// The first two pieces of `value` between dashes, empty ones skipped (as `split` does).
    static func firstTwoParts(_ value: Substring) -> (first: Substring, second: Substring?) {
        var first: Substring = "", second: Substring? = nil, found = 0
        var start = value.utf8.startIndex
        var i = start
        func take(_ piece: Substring) {
            if piece.isEmpty { return }
            if found == 0 { first = piece } else if found == 1 { second = piece }
            found += 1
        }
        while i < value.utf8.endIndex {
            if value.utf8[i] == UInt8(ascii: "-") { take(value[start..<i]); start = value.utf8.index(after: i) }
            i = value.utf8.index(after: i)
        }
        take(value[start...])
        return (first, second)
    }

    /// The year of a month (`05`) or season (`SU`) in, before or after the anchor's month.
    func yearOf(_ rest: String, _ choice: DateValueForm.YearChoice, anchor: CalendarDate) -> Int {
        let seasons = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]
        guard let month = Int(rest.prefix(2)) ?? seasons[String(rest.prefix(2))] else { return anchor.year }
        switch choice {
        case .last: return month < anchor.month ? anchor.year : anchor.year - 1
        case .next: return month > anchor.month ? anchor.year : anchor.year + 1
        case .this, .preferred: return anchor.year
        }
    }

    func bareWeekday(_ n: Int, anchor: CalendarDate, ahead lookingAhead: Bool = false) -> CalendarDate {
        let back = (anchor.weekday - n + 7) % 7, ahead = (n - anchor.weekday + 7) % 7
        switch lookingAhead ? .future : preference {
        case .past: return anchor.adding(days: -back)
        case .future: return anchor.adding(days: ahead)
        case .nearest: return back <= ahead ? anchor.adding(days: -back) : anchor.adding(days: ahead)
        }
    }

    func relativeWeekday(_ n: Int, _ which: DateValueForm.Which, anchor: CalendarDate) -> CalendarDate {
        switch which {
        case .last: return anchor.adding(days: -((anchor.weekday - n + 6) % 7 + 1))
        case .next: return anchor.adding(days: (n - anchor.weekday + 6) % 7 + 1)
        case .this: return anchor.adding(days: n - anchor.weekday)
        }
    }

    func shift(_ anchor: CalendarDate, unit: DateValueForm.Unit, by n: Int) -> String {
        switch unit {
        case .day: return anchor.adding(days: n).timexDate
        case .week: return anchor.adding(days: 7 * n).timexWeek
        case .weekend: return anchor.adding(days: 7 * n).timexWeek + "-WE"
        case .month: return anchor.firstOfMonth(shiftedBy: n).timexMonth
        case .quarter:
            let d = anchor.firstOfMonth(shiftedBy: 3 * n)
            return "\(CalendarDate.pad(d.year, 4))-Q\(d.quarter)"
        case .year: return CalendarDate.pad(anchor.year + n, 4)
        case .decade: return String(anchor.year / 10 + n)
        case .century: return String(anchor.year / 100 + n)
        }
    }

    /// True when a complete `YYYY-MM-DD` value falls on another weekday than the text says.
    func mismatch(_ value: String, _ weekday: Int?) -> Bool {
        guard let weekday, let date = CalendarDate.timexDay(value) else { return false }
        return date.weekday != weekday
    }
}
