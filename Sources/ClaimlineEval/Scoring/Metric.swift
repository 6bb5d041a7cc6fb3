/// Every score `claimline eval` reports, in report order. The raw value is the stable name
/// used in tables, JSON and baseline files.
public enum Metric: String, CaseIterable, Sendable, Comparable {
    case entitySpanTypeExact = "entities.span_type.exact"
    case entitySpanTypeOverlap = "entities.span_type.overlap"
    case entitySpanIDExact = "entities.span_id.exact"
    case entitySpanIDOverlap = "entities.span_id.overlap"
    case dateStrict = "dates.strict"
    case dateRelaxed = "dates.relaxed"
    case dateType = "dates.type"
    case dateValue = "dates.value"
    case quoteContentExact = "quotes.content.exact"
    case quoteContentOverlap = "quotes.content.overlap"
    case quoteDirect = "quotes.direct"
    case quoteCueExact = "quotes.cue.exact"
    case quoteCueOverlap = "quotes.cue.overlap"
    case quoteSpeakerEntity = "quotes.speaker.entity"
    case quoteSpeakerSpan = "quotes.speaker.span"
    case claimTuple = "claims.tuple"
    case claimAligned = "claims.aligned"
    case claimSpeaker = "claims.speaker"
    case claimPredicate = "claims.predicate"
    case claimPolarity = "claims.polarity"
    case claimSubject = "claims.subject"
    case claimTime = "claims.time"

    /// For a score of an attribute over matched items, the match it is scored over: its
    /// accuracy is its true positives over that match's (TempEval-3's attribute accuracy).
    public var matchedOn: Metric? {
        switch self {
        case .dateType, .dateValue: .dateRelaxed
        case .quoteDirect: .quoteContentOverlap
        case .claimSpeaker, .claimPredicate, .claimPolarity, .claimSubject, .claimTime: .claimAligned
        default: nil
        }
    }

    /// The layer a metric scores: entities, dates, quotes or claims.
    public var layer: String { String(rawValue.prefix { $0 != "." }) }

    public static func < (a: Metric, b: Metric) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
