import ClaimlineCore

/// One difference between system output and gold, for a rule author to read.
public struct DiffEntry: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Proposed by the system, absent from gold.
        case falsePositive = "fp"
        /// In gold, missed by the system.
        case falseNegative = "fn"
        /// Found at overlapping but different offsets.
        case boundary
        /// Found at the place gold has it, with a wrong attribute (entity id, value, speaker…).
        case mismatch
    }

    public var document: String
    /// entity, date, quote or claim.
    public var layer: String
    public var kind: Kind
    public var span: ScalarSpan
    public var text: String
    /// Type, id or tuple as the item states it.
    public var label: String
    /// The rule that produced the system item (nil for a gold item nothing matched).
    public var rule: String?
    /// The gold or system counterpart, when there is one.
    public var note: String?

    public init(document: String, layer: String, kind: Kind, span: ScalarSpan, text: String, label: String,
                rule: String?, note: String? = nil) {
        self.document = document
        self.layer = layer
        self.kind = kind
        self.span = span
        self.text = text
        self.label = label
        self.rule = rule
        self.note = note
    }
}

/// Describes an item for a diff note: `[s, e) "text" LABEL (rule)`.
func describe(_ span: ScalarSpan, _ text: String, _ label: String, _ rule: String? = nil) -> String {
    "\(span) \"\(text)\" \(label)" + (rule.map { " (\($0))" } ?? "")
}
