/// The attributions that may hold a token at or after a left-to-right walk's position. A walk
/// asks which attribution holds the token it is at for every cue, quote or predicate; looking
/// only at these keeps each question to the few attributions around the token, where a scan of
/// all of them made a long document cost the square of its length.
struct LiveAttributions {
    /// Attribution indexes; the first `count` are live (the buffer is kept, not shrunk).
    private var live: [Int] = []
    private var count = 0

    /// Forgets them all, keeping the buffer for the next walk.
    mutating func clear() { count = 0 }

    mutating func add(_ index: Int) {
        if count < live.count {
            live[count] = index
        } else {
            if live.isEmpty { live.reserveCapacity(8) }  // one allocation for most documents
            live.append(index)
        }
        count += 1
    }

    /// Forgets those that end before token `t`: the walk asks about no earlier token again.
    mutating func drop(endingBefore t: Int, in all: [Attribution]) {
        guard count > 0 else { return }
        let count = self.count
        self.count = all.withUnsafeBufferPointer { all in
            live.withUnsafeMutableBufferPointer { live in
                var kept = 0
                for k in 0..<count where all[live[k]].last >= t { live[kept] = live[k]; kept += 1 }
                return kept
            }
        }
    }

    /// Of the attributions for which `matches` holds, the deepest by `depth`, the highest index
    /// among equals.
    func deepest(where matches: (Int) -> Bool, depth: (Int) -> Int) -> Int? {
        var best = -1, bestDepth = Int.min
        for k in 0..<count where matches(live[k]) {
            let d = depth(live[k])
            if d > bestDepth || (d == bestDepth && live[k] > best) { best = live[k]; bestDepth = d }
        }
        return best >= 0 ? best : nil
    }

    /// The highest attribution index for which `matches` holds.
    func last(where matches: (Int) -> Bool) -> Int? {
        var best = -1
        for k in 0..<count where live[k] > best && matches(live[k]) { best = live[k] }
        return best >= 0 ? best : nil
    }
}
