/// A derived text that later stages read (for example the normalised text), with the map
/// back to the document's original text. Annotations found in a view are stored on the
/// original through `map`.
public struct TextView: Sendable {
    public let scalars: [Unicode.Scalar]
    public let map: OffsetMap

    public init(scalars: [Unicode.Scalar], map: OffsetMap) {
        precondition(map.derivedLength == scalars.count, "map does not fit the view")
        self.scalars = scalars
        self.map = map
    }

    public var count: Int { scalars.count }

    public func string(_ span: ScalarSpan) -> String {
        ScalarString.make(scalars[span.start..<span.end])
    }

    /// The span on the original text that a span of this view came from.
    public func original(_ span: ScalarSpan) -> ScalarSpan { map.toSource(span) }
}
