date: 2013-01-15
source: French Ministry of Defence (press release, unofficial translation)
---
Press release – ⟦Operation Serval⟧{ORG org.french_army}: situation update of ⟦15 January 2013⟧{TIMEX3 DATE 2013-01-15}

⟦Paris⟧{LOC loc.paris}, ⟦15/01/2013⟧{TIMEX3 DATE 2013-01-15}

The ⟦Ministry of Defence⟧{ORG org.french_defence_ministry #mod} informs that during ⟦the night of 13 to 14 January⟧{TIMEX3 TIME 2013-01-13TNI #t1}, Rafale and Mirage 2000D aircraft ⟦struck⟧{Claim attacked speaker=#mod subject=#mujao time=#t1} logistics depots and a training camp of the terrorist group ⟦MUJAO⟧{ORG org.mujao #mujao} near ⟦Gao⟧{LOC loc.gao}. The strikes destroyed several vehicles and a fuel depot belonging to the ⟦Movement for Oneness and Jihad in West Africa⟧{ORG org.mujao}.

In the west of the country, a column of armed groups was ⟦engaged⟧{Claim attacked speaker=#mod time=#tya} near ⟦Diabaly⟧{LOC loc.diabaly} ⟦yesterday afternoon⟧{TIMEX3 TIME 2013-01-14TAF #tya}.

Speaking on ⟦Tuesday morning⟧{TIMEX3 TIME 2013-01-15TMO} on ⟦RTL⟧{ORG org.rtl} radio, the Minister of Defence, ⟦Jean-Yves Le Drian⟧{PER per.jean_yves_le_drian speaks=#q1}, ⟦stated⟧{Cue q=#q1} that ⟦"the situation remains difficult in the west, where we are facing heavily armed groups"⟧{Quote #q1 direct}. ⟦He⟧{PER per.jean_yves_le_drian #he1 speaks=#q2} would not give a figure for enemy losses but ⟦confirmed⟧{Cue q=#q2} that ⟦the terrorists had ⟦taken⟧{Claim controls speaker=#he1 time=#t2} ⟦Diabaly⟧{LOC loc.diabaly} on ⟦Monday⟧{TIMEX3 DATE 2013-01-14 #t2}⟧{Quote #q2}.

⟦"No French soldier has been ⟦wounded⟧{Claim wounded negated speaker=#he2} since the start of the operation, except for the loss of Lieutenant ⟦Damien Boiteux⟧{PER per.damien_boiteux} on ⟦11 January⟧{TIMEX3 DATE 2013-01-11 #t3},"⟧{Quote #q3 direct} ⟦he⟧{PER per.jean_yves_le_drian #he2 speaks=#q3} ⟦added⟧{Cue q=#q3}.

Lieutenant ⟦Boiteux⟧{PER per.damien_boiteux #db} was ⟦killed⟧{Claim killed speaker=#mod subject=#db} when his helicopter came under fire near ⟦Konna⟧{LOC loc.konna} at the start of the intervention.

About 1,700 French personnel are ⟦now⟧{TIMEX3 DATE PRESENT_REF} engaged in ⟦Mali⟧{LOC loc.mali} and in neighbouring countries. The deployment will continue over ⟦the coming days⟧{TIMEX3 DATE FUTURE_REF}.

⟦Ministry of Defence⟧{ORG org.french_defence_ministry #mod2} – Delegation for Information and Communication
