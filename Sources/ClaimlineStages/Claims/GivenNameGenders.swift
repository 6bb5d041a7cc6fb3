import ClaimlineCore
import ClaimlineRules

/// The sex a given name says, from the `gender` column of the given-names table the entities
/// stage reads too: "he" and "she" pass over a person whose first name says the other
/// ("Fatima Diallo … he said" is no word of hers). A class, as `FunctionWords` is: a phrase's
/// sex is asked at every speaker resolved, and a struct's sets were retained at each asking.
final class GivenNameGenders: Sendable {
    private let female: WordHashSet, male: WordHashSet

    static let columns = ["id", "gender", "names"]

    init() { female = WordHashSet(); male = WordHashSet() }

    /// Rows of gender `male` or `female` (`-` for a list of both); any other value is an error
    /// at its cell.
    init(_ tables: [Table]) throws(RuleErrors) {
        var errors: [RuleError] = [], female = WordHashSet(), male = WordHashSet()
        for row in tables.flatMap(\.rows) {
            let cell = row["gender"]
            switch cell.text {
            case "male": for (name, _) in row["names"].pieces(separator: "|") { male.insert(FunctionWords.hash(name)) }
            case "female": for (name, _) in row["names"].pieces(separator: "|") { female.insert(FunctionWords.hash(name)) }
            case "-": continue
            default: errors.append(RuleError(cell.location, "gender is male, female or -, found \"\(cell.text)\""))
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        self.female = female; self.male = male
    }

    /// The sex of the given name whose token hash is `h`, when the table says one.
    func gender(of h: UInt64) -> Speaker.Gender? {
        female.contains(h) ? .female : male.contains(h) ? .male : nil
    }
}
