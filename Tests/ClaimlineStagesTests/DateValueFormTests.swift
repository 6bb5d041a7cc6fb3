@testable import ClaimlineStages
import Testing

/// Rendered values read into forms: the month-and-day shortcut and the general reading
/// give the same parts.
@Suite struct DateValueFormTests {
    @Test func monthAndDayWithoutAYear() {
        #expect(DateValueForm("UNDEF-year-04-11") == .undefYear(rest: "04-11", .preferred, time: "", DateValueForm.MonthDay("04-11")))
        #expect(DateValueForm("UNDEF-year-04") == .undefYear(rest: "04", .preferred, time: "", DateValueForm.MonthDay("04")))
    }

    @Test func timesSeasonsAndOtherYearChoicesKeepTheirParts() {
        #expect(DateValueForm("UNDEF-year-04-11T10:30") == .undefYear(rest: "04-11", .preferred, time: "T10:30", DateValueForm.MonthDay("04-11")))
        #expect(DateValueForm("UNDEF-year-SU") == .undefYear(rest: "SU", .preferred, time: "", nil))
        #expect(DateValueForm("UNDEF-lastyear-05") == .undefYear(rest: "05", .last, time: "", DateValueForm.MonthDay("05")))
        #expect(DateValueForm("UNDEF-year---") == nil)
    }

    @Test func shiftsReadTheirUnit() {
        #expect(DateValueForm("REF-month-MINUS-2") == .shift(unit: .month, by: -2, rest: "", time: ""))
        #expect(DateValueForm("PREV-year-PLUS-1") == .fromPrevious(.shift(unit: .year, by: 1, rest: "", time: "")))
        #expect(DateValueForm("REF-fortnight-PLUS-1") == nil)
    }
}
