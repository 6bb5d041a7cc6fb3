import ClaimlineCore
@testable import ClaimlineStages
import Testing

/// Runs every example of the date rule tables (`Pipelines/tables/dates/*.examples.tsv`):
/// a positive example must give exactly one expression with the expected text, value and
/// type; a negative one must give none.
@Suite struct DatesExamplesTests {
    @Test(arguments: DateExample.all())
    func example(_ example: DateExample) throws {
        let document = try DatesTestPipeline.run(example.text, date: example.date)
        let found = document.dates.map { "\($0.text) → \($0.value ?? "null") \($0.type.rawValue) [\($0.rule)]" }
        for mention in document.dates {
            #expect(document.string(mention.span) == mention.text, "\(example.file):\(example.line): span text differs")
        }
        guard let span = example.span else {
            #expect(document.dates.isEmpty, "\(example.file):\(example.line): expected nothing, found \(found)")
            return
        }
        #expect(document.dates.count == 1, "\(example.file):\(example.line): expected one expression, found \(found)")
        guard let mention = document.dates.first(where: { $0.text == span }) else {
            Issue.record("\(example.file):\(example.line): expected \"\(span)\", found \(found)")
            return
        }
        #expect(mention.value ?? "null" == example.value, "\(example.file):\(example.line): value \(mention.value ?? "null"), expected \(example.value ?? "")")
        #expect(mention.type.rawValue == example.type, "\(example.file):\(example.line): type \(mention.type.rawValue), expected \(example.type ?? "")")
    }

    /// The prefilter and the trigger index must not change what is found when many dates
    /// share one document: the examples, one paragraph each, give the same expressions.
    @Test func examplesJoinedInOneDocumentFindTheSame() throws {
        let examples = DateExample.all().filter { $0.date == "2014-04-14" && $0.span != nil }
        var separately: [String] = []
        for example in examples { separately += try DatesTestPipeline.run(example.text, date: example.date).dates.map(\.text) }
        let joined = try DatesTestPipeline.run(examples.map(\.text).joined(separator: "\n\n"), date: "2014-04-14")
        #expect(joined.dates.map(\.text) == separately)
        for mention in joined.dates { #expect(joined.string(mention.span) == mention.text) }
    }

    /// Duckling's discipline: a rule nobody shows an example of is a rule nobody checks.
    @Test func everyRuleHasAnExample() throws {
        var used: Set<String> = []
        for example in DateExample.all() where example.span != nil {
            used.formUnion(try DatesTestPipeline.run(example.text, date: example.date).dates.map(\.rule))
        }
        let plan = try #require(DatesTestPipeline.shared.plans.first { $0 is DatesPlan } as? DatesPlan)
        let missing = plan.rules.rules.filter { !used.contains($0.id) }.map { "\($0.location): \($0.id)" }
        #expect(missing.isEmpty, "rules without an example: \(missing)")
    }

    @Test func corpusIsLarge() {
        let examples = DateExample.all()
        #expect(examples.count >= 300)
        #expect(examples.contains { $0.span == nil })
    }
}
