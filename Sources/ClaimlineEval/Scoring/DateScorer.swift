/// Temporal expressions, TempEval-3 style: strict (exact) and relaxed (overlapping) span
/// match, and the TIMEX3 type and value scored over the relaxed matches.
enum DateScorer {
    static func score(gold g: [EvalDate], system s: [EvalDate], document: String,
                      into sheet: inout ScoreSheet, diff: inout [DiffEntry]) {
        let strict = Alignment(gold: g.count, system: s.count) { i, j in g[i].span == s[j].span ? 1 : nil }
        let relaxed = Alignment(gold: g.count, system: s.count) { i, j in Alignment.spanScore(g[i].span, s[j].span) }
        let type = relaxed.agreeing { g[$0].type == s[$1].type }
        let value = relaxed.agreeing { g[$0].value == s[$1].value }
        for (metric, alignment) in [(Metric.dateStrict, strict), (.dateRelaxed, relaxed)] {
            sheet.add(metric, alignment.score)
            for (label, score) in alignment.perLabel(gold: { g[$0].type }, system: { s[$0].type }) {
                sheet.add(metric, label: label, score)
            }
        }
        sheet.add(.dateType, type)
        sheet.add(.dateValue, value)
        addDiff(gold: g, system: s, relaxed: relaxed, document: document, into: &diff)
    }

    private static func addDiff(gold g: [EvalDate], system s: [EvalDate], relaxed: Alignment, document: String,
                                into diff: inout [DiffEntry]) {
        func label(_ d: EvalDate) -> String { d.type + " " + (d.value ?? "-") }
        func entry(_ kind: DiffEntry.Kind, _ d: EvalDate, _ note: String? = nil) -> DiffEntry {
            DiffEntry(document: document, layer: "date", kind: kind, span: d.span, text: d.text, label: label(d),
                      rule: d.rule, note: note)
        }
        for i in relaxed.unmatchedGold { diff.append(entry(.falseNegative, g[i])) }
        for j in relaxed.unmatchedSystem { diff.append(entry(.falsePositive, s[j])) }
        for (i, j) in relaxed.pairs {
            let gold = "gold: " + describe(g[i].span, g[i].text, label(g[i]))
            if g[i].span != s[j].span { diff.append(entry(.boundary, s[j], gold)) }
            if g[i].type != s[j].type || g[i].value != s[j].value { diff.append(entry(.mismatch, s[j], gold)) }
        }
    }
}
