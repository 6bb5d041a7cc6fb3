import ClaimlineCore

extension Document {
    /// How far back, in scalars, a mention is looked for: work stays bounded in long texts.
    static let mentionLookBack = 4000

    /// The last entity mention ending at or before `start`, within `mentionLookBack`, that fits.
    func earlierMention(before start: Int, where fits: (EntityMention) -> Bool) -> EntityMention? {
        var lo = 0, hi = entities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entities[mid].span.start < start { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 && entities[i].span.start >= start - Self.mentionLookBack {
            let e = entities[i]
            if e.span.end <= start && fits(e) { return e }
            i -= 1
        }
        return nil
    }
}
