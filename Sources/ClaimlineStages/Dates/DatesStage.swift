import ClaimlineCore
import ClaimlineRules

/// Finds temporal expressions with the date rule tables and resolves them to TIMEX3 values.
/// Needs the analysis view (and, if present, boilerplate regions and entity mentions with
/// active years); adds `Document.dates` and warnings for weekdays that contradict dates.
final class DatesStage: Stage {
    let kind = StageKind.dates
    let plan: DatesPlan
    private let tokenizer: DateTokenizer
    private let matcher: DateMatcher
    private var tokens: [DateToken] = []
    private var matches: [DateRuleMatch] = []
    private var taken: [Bool] = []

    init(plan: DatesPlan) {
        self.plan = plan
        tokenizer = DateTokenizer(lexicon: plan.rules.lexicon)
        matcher = DateMatcher(rules: plan.rules)
    }

    func run(_ document: inout Document) throws(StageError) {
        tokenizer.tokenize(document.view.scalars, into: &tokens)
        findMatches()
        let order = document.metadata.source.flatMap { plan.sourceOrders[$0.lowercased()] } ?? plan.numericOrder
        let chosen = select(order: order)
        var resolution = DateResolution(plan: plan, document: document)
        for match in chosen {
            let view = ScalarSpan(Int(tokens[match.first].start), Int(tokens[match.end - 1].end))
            let span = document.view.original(view)
            if document.isBoilerplate(span) { continue }
            resolution.add(match, span: span, view: view)
        }
        document.dates = resolution.mentions
        document.warnings.append(contentsOf: resolution.warnings)
    }

    /// Every rule's longest match at every token where the rule can start.
    private func findMatches() {
        matches.removeAll(keepingCapacity: true)
        for i in tokens.indices {
            let candidates = plan.rules.candidates(tokens[i])
            if candidates.isEmpty { continue }
            for rule in candidates {
                if let m = matcher.match(Int(rule), at: i, in: tokens) { matches.append(m) }
            }
        }
    }

    /// Longest spans first (then the most context, the declared numeric order, table order), never overlapping; in text order.
    private func select(order: NumericDateOrder) -> [DateRuleMatch] {
        if matches.isEmpty { return [] }
        let rules = plan.rules.rules
        func rank(_ m: DateRuleMatch) -> Int { rules[m.rule].order.map { $0 == order ? 0 : 1 } ?? 0 }
        matches.sort { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.consumed != b.consumed { return a.consumed > b.consumed }
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            return a.rule != b.rule ? a.rule < b.rule : a.first < b.first
        }
        taken = Array(repeating: false, count: tokens.count)
        var chosen: [DateRuleMatch] = []
        for m in matches where !taken[m.first..<m.end].contains(true) {
            for t in m.first..<m.end { taken[t] = true }
            chosen.append(m)
        }
        return chosen.sorted { $0.first < $1.first }
    }
}
