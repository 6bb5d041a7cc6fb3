date: 2016-08-26
source: Naija Security Watch (blog, press release reproduced)
---
PRESS RELEASE: AIR STRIKES ON ⟦BOKO HARAM⟧{ORG org.boko_haram} LEADERSHIP IN ⟦SAMBISA⟧{LOC loc.sambisa_forest}

The ⟦Nigerian Army⟧{ORG org.nigerian_army #na} wishes to inform the general public that on ⟦Friday 19th August 2016⟧{TIMEX3 DATE 2016-08-19 #t1}, in a well coordinated air interdiction by the ⟦Nigerian Air Force⟧{ORG org.nigerian_air_force}, some key leaders of the ⟦Boko Haram⟧{ORG org.boko_haram #bh} terrorists group were ⟦killed⟧{Claim killed speaker=#na subject=#bh time=#t1} while observing Jumat prayers at ⟦Taye⟧{LOC loc.taye} village in ⟦Sambisa Forest⟧{LOC loc.sambisa_forest}.

Among those ⟦killed⟧{Claim killed speaker=#na subject=#mubi} are:
i. ⟦Abubakar Mubi⟧{PER per.abubakar_mubi #mubi}
ii. Malam ⟦Nuhu⟧{PER -}
iii. Malam ⟦Hamman⟧{PER -}.

Those ⟦fatally wounded⟧{Claim wounded speaker=#na subject=#sh time=#t1} include their so called leader, ⟦Abubakar Shekau⟧{PER per.abubakar_shekau #sh}, whose whereabouts is still unknown.

Signed
Colonel ⟦Sani Bello Usman⟧{PER per.sani_bello_usman}
Acting Director Army Public Relations
⟦23rd August, 2016⟧{TIMEX3 DATE 2016-08-23}

----
OUR TAKE: On ⟦Wednesday⟧{TIMEX3 DATE 2016-08-24 #tw}, after this release, a new video surfaced in which a man who looks very much like ⟦Shekau⟧{PER per.abubakar_shekau #sh2 speaks=#q1} ⟦says⟧{Cue q=#q1} (our transcription from the Hausa): ⟦"I am ⟦alive⟧{Claim alive speaker=#sh2 subject=#sh2 time=#tw}, I was not ⟦touched⟧{Claim wounded negated speaker=#sh2 subject=#sh2 time=#tw}. The lies of the infidels will not end."⟧{Quote #q1 direct}

Note also that the ⟦Boko Haram⟧{ORG org.boko_haram} faction of ⟦Abu Musab al-Barnawi⟧{PER per.abu_musab_al_barnawi}, which ⟦Islamic State⟧{ORG org.islamic_state} named its "wali" for ⟦West Africa⟧{LOC loc.west_africa} ⟦earlier this month⟧{TIMEX3 DATE 2016-08}, has said nothing.

This is at least the fourth time the military has announced the death or wounding of ⟦Shekau⟧{PER per.abubakar_shekau} since ⟦2009⟧{TIMEX3 DATE 2009}. We will believe it when we see a body.

27 Comments | Add yours
