import CMemoryHints
import ClaimlineCore
import ClaimlineRules

/// Builds the mentions of one document in text order, resolving each value against the
/// document date, else the latest earlier complete date, and checking stated weekdays.
struct DateResolution {
    /// The parts of the plan it reads (a copy of the whole plan retains all its tables).
    let rules: [DateRule]
    let fragments: [DateFragment]
    let years: ClosedRange<Int>
    /// What is read of the document (not the whole document: a copy of it would hold its
    /// arrays, so the stage's later appends to them would copy them).
    let scalars: [Unicode.Scalar]
    let documentDate: CalendarDate?
    let entities: [EntityMention]
    let resolver: DateResolver
    /// `DatesPlan.futureWords` and `pastWords`, and the `maskBit`s of the future phrases' first words.
    let futureWords: [[UInt64]], pastWords: [[UInt64]], futureFirsts: UInt64
    var mentions: [DateMention] = []
    var warnings: [Warning] = []
    /// The latest complete date seen so far and its mention id (the fallback anchor).
    private var lastDate: (date: CalendarDate, id: String)? = nil
    /// The latest value with at least a year, its first day and precision (1 year, 2 month,
    /// 3 day), for PREV- forms.
    private var lastTime: (date: CalendarDate, id: String, precision: Int)? = nil
    /// How many mentions `lastDate` and `lastTime` have taken in (they are brought up to
    /// date only when read: most documents have a date, and few values count from the last).
    private var anchorsSeen = 0
    /// Made for the first date that needs it (one with a weekday and no year).
    private var weekdayYears: WeekdayYears? = nil

    /// Rendered values and their forms, kept by the stage between documents.
    let values: DateMatchValues
    /// The ids of the first mentions (`mentionID(1)`, …), kept by the stage.
    let ids: [String]

    init(plan: DatesPlan, document: Document, values: DateMatchValues, ids: [String]) {
        rules = plan.rules.rules
        fragments = plan.rules.fragments
        years = plan.years
        scalars = document.scalars
        documentDate = document.metadata.date
        entities = document.entities
        self.values = values
        self.ids = ids
        resolver = DateResolver(preference: plan.preference, slackDays: plan.aheadDays)
        futureWords = plan.futureWords
        pastWords = plan.pastWords
        futureFirsts = plan.futureFirsts
    }

    /// Asks for what `add` reads of each match: the value cache's slot and the rule, then
    /// the value in the slot, which a hit retains. All are cold after the other stages ran;
    /// asked for together, their misses overlap.
    func prefetch(_ matches: [DateRuleMatch], captures: [DateCapture]) {
        rules.withUnsafeBufferPointer { rules in
            for match in matches {
                values.prefetchSlot(rule: match.rule, captures: captures[match.captures])
                memory_prefetch(rules.baseAddress! + match.rule)
            }
        }
        for match in matches { values.prefetchValue(rule: match.rule, captures: captures[match.captures]) }
    }

