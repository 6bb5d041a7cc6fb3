import ClaimlineCore
import Testing

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("ISO dates parse, print and know their weekday")
    func iso() throws {
        let date = try #require(CalendarDate(iso: "2014-04-11"))
        #expect(date.description == "2014-04-11")
        #expect(date.weekday == 5)  // a Friday, as the seed document says
        #expect(CalendarDate(iso: "2014-02-30") == nil)
        #expect(CalendarDate(iso: "14 April") == nil)
        #expect(CalendarDate(iso: "2014-04-16T10:00")?.description == "2014-04-16")
    }

    @Test("dates print as YYYY-MM-DD with zero padding; years beyond four digits print in full")
    func printing() throws {
        #expect(CalendarDate(year: 33, month: 1, day: 5)?.description == "0033-01-05")
        #expect(CalendarDate(year: 0, month: 12, day: 31)?.description == "0000-12-31")
        #expect(CalendarDate(year: 9999, month: 10, day: 10)?.description == "9999-10-10")
        #expect(CalendarDate(year: 12345, month: 6, day: 7)?.description == "12345-06-07")
    }

    @Test("day numbers round-trip across leap years and eras")
    func dayNumbers() throws {
        for iso in ["1970-01-01", "2000-02-29", "1900-03-01", "2016-12-31", "0001-01-01"] {
            let date = try #require(CalendarDate(iso: iso))
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
            #expect(date.adding(days: 1).adding(days: -1) == date)
        }
    }
}
