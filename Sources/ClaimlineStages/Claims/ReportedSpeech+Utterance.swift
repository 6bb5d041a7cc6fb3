import ClaimlineCore

extension AttributionFinder {
    /// How far back, in tokens, the statement that "the statement" refers to is looked for.
    static let utteranceLookBack = 160

    /// "The statement said …", "the group's video added that …": a statement, message or video
    /// that speaks for whoever issued it. The speaker is the organisation or person named
    /// before the noun ("the AQIM statement"), else the first one named in the last earlier
    /// sentence that names a statement ("AQIM issued a statement on Monday."), else the speaker
    /// of the last attribution before it ("In a statement, AQIM said …"). Nil when the word
    /// before the verb is no statement opened by "the", "this" or "that", or nobody issued one.
    mutating func utteranceSpeaker(_ c: Int, floor: Int) -> Speaker? {
        guard c - 1 > floor, text.markerKind(c - 1) == .utterance else { return nil }
        // Back to the determiner over at most three words ("The latest AQIM video").
        var k = c - 2, nameToken: Int? = nil
        while k >= floor && c - 1 - k <= 3 && text.tokens[k].kind == .word && text.markerKind(k) != .determiner {
            if text.entity[k] >= 0 { nameToken = k }
            k -= 1
        }
        // "The statement", "this video": one named before; "an audio statement claiming …" is new.
        guard k >= floor, text.words.definite.contains(text.hashes[k]) else { return nil }
        // The speaker's span is the statement's phrase; the issuer gives its entity and name.
        let span = text.original(k, c - 1)
        func named(_ s: Speaker, _ rule: String) -> Speaker {
            s.restated(ref: MentionRef(span: span, entity: s.ref.entity, name: s.ref.name, role: s.ref.role), rule: rule)
        }
        if let nameToken, let s = issuer(at: nameToken, c) { return named(s, "speaker.utterance_issuer") }
        if let s = issuerOfEarlierStatement(before: k, at: c) { return named(s, "speaker.utterance_issuer") }
        guard let last = found.lastIndex(where: { $0.speaker?.key != nil && $0.last < c }) else { return nil }
        return named(found[last].speaker!, "speaker.utterance_previous")
    }

    /// The first organisation or person named in the last sentence before token `k` that
    /// names a statement, within `utteranceLookBack` tokens.
    private mutating func issuerOfEarlierStatement(before k: Int, at c: Int) -> Speaker? {
        let sentenceStart = text.sentenceRange(k).lowerBound
        var u = sentenceStart - 1
        while u >= max(0, k - Self.utteranceLookBack) && text.markerKind(u) != .utterance { u -= 1 }
        guard u >= max(0, k - Self.utteranceLookBack) else { return nil }
        for t in text.sentenceRange(u) where text.entity[t] >= 0 {
            if let s = issuer(at: t, c) { return s }
        }
        return nil
    }

    /// The speaker that the organisation or person mention at token `t` names, for the cue at `c`.
    private mutating func issuer(at t: Int, _ c: Int) -> Speaker? {
        let e = text.entity[t]
        let type = text.doc.entities.withUnsafeBufferPointer { $0[Int(e)].type }
        guard type == "ORG" || type == "PER" else { return nil }
        var first = t
        while first > 0 && text.entity[first - 1] == e { first -= 1 }
        guard let p = reader.after(first, limit: min(text.tokens.count - 1, first + 12)), p.entity != nil else { return nil }
        return resolver.resolve(p, at: c)
    }
}
