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

    @Test func aWholeMonthIsTheGregorianMonthOfItsMiddle() {
        // Rabi al-Akhir 1434 runs from 11 February to 12 March 2013.
        #expect(HijriDate(year: 1434, month: 4, day: nil)?.timexValue == "2013-02")
    }

    @Test func ruleValuesNameTheirHijriDate() {
        #expect(DateValueForm("HIJRI-1434-08-08") == .complete("2013-06-17"))
        #expect(DateValueForm("HIJRI-1434-04") == .complete("2013-02"))
        #expect(DateValueForm("HIJRI-1434-13-01") == nil)
        #expect(DateValueForm("HIJRI-1434-08-31") == nil)
        #expect(DateValueForm("HIJRI-1434") == nil)
    }

    @Test func aStatedWeekdayIsChecked() throws {
        // 5 Rabi al-Thani 1434 was a Saturday.
        let saturday = try DatesTestPipeline.run("Saturday 5 Rabi al-Thani 1434", date: "2013-03-01")
        #expect(saturday.dates.map(\.value) == ["2013-02-16"])
        #expect(saturday.warnings.isEmpty)
        let sunday = try DatesTestPipeline.run("Sunday 5 Rabi al-Thani 1434", date: "2013-03-01")
        #expect(sunday.dates.map(\.value) == ["2013-02-16"])
        #expect(sunday.warnings.map(\.code) == ["date.weekday_mismatch"])
    }
}
