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
    /// Active years of the document's bounded entities, by id (else text), and as listed in
    /// warnings: the same for every date of the document, so made once.
    private let ranges: [String: ClosedRange<Int>]
    private let bounded: [String]

    init(years: ClosedRange<Int>, entities: [EntityMention]) {
        self.years = years
        var ranges: [String: ClosedRange<Int>] = [:]
        for e in entities where e.activeFrom != nil || e.activeTo != nil {
            let from = e.activeFrom ?? years.lowerBound, to = max(from, e.activeTo ?? years.upperBound)
            ranges[e.entity ?? e.text] = from...to
        }
        self.ranges = ranges
        bounded = ranges.keys.sorted().map { "\($0) \(ranges[$0]!.lowerBound)–\(ranges[$0]!.upperBound)" }
    }

    func choose(month: Int, day: Int, weekday: Int) -> Choice {
        let candidates = years.filter { CalendarDate(year: $0, month: month, day: day)?.weekday == weekday }
        let counts = candidates.map { y in ranges.values.filter { $0.contains(y) }.count }
        let best = counts.max() ?? 0
        let fitting = best == 0 ? candidates : zip(candidates, counts).filter { $0.1 == best }.map(\.0)
        return Choice(candidates: candidates, fitting: fitting, active: best, bounded: bounded)
    }
}
