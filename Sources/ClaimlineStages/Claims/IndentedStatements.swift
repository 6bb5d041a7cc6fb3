import ClaimlineCore
import ClaimlineRules

extension AttributionFinder {
    /// "Below is my translation of a statement … close to JNIM …" and then the statement's
    /// paragraphs indented: a translator's blog sets the text it translates apart by indenting
    /// it, with no quote marks. The indented paragraphs are one direct quote, spoken by the
    /// organisation the paragraph before them names as issuing a statement (rule
    /// `quote.indented_block`). Nothing when token `t`, a paragraph's first, opens no such block.
    mutating func attributeIndentedBlock(at t: Int, paragraphs: UnsafeBufferPointer<Int>, index: Int) {
        guard index > 0, isIndented(paragraphs[index]) else { return }
        // The block's first paragraph: those before it back to the introduction are boilerplate
        // ("In the name of God …") or not indented.
        var intro = index - 1
        while intro >= 0 && isIndented(paragraphs[intro]) {
            guard text.boilerplate[paragraphs[intro]] else { return }
            intro -= 1
        }
        guard intro >= 0 else { return }
        var end = index + 1
        while end < paragraphs.count && isIndented(paragraphs[end]) { end += 1 }
        let last = (end < paragraphs.count ? paragraphs[end] : text.count) - 1
        guard end - index >= 2 || (t...last).contains(where: { text.isSentenceEnd($0) && $0 < last }),
              let issuer = issuer(in: paragraphs[intro]..<paragraphs[intro + 1]) else { return }
        var a = Attribution(first: t, last: last, direct: true, cue: nil, cueRule: nil, speaker: nil, parent: innermost(t), rule: Self.indentedBlock)
        a.speaker = resolver.resolve(issuer, at: t).restated(rule: "speaker.block_issuer")
        add(&a)
    }

    static let indentedBlock = "quote.indented_block"

    /// Whether the line of token `t` starts with two spaces or a tab before it.
    private func isIndented(_ t: Int) -> Bool {
        let scalars = text.doc.scalars
        var s = text.originals[t].start, width = 0
        while s > 0 && (scalars[s - 1] == " " || scalars[s - 1] == "\t" || scalars[s - 1] == "\u{A0}") {
            width += scalars[s - 1] == "\t" ? 2 : 1
            s -= 1
        }
        return width >= 2 && (s == 0 || scalars[s - 1] == "\n" || scalars[s - 1] == "\r")
    }

    /// The organisation an introduction names with a word for a statement ("a statement …
    /// close to JNIM"): its first one no outlet (an agency, a paper, a platform), when a word
    /// for a message stands in it.
    private func issuer(in range: Range<Int>) -> Phrase? {
        guard range.contains(where: { text.markerKind($0) == .utterance }) else { return nil }
        for k in range where text.entity[k] >= 0 {
            let e = text.doc.entities[Int(text.entity[k])]
            guard e.isOrganisation, e.entity != nil, !AuthorRef.outletKinds.contains(e.kind ?? "") else { continue }
            if let p = reader.after(k, limit: range.upperBound - 1), p.entity != nil { return p }
        }
        return nil
    }
}
