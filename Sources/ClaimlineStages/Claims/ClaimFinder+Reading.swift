import ClaimlineCore
import ClaimlineRules

extension ClaimFinder {
    /// The time of a claim: a date in its clause, else in its sentence within `clauseReach`
    /// tokens (each of N predicates of one sentence with no date searched all of it), else, when
    /// the clause points back ("in these strikes"), the last date before it in the same statement.
    /// `act`: the predicate is a speech act ("claimed responsibility"), dated by the event it is
    /// about where its clause dates that event apart from the act.
    func time(_ t: Int, clause: ClosedRange<Int>, reading: ClauseReading, owner: Int?, act: Bool = false) -> ClaimTime? {
        if act, let d = eventDate(after: t, clause) { return timeRef(d) }
        let sentence = text.sentenceRange(t)
        let near = max(sentence.lowerBound, t - Self.clauseReach)...min(sentence.upperBound, t + Self.clauseReach)
        if let d = reading.nearestDate ?? nearestDate(t, in: near, outside: clause) { return timeRef(d) }
        guard reading.pointsBack else { return nil }
        let floor = owner.map { attributions[$0].first } ?? max(0, sentence.lowerBound - 60)
        var k = clause.lowerBound - 1
        while k >= floor { if datesEvent(k) { return timeRef(Int(text.date[k])) }; k -= 1 }
        return nil
    }

    /// "claimed responsibility on Friday for the attacks … on Thursday", "claimed on Saturday the
    /// attack …, in which 53 soldiers died on Friday": the first date of the clause after the act's
    /// words and the act's own day beside them (one word between at most: "on Friday").
    private func eventDate(after t: Int, _ clause: ClosedRange<Int>) -> Int? {
        var k = t + Int(text.predicateLength[t])
        if k + 1 <= clause.upperBound && text.isWord(k) && text.date[k] < 0 && text.date[k + 1] >= 0 { k += 1 }
        if k <= clause.upperBound && text.date[k] >= 0 {
            let own = text.date[k]
            while k <= clause.upperBound && text.date[k] == own { k += 1 }
        }
        while k <= clause.upperBound {
            if datesEvent(k) { return Int(text.date[k]) }
            k += 1
        }
        return nil
    }

    /// The event date nearest `t` in `range` but not in `clause` (inside it, `read` found none).
    private func nearestDate(_ t: Int, in range: ClosedRange<Int>, outside clause: ClosedRange<Int>) -> Int? {
        var best: (Int, Int)? = nil
        text.date.withUnsafeBufferPointer { dates in
            var k = range.lowerBound
            while k <= range.upperBound {
                if k == clause.lowerBound { k = clause.upperBound + 1; continue }
                if dates[k] >= 0 && datesEvent(k) {
                    // The aside is asked only of a date nearer than the best so far.
                    let d = abs(k - t)
                    if (best == nil || d < best!.1) && !inRelativeAside(k, apartFrom: t) { best = (Int(dates[k]), d) }
                }
                k += 1
            }
        }
        return best?.0
    }

    /// "The group, which was founded in 2012, said …": a date in a relative clause between
    /// commas dates that clause's event, not a claim outside it.
    private func inRelativeAside(_ k: Int, apartFrom t: Int) -> Bool {
        var open = k - 1
        while open > 0 && k - open <= 12 && !opensRelativeAside(open) {
            if text.tokens[open].kind == .punctuation || text.isSentenceEnd(open) { return false }
            open -= 1
        }
        guard open > 0, k - open <= 12, text.isPunct(open - 1, ",") else { return false }
        // Closed by a comma, or by the sentence's end after the claim ("…, said the group, which …").
        var close = k + 1
        while close < text.count && close - k <= 12 && !text.isPunct(close, ",") && !text.isSentenceEnd(close) {
            if text.tokens[close].kind == .punctuation { return false }
            close += 1
        }
        guard close < text.count, text.isPunct(close, ",") || text.isSentenceEnd(close) else { return false }
        return t < open - 1 || t > close
    }

