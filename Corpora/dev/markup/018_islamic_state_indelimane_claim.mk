date: 2019-11-04
source: Sahel Conflict Monitor (newsletter)
---
⟦SAHEL CONFLICT MONITOR⟧{ORG org.sahel_conflict_monitor} – ⟦Weekly⟧{TIMEX3 SET P1W} brief, ⟦4 Nov 2019⟧{TIMEX3 DATE 2019-11-04}

1. ⟦Mali⟧{LOC loc.mali} – ⟦Indelimane⟧{LOC loc.indelimane} (⟦Ménaka⟧{LOC loc.menaka} region)

The ⟦Islamic State⟧{ORG org.islamic_state #is1} ⟦claimed⟧{Claim claims_responsibility speaker=#is1 subject=#is1 time=#tfri} on ⟦Saturday⟧{TIMEX3 DATE 2019-11-02 #tsat} the attack on the ⟦Malian army⟧{ORG org.malian_army #fama1} post at ⟦Indelimane⟧{LOC loc.indelimane}, in which the ⟦government⟧{ORG org.malian_government #gov speaks=#q0} ⟦says⟧{Cue q=#q0} ⟦53 soldiers and one civilian ⟦died⟧{Claim killed speaker=#gov time=#tfri} on ⟦Friday⟧{TIMEX3 DATE 2019-11-01 #tfri}⟧{Quote #q0}.

In its claim, published through its ⟦Amaq⟧{ORG org.amaq} agency, the ⟦group⟧{ORG org.islamic_state #grp speaks=#q1} ⟦said⟧{Cue q=#q1} ⟦"soldiers of the caliphate" had ⟦attacked⟧{Claim attacked speaker=#grp subject=#fama2} a ⟦Malian army⟧{ORG org.malian_army #fama2} base and ⟦killed⟧{Claim killed speaker=#grp} about 70 "apostates"⟧{Quote #q1}. The claim names the ⟦Islamic State West Africa Province⟧{ORG org.islamic_state_west_africa_province} (⟦ISWAP⟧{ORG org.islamic_state_west_africa_province}), not the "⟦Greater Sahara⟧{ORG org.islamic_state_greater_sahara}" branch of ⟦Adnan Abu Walid al-Sahrawi⟧{PER per.adnan_abu_walid_al_sahrawi} that is usually active in the area – a sign of how ⟦IS⟧{ORG org.islamic_state} central ⟦now⟧{TIMEX3 DATE PRESENT_REF} files its ⟦Sahel⟧{LOC loc.sahel} operations.

Government spokesman ⟦Yaya Sangho⟧{PER per.yaya_sangho #ys speaks=#q2} ⟦wrote⟧{Cue q=#q2} on ⟦Twitter⟧{ORG org.twitter} on ⟦Saturday⟧{TIMEX3 DATE 2019-11-02 #tsat2}: ⟦"The provisional toll is 53 ⟦dead⟧{Claim killed speaker=#ys time=#tsat2}, 10 survivors, and substantial material damage."⟧{Quote #q2 direct} ⟦He⟧{PER per.yaya_sangho #ys2 speaks=#q3} ⟦denied⟧{Cue q=#q3} that ⟦the post had been ⟦abandoned⟧{Claim withdrew negated speaker=#ys2 subject=#fama3} by the ⟦FAMa⟧{ORG org.malian_army #fama3}⟧{Quote #q3}.

Our assessment:
- Claim credibility: HIGH (photos match the site).
- Toll: the ⟦IS⟧{ORG org.islamic_state} figure of 70 is almost certainly inflated; local sources speak of "around fifty".

2. ⟦Burkina Faso⟧{LOC loc.burkina_faso} – nothing major to report ⟦this week⟧{TIMEX3 DATE 2019-W45}; see our ⟦October⟧{TIMEX3 DATE 2019-10} monthly.

Subscribe | Unsubscribe | Forward to a colleague
