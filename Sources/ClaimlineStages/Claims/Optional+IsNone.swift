extension Optional {
    /// True for `nil`. `x == nil` on an optional mention picks `==` of two `Equatable`
    /// optionals and copies both sides (every string retained) to compare them.
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
