import ClaimlineCore
import ClaimlineRules

extension AttributionFinder {
    /// Relays stated in the sentence of an attribution's cue, outside its content:
    /// "quoted by Ani", "told Reuters", "in an interview with", "spoke with an ANI journalist".
    /// With no content and no speaker, these are the sentence's relay cues whatever the cue:
    /// read once per sentence, so that a sentence of many relays is not walked for each, and
    /// the speakers it remembers share one array.
    mutating func relaysAround(cue: ClosedRange<Int>) -> [MentionRef] {
        let sentence = text.sentenceRange(cue.lowerBound)
        if let memo = sentenceRelays, memo.sentence == sentence { return memo.links }
        let links = relayCues(RelayScope(cue: cue, first: 0, last: -1, hasSpeaker: false)).map(\.link)
        sentenceRelays = SentenceRelays(sentence: sentence, links: links)
        return links
    }

    /// The relays of the last sentence `relaysAround` read.
    struct SentenceRelays {
        var sentence: ClosedRange<Int>
        var links: [MentionRef]
    }

    /// What `relayCues` reads of an attribution (passed instead of the attribution, which
    /// would be copied with every string in it).
    struct RelayScope {
        var cue: ClosedRange<Int>?
        var first: Int
        var last: Int
        var hasSpeaker: Bool

        init(cue: ClosedRange<Int>?, first: Int, last: Int, hasSpeaker: Bool) {
            self.cue = cue; self.first = first; self.last = last; self.hasSpeaker = hasSpeaker
        }

        init(_ a: borrowing Attribution) { self.init(cue: a.cue, first: a.first, last: a.last, hasSpeaker: a.speaker != nil) }
    }

    /// A relay cue and the chain link it names (a struct, not a tuple: arrays of tuples are
    /// copied through the runtime's generic tuple witnesses).
    struct RelayCue {
        var cue: ClosedRange<Int>
        var link: MentionRef
    }

    /// The most relays one sentence states: real ones state one to three ("told Reuters, quoted
    /// by ANI"). A sentence of N relays and N quotes gave each quote all N.
    static let maxRelays = 8

    /// `relayCues` of one attribution reads its sentence this far, in tokens, either side of
    /// the attribution's cue and content (`reportReach`): a sentence of N quotes and a relay
    /// at its end was walked whole for each quote.
    static let relayReach = reportReach

    /// The relay cues of `a`'s sentence; with `reach`, those at most that many tokens before or
    /// after its cue and content.
    func relayCues(_ a: RelayScope, reach: Int? = nil) -> [RelayCue] {
        let anchor = a.cue?.lowerBound ?? a.first
        let sentence = text.sentenceRange(anchor)
        var walked = sentence
        if let reach {
            let near = min(anchor, a.first), far = max(a.cue?.upperBound ?? anchor, a.last)
            walked = max(sentence.lowerBound, near - reach)...min(sentence.upperBound, far + reach)
        }
        var links: [RelayCue] = []
        // Most sentences hold no relay cue: nothing to walk.
        guard text.hasRelayCue(in: walked) else { return links }
        walked = ownClauses(walked, near: min(anchor, a.first), far: max(a.cue?.upperBound ?? anchor, a.last))
        // "Hamaha, whom the French said they had killed, is alive, the spokesman told ANI": the
        // relays of a report in a relative aside are inside the aside.
        if let cue = a.cue, a.first <= a.last, a.last < walked.upperBound, inRelativeAside(cue.lowerBound, floor: walked.lowerBound) {
            walked = walked.lowerBound...max(walked.lowerBound, a.last)
        }
        var t = walked.lowerBound
        while t <= walked.upperBound {
            // Most tokens hold no cue (length 0): passed over eight at a time.
            t = text.cueLength.withUnsafeBufferPointer { $0.firstNonZero(from: t, to: min(walked.upperBound + 1, $0.count)) }
            guard t <= walked.upperBound else { break }
            guard let kind = text.cueKinds[t], !(a.first <= t && t <= a.last && a.cue?.lowerBound != t) else { t += 1; continue }
            let own = a.cue?.lowerBound == t
            let relay = kind == .relay || (kind == .according && !own && a.hasSpeaker)
            if relay, let link = reader.relayLink(cue: t, limit: sentence.upperBound) {
                if !links.contains(where: { $0.link.span == link.span }) { links.append(RelayCue(cue: t...cueEnd(t), link: link)) }
                if links.count == Self.maxRelays { break }
            }
            t = cueEnd(t) + 1
        }
        return links
    }

    /// `walked` without the clauses that ", and" joins before `near` or after `far`: "…, the agency
    /// said, and Ould Sidi told AFP …" — AFP heard Ould Sidi, not the agency.
    private func ownClauses(_ walked: ClosedRange<Int>, near: Int, far: Int) -> ClosedRange<Int> {
        var lower = walked.lowerBound, upper = walked.upperBound
        var k = far + 1
        while k < upper { if text.isPunct(k, ",") && text.isWord(k + 1, text.words.and) { upper = k; break }; k += 1 }
        k = near - 1
        while k > lower { if text.isWord(k, text.words.and) && text.isPunct(k - 1, ",") { lower = k; break }; k -= 1 }
        return lower...max(lower, upper)
    }

    /// Outward from the speaker: the speaker, those who relayed the words, then for a quote
    /// within a quote the outer quote's chain, else the translator and the publishing author.
    /// `stated` is `relays`, or when it is empty the relays stated earlier for the speaker.
    /// Each mention is one link: `relays` and `stated` name each once, and so does the outer chain.
    func chain(for s: borrowing Speaker, relays: [MentionRef], stated: [MentionRef], parent: Int?) -> [MentionRef] {
        var links: [MentionRef] = []
        links.reserveCapacity(1 + (parent.map { relays.count + found[$0].chain.count } ?? stated.count + 2))
        // The reference copied whole and its role set in place: a copy field by field went
        // through the runtime's generic witnesses for each optional string.
        links.append(s.ref)
        links[0].role = s.role ?? "speaker"
        if let parent {
            // A relay the outer chain names was read in the outer attribution's sentence (its own
            // "according to X", a relay stated for it): it keeps its place there, outward. The
            // outer speaker restated for an inner quote is its speaker already.
            let outer = found[parent].chain
            for r in relays where !r.isSameMention(links[0]) && !outer.contains(where: r.isSameMention) { links.append(r) }
            for o in outer where !o.isSameMention(links[0]) { links.append(o) }
            return links
        }
        // "…, quoted by Reuters": the relay named by the cue can be the speaker itself.
        for r in stated where !r.isSameMention(links[0]) { links.append(r) }
        if let translator = author.translator, !links.contains(where: translator.isSameMention) { links.append(translator) }
        if let publisher = author.publisherLink, !author.isPublisher(s.ref), !links.contains(where: author.isPublisher) {
            links.append(publisher)
        }
        return links
    }
}
