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

/// A string as a dictionary key, compared and hashed by its UTF-8 bytes: `String` hashes
/// non-ASCII text through Unicode normalisation (a cost paid at every look-up of an Arabic
/// spelling), and equates spellings that are encoded differently and may fold differently.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (a: UTF8Key, b: UTF8Key) -> Bool { a.text.hasSameUTF8(as: b.text) }

    // Through `withUTF8`: a small string (most keys) has no contiguous storage to lend, and
    // reading its `utf8` view byte by byte costs several times more.
    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
