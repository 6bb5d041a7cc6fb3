date: 2019-11-01
source: Jihadology Notes (blog)
---
⟦IS⟧{ORG org.islamic_state #s0} confirms ⟦al-Baghdadi⟧{PER per.abu_bakr_al_baghdadi #b0}'s ⟦death⟧{Claim killed speaker=#s0 subject=#b0}, ⟦names⟧{Claim announces speaker=#s0 subject=#h0} "⟦Abu Ibrahim al-Hashimi⟧{PER per.abu_ibrahim_al_hashimi_al_qurashi #h0}" as new caliph

Posted ⟦1 Nov 2019⟧{TIMEX3 DATE 2019-11-01} · ⟦Jihadology Notes⟧{ORG org.jihadology_notes} · 6 min read

⟦Five days⟧{TIMEX3 DURATION P5D} after U.S. President ⟦Donald Trump⟧{PER per.donald_trump #s1 speaks=#q1} ⟦announced⟧{Cue q=#q1} that ⟦⟦Abu Bakr al-Baghdadi⟧{PER per.abu_bakr_al_baghdadi #b1} had ⟦died⟧{Claim killed speaker=#s1 subject=#b1} in an American raid in ⟦Syria⟧{LOC loc.syria}'s ⟦Idlib⟧{LOC loc.idlib} province⟧{Quote #q1}, the ⟦Islamic State⟧{ORG org.islamic_state #s2 speaks=#q2} ⟦has officially confirmed⟧{Cue q=#q2} ⟦the ⟦death⟧{Claim killed speaker=#s2 subject=#b1} of its leader⟧{Quote #q2}.

In a ⟦seven-minute⟧{TIMEX3 DURATION PT7M} audio statement released on ⟦Thursday⟧{TIMEX3 DATE 2019-10-31} by its ⟦al-Furqan⟧{ORG org.al_furqan} media outlet, the group's new spokesman, ⟦Abu Hamza al-Qurashi⟧{PER per.abu_hamza_al_qurashi #s3 speaks=#q3}, ⟦said⟧{Cue q=#q3}:

⟦‘We mourn the commander of the faithful, Sheikh ⟦Abu Bakr al-Husseini al-Qurashi al-Baghdadi⟧{PER per.abu_bakr_al_baghdadi #b3}, who was ⟦⟦killed⟧{Claim killed speaker=#s3 subject=#b3}⟧{Claim killed speaker=#s3 subject=#m3} with the official spokesman Sheikh ⟦Abu al-Hassan al-Muhajir⟧{PER per.abu_al_hassan_al_muhajir #m3}. The ⟦Shura council⟧{ORG org.islamic_state_shura_council} has ⟦given allegiance⟧{Claim announces speaker=#s3 subject=#h3} to Sheikh ⟦Abu Ibrahim al-Hashimi al-Qurashi⟧{PER per.abu_ibrahim_al_hashimi_al_qurashi #h3} as emir of the believers.’⟧{Quote #q3 direct}

⟦He⟧{PER per.abu_hamza_al_qurashi #s4 speaks=#q4} went on to ⟦⟦threaten⟧{Cue q=#q4}⟧{Claim threatens speaker=#s4 subject=#u4} the ⟦United States⟧{LOC loc.united_states #u4}: ⟦‘Do not rejoice, ⟦America⟧{LOC loc.united_states}, for the caliphate is ⟦now⟧{TIMEX3 DATE PRESENT_REF} at the gates of ⟦Europe⟧{LOC loc.europe} and ⟦Central Africa⟧{LOC loc.central_africa}.’⟧{Quote #q4 direct}

Some points of comparison with the American version:

1) ⟦Trump⟧{PER per.donald_trump #s5 speaks=#q5} ⟦said⟧{Cue q=#q5} on ⟦27 October⟧{TIMEX3 DATE 2019-10-27 #t5} that ⟦⟦Baghdadi⟧{PER per.abu_bakr_al_baghdadi #b5} "⟦died⟧{Claim killed speaker=#s5 subject=#b5 time=#t5} like a dog", detonating a suicide vest in a tunnel⟧{Quote #q5}. ⟦IS⟧{ORG org.islamic_state} does not say how he died.
2) ⟦Abu al-Hassan al-Muhajir⟧{PER per.abu_al_hassan_al_muhajir #m6}, the former spokesman, was reported ⟦killed⟧{Claim killed speaker=#s6 subject=#m6 time=#t6} by the ⟦Syrian Democratic Forces⟧{ORG org.syrian_democratic_forces #s6} (⟦SDF⟧{ORG org.syrian_democratic_forces}) in a separate strike near ⟦Jarablus⟧{LOC loc.jarablus} ⟦the same weekend⟧{TIMEX3 DATE 2019-W43-WE #t6}. ⟦IS⟧{ORG org.islamic_state #s7} ⟦now⟧{TIMEX3 DATE PRESENT_REF} ⟦confirms⟧{Claim killed speaker=#s7 subject=#m6} this too.
3) ⟦Moscow⟧{LOC loc.moscow} remained sceptical: on ⟦Sunday⟧{TIMEX3 DATE 2019-10-27} the ⟦Russian defence ministry⟧{ORG org.russian_defence_ministry speaks=#q8} ⟦said⟧{Cue q=#q8} ⟦it had "no reliable information" about the raid⟧{Quote #q8}, and spokesman ⟦Igor Konashenkov⟧{PER per.igor_konashenkov speaks=#q9} ⟦questioned⟧{Cue q=#q9} ⟦whether it happened at all⟧{Quote #q9}.

Nothing in the audio indicates where the new leader is based. The identity behind the name "⟦Abu Ibrahim al-Hashimi⟧{PER per.abu_ibrahim_al_hashimi_al_qurashi}" remains unclear.

Filed under: ⟦Islamic State⟧{ORG org.islamic_state}, ⟦Syria⟧{LOC loc.syria}, ⟦Iraq⟧{LOC loc.iraq} | Leave a comment
