import ClaimlineCore

/// A resolved speaker: the mention in the text, its entity when known, and how it was found.
/// A class of constants: an attribution, the history of speakers and the quotes that take
/// the speaker again share one object, where a struct was copied whole (five strings and a
/// hundred and sixty bytes) at each step; a speaker found again is a new one (`restated`).
final class Speaker {
    let ref: MentionRef
    let rule: String
    /// Entity id, else the folded name: what makes two speakers the same.
    let key: SpeakerKey?
    let isPerson: Bool
    let role: String?
    /// The tokens that name the organisation beside a role ("AQIM" in "spokesman of AQIM"):
    /// read as text only when two speakers' organisations are compared.
    let organisation: ClosedRange<Int>?
    /// The name the speaker was named with, folded, for later short forms ("Belmokhtar").
    let folded: NameKey?
    /// True when `folded` is left to the history to make from `ref.name`: a known entity is
    /// keyed by its id, and its name is folded only once a bare name is looked up.
    let nameFoldedLater: Bool
    /// Whether the phrase that named the speaker says a woman or a man ("a woman from Bazarak",
    /// "the spokesman", "Mrs Kamara"): which of "she" and "he" may take the speaker again.
    let gender: Gender?

    enum Gender { case female, male }

    init(ref: MentionRef, rule: String, key: SpeakerKey?, isPerson: Bool, role: String?, organisation: ClosedRange<Int>?,
         folded: NameKey? = nil, nameFoldedLater: Bool = false, gender: Gender? = nil) {
        self.ref = ref; self.rule = rule; self.key = key; self.isPerson = isPerson; self.role = role
        self.organisation = organisation; self.folded = folded; self.nameFoldedLater = nameFoldedLater; self.gender = gender
    }

    /// The same speaker named by the mention `ref`, found by `rule`, with the role `role` (and
    /// the gender `gender`, when one is known).
    func restated(ref: MentionRef, rule: String, role: String?, gender: Gender? = nil) -> Speaker {
        Speaker(ref: ref, rule: rule, key: key, isPerson: isPerson, role: role, organisation: organisation, folded: folded,
                nameFoldedLater: nameFoldedLater, gender: gender ?? self.gender)
    }

    /// The same speaker, known to be a woman or a man (a person, then: "a mother of four").
    func gendered(_ gender: Gender) -> Speaker {
        Speaker(ref: ref, rule: rule, key: key, isPerson: true, role: role, organisation: organisation, folded: folded,
                nameFoldedLater: nameFoldedLater, gender: gender)
    }

    func restated(ref: MentionRef, rule: String) -> Speaker { restated(ref: ref, rule: rule, role: role) }

    /// The same speaker, found by `rule`.
    func restated(rule: String) -> Speaker { restated(ref: ref, rule: rule, role: role) }
}
