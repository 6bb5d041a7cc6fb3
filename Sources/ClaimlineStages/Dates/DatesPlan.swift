import ClaimlineCore
import ClaimlineRules

/// The dates stage's tables and settings, loaded once from its pipeline line:
///
///     dates  fragments=tables/dates/en.fragments.tsv rules=tables/dates/en.absolute.tsv …
///            prefer=past ahead_days=62 numeric_order=dmy source_orders=tables/dates/en.source-orders.tsv years=1990-2035
///
/// `prefer` chooses the reading of a weekday or month without a year (default past, the
/// news reading; `ahead_days` is how far after the anchor a month or day without a year may
/// still fall under `past`); `numeric_order` the reading of 04/11/2014 (default mdy), overridden for
/// the sources listed in `source_orders`; `years` bounds the years a weekday may pick;
/// `future_words` (`will|scheduled_to|…`, `_` joining the words of a phrase), before a bare
/// weekday in its sentence, make it the coming one whatever `prefer` says ("will meet on
/// Monday"), unless one of `past_words` stands there too ("had been due to expire Friday").
struct DatesPlan: StagePlan {
    let kind = StageKind.dates
    let rules: DateRuleSet
    let preference: DatePreference
    let aheadDays: Int
    let numericOrder: NumericDateOrder
    /// Lower-cased source name → the order its numeric dates use.
    let sourceOrders: [String: NumericDateOrder]
    let years: ClosedRange<Int>
    /// The words and phrases that look ahead (`future_words`), each as the hashes of its words.
    let futureWords: [[UInt64]]
    /// The `DateResolution.maskBit`s of their first words: a sentence with none of them has none of the phrases.
    let futureFirsts: UInt64
    /// Words that keep such a weekday in the past (`past_words`).
    let pastWords: [[UInt64]]
    /// Per rule, for ties between equally long matches: 1 for a numeric rule reading the
    /// other order than the one wanted, else 0.
    let tieRanks: (mdy: [Int], dmy: [Int])
    /// The rules each token tries, by its key and the next token's key.
    let triggers: TriggerPairs

    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {
        try line.checkKeys(["fragments", "rules", "prefer", "ahead_days", "numeric_order", "source_orders", "years", "future_words", "past_words"])
        var errors: [RuleError] = []
        func tables(_ key: String, _ columns: [String]) -> [Table] {
            line.values(key).compactMap { option in
                do throws(RuleErrors) { return try source.table(option.value, required: columns, from: option.location) } catch {
                    errors.append(contentsOf: error.errors); return nil
                }
            }
        }
        let fragmentTables = tables("fragments", ["fragment", "surface", "value"])
        let ruleTables = tables("rules", DateRuleSet.ruleColumns)
        if fragmentTables.isEmpty && errors.isEmpty { errors.append(RuleError(line.location, "stage dates needs option fragments=…")) }
        if ruleTables.isEmpty && errors.isEmpty { errors.append(RuleError(line.location, "stage dates needs option rules=…")) }
        preference = Self.choice(line.value("prefer"), default: .past, errors: &errors)
        aheadDays = Self.days(line.value("ahead_days"), errors: &errors)
        numericOrder = Self.choice(line.value("numeric_order"), default: .mdy, errors: &errors)
        years = Self.yearRange(line.value("years"), errors: &errors)
        futureWords = Self.phrases(line.value("future_words"), errors: &errors)
        pastWords = Self.phrases(line.value("past_words"), errors: &errors)
        futureFirsts = futureWords.reduce(0) { $0 | DateResolution.maskBit($1[0]) }
        var orders: [String: NumericDateOrder] = [:]
        for table in tables("source_orders", ["id", "source", "order"]) {
            for row in table.rows {
                guard let order = NumericDateOrder(rawValue: row["order"].text) else {
                    errors.append(RuleError(row["order"].location, "unknown order \"\(row["order"].text)\"; choose from: mdy, dmy")); continue
                }
                orders[row["source"].text.lowercased()] = order
            }
        }
        sourceOrders = orders
        var loaded: DateRuleSet? = nil
        do throws(RuleErrors) { loaded = try DateRuleSet(fragmentTables: fragmentTables, ruleTables: ruleTables) } catch { errors.append(contentsOf: error.errors) }
        if let loaded { errors += Self.checkValues(loaded) }
        guard errors.isEmpty, let loaded else { throw RuleErrors(errors) }
        rules = loaded
        tieRanks = (loaded.rules.map { $0.order == .dmy ? 1 : 0 }, loaded.rules.map { $0.order == .mdy ? 1 : 0 })
        triggers = TriggerPairs(machine: loaded.machine)
    }

