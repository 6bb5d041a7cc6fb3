import ClaimlineCore

/// A date of the tabular Islamic calendar, the civil one that ICU calls `islamic-civil`:
/// months of 30 and 29 days in turn, the last one of 30 days in the leap years of a 30-year
/// cycle, day 1 of year 1 being 16 July 622. Statements are dated in it ("8 Shaaban 1434",
/// with "17/6/2013" beside it); calendars that follow the sighting of the moon may put a
/// day one day off.
struct HijriDate: Equatable {
    let year: Int
    let month: Int
    /// Nil for a whole month ("Rabi al-Akhir 1434").
    let day: Int?

    init?(year: Int, month: Int, day: Int?) {
        guard year >= 1, (1...12).contains(month) else { return nil }
        if let day, !(1...30).contains(day) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The Hijri year holding the Gregorian day `dayNumber` (days from 1970-01-01); year 1 for
    /// a day before it began (a document dated in antiquity).
    static func year(holding dayNumber: Int) -> Int {
        // 10,631 days to each 30-year cycle; a guess from the cycle, then the neighbour that holds the day.
        let guess = (30 * (dayNumber + 2_440_588 - 1_948_440) + 10_646) / 10_631
        for year in [guess + 1, guess, guess - 1] where year >= 1 && HijriDate(year: year, month: 1, day: 1)!.dayNumber <= dayNumber { return year }
        return max(1, guess - 2)
    }

    /// Reads `1434-08-08` or `1434-08`, as a rule's value writes it after `HIJRI-`.
    init?(_ text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        let day = parts.count == 3 ? Int(parts[2]) : nil
        if parts.count == 3 && day == nil { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days from 1970-01-01 (`CalendarDate.dayNumber`) to this day, or to the 15th of this
    /// month when no day is given.
    var dayNumber: Int {
        let day = self.day ?? 15
        // Days before the month: 30, 29, 30, … in turn, i.e. ⌈29.5 (month − 1)⌉; before the
        // year: 354 each, plus the leap days of the cycle. 1,948,439 is the Julian day before
        // day 1 of year 1, 2,440,588 that of 1970-01-01.
        let daysBeforeMonth = (59 * (month - 1) + 1) / 2
        let julianDay = day + daysBeforeMonth + (year - 1) * 354 + (3 + 11 * year) / 30 + 1_948_439
        return julianDay - 2_440_588
    }

    /// The TIMEX3 value: the Gregorian day, or for a whole month the Gregorian month that
    /// holds its 15th day (a Hijri month straddles two; the value names the one most of it is in).
    var timexValue: String {
        let date = CalendarDate(dayNumber: dayNumber)
        return day == nil ? date.timexMonth : date.timexDate
    }
}
