/// The attributions that may hold a token at or after a left-to-right walk's position. A walk
/// asks which attribution holds the token it is at for every cue, quote or predicate; looking
/// only at these keeps each question to the few attributions around the token, where a scan of
/// all of them made a long document cost the square of its length.
struct LiveAttributions {
    private var live: [Int] = []

    mutating func add(_ index: Int) { live.append(index) }

    /// Forgets those that end before token `t`: the walk asks about no earlier token again.
    mutating func drop(endingBefore t: Int, in all: [Attribution]) {
        all.withUnsafeBufferPointer { all in live.removeAll { all[$0].last < t } }
    }

    /// The highest attribution index for which `matches` holds.
    func last(where matches: (Int) -> Bool) -> Int? {
        var best: Int? = nil
        for i in live where i > (best ?? -1) && matches(i) { best = i }
        return best
    }
}