    func makeStage() -> any Stage { DatesStage(plan: self) }

    /// `a|b_c|…` as phrases of word hashes (`_` joins words: options are split at spaces); an
    /// empty phrase is an error.
    static func phrases(_ option: PipelineSpec.Option?, errors: inout [RuleError]) -> [[UInt64]] {
        guard let option else { return [] }
        let phrases = option.value.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.split(separator: "_").map { wordHash($0.unicodeScalars) } }
        if phrases.contains(where: \.isEmpty) {
            errors.append(RuleError(option.location, "empty phrase in \(option.key)=\(option.value)"))
            return []
        }
        return phrases
    }

    /// A letter of a word, or its apostrophe.
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v | 0x20) &- 97 < 26 || v == 0x27 || v == 0x2019 || (v >= 0x80 && c.properties.isAlphabetic)
    }

    /// FNV-1a of a word, letters lower-cased (`TokenHash.step` folds ASCII ones) and a
    /// typographic apostrophe read as "'".
    static func wordHash<S: Sequence<Unicode.Scalar>>(_ word: S) -> UInt64 {
        word.reduce(TokenHash.seed) { h, c in
            let folded: Unicode.Scalar = c.value < 0x80 ? c : c == "\u{2019}" ? "'" : c.properties.lowercaseMapping.unicodeScalars.first ?? c
            return TokenHash.step(h, folded)
        }
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ option: PipelineSpec.Option?, default fallback: T,
                                                            errors: inout [RuleError]) -> T where T.RawValue == String {
        guard let option else { return fallback }
        if let value = T(rawValue: option.value) { return value }
        let choices = T.allCases.map(\.rawValue).joined(separator: ", ")
        errors.append(RuleError(option.location, "unknown value \"\(option.value)\" for \(option.key); choose from: \(choices)"))
        return fallback
    }

    /// Renders every rule's value with the first value of each captured fragment and checks
    /// that the result is a TIMEX3 value or a form the resolver knows.
    static func checkValues(_ set: DateRuleSet) -> [RuleError] {
        set.rules.compactMap { rule in
            let sample = rule.value.render { slot in
                guard let surface = set.fragments[rule.captureFragments[slot]].surfaces.first else { return "1" }
                if case .fixed(let v) = surface.value { return v }
                return "1"
            }
            if DateValueForm(sample) != nil { return nil }
            return RuleError(rule.valueLocation, "value renders as \"\(sample)\", which is no TIMEX3 value or known UNDEF-/REF-/PREV- form")
        }
    }

    static func days(_ option: PipelineSpec.Option?, errors: inout [RuleError]) -> Int {
        guard let option else { return 62 }
        if let n = Int(option.value), n >= 0, n <= 366 { return n }
        errors.append(RuleError(option.location, "ahead_days is a number of days from 0 to 366, found \"\(option.value)\""))
        return 62
    }

    static func yearRange(_ option: PipelineSpec.Option?, errors: inout [RuleError]) -> ClosedRange<Int> {
        guard let option else { return 1990...2035 }
        let parts = option.value.split(separator: "-")
        if parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low <= high { return low...high }
        errors.append(RuleError(option.location, "years is low-high (1990-2035), found \"\(option.value)\""))
        return 1990...2035
    }
}
