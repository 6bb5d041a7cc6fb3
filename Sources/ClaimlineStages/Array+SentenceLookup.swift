import ClaimlineCore

extension Array where Element == Sentence {
    /// The index of the sentence whose view span holds view offset `offset`, found by halves
    /// (sentences come in text order); nil between sentences or past the last.
    func index(holdingView offset: Int) -> Int? {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo &+ hi) >> 1  // both within an array's bounds: no overflow
            if self[mid].view.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < count && self[lo].view.start <= offset ? lo : nil
    }
}
