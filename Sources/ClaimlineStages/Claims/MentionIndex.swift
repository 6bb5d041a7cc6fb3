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

    /// The first member that overlaps `span` and is `wanted`.
    func first(overlapping span: ScalarSpan, where wanted: (Int) -> Bool = { _ in true }) -> Int? {
        var k = ordered ? firstEnding(after: span.start) : 0
        while k < spans.count {
            if spans[k].overlaps(span) && wanted(members[k]) { return members[k] }
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

/// A document's roles and person mentions as the speaker resolver looks them up. Each part
/// is built when first asked for: most documents ask for one or none.
final class MentionIndex {
    private let roleMentions: [RoleMention]
    private let entities: [EntityMention]

    init(_ doc: Document) {
        roleMentions = doc.roles
        entities = doc.entities
    }

    /// All roles.
    private lazy var roles: SpanList = {
        var list = SpanList()
        for (i, r) in roleMentions.enumerated() { list.append(i, r.span) }
        return list
    }()

    /// Roles with a holder, by role word.
    private lazy var heldRolesByWord: [String: SpanList] = {
        var lists: [String: SpanList] = [:]
        for (i, r) in roleMentions.enumerated() where r.holder != nil { lists[r.role, default: SpanList()].append(i, r.span) }
        return lists
    }()

    /// Person mentions.
    private lazy var persons: SpanList = {
        var list = SpanList()
        entities.withUnsafeBufferPointer { entities in
            for i in entities.indices where entities[i].isPerson { list.append(i, entities[i].span) }
        }
        return list
    }()

    /// For each entity mention, the first role it holds (-1: none).
    private lazy var firstRoleHeld: [Int32] = {
        var first = [Int32](repeating: -1, count: entities.count)
        for (i, r) in roleMentions.enumerated().reversed() { if let h = r.holder { first[h] = Int32(i) } }
        return first
    }()

    /// A document with at most this many roles, or entity mentions, is scanned: most ask one
    /// or two questions, which cost less than building the index they would be answered from.
    private static let scannedRoles = 16, scannedEntities = 64

    /// The first role that overlaps `span` (with a holder, when `held`).
    func firstRole(overlapping span: ScalarSpan, held: Bool) -> Int? {
        let roleMentions = self.roleMentions
        let wanted = { (i: Int) in !held || roleMentions[i].holder != nil }
        if roleMentions.count <= Self.scannedRoles { return roleMentions.indices.first { roleMentions[$0].span.overlaps(span) && wanted($0) } }
        return roles.first(overlapping: span, where: wanted)
    }

    /// The last role with a holder and the role word `role` that ends at or before `offset`.
    func lastHeldRole(_ role: String, endingBy offset: Int) -> Int? {
        if roleMentions.count <= Self.scannedRoles {
            return roleMentions.indices.last {
                roleMentions[$0].holder != nil && roleMentions[$0].role == role && roleMentions[$0].span.end <= offset
            }
        }
        return heldRolesByWord[role]?.last(endingBy: offset)
    }

    /// The last person mention that ends at or before `offset`.
    func lastPerson(endingBy offset: Int) -> Int? {
        if entities.count <= Self.scannedEntities {
            return entities.indices.last { entities[$0].span.end <= offset && entities[$0].isPerson }
        }
        return persons.last(endingBy: offset)
    }

    /// The role word of the first role entity mention `i` holds.
    func role(heldBy i: Int) -> String? {
        if roleMentions.count <= Self.scannedRoles { return roleMentions.first { $0.holder == i }?.role }
        return firstRoleHeld[i] < 0 ? nil : roleMentions[Int(firstRoleHeld[i])].role
    }
}
