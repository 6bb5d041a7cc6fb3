/// Entity mentions: span + type and span + canonical id, each exact and overlapping.
enum EntityScorer {
    static func score(gold: [EvalEntity], system: [EvalEntity], document: String,
                      into sheet: inout ScoreSheet, diff: inout [DiffEntry]) {
        let g = gold, s = system
        func align(exact: Bool, _ same: @escaping (EvalEntity, EvalEntity) -> Bool) -> Alignment {
            Alignment(gold: g.count, system: s.count) { i, j in
                guard same(g[i], s[j]) else { return nil }
                if exact { return g[i].span == s[j].span ? 1 : nil }
                return Alignment.spanScore(g[i].span, s[j].span)
            }
        }
        let sameType: (EvalEntity, EvalEntity) -> Bool = { $0.type == $1.type }
        let sameID: (EvalEntity, EvalEntity) -> Bool = { $0.entity == $1.entity }
        let runs: [(Metric, Alignment)] = [
            (.entitySpanTypeExact, align(exact: true, sameType)),
            (.entitySpanTypeOverlap, align(exact: false, sameType)),
            (.entitySpanIDExact, align(exact: true, sameID)),
            (.entitySpanIDOverlap, align(exact: false, sameID)),
        ]
        for (metric, alignment) in runs {
            sheet.add(metric, alignment.score)
            for (label, score) in alignment.perLabel(gold: { g[$0].type }, system: { s[$0].type }) {
                sheet.add(metric, label: label, score)
            }
        }
        addDiff(gold: g, system: s, exact: runs[0].1, document: document, into: &diff)
    }

    /// Misses and false alarms of span + type. A missed gold mention is shown with the first
    /// unmatched system mention overlapping it (a boundary error, or a type error at the same
    /// span); system mentions left over are false positives. Exact span + type matches whose
    /// canonical id is wrong are mismatches.
    private static func addDiff(gold g: [EvalEntity], system s: [EvalEntity], exact: Alignment, document: String,
                                into diff: inout [DiffEntry]) {
        func label(_ e: EvalEntity) -> String { e.type + " " + (e.entity ?? "-") }
        var leftover = exact.unmatchedSystem
        for i in exact.unmatchedGold {
            let k = leftover.firstIndex { s[$0].span.overlaps(g[i].span) }
            let near = k.map { s[leftover.remove(at: $0)] }
            let kind: DiffEntry.Kind = near == nil ? .falseNegative : near!.span == g[i].span ? .mismatch : .boundary
            diff.append(DiffEntry(document: document, layer: "entity", kind: kind, span: g[i].span, text: g[i].text,
                                  label: label(g[i]), rule: near?.rule,
                                  note: near.map { "system: " + describe($0.span, $0.text, label($0)) }))
        }
        for j in leftover {
            diff.append(DiffEntry(document: document, layer: "entity", kind: .falsePositive, span: s[j].span,
                                  text: s[j].text, label: label(s[j]), rule: s[j].rule))
        }
        for (i, j) in exact.pairs where g[i].entity != s[j].entity {
            diff.append(DiffEntry(document: document, layer: "entity", kind: .mismatch, span: s[j].span, text: s[j].text,
                                  label: label(s[j]), rule: s[j].rule, note: "gold id: \(g[i].entity ?? "none (unknown entity)")"))
        }
    }
}
