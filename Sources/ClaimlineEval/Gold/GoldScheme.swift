/// The names the gold annotation scheme uses (Corpora/annotation.conf describes them for brat).
public enum GoldScheme {
    public static let entityTypes: Set<String> = ["PER", "ORG", "LOC"]
    public static let timex = "TIMEX3"
    public static let quote = "Quote"
    public static let cue = "Cue"
    public static let claim = "Claim"
    public static let timexTypes: Set<String> = ["DATE", "TIME", "DURATION", "SET"]
    public static let polarities: Set<String> = ["asserted", "negated"]
    /// The closed predicate vocabulary of claims.
    public static let predicates: Set<String> = [
        "alive", "killed", "captured", "wounded", "attacked", "arrested", "released", "defected", "joined",
        "merged", "claims_responsibility", "threatens", "announces", "denies", "confirms", "withdrew", "controls",
    ]
    /// The normalization database of canonical entity ids (`claimline:per.omar_ould_hamaha`).
    public static let database = "claimline"
}
