import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// Dates of the Islamic calendar, as statements are dated, read into Gregorian values.
@Suite struct HijriDateTests {
    @Test func daysOfTheCivilCalendar() {
        // As statements give them side by side: "8 Shaaban 1434 – 17/6/2013".
        #expect(HijriDate(year: 1434, month: 8, day: 8)?.timexValue == "2013-06-17")
        #expect(HijriDate(year: 1444, month: 1, day: 17)?.timexValue == "2022-08-15")
        #expect(HijriDate(year: 1445, month: 1, day: 1)?.timexValue == "2023-07-19")
        // 1434 is a leap year of the cycle: its last month has 30 days, and the next year starts the day after.
        #expect(HijriDate(year: 1434, month: 12, day: 30)?.timexValue == "2013-11-04")
        #expect(HijriDate(year: 1435, month: 1, day: 1)?.timexValue == "2013-11-05")
    }

    @Test func aDayBeforeTheCalendarBeganIsInItsFirstYear() {
        #expect(HijriDate.year(holding: CalendarDate(iso: "0001-01-01")!.dayNumber) == 1)
        #expect(HijriDate.year(holding: CalendarDate(iso: "2013-06-17")!.dayNumber) == 1434)
    }

    @Test func aWholeMonthIsTheGregorianMonthOfItsMiddle() {
        // Rabi al-Akhir 1434 runs from 11 February to 12 March 2013.
        #expect(HijriDate(year: 1434, month: 4, day: nil)?.timexValue == "2013-02")
    }

    @Test func ruleValuesNameTheirHijriDate() {
        #expect(DateValueForm("HIJRI-1434-08-08") == .hijriDay("2013-06-17"))
        #expect(DateValueForm("HIJRI-1434-04") == .complete("2013-02"))
        #expect(DateValueForm("HIJRI-1434-13-01") == nil)
        #expect(DateValueForm("HIJRI-1434-08-31") == nil)
        #expect(DateValueForm("HIJRI-1434") == nil)
    }

    @Test func aStatedWeekdayPicksTheSightedDayOrIsChecked() throws {
        // 5 Rabi al-Thani 1434 was a Saturday in the tabular calendar.
        let saturday = try DatesTestPipeline.run("Saturday 5 Rabi al-Thani 1434", date: "2013-03-01")
        #expect(saturday.dates.map(\.value) == ["2013-02-16"])
        #expect(saturday.warnings.isEmpty)
        // Months begun by sighting the moon may start a day or two apart: the weekday stated picks the day.
        let sunday = try DatesTestPipeline.run("Sunday 5 Rabi al-Thani 1434", date: "2013-03-01")
        #expect(sunday.dates.map(\.value) == ["2013-02-17"])
        #expect(sunday.warnings.isEmpty)
        let thursday = try DatesTestPipeline.run("Thursday 5 Rabi al-Thani 1434", date: "2013-03-01")
        #expect(thursday.dates.map(\.value) == ["2013-02-14"])
        // Three days away is no such difference: the tabular day, and a warning.
        let wednesday = try DatesTestPipeline.run("Wednesday 5 Rabi al-Thani 1434", date: "2013-03-01")
        #expect(wednesday.dates.map(\.value) == ["2013-02-16"])
        #expect(wednesday.warnings.map(\.code) == ["date.weekday_mismatch"])
        // The same without the year.
        let noYear = try DatesTestPipeline.run("Sunday 5 Rabi al-Thani", date: "2013-03-01")
        #expect(noYear.dates.map(\.value) == ["2013-02-17"])
        let noYearFar = try DatesTestPipeline.run("Wednesday 5 Rabi al-Thani", date: "2013-03-01")
        #expect(noYearFar.dates.map(\.value) == ["2013-02-16"])
        #expect(noYearFar.warnings.map(\.code) == ["date.weekday_mismatch"])
    }
}

extension HijriDateTests {
    @Test func theHijriYearHoldingAGregorianDay() {
        // 1 Muharram 1435 fell on 2013-11-05.
        let newYear = CalendarDate(year: 2013, month: 11, day: 5)!.dayNumber
        #expect(HijriDate.year(holding: newYear) == 1435)
        #expect(HijriDate.year(holding: newYear - 1) == 1434)
        #expect(HijriDate.year(holding: CalendarDate(year: 622, month: 7, day: 19)!.dayNumber) == 1)
    }

    @Test func aDayWithoutItsYearIsInTheYearThePreferencePicks() throws {
        // Past by default: 10 Ramadan 1434 (2013-07-18), not 1435 (2014-07-08).
        #expect(try DatesTestPipeline.run("on 10 Ramadan", date: "2013-08-01").dates.map(\.value) == ["2013-07-18"])
        // Words that look ahead: 27 Ramadan 1434, after the document date.
        #expect(try DatesTestPipeline.run("They will attack on 27 Ramadan.", date: "2013-06-20").dates.map(\.value) == ["2013-08-04"])
        #expect(try DatesTestPipeline.run("on 10 Ramadan", date: nil).dates.map(\.value) == [nil])
    }
}
