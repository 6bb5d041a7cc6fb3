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
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    var timexWeek: String { let w = isoWeek; return "\(Self.pad(w.year, 4))-W\(Self.pad(w.week, 2))" }
    var timexMonth: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))" }
}