    /// A relative pronoun, or a participle of founding ("formed in 2012"), after a comma.
    private func opensRelativeAside(_ k: Int) -> Bool {
        k > 0 && text.isPunct(k - 1, ",") && (text.words.relatives.contains(text.hashes[k]) || text.words.founded.contains(text.hashes[k]))
    }

    /// A date or time at token `k`; a duration ("for ten days") or a set ("daily") dates no event.
    func datesEvent(_ k: Int) -> Bool {
        guard text.date[k] >= 0 else { return false }
        let type = text.doc.dates[Int(text.date[k])].type
        return type == .date || type == .time
    }

    private func timeRef(_ index: Int) -> ClaimTime {
        let d = text.doc.dates[index]
        return ClaimTime(value: d.value, span: d.span, date: d.id)
    }

    /// "contrary to statements by the French Defence Minister (Jean-Yves Le Drian) and French
    /// media": each source named after a stance marker in the clause.
    /// `first` is the clause's first stance marker: a clause without one has no stance.
    func stance(in clause: ClosedRange<Int>, from first: Int?) -> [Stance] {
        guard let first else { return [] }
        var result: [Stance] = []
        for m in first...clause.upperBound {
            guard let kind = text.markerKind(m), kind == .contradicts || kind == .supports else { continue }
            let relation: Stance.Relation = kind == .contradicts ? .contradicts : .supports
            var k = m + Int(text.markerLength[m])
            while k <= clause.upperBound {
                while k <= clause.upperBound && isFiller(k) && !text.isWord(k, text.words.that) { k += 1 }
                // "contrary to rumours that he had been wounded": what the rumours say, no source.
                guard k <= clause.upperBound, !text.isWord(k, text.words.that),
                      var p = reader.after(k, limit: clause.upperBound) else { break }
                var end = p.extent.upperBound
                if end + 3 <= clause.upperBound + 1, end + 1 <= clause.upperBound, text.isPunct(end + 1, "("),
                   let inner = reader.after(end + 2, limit: clause.upperBound), inner.kind == .person {
                    p = reader.merge(p, inner)
                    end = inner.extent.upperBound + (inner.extent.upperBound + 1 <= clause.upperBound && text.isPunct(inner.extent.upperBound + 1, ")") ? 1 : 0)
                }
                result.append(Stance(source: source(p), relation: relation))
                k = end + 1
                guard k <= clause.upperBound, text.isWord(k, text.words.and) || text.isPunct(k, ",") else { break }
                // "Contrary to the claims of the French, our emir is alive": past the comma, a
                // phrase before a finite verb is the clause's subject, not another source.
                if text.isPunct(k, ","), let next = reader.after(k + 1, limit: clause.upperBound),
                   next.extent.upperBound + 1 <= clause.upperBound, text.isFiniteVerb(next.extent.upperBound + 1) { break }
                k += 1
            }
        }
        return result
    }

    /// "statements by", "the claims of", "reports from": words between a stance marker and its source.
    private func isFiller(_ k: Int) -> Bool {
        guard text.tokens[k].kind == .word, !text.isCapitalised(k), text.entity[k] < 0 else { return false }
        if text.markerKind(k) == .role || text.markerKind(k) == .pronounPerson || text.markerKind(k) == .pronounGroup { return false }
        if text.markerKind(k) == .determiner { return !(k + 1 < text.count && (reader.isNamePart(k + 1) || reader.isRole(k + 1))) }
        return true
    }

    private func source(_ p: Phrase) -> MentionRef {
        if p.kind == .role, let i = text.mentions.firstRole(overlapping: text.original(p.first, p.last), held: false), case let r = text.doc.roles[i], let h = r.holder {
            let e = text.doc.entities[h]
            return MentionRef(span: text.original(p.first, p.last), entity: e.entity, name: e.name ?? e.text, role: r.role)
        }
        if let i = p.entity {
            let e = text.doc.entities[i]
            return MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text, role: reader.role(of: p))
        }
        return MentionRef(span: text.original(p.first, p.last), entity: nil, name: text.text(p.first, p.last), role: reader.role(of: p))
    }
}
