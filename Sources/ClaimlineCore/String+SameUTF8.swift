extension String {
    /// Whether both strings hold the same UTF-8 bytes. Not `==`, which compares by canonical
    /// equivalence: two spellings equivalent but encoded differently may fold differently.
    /// Read through `withUTF8`: comparing the `utf8` views byte by byte costs far more.
    public func hasSameUTF8(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var a = self, b = other
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }
}