    /// True when one of `futureWords`, and none of `pastWords`, stands among the dozen words
    /// before scalar `start` in its sentence ("The talks are set to resume on Monday").
    /// Asked for every bare weekday, month and day: the words are hashed into a stack buffer,
    /// and the phrases are looked for only when a word may start one (`futureFirsts`).
    func looksAhead(before start: Int) -> Bool {
        guard !futureWords.isEmpty else { return false }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 12) { buffer in
            let (words, seen) = wordsBefore(start, into: buffer)
            return seen & futureFirsts != 0 && Self.holds(futureWords, words) && !Self.holds(pastWords, words)
        }
    }

    /// The bit of a word's hash in a mask of words (`futureFirsts`).
    @inline(__always)
    static func maskBit(_ hash: UInt64) -> UInt64 { 1 &<< (hash &>> 58) }

    /// The hashes (`DatesPlan.wordHash`) of up to `buffer.count` words before scalar `start`,
    /// back to the sentence's start, in text order (at the end of `buffer`), and the mask of
    /// their `maskBit`s. Each scalar is read once: a word is hashed when the scalar before it
    /// (or the text's start) ends it.
    private func wordsBefore(_ start: Int, into buffer: UnsafeMutableBufferPointer<UInt64>) -> (UnsafeBufferPointer<UInt64>, UInt64) {
        var first = buffer.count, seen: UInt64 = 0
        scalars.withUnsafeBufferPointer { scalars in
            var k = start - 1, end = -1
            func take(_ wordStart: Int) {
                let h = DatesPlan.wordHash(UnsafeBufferPointer(rebasing: scalars[wordStart..<end]))
                first -= 1
                buffer[first] = h
                seen |= Self.maskBit(h)
                end = -1
            }
            while k >= 0 {
                let c = scalars[k]
                if DatesPlan.isWordScalar(c) {
                    if end < 0 { end = k + 1 }
                } else {
                    if end >= 0 {
                        take(k + 1)
                        if first == 0 { break }
                    }
                    if c == "." || c == "!" || c == "?" || c == "\n" { break }
                }
                k -= 1
            }
            // Run out (no break, so the buffer has room): a word at the text's start is the last.
            if k < 0 && end >= 0 { take(0) }
        }
        return (UnsafeBufferPointer(rebasing: buffer[first...]), seen)
    }

    /// True when one of `phrases` appears, word for word, in `words`.
    private static func holds(_ phrases: [[UInt64]], _ words: UnsafeBufferPointer<UInt64>) -> Bool {
        for phrase in phrases where words.count >= phrase.count {
            for i in 0...(words.count - phrase.count) where words[i] == phrase[0] {
                var j = 1
                while j < phrase.count && words[i + j] == phrase[j] { j += 1 }
                if j == phrase.count { return true }
            }
        }
        return false
    }

    /// Resolves a match, given its captures (one per slot of its rule).
    mutating func add(_ match: DateRuleMatch, captures: ArraySlice<DateCapture>, span: ScalarSpan, view: ScalarSpan) {
        let id = mentions.count < ids.count ? ids[mentions.count] : Self.mentionID(mentions.count + 1)
        let slot0 = captures.startIndex
        let rendering = values.value(rule: match.rule, captures: captures) {
            rules[match.rule].value.render { captureText(captures[slot0 + $0]) }
        }
        let weekday = rules[match.rule].weekdaySlot.flatMap { Int(captureText(captures[slot0 + $0])) }
        let documentDate: (date: CalendarDate, id: String)? = self.documentDate.map { ($0, "document_date") }
        if documentDate == nil || rendering.previousPrecision != nil { updateAnchors() }
        var anchor = documentDate ?? lastDate
        let rule = (id: rules[match.rule].id, type: rules[match.rule].type)
        if let needed = rendering.previousPrecision, let previous = lastTime, previous.precision >= needed {
            anchor = (previous.date, previous.id)
        }
        var value: String? = nil, anchorID: String? = nil, mismatch = false
        if let complete = rendering.complete {
            value = complete
            mismatch = resolver.mismatch(complete, weekday)
        } else if let form = rendering.form {
            let ahead = form.followsPreference && looksAhead(before: span.start)
            let result = resolver.resolve(form, anchor: anchor?.date, weekday: weekday, ahead: ahead)
            value = result.value
            anchorID = result.anchored ? anchor?.id : nil
            mismatch = result.weekdayMismatch
            // "two years ago" in a text dated 0001-01-01: TIMEX3 has four digits for a year.
            if result.anchored, let resolved = result.value, !Self.hasFourDigitYear(resolved) {
                warnings.append(Warning(code: "date.out_of_range", message: "\"\(resolved)\", resolved against \(anchor?.id ?? "an earlier date"), has no year of four digits; left unresolved",
                                        span: span, rule: rule.id))
                value = nil; anchorID = nil
            }
        } else {
            warnings.append(Warning(code: "date.bad_value", message: "rule \(rule.id) made \"\(rendering.rendered)\", which is no TIMEX3 value or known form",
                                    span: span, rule: rule.id))
        }
        // Made in the array: a mention built first and appended at the end was copied twice.
        mentions.append(DateMention(id: id, span: span, view: view, text: ScalarString.make(scalars[span.start..<span.end]), type: rule.type,
                                    value: value, anchor: anchorID, rule: rule.id))
        let last = mentions.count - 1
        if mismatch, let weekday { warnMismatch(mentions[last], weekday: weekday) }
        if let weekday, let value, value.hasPrefix("XXXX-"), value.utf8.count == 10 {
            var mention = mentions[last]
            chooseYear(&mention, weekday: weekday)
            mentions[last] = mention
        }
        attachTimeOfDay()
    }

    /// A value that opens with a year of exactly four digits (`2014-05`, `0001`), is a decade or
    /// century alone (`199`, `19`), or has no year at all (`P2Y`, `PAST_REF`, `XXXX-05`): not
    /// `00-1` nor `10000`.
    static func hasFourDigitYear(_ value: String) -> Bool {
        let digits = value.utf8.prefix { $0 >= 48 && $0 <= 57 }.count
        return digits == 4 || (digits >= 2 && digits <= 3 && digits == value.utf8.count) || (digits == 0 && value.utf8.first != 45)
    }

    /// Takes the mentions made since the last call into `lastDate` and `lastTime`, in order.
    private mutating func updateAnchors() {
        while anchorsSeen < mentions.count {
            let mention = mentions[anchorsSeen]
            anchorsSeen += 1
            guard let value = mention.value, let start = CalendarDate.timexStart(value) else { continue }
            lastTime = (start.date, mention.id, start.precision)
            if start.precision == 3 { lastDate = (start.date, mention.id) }
        }
    }

    /// `t1`, `t2`, …, built without string interpolation.
    static func mentionID(_ n: Int) -> String {
        guard n >= 0 && n <= 9999 else { return "t" + String(n) }
        var bytes = TimexBytes()
        bytes.append(UInt8(ascii: "t"))
        bytes.append(n, width: 1)
        return bytes.string
    }

    /// How precise a value must be to count a shift by `unit` from it.
    static func precision(_ unit: DateValueForm.Unit) -> Int {
        switch unit {
        case .day, .week, .weekend: return 3
        case .month: return 2
        case .quarter, .year, .decade, .century: return 1
        }
    }

    func captureText(_ capture: DateCapture) -> String {
        switch capture {
        case .none: return ""
        case .number(let n): return String(n)
        case .fixed(let f, let s):
            if case .fixed(let v) = fragments[Int(f)].surfaces[Int(s)].value { return v }
            return ""
        }
    }

    mutating func warnMismatch(_ mention: DateMention, weekday: Int) {
        let actual = mention.value.flatMap(CalendarDate.timexDay).map { Self.weekdayNames[$0.weekday - 1] } ?? "?"
        warnings.append(Warning(code: "date.weekday_mismatch",
                                message: "\"\(mention.text)\" says \(Self.weekdayNames[weekday - 1]) but \(mention.value ?? "?") is a \(actual)",
                                span: mention.span, rule: mention.rule))
    }

    /// A `XXXX-MM-DD` date with a weekday: the weekday and the entities' active years pick the year.
    mutating func chooseYear(_ mention: inout DateMention, weekday: Int) {
        let parts = mention.value!.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]) else { return }
        if weekdayYears == nil { weekdayYears = WeekdayYears(years: years, entities: entities) }
        let choice = weekdayYears!.choose(month: month, day: day, weekday: weekday)
        let listed = choice.candidates.map(String.init).joined(separator: ", ")
        let stated = "\(Self.monthNames[month - 1]) \(day) is a \(Self.weekdayNames[weekday - 1])"
        let entities = choice.bounded.isEmpty ? "no entity with known active years" : "active years: \(choice.bounded.joined(separator: ", "))"
        if choice.candidates.isEmpty {
            warnings.append(Warning(code: "date.weekday_mismatch", message: "\(stated) in no year of \(years.lowerBound)–\(years.upperBound)",
                                    span: mention.span, rule: mention.rule))
        } else if choice.fitting.count == 1 && choice.active > 0 {
            mention.value = "\(CalendarDate.pad(choice.fitting[0], 4))-\(parts[1])-\(parts[2])"
            warnings.append(Warning(code: "date.year_from_weekday",
                                    message: "\(stated) in \(listed); \(choice.fitting[0]) fits \(choice.active) of \(choice.bounded.count) entities (\(entities))",
                                    span: mention.span, rule: mention.rule))
        } else {
            warnings.append(Warning(code: "date.year_ambiguous",
                                    message: "\(stated) in \(listed); candidates left: \(choice.fitting.map(String.init).joined(separator: ", ")) (\(entities))",
                                    span: mention.span, rule: mention.rule))
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
