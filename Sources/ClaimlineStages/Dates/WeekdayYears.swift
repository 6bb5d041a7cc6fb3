import ClaimlineCore

/// For a day and month stated with a weekday but no year ("Friday, April 11th") in a document
/// without a date: the years in range where the weekday fits, narrowed to the years in
/// which the organisations and people the document mentions were active.
struct WeekdayYears {
    struct Choice: Equatable {
        /// Every year in range whose date has the weekday.
        var candidates: [Int]
        /// The candidates inside the entities' active years (all candidates when no entity has bounds).
        var fitting: [Int]
        /// The active-year window used, and the entities that set it.
        var window: ClosedRange<Int>?
        var entities: [String]
    }

    let years: ClosedRange<Int>

    func choose(month: Int, day: Int, weekday: Int, entities: [EntityMention]) -> Choice {
        let candidates = years.filter { CalendarDate(year: $0, month: month, day: day)?.weekday == weekday }
        let (window, names) = activeWindow(entities)
        let fitting = window.map { w in candidates.filter { w.contains($0) } } ?? candidates
        return Choice(candidates: candidates, fitting: fitting, window: window, entities: names)
    }

    /// The years in which every bounded entity of the document was active; when they never
    /// overlap, the span from the earliest start to the latest end.
    func activeWindow(_ entities: [EntityMention]) -> (ClosedRange<Int>?, [String]) {
        var low = Int.min, high = Int.max, minLow = Int.max, maxHigh = Int.min
        var names: [String] = []
        for e in entities where e.activeFrom != nil || e.activeTo != nil {
            let from = e.activeFrom ?? years.lowerBound, to = e.activeTo ?? years.upperBound
            low = max(low, from); high = min(high, to)
            minLow = min(minLow, from); maxHigh = max(maxHigh, to)
            let name = e.entity ?? e.text
            if !names.contains(name) { names.append(name) }
        }
        if names.isEmpty { return (nil, []) }
        return (low <= high ? low...high : minLow...max(minLow, maxHigh), names)
    }
}
