import ClaimlineCore
import Foundation
import Testing

/// The dates stage on whole documents: the seed, documents without a date, weekday checks,
/// boilerplate, offsets through the normalised view, and pipeline options.
@Suite struct DatesStageTests {
    static let seedURL = DatesTestPipeline.repository.appendingPathComponent("Corpora/seed/000_5e63b64f8ebb7a33.txt")

    static func seed() throws -> String { try String(contentsOf: seedURL, encoding: .utf8) }

    static func mention(_ document: Document, _ text: String) -> DateMention? { document.dates.first { $0.text == text } }

    static func expectSpansMatchText(_ document: Document) {
        for d in document.dates { #expect(document.string(d.span) == d.text, "span \(d.span) of \(d.id)") }
    }

    @Test func seedResolvesAgainstTheDocumentDate() throws {
        let document = try DatesTestPipeline.run(Self.seed(), date: "2014-04-14")
        Self.expectSpansMatchText(document)
        let expected: [(String, String, String)] = [
            ("Friday, April 11th", "2014-04-11", "date.weekday_month_day"), ("14th March", "2014-03-14", "date.day_month"),
            ("2 months ago", "2014-02", "rel.units_ago"), ("the recent period", "PAST_REF", "vague.recent_period"),
        ]
        for (text, value, rule) in expected {
            let m = try #require(Self.mention(document, text), "no mention \(text)")
            #expect(m.value == value)
            #expect(m.rule == rule)
            #expect(m.anchor == (value == "PAST_REF" ? nil : "document_date"))
        }
        #expect(document.warnings.filter { $0.code.hasPrefix("date.") }.isEmpty)
    }

    @Test func aTimeOfDayAfterANamedDayIsThatDaysTime() throws {
        let document = try DatesTestPipeline.run("Posted on March 4, 2013 at 3:12 pm. The attack began on Monday at 10 am.", date: "2014-05-14")
        Self.expectSpansMatchText(document)
        #expect(document.dates.map(\.text) == ["March 4, 2013 at 3:12 pm", "Monday at 10 am"])
        #expect(document.dates.map(\.value) == ["2013-03-04T15:12", "2014-05-12T10:00"])
        #expect(document.dates.map(\.type) == [.time, .time])
        #expect(document.dates.map(\.id) == ["t1", "t2"])
        #expect(document.dates[0].rule == "date.month_day_year+time.hour_minute_pm")
    }

    @Test func aValueWhoseYearLeavesFourDigitsIsLeftUnresolvedWithAWarning() throws {
        // A document dated at either end of the calendar: "two years ago" of year 1, "next
        // year" of 9999, and a Hijri day before the Hijri calendar began, all without a trap.
        let early = try DatesTestPipeline.run("Last year, two years ago, on 5 Muharram.", date: "0001-01-01")
        Self.expectSpansMatchText(early)
        #expect(early.dates.first { $0.text == "two years ago" }?.value == nil)
        #expect(early.dates.first { $0.text == "Last year" }?.value == "0000")
        #expect(early.warnings.contains { $0.code == "date.out_of_range" })
        let late = try DatesTestPipeline.run("Next year, last week.", date: "9999-12-31")
        #expect(late.dates.map(\.value) == [nil, "9999-W51"])
    }

    @Test func shortTextsOfDateWordsResolveAgainstAnyDocumentDate() throws {
        // Date words, numbers and marks in random orders, against document dates at either end
        // of the calendar and none: no trap, spans in the text, every value's year four digits.
        let pieces = ["on", "Friday", "3", "May", "2013", "1433", "AH", "Ramadan", "Muharram", "p.m.", "5", "GMT", "(", ")",
                      "1700", "local", "time", "last", "next", "week", "year", "ago", "two", "days", "the", "of", "Jan.",
                      "15th", "at", "noon", "since", "until", "and", "today", "yesterday", "every", "24", "hours", ",", "."]
        let dates: [String?] = ["0001-01-01", "9999-12-31", "2024-02-29", nil]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        for _ in 0..<400 {
            let text = (0...next(16)).map { _ in pieces[next(pieces.count)] }.joined(separator: " ")
            let document = try DatesTestPipeline.run(text, date: dates[next(dates.count)])
            Self.expectSpansMatchText(document)
            for value in document.dates.compactMap(\.value) where value.first?.isNumber == true {
                #expect(value.prefix { $0.isNumber }.count == 4 || value.allSatisfy(\.isNumber), "\(value) in \(text)")
            }
        }
    }

    @Test func aTimeOfDayTakesTheDayNamedAfterIt() throws {
        let document = try DatesTestPipeline.run("They struck at 5:40 pm on Sunday, and again at noon.", date: "2014-05-14")
        Self.expectSpansMatchText(document)
        let struck = try #require(Self.mention(document, "5:40 pm"))
        #expect(struck.value == "2014-05-11T17:40")
        #expect(struck.anchor == Self.mention(document, "Sunday")?.id)
        // A time with no day beside it keeps the document's.
        #expect(Self.mention(document, "noon")?.value == "2014-05-14T12:00")
        // Both spellings of one time take the day after them.
        let wire = try DatesTestPipeline.run("The ambush began at around 5 p.m. local time (1700 GMT) on Sunday.", date: "2014-05-14")
        Self.expectSpansMatchText(wire)
        #expect(Self.mention(wire, "1700 GMT")?.value == "2014-05-11T17:00")
        #expect(wire.dates.filter { $0.type == .time }.allSatisfy { $0.value == "2014-05-11T17:00" })
    }

    @Test func seedWithoutDateUsesWeekdayAndEntityYears() throws {
        let text = try Self.seed()
        let org = { (name: String, entity: String, from: Int, to: Int?) -> EntityMention in
            let range = text.range(of: name)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let span = ScalarSpan(start, start + name.unicodeScalars.count)
            var m = EntityMention(span: span, view: span, text: name, type: "ORG", entity: entity, name: name, rule: "test")
            m.activeFrom = from
            m.activeTo = to
            return m
        }
        let entities = [org("AQIM", "org.aqim", 2007, nil), org("Al-Mourabitoune", "org.al_mourabitoun", 2013, 2017), org("MUJAO", "org.mujao", 2011, 2013)]
        let document = try DatesTestPipeline.run(text, date: nil, entities: entities)
        let friday = try #require(Self.mention(document, "Friday, April 11th"))
        #expect(friday.value == "2014-04-11")
        #expect(friday.anchor == nil)
        let warning = try #require(document.warnings.first { $0.code == "date.year_from_weekday" })
        #expect(warning.message.contains("2008, 2014, 2025"))
        #expect(warning.span == friday.span)
        // A later date without a year takes its year from the earlier complete date.
        let march = try #require(Self.mention(document, "14th March"))
        #expect(march.value == "2014-03-14")
        #expect(march.anchor == friday.id)
        // …and a relative one counts from the latest complete date before it.
        let ago = try #require(Self.mention(document, "2 months ago"))
        #expect(ago.value == "2014-01")
        #expect(ago.anchor == march.id)
    }

    @Test func seedWithoutDateOrEntitiesReportsCandidates() throws {
        let document = try DatesTestPipeline.run(Self.seed(), date: nil)
        #expect(Self.mention(document, "Friday, April 11th")?.value == "XXXX-04-11")
        let warning = try #require(document.warnings.first { $0.code == "date.year_ambiguous" })
        #expect(warning.message.contains("2008, 2014, 2025"))
        #expect(Self.mention(document, "2 months ago")?.value == nil)
    }

    @Test func weekdayThatContradictsItsDateIsAWarning() throws {
        let document = try DatesTestPipeline.run("The raid took place on Saturday, April 11, 2014, near Gao.", date: "2014-04-14")
        #expect(document.dates.first?.value == "2014-04-11")
        let warning = try #require(document.warnings.first { $0.code == "date.weekday_mismatch" })
        #expect(warning.message.contains("Friday"))
    }

    @Test func weekdayChoosesTheYearBesideTheDocumentDate() throws {
        // Written in January: "Friday, December 13" is the December just past, and a Friday in 2013.
        let document = try DatesTestPipeline.run("on Friday, December 13", date: "2014-01-10")
        #expect(document.dates.first?.value == "2013-12-13")
        #expect(document.warnings.isEmpty)
    }

    @Test func boilerplateIsSkipped() throws {
        let text = "He spoke on 3 March 2014.\n\nLeave a Reply\n\nPosted on 5 March 2014 by admin"
        let document = try DatesTestPipeline.run(text, date: "2014-04-14")
        #expect(document.dates.map(\.text) == ["3 March 2014"])
    }

    @Test func spansPointIntoTheOriginalThroughTheNormalisedView() throws {
        let text = "“We met\u{00A0}on Friday — April 11th,” he said; “mid‑April” was – in his words – “the recent period”."
        let document = try DatesTestPipeline.run(text, date: "2014-04-14")
        Self.expectSpansMatchText(document)
        #expect(document.dates.map(\.text).contains("the recent period"))
        #expect(document.dates.contains { $0.value == "2014-04-11" })
    }

    @Test func numericDatesFollowTheSourceOrder() throws {
        let dmy = try DatesTestPipeline.run("on 04/11/2014", date: "2014-04-14")
        #expect(dmy.dates.first?.value == "2014-11-04")
        let mdy = try DatesTestPipeline.run("on 04/11/2014", date: "2014-04-14", source: "AP")
        #expect(mdy.dates.first?.value == "2014-04-11")
        let plan = try DatesTestPipeline.plan(options: ["numeric_order=mdy"])
        #expect(try DatesTestPipeline.run("on 04/11/2014", date: "2014-04-14", plan: plan).dates.first?.value == "2014-04-11")
        // Only one reading fits: the declared order does not matter.
        #expect(try DatesTestPipeline.run("on 13/04/2014", date: "2014-04-14", plan: plan).dates.first?.value == "2014-04-13")
    }

    @Test func preferenceForBareWeekdaysIsAPipelineOption() throws {
        let future = try DatesTestPipeline.plan(options: ["prefer=future"])
        #expect(try DatesTestPipeline.run("on Friday", date: "2014-04-14", plan: future).dates.first?.value == "2014-04-18")
        #expect(try DatesTestPipeline.run("on Friday", date: "2014-04-14").dates.first?.value == "2014-04-11")
        let nearest = try DatesTestPipeline.plan(options: ["prefer=nearest"])
        #expect(try DatesTestPipeline.run("on Wednesday", date: "2014-04-14", plan: nearest).dates.first?.value == "2014-04-16")
    }

    @Test func wordsThatLookAheadTakeTheComingWeekday() throws {
        // 2014-04-14 is a Monday.
        for (text, value) in [("The talks are set to resume on Friday.", "2014-04-18"),
                              ("The emir will meet the envoy on Wednesday.", "2014-04-16"),
                              ("The deadline had been due to expire on Friday.", "2014-04-11"),
                              ("Talks are set to go on. They resumed on Friday.", "2014-04-11"),
                              ("The talks resumed on Friday.", "2014-04-11"),
                              // "until" looks ahead, unless a verb of what lasted says it is over.
                              ("The curfew lasts until Friday.", "2014-04-18"),
                              ("Fighting continued until Friday afternoon.", "2014-04-11TAF"),
                              ("The siege lasted until Friday.", "2014-04-11"),
                              // A word at the text's start counts, and the twelfth word before the date; the thirteenth does not.
                              ("Will they meet on Friday?", "2014-04-18"),
                              ("They will meet, after long talks with envoys in the old capital, on Friday.", "2014-04-18"),
                              ("They will meet, after the long talks with envoys in the old capital, on Friday.", "2014-04-11")] {
            #expect(try DatesTestPipeline.run(text, date: "2014-04-14").dates.first?.value == value, "\(text)")
        }
        let none = try DatesTestPipeline.plan(options: ["future_words=shall"])
        #expect(try DatesTestPipeline.run("It will resume on Friday.", date: "2014-04-14", plan: none).dates.first?.value == "2014-04-11")
    }

    @Test func wordsThatLookAheadTakeTheComingMonthOrDay() throws {
        // Under `prefer=past`, a month or day without a year more than `ahead_days` on is last year's.
        for (text, value) in [("The commander will lead a mission in December.", "2014-12"),
                              ("Flights will double by August.", "2014-08"),
                              ("The third flight will depart from August 6.", "2014-08-06"),
                              ("The flight had been due to depart in December.", "2013-12"),
                              ("The mission ended in December.", "2013-12"),
                              ("The talks will resume in December 2013.", "2013-12")] {
            #expect(try DatesTestPipeline.run(text, date: "2014-04-14").dates.first?.value == value, "\(text)")
        }
    }

    @Test func mentionsAreNumberedInTextOrder() throws {
        let document = try DatesTestPipeline.run("Yesterday, not on 5 April 2014 nor last week, but now.", date: "2014-04-14")
        #expect(document.dates.map(\.id) == ["t1", "t2", "t3", "t4"])
        #expect(document.dates.map(\.value) == ["2014-04-13", "2014-04-05", "2014-W15", "PRESENT_REF"])
        #expect(zip(document.dates, document.dates.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
    }

    @Test func laterAndEarlierCountFromTheDateBefore() throws {
        let text = "Gao fell in 2012. The French arrived a year later; two days later they left. On 3 March 2014 talks began; two days later they ended."
        let document = try DatesTestPipeline.run(text, date: "2014-04-14")
        let values = document.dates.map { "\($0.text)=\($0.value ?? "null")@\($0.anchor ?? "-")" }
        // A day count needs a date as precise as a day before it; else the document date is the anchor.
        #expect(values == ["2012=2012@-", "a year later=2013@t1", "two days later=2014-04-16@document_date",
                           "3 March 2014=2014-03-03@-", "two days later=2014-03-05@t4"])
    }

    @Test func runningTwiceGivesTheSameResult() throws {
        let plan = DatesTestPipeline.shared
        let pipeline = try plan.makePipeline()
        var a = Document(id: "a", text: try Self.seed()), b = Document(id: "a", text: try Self.seed())
        try pipeline.run(&a)
        try pipeline.run(&b)
        #expect(a.dates == b.dates)
    }
}
