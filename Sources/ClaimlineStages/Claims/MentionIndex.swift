import ClaimlineCore

/// Some of a document's annotations (their indexes, in array order) with their spans. The
/// stages write annotations in text order, so binary searches answer the questions the
/// speaker resolver asks at every cue; when spans are out of order the list is scanned,
/// with the same answers. A scan of every role or entity per cue made a long document cost
/// the square of its length.
struct SpanList {
    private var members: [Int] = []
    private var spans: [ScalarSpan] = []
    /// Starts and ends both rise (never fall) through the list.
    private var ordered = true

    mutating func append(_ index: Int, _ span: ScalarSpan) {
        if let last = spans.last, span.start < last.start || span.end < last.end { ordered = false }
        members.append(index); spans.append(span)
    }

    /// The last member that ends at or before `offset`.
    func last(endingBy offset: Int) -> Int? {
        guard ordered else { return spans.indices.last { spans[$0].end <= offset }.map { members[$0] } }
        let after = firstEnding(after: offset)
        return after > 0 ? members[after - 1] : nil
    }

    /// The first member that overlaps `span`.
    func first(overlapping span: ScalarSpan) -> Int? {
        var k = ordered ? firstEnding(after: span.start) : 0
        while k < spans.count {
            if spans[k].overlaps(span) { return members[k] }
            if ordered && spans[k].start >= span.end { return nil }  // so do all after it
            k += 1
        }
        return nil
    }

    /// Position of the first member ending after `offset` (the list ordered).
    private func firstEnding(after offset: Int) -> Int {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// A document's roles and person mentions as the speaker resolver looks them up.
struct MentionIndex {
    /// All roles; those with a holder; those with a holder by role word.
    private(set) var roles = SpanList()
    private(set) var heldRoles = SpanList()
    private(set) var heldRolesByWord: [String: SpanList] = [:]
    /// For each entity mention, the first role it holds (-1: none).
    private(set) var firstRoleHeld: [Int32]
    /// Person mentions.
    private(set) var persons = SpanList()

    init(_ doc: Document) {
        firstRoleHeld = [Int32](repeating: -1, count: doc.entities.count)
        for (i, r) in doc.roles.enumerated() {
            roles.append(i, r.span)
            guard let h = r.holder else { continue }
            heldRoles.append(i, r.span)
            heldRolesByWord[r.role, default: SpanList()].append(i, r.span)
            if firstRoleHeld[h] < 0 { firstRoleHeld[h] = Int32(i) }
        }
        doc.entities.withUnsafeBufferPointer { entities in
            for i in entities.indices where entities[i].type == "PER" { persons.append(i, entities[i].span) }
        }
    }

    /// The role word of the first role entity mention `i` holds.
    func role(heldBy i: Int, in roles: [RoleMention]) -> String? {
        firstRoleHeld[i] >= 0 ? roles[Int(firstRoleHeld[i])].role : nil
    }
}
