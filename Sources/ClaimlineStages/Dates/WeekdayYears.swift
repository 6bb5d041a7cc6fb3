import ClaimlineCore

/// For a day and month stated with a weekday but no year ("Friday, April 11th") in a document
/// without a date: the years in range where the weekday fits, narrowed to those in which
/// the most of the document's organisations and people with known active years were active.
struct WeekdayYears {
    struct Choice: Equatable {
        /// Every year in range whose date has the weekday.
        var candidates: [Int]
        /// The candidates in which the most bounded entities were active (all candidates
        /// when no entity has bounds or none was active in any candidate year).
        var fitting: [Int]
        /// How many bounded entities were active in a fitting year, and how many there are.
        var active: Int
        var bounded: [String]
    }

    let years: ClosedRange<Int>

    func choose(month: Int, day: Int, weekday: Int, entities: [EntityMention]) -> Choice {
        let candidates = years.filter { CalendarDate(year: $0, month: month, day: day)?.weekday == weekday }
        var ranges: [String: ClosedRange<Int>] = [:]
        for e in entities where e.activeFrom != nil || e.activeTo != nil {
            let from = e.activeFrom ?? years.lowerBound, to = max(from, e.activeTo ?? years.upperBound)
            ranges[e.entity ?? e.text] = from...to
        }
        let counts = candidates.map { y in ranges.values.filter { $0.contains(y) }.count }
        let best = counts.max() ?? 0
        let fitting = best == 0 ? candidates : zip(candidates, counts).filter { $0.1 == best }.map(\.0)
        let bounded = ranges.keys.sorted().map { "\($0) \(ranges[$0]!.lowerBound)–\(ranges[$0]!.upperBound)" }
        return Choice(candidates: candidates, fitting: fitting, active: best, bounded: bounded)
    }
}
