/// The brat configuration of the gold scheme, written beside brat output that has none
/// (brat needs one to show the types). Corpora/annotation.conf is the annotated corpora's own.
public enum BratConfiguration {
    public static let annotationConf = """
    [entities]
    PER
    ORG
    LOC
    TIMEX3
    Quote
    Cue

    [relations]
    Cue\tArg1:Quote, Arg2:Cue
    Speaker\tArg1:Quote, Arg2:PER|ORG

    [events]
    Claim\tSpeaker?:PER|ORG, Subject?:PER|ORG|LOC, Time?:TIMEX3

    [attributes]
    TimexType\tArg:TIMEX3, Value:DATE|TIME|DURATION|SET
    Direct\tArg:Quote
    Predicate\tArg:Claim, Value:alive|killed|captured|wounded|attacked|arrested|released|defected|joined|merged|claims_responsibility|threatens|announces|denies|confirms|withdrew|controls
    Polarity\tArg:Claim, Value:asserted|negated

    """
}
