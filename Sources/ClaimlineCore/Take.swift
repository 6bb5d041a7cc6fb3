/// `value`, with `replacement` left in its place. A buffer kept from one document to the
/// next is moved out while it is written (its holder then has the only reference, so a
/// write copies nothing) and moved back after.
@inlinable
public func take<T>(_ value: inout T, leaving replacement: T) -> T {
    var taken = replacement
    swap(&taken, &value)
    return taken
}
