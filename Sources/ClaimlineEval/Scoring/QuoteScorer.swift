import ClaimlineCore

/// Quotes: content (exact and overlapping), direct vs reported, cue, and speaker (by
/// canonical entity, or by span) on quotes whose content overlaps.
enum QuoteScorer {
    static func score(gold g: [EvalQuote], system s: [EvalQuote], document: String,
                      into sheet: inout ScoreSheet, diff: inout [DiffEntry]) {
        let exact = Alignment(gold: g.count, system: s.count) { i, j in g[i].span == s[j].span ? 1 : nil }
        let overlap = Alignment(gold: g.count, system: s.count) { i, j in Alignment.spanScore(g[i].span, s[j].span) }
        sheet.add(.quoteContentExact, exact.score)
        sheet.add(.quoteContentOverlap, overlap.score)
        sheet.add(.quoteDirect, overlap.agreeing { g[$0].direct == s[$1].direct })
        for (metric, alignment) in [(Metric.quoteContentExact, exact), (.quoteContentOverlap, overlap)] {
            for (label, score) in alignment.perLabel(gold: { kind(g[$0]) }, system: { kind(s[$0]) }) {
                sheet.add(metric, label: label, score)
            }
        }
        sheet.add(.quoteCueExact, cueScore(g, s) { $0 == $1 ? 1 : nil })
        sheet.add(.quoteCueOverlap, cueScore(g, s) { Alignment.spanScore($0, $1) })
        sheet.add(.quoteSpeakerEntity, speakerScore(g, s) { $1.matches(gold: $0) })
        sheet.add(.quoteSpeakerSpan, speakerScore(g, s) { $0.span != nil && $0.span == $1.span })
        addDiff(gold: g, system: s, overlap: overlap, document: document, into: &diff)
    }

    static func kind(_ q: EvalQuote) -> String { q.direct ? "direct" : "reported" }

    /// Cues as items of their own: every quote with a cue contributes one.
    private static func cueScore(_ g: [EvalQuote], _ s: [EvalQuote], _ score: (ScalarSpan, ScalarSpan) -> Int?) -> PRF {
        let gc = g.compactMap(\.cue), sc = s.compactMap(\.cue)
        return Alignment(gold: gc.count, system: sc.count) { score(gc[$0], sc[$1]) }.score
    }

    /// Speakers as items: (quote, speaker) of every quote with a speaker; a pair matches
    /// when the quotes overlap and the speakers agree.
    private static func speakerScore(_ g: [EvalQuote], _ s: [EvalQuote], _ agree: (EvalRef, EvalRef) -> Bool) -> PRF {
        let gq = g.filter { $0.speaker != nil }, sq = s.filter { $0.speaker != nil }
        return Alignment(gold: gq.count, system: sq.count) { i, j in
            guard agree(gq[i].speaker!, sq[j].speaker!) else { return nil }
            return Alignment.spanScore(gq[i].span, sq[j].span)
        }.score
    }

    private static func addDiff(gold g: [EvalQuote], system s: [EvalQuote], overlap: Alignment, document: String,
                                into diff: inout [DiffEntry]) {
        func label(_ q: EvalQuote) -> String { kind(q) + " speaker=" + (q.speaker?.label ?? "-") }
        func entry(_ kind: DiffEntry.Kind, _ q: EvalQuote, _ note: String? = nil) -> DiffEntry {
            DiffEntry(document: document, layer: "quote", kind: kind, span: q.span, text: q.text, label: label(q), rule: q.rule, note: note)
        }
        for i in overlap.unmatchedGold { diff.append(entry(.falseNegative, g[i])) }
        for j in overlap.unmatchedSystem { diff.append(entry(.falsePositive, s[j])) }
        for (i, j) in overlap.pairs {
            let gold = "gold: " + describe(g[i].span, g[i].text, label(g[i]))
            if g[i].span != s[j].span { diff.append(entry(.boundary, s[j], gold)) }
            let speakerAgrees = g[i].speaker.map { s[j].speaker?.matches(gold: $0) ?? false } ?? (s[j].speaker == nil)
            if !speakerAgrees || g[i].direct != s[j].direct { diff.append(entry(.mismatch, s[j], gold)) }
        }
    }
}
