import ClaimlineCore

extension MentionRef {
    /// True when both are the same words of the text, whatever role each plays in a chain. A
    /// declared name tied to no words (an empty span: the translator, the publisher) is a
    /// link of its own, stated once by its role.
    func isSameMention(_ other: MentionRef) -> Bool {
        !span.isEmpty && span == other.span
    }
}
