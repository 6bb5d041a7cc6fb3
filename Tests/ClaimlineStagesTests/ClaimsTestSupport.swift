import ClaimlineCore
import ClaimlinePipelines
import ClaimlineRules
import ClaimlineStages
import Foundation
import Testing

/// The default pipeline, loaded once per test process.
let defaultPlan: PipelinePlan = {
    let url = DefaultPipeline.candidates(executable: nil).last!
    let spec = try! PipelineSpec(contentsOf: url, displayPrefix: "Pipelines/")
    return try! PipelinePlan(spec: spec)
}()

/// A document prepared for the claims stage: the real clean, normalize and segment stages run
/// on the text; entity, role and date mentions are added by hand where a test needs them, in
/// the shape the entities and dates stages give them.
struct ClaimsFixture {
    var document: Document

    init(_ text: String, source: String? = nil, translator: String? = nil, date: String? = nil) {
        var metadata = DocumentMetadata()
        metadata.source = source
        metadata.translator = translator
        metadata.date = date.flatMap { CalendarDate(iso: $0) }
        document = Document(id: "test", text: text, metadata: metadata)
        for plan in defaultPlan.plans where [.clean, .normalize, .segment].contains(plan.kind) {
            try! plan.makeStage().run(&document)
        }
    }

    /// The span of the `occurrence`-th (1-based) appearance of `needle` in the original text.
    func span(_ needle: String, _ occurrence: Int = 1) -> ScalarSpan {
        let hay = document.scalars, n = Array(needle.unicodeScalars)
        var seen = 0, i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<(i + n.count)]) == n { seen += 1; if seen == occurrence { return ScalarSpan(i, i + n.count) } }
            i += 1
        }
        preconditionFailure("\"\(needle)\" #\(occurrence) not in text")
    }

    /// Adds an entity mention (as the entities stage would) and returns its index.
    @discardableResult
    mutating func entity(_ needle: String, _ type: String, _ id: String?, _ occurrence: Int = 1, name: String? = nil) -> Int {
        let s = span(needle, occurrence)
        let view = document.view.map.toDerived(s)
        let mention = EntityMention(span: s, view: view, text: needle, type: type, entity: id, name: id == nil ? nil : (name ?? needle), rule: "test")
        let at = document.entities.firstIndex { $0.span.start > s.start } ?? document.entities.count
        document.entities.insert(mention, at: at)
        for r in document.roles.indices {
            func shift(_ i: Int?) -> Int? { i.map { $0 >= at ? $0 + 1 : $0 } }
            document.roles[r].holder = shift(document.roles[r].holder)
            document.roles[r].organisation = shift(document.roles[r].organisation)
            document.roles[r].place = shift(document.roles[r].place)
        }
        return at
    }

    /// Adds a role mention over `needle` whose holder and organisation are entity indexes.
    mutating func role(_ needle: String, _ role: String, holder: Int?, organisation: Int? = nil, _ occurrence: Int = 1) {
        document.roles.append(RoleMention(span: span(needle, occurrence), role: role, holder: holder, organisation: organisation, place: nil, rule: "test"))
    }

    /// Adds a date mention (as the dates stage would) with its TIMEX3 value.
    mutating func date(_ needle: String, _ value: String, _ occurrence: Int = 1) {
        let s = span(needle, occurrence)
        let id = "t\(document.dates.count + 1)"
        document.dates.append(DateMention(id: id, span: s, view: document.view.map.toDerived(s), text: needle, type: .date, value: value, anchor: "document_date", rule: "test"))
        document.dates.sort { $0.span < $1.span }
    }

    /// Runs the claims stage and returns the document.
    func run() -> Document {
        var d = document
        let plan = defaultPlan.plans.first { $0.kind == .claims }!
        try! plan.makeStage().run(&d)
        return d
    }
}

extension Document {
    func text(_ s: ScalarSpan?) -> String? { s.map { string($0) } }

    /// Every emitted span must lie in the text; checks it for all quotes and claims.
    func checkSpans() {
        let n = scalars.count
        func ok(_ s: ScalarSpan?) { if let s { #expect(s.start >= 0 && s.end <= n && s.start <= s.end, "span \(s) out of bounds") } }
        for q in quotes { ok(q.span); ok(q.cue); ok(q.speaker?.span); q.chain.forEach { ok($0.span) } }
        for c in claims { ok(c.evidence); ok(c.speaker?.span); ok(c.subject?.span); ok(c.time?.span); c.chain.forEach { ok($0.span) } }
    }

    func claims(_ predicate: String) -> [Claim] { claims.filter { $0.predicate == predicate } }
}
