import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// The clean stage finds line ends by searching the scalars' bytes for 0x0A: a scalar
/// holding that byte elsewhere (U+010A, U+0A0A, U+0A00) must end no line.
@Suite("Clean stage lines")
struct CleanStageTests {
    static let lookalikes: [Unicode.Scalar] = ["\u{10A}", "\u{A0A}", "\u{A00}", "\u{10A0A}", "\u{A0A0A}"]

    @Test("a line ends only at U+000A, however many scalars with a 0x0A byte come first")
    func lineEnds() {
        for lookalike in Self.lookalikes {
            for count in 0...20 {
                var scalars = [Unicode.Scalar](repeating: lookalike, count: count) + ["\n"]
                scalars += [Unicode.Scalar](repeating: lookalike, count: count)
                scalars.withUnsafeBufferPointer { s in
                    #expect(CleanStage.lineEnd(s, from: 0) == count, "\(lookalike.value) × \(count)")
                    #expect(CleanStage.lineEnd(s, from: count + 1) == s.count)
                }
            }
        }
        #expect(CleanStage.lineEnd(UnsafeBufferPointer(start: nil, count: 0), from: 0) == 0)
    }

    @Test("a marker after lines holding such scalars is still found at its own line")
    func markerAfterLookalikes() throws {
        let plan = defaultPlan.plans.first { $0.kind == .clean }!
        let stage = try plan.makeStage()
        var d = Document(id: "d", text: "Gurmukhi \u{A0A}\u{A00} and \u{10A}\nLeave a Reply\n\u{10A0A}")
        try stage.run(&d)
        let start = try #require(d.scalars.firstIndex(of: "L"))
        #expect(d.regions.map(\.span) == [ScalarSpan(start, d.scalars.count)])
    }

    @Test("a comment form ends before the prose after it, and the lines after that are read on")
    func commentFormEndsAtProse() throws {
        let plan = defaultPlan.plans.first { $0.kind == .clean }!
        let stage = try plan.makeStage()
        let text = """
            AQIM denies the death of Abou Zeid
            Leave a reply

            The spokesman of AQIM said on Friday that Abou Zeid is alive and well.

            Leave a Reply

            Fill in your details below or click an icon to log in:

            Notify me of new comments via email.

            Second post

            The group said in a statement that its fighters had taken the town of Gao on Sunday.

            Leave a Reply
            Connecting to %s
            """
        var d = Document(id: "d", text: text)
        try stage.run(&d)
        let texts = d.regions.map { d.string($0.span) }
        #expect(texts == ["Leave a reply",
                          "Leave a Reply\n\nFill in your details below or click an icon to log in:\n\nNotify me of new comments via email.\n\nSecond post",
                          "Leave a Reply\nConnecting to %s"])
        #expect(d.regions.allSatisfy { $0.rule == "clean.leave_a_reply" })
    }
}
