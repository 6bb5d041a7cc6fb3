/// True positives, false positives and false negatives of one score, as spaCy's `PRFScore`:
/// counts add up across documents, and the ratios are computed from the sums. A ratio with
/// nothing to divide (precision with no system output, recall with empty gold) is nil,
/// reported as undefined, never a division by zero.
public struct PRF: Sendable, Equatable {
    public var tp: Int
    public var fp: Int
    public var fn: Int

    public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
        self.tp = tp
        self.fp = fp
        self.fn = fn
    }

    /// From a matching: `matched` pairs out of `system` proposed and `gold` expected.
    public init(matched: Int, system: Int, gold: Int) {
        self.init(tp: matched, fp: system - matched, fn: gold - matched)
    }

    public var precision: Double? { tp + fp == 0 ? nil : Double(tp) / Double(tp + fp) }
    public var recall: Double? { tp + fn == 0 ? nil : Double(tp) / Double(tp + fn) }
    /// 2tp / (2tp + fp + fn): the harmonic mean of P and R where both exist, 0 when only one
    /// does (everything proposed was wrong, or everything expected was missed), nil when
    /// there was nothing to find and nothing was found.
    public var f1: Double? { tp + fp + fn == 0 ? nil : Double(2 * tp) / Double(2 * tp + fp + fn) }

    public var isEmpty: Bool { tp + fp + fn == 0 }

    public static func + (a: PRF, b: PRF) -> PRF { PRF(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn) }
    public static func += (a: inout PRF, b: PRF) { a = a + b }
}
