extension String {
    /// Whether both strings hold the same UTF-8 bytes. Not `==`, which compares by canonical
    /// equivalence: two spellings equivalent but encoded differently may fold differently.
    /// Read through `withUTF8` in a plain loop: the `utf8` views, or `elementsEqual`, cost
    /// several times more per byte.
    public func hasSameUTF8(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                for i in x.indices where x[i] != y[i] { return false }
                return true
            }
        }
    }
}
