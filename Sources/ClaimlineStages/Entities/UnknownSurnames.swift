/// The persons no table knows that a document names in full, by the hash of their surname,
/// for `EntitiesStage.linkUnknownSurnames`; its storage is kept from one document to the
/// next (most documents name a few, and the arrays and the table were allocated for each).
struct UnknownSurnames {
    /// A person: its first part's hash, the full name's view span and last part (a surname
    /// links only after it), and whether another person with another first part has the
    /// same surname.
    struct Person {
        var given: UInt64
        var start: Int32
        var end: Int32
        var last: Int
        var shared: Bool
    }

    private var persons: [Person] = []
    private var bySurname = FlatTable<Int>(capacity: 8)
    /// Scratch for the caller's list of parts that may be surnames.
    var candidates: [Int32] = []

    var isEmpty: Bool { persons.isEmpty }

    /// Stands in for the storage while a document's pass has it (made once, so that taking
    /// the storage out allocates nothing).
    static let placeholder = UnknownSurnames()

    /// Forgets the last document. A table grown for a document of many persons is let go:
    /// emptying it would cost its size at every document after.
    mutating func reset() {
        persons.removeAll(keepingCapacity: true)
        candidates.removeAll(keepingCapacity: true)
        if bySurname.count > 64 { bySurname = FlatTable(capacity: 8) } else if bySurname.count > 0 { bySurname.removeAll() }
    }

    /// Adds a person (the hashes of its name's first and last parts, the name's view span and
    /// last part), or marks the surname shared when another first part has it already.
    mutating func add(given: UInt64, surname: UInt64, start: Int32, end: Int32, last: Int) {
        if let k = bySurname.get(surname) {
            if persons[k].given != given { persons[k].shared = true }
        } else {
            bySurname.set(surname, persons.count)
            persons.append(Person(given: given, start: start, end: end, last: last, shared: false))
        }
    }

    /// The person whose surname hashes to `surname`, if any.
    @inline(__always)
    func person(surname: UInt64) -> Person? {
        bySurname.get(surname).map { persons[$0] }
    }
}
