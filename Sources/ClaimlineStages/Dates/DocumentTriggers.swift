import ClaimlineRules

/// The rules each trigger key can start, cut down per document to those whose required
/// bits all occur somewhere in the document. Most rules need a word (a month, "ago", a
/// weekday) that a given document lacks, so the per-token loop checks far fewer rules.
/// Filled once per document for the keys it has; reused across documents.
struct DocumentTriggers {
    /// The surviving rules, one run per key seen in the document (room for every rule of
    /// every key, so filling it never grows it).
    private(set) var pool: [DatesStage.Trigger]
    /// Per key: its run in `pool`, valid when its stamp is the current document's.
    private(set) var ranges: [Run]
    private var stamps: [UInt32]
    private var document: UInt32 = 0
    /// The keys of the current document, each once, in the order they were first seen.
    private var seen: [Int32]
    private let lexiconSize: Int

    struct Run {
        var start: Int32
        var count: Int32
        /// `TriggerFollowers.starts` of the key (fixed per key): where in the stage's
        /// second-key bits the keys that may follow it are, or -1 for any token.
        var follower: Int32
    }

    init(lexiconSize: Int, capacity: Int, followers: [Int32]) {
        self.lexiconSize = lexiconSize
        pool = Array(repeating: DatesStage.Trigger(rule: 0, level: 0, required: DateClassBits(), second: -1), count: capacity)
        ranges = followers.map { Run(start: 0, count: 0, follower: $0) }
        stamps = Array(repeating: 0, count: lexiconSize + 129)
        seen = Array(repeating: 0, count: lexiconSize + 129)
    }

    /// Fills the runs of the keys in `tokens`, keeping the triggers whose required bits all
    /// occur in the document (`keyBits`: the prefilter bits of each key). One pass over the
    /// tokens' keys (`DateToken.key`) collects the keys and the document's bits.
    mutating func fill(_ tokens: UnsafeBufferPointer<DateToken>, keyBits: UnsafeBufferPointer<DateClassBits>,
                       machine: DateMachine, triggers: [DatesStage.Trigger]) {
        document &+= 1
        if document == 0 { stamps = Array(repeating: 0, count: stamps.count); document = 1 }
        let document = self.document
        var present = DateClassBits(), keys = 0
        stamps.withUnsafeMutableBufferPointer { stamps in
            seen.withUnsafeMutableBufferPointer { seen in
                for token in tokens {
                    let key = Int(token.key)
                    if key < 0 { continue }
                    present = present | keyBits[key]
                    if stamps[key] == document { continue }
                    stamps[key] = document
                    seen[keys] = Int32(truncatingIfNeeded: key)
                    keys &+= 1
                }
            }
        }
        keepCovered(keys, present: present, machine: machine, triggers: triggers)
    }

    /// Fills the runs of the first `keys` seen keys with their triggers that `present` covers.
    private mutating func keepCovered(_ keys: Int, present: DateClassBits, machine: DateMachine,
                                      triggers: [DatesStage.Trigger]) {
        let lexiconSize = self.lexiconSize
        var count = 0
        triggers.withUnsafeBufferPointer { triggers in
            pool.withUnsafeMutableBufferPointer { pool in
                ranges.withUnsafeMutableBufferPointer { ranges in
                    for key in seen[0..<keys].lazy.map(Int.init) {
                        let all = key < lexiconSize ? machine.wordTriggers[key]
                            : key == lexiconSize ? machine.numberTriggers : machine.punctTriggers[key - lexiconSize - 1]
                        let start = count
                        for k in Int(all.start)..<Int(all.start + all.count) where present.covers(triggers[k].required) {
                            pool[count] = triggers[k]
                            count += 1
                        }
                        ranges[key].start = Int32(start)
                        ranges[key].count = Int32(count - start)
                    }
                }
            }
        }
    }
}
