date: 2015-03-08
source: Al-Akhbar (translated excerpt) and wire copy
translator: Desert Dispatch
---
⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun} claim ⟦Bamako⟧{LOC loc.bamako} restaurant attack – "revenge for the Prophet"

by the ⟦Desert Dispatch⟧{ORG org.desert_dispatch #dd} team | ⟦8 March 2015⟧{TIMEX3 DATE 2015-03-08}

The jihadist group ⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun #am} of ⟦Mokhtar Belmokhtar⟧{PER per.mokhtar_belmokhtar} has ⟦claimed⟧{Claim claims_responsibility speaker=#am subject=#am time=#t1} the attack on ⟦La Terrasse⟧{LOC loc.la_terrasse_bamako}, a bar-restaurant popular with expatriates in ⟦Bamako⟧{LOC loc.bamako}, in which five people, among them a French and a Belgian citizen, were ⟦killed⟧{Claim killed speaker=#dd time=#t1} in the early hours of ⟦Saturday⟧{TIMEX3 DATE 2015-03-07 #t1}.

In an audio recording sent to the Mauritanian news site ⟦Al-Akhbar⟧{ORG org.al_akhbar}, a man who identified himself as ⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun #am2} spokesman ⟦Abou Assim al-Mouhajir⟧{PER per.abu_assem_al_muhajir #spk speaks=#q1} ⟦said⟧{Cue q=#q1}: « ⟦We ⟦carried out⟧{Claim claims_responsibility speaker=#spk subject=#am2} this blessed operation to avenge our Prophet against the West that insulted him, and to avenge our brother ⟦Ahmed el-Tilemsi⟧{PER per.ahmed_el_tilemsi #tilemsi} whom ⟦France⟧{LOC loc.france #fr} ⟦killed⟧{Claim killed speaker=#spk subject=#tilemsi}⟧{Quote #q1 direct} ».

He did not say when the recording was made. « ⟦The war has not ended, it has only begun⟧{Quote #q2 direct} », ⟦he⟧{PER per.abu_assem_al_muhajir speaks=#q2} ⟦continued⟧{Cue q=#q2}.

⟦Ahmed el-Tilemsi⟧{PER per.ahmed_el_tilemsi #tilemsi2}, a ⟦MUJAO⟧{ORG org.mujao} founder, was ⟦killed⟧{Claim killed speaker=#dd subject=#tilemsi2 time=#tdec} by ⟦French special forces⟧{ORG org.french_army} near ⟦Tabankort⟧{LOC loc.tabankort} in ⟦December⟧{TIMEX3 DATE 2014-12 #tdec}.

Malian security minister ⟦Seydou Konaté⟧{PER per.seydou_konate #min speaks=#q4} ⟦told⟧{Cue q=#q4} state television ⟦ORTM⟧{ORG org.ortm} on ⟦Saturday evening⟧{TIMEX3 TIME 2015-03-07TEV #t2} that ⟦two suspects had been ⟦arrested⟧{Claim arrested speaker=#min time=#t2}⟧{Quote #q4}, but a police source contacted by ⟦AFP⟧{ORG org.afp} ⟦this morning⟧{TIMEX3 TIME 2015-03-08TMO #tm} ⟦denied⟧{Cue q=#q5} ⟦any ⟦arrests⟧{Claim arrested negated time=#tm}⟧{Quote #q5}.

For the record: the Belgian victim was a security officer with the ⟦EU⟧{ORG org.european_union} delegation; the French victim was 30.

Comments (2)
⟦Fatou K.⟧{PER -} – ⟦08/03/2015⟧{TIMEX3 DATE 2015-03-08}
May they rest in peace. ⟦Bamako⟧{LOC loc.bamako} will not bow.
