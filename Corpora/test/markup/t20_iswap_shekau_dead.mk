date: 2021-06-08
source: Lake Chad Monitor
---
⟦ISWAP⟧{ORG org.islamic_state_west_africa_province #s0 speaks=#q0} audio ⟦says⟧{Cue q=#q0} ⟦⟦Shekau⟧{PER per.abubakar_shekau #k0} is ⟦dead⟧{Claim killed speaker=#s0 subject=#k0}⟧{Quote #q0}; ⟦army⟧{ORG org.nigerian_army speaks=#q0b} ⟦"cannot confirm"⟧{Quote #q0b direct}

⟦Lake Chad Monitor⟧{ORG org.lake_chad_monitor} | ⟦08/06/2021⟧{TIMEX3 DATE 2021-06-08}

In an audio recording circulated on ⟦Sunday⟧{TIMEX3 DATE 2021-06-06}, a voice believed to be that of ⟦Abu Musab al-Barnawi⟧{PER per.abu_musab_al_barnawi #s1 speaks=#q1}, leader of the ⟦Islamic State West Africa Province⟧{ORG org.islamic_state_west_africa_province} (⟦ISWAP⟧{ORG org.islamic_state_west_africa_province}), ⟦said⟧{Cue q=#q1} that ⟦⟦Boko Haram⟧{ORG org.boko_haram} leader ⟦Abubakar Shekau⟧{PER per.abubakar_shekau #k1} had ⟦killed himself⟧{Claim killed speaker=#s1 subject=#k1 time=#t1} by detonating explosives when ⟦ISWAP⟧{ORG org.islamic_state_west_africa_province} fighters surrounded him in the ⟦Sambisa forest⟧{LOC loc.sambisa_forest} "⟦about two weeks ago⟧{TIMEX3 DATE 2021-W21 #t1}"⟧{Quote #q1}.

⟦"⟦Shekau⟧{PER per.abubakar_shekau} preferred to be humiliated in the hereafter rather than be humiliated on earth,"⟧{Quote #q2 direct} the ⟦voice⟧{PER per.abu_musab_al_barnawi speaks=#q2} ⟦says⟧{Cue q=#q2} in Kanuri. ⟦It⟧{PER per.abu_musab_al_barnawi #s3 speaks=#q3} ⟦adds⟧{Cue q=#q3} that ⟦⟦ISWAP⟧{ORG org.islamic_state_west_africa_province #i3} has ⟦taken over⟧{Claim controls speaker=#s3 subject=#i3} ⟦Shekau⟧{PER per.abubakar_shekau}'s camps and that many of his commanders have "repented and ⟦joined⟧{Claim joined speaker=#s3} the caliphate"⟧{Quote #q3}.

The ⟦Nigerian army⟧{ORG org.nigerian_army} spokesman, Brig. Gen. ⟦Mohammed Yerima⟧{PER per.mohammed_yerima speaks=#q4}, ⟦told⟧{Cue q=#q4} journalists in ⟦Abuja⟧{LOC loc.abuja} on ⟦Monday⟧{TIMEX3 DATE 2021-06-07} that ⟦the ⟦military⟧{ORG org.nigerian_army} was "still investigating" and could not confirm the death⟧{Quote #q4}. ⟦"Whether ⟦Shekau⟧{PER per.abubakar_shekau} is dead or alive, our operations continue,"⟧{Quote #q5 direct} ⟦he⟧{PER per.mohammed_yerima speaks=#q5} ⟦said⟧{Cue q=#q5}.

⟦He⟧{PER per.mohammed_yerima #s6 speaks=#q6} ⟦also said⟧{Cue q=#q6} ⟦troops had not only repelled an ⟦ISWAP⟧{ORG org.islamic_state_west_africa_province} ⟦attack⟧{Claim attacked speaker=#s6 subject=#d6 time=#t6} on ⟦Dikwa⟧{LOC loc.dikwa #d6} on ⟦Saturday⟧{TIMEX3 DATE 2021-06-05 #t6} but ⟦killed⟧{Claim killed speaker=#s6 time=#t6} 12 insurgents, and that air ⟦raids⟧{Claim attacked speaker=#s6 subject=#m6} near ⟦Marte⟧{LOC loc.marte #m6} had "failed to ⟦⟦kill⟧{Claim killed negated speaker=#s6}⟧{Claim killed}" anyone of importance⟧{Quote #q6}, contrary to what some newspapers wrote — a rare admission.

A faction loyal to ⟦Shekau⟧{PER per.abubakar_shekau #k7}, speaking through a short video that could not be authenticated, ⟦denied⟧{Cue q=#q7} that ⟦he was ⟦dead⟧{Claim killed negated subject=#k7}⟧{Quote #q7} and ⟦called⟧{Cue q=#q8} ⟦the ⟦ISWAP⟧{ORG org.islamic_state_west_africa_province} account "a fabrication"⟧{Quote #q8}.

⟦Shekau⟧{PER per.abubakar_shekau}'s death has been announced at least four times since ⟦2009⟧{TIMEX3 DATE 2009}.
