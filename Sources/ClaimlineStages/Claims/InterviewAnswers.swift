import ClaimlineCore

extension AttributionFinder {
    /// "A: These reports are exaggerated." In an interview printed as Q:/A:, each answer is a
    /// direct quote with no cue, spoken by the interviewee: the first person named in the text
    /// after the headline. Nothing when token `t` opens no answer.
    mutating func attributeAnswer(at t: Int, paragraphStart: [Bool], headline: Headline) {
        guard paragraphStart[t], t + 2 < text.count, text.tokens[t].view.length == 1, text.scalar(t) == "A",
              text.isPunct(t + 1, ":") else { return }
        var last = t + 2
        while last + 1 < text.count && !paragraphStart[last + 1] { last += 1 }
        guard last > t + 2 else { return }
        var a = Attribution(first: t + 2, last: last, direct: true, cue: nil, cueRule: nil, speaker: nil, parent: innermost(t),
                            rule: "quote.interview_answer")
        a.speaker = interviewee(before: t, after: headline.last)
        add(&a)
    }

    private func interviewee(before t: Int, after headlineEnd: Int) -> Speaker? {
        let start = headlineEnd + 1 < text.count ? text.tokens[headlineEnd + 1].view.start : 0
        let limit = text.tokens[t].view.start
        guard let e = text.doc.entities.first(where: { $0.type == "PER" && $0.view.start >= start && $0.view.end <= limit }) else { return nil }
        return Speaker(ref: MentionRef(span: e.span, entity: e.entity, name: e.name ?? e.text), rule: "speaker.interviewee",
                       key: SpeakerKey(entity: e.entity, name: e.text), isPerson: true, role: nil, organisation: nil)
    }
}
