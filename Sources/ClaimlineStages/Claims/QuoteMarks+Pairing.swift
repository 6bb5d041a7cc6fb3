import ClaimlineCore

extension QuoteMarks {
    /// Pairs the marks of one family in one left-to-right pass over the marks.
    func pair(_ family: Family, into spans: inout [QuotedSpan]) {
        var open: Int? = nil, openParagraph = 0
        // After the two latest closing marks that had no opening one: the next such quote
        // reaches back over one of them at most.
        var afterMissingOpen = (0, 0)
        let single = family == .single
        for mark in marks where mark.family == family {
            let t = mark.token, paragraph = mark.paragraph
            if let o = open, paragraph != openParagraph {
                let next = paragraphFirst[openParagraph + 1]
                if next == t && mark.leansOpen { openParagraph = paragraph; continue }  // the quote runs on
                if !single { emit(open: o, close: nil, end: next - 1, single: false, into: &spans) }
                open = nil
            }
            if single && !(mark.opensByContext || mark.closesByContext) { continue }
            guard let o = open else {
                if !single && mark.closesByContext && mark.glyph != .opening {
                    emitMissingOpen(close: t, floor: afterMissingOpen.0, into: &spans)
                    afterMissingOpen = (afterMissingOpen.1, t + 1)
                } else if !single || mark.opensByContext {
                    open = t; openParagraph = paragraph
                }
                continue
            }
            if reopens(mark) {
                // The words after its last sentence end introduce the next quote ("… Later X said: “").
                let end = (o + 1..<t).last(where: { text.isSentenceEnd($0) }) ?? t - 1
                emit(open: o, close: nil, end: end, single: single, into: &spans)
                open = t; openParagraph = paragraph
            } else if !single || mark.closesByContext || mark.glyph == .closing {
                emit(open: o, close: t, end: t - 1, single: single, into: &spans)
                open = nil
            }
        }
        if let o = open, !single {
            let end = openParagraph + 1 < paragraphFirst.count ? paragraphFirst[openParagraph + 1] - 1 : text.count - 1
            emit(open: o, close: nil, end: end, single: false, into: &spans)
        }
    }

    /// A curly opening mark with a space before it while a quote is open: the earlier quote was
    /// left unclosed (a stray mark). A “ after a comma or full stop closes instead (a common
    /// typing slip: “…, “said the spokesman).
    private func reopens(_ mark: Mark) -> Bool {
        mark.glyph == .opening && mark.opensByContext && mark.token > 0 && !afterClausePunctuation(mark.token)
    }

    private func emit(open: Int, close: Int?, end: Int, single: Bool, into spans: inout [QuotedSpan]) {
        let first = open + 1
        var last = end
        while last >= first && text.tokens[last].kind == .punctuation && text.scalar(last) == "," { last -= 1 }
        guard first <= last else { return }
        spans.append(QuotedSpan(open: open, close: close, first: first, last: last, singleMarks: single))
    }

    /// A closing mark with no opening one: the content runs from the paragraph start, but over
    /// one earlier such mark at most (`floor`): a long paragraph with many stray marks does not
    /// give quote after quote of all of it.
    private func emitMissingOpen(close t: Int, floor: Int, into spans: inout [QuotedSpan]) {
        var first = max(t - 1, floor)
        while first > floor && !paragraphStart[first] { first -= 1 }
        var last = t - 1
        while last >= first && text.tokens[last].kind == .punctuation && text.scalar(last) == "," { last -= 1 }
        guard first <= last, first >= 0 else { return }
        spans.append(QuotedSpan(open: nil, close: t, first: first, last: last, singleMarks: false))
    }
}
