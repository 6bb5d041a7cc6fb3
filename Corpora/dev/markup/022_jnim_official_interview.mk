date: 2023-04-12
source: Sahel Desk (translated interview)
translator: Sahel Desk
---
Interview with a ⟦JNIM⟧{ORG org.jnim} official: "We have no quarrel with the people of ⟦Ménaka⟧{LOC loc.menaka}"

The following interview with ⟦Abu Hudhayfa al-Bambari⟧{PER per.abu_hudhayfa_al_bambari #ah speaks=#a1,#a2,#a3}, presented as a member of the media committee of ⟦Jama'at Nusrat al-Islam wal-Muslimin⟧{ORG org.jnim}, was published in Arabic by the ⟦Az-Zallaqa⟧{ORG org.al_zallaqa} outlet on ⟦Sunday⟧{TIMEX3 DATE 2023-04-09}. We translate it in full. Questions in bold in the original.

Q: There are ⟦reports⟧{Cue q=#r1} that ⟦the ⟦Islamic State⟧{ORG org.islamic_state #is1} ⟦now⟧{TIMEX3 DATE PRESENT_REF #tnow} ⟦controls⟧{Claim controls subject=#is1 time=#tnow} the region of ⟦Ménaka⟧{LOC loc.menaka}⟧{Quote #r1}. What is your response?

A: ⟦These reports are exaggerated. The ⟦Khawarij⟧{ORG org.islamic_state} [the ⟦Islamic State⟧{ORG org.islamic_state #is2}] entered some villages ⟦last month⟧{TIMEX3 DATE 2023-03 #tm} and ⟦killed⟧{Claim killed speaker=#ah time=#tm} the people of ⟦Tidermène⟧{LOC loc.tidermene}, women and children, but they do not ⟦control⟧{Claim controls negated speaker=#ah subject=#is2} ⟦Ménaka⟧{LOC loc.menaka}. Our brothers ⟦pushed them back⟧{Claim withdrew speaker=#ah subject=#is2 time=#t2w} from ⟦Anderamboukane⟧{LOC loc.anderamboukane} ⟦two weeks ago⟧{TIMEX3 DATE 2023-W13 #t2w}.⟧{Quote #a1 direct}

Q: The ⟦Malian army⟧{ORG org.malian_army #fama speaks=#r2} ⟦says⟧{Cue q=#r2} ⟦its soldiers, with their Russian partners, ⟦killed⟧{Claim killed speaker=#fama time=#tfeb} dozens of your fighters near ⟦Niono⟧{LOC loc.niono} in ⟦February⟧{TIMEX3 DATE 2023-02 #tfeb}⟧{Quote #r2}.

A: ⟦They always say that. In ⟦Niono⟧{LOC loc.niono}, the army and ⟦Wagner⟧{ORG org.wagner_group} ⟦killed⟧{Claim killed speaker=#ah} shepherds and burned markets, and then announced "terrorists neutralised". Not one of our mujahideen was ⟦killed⟧{Claim killed negated speaker=#ah} there.⟧{Quote #a2 direct}

Q: Is Sheikh ⟦Iyad Ag Ghaly⟧{PER per.iyad_ag_ghaly #iag} still leading the Jama'a?

A: ⟦The Sheikh, may Allah preserve him, is ⟦well⟧{Claim alive speaker=#ah subject=#iag} and leads the Jama'a, praise be to Allah.⟧{Quote #a3 direct}

[End of the interview]

Translator's note: the claim that ⟦Islamic State⟧{ORG org.islamic_state} fighters were pushed back from ⟦Anderamboukane⟧{LOC loc.anderamboukane} in ⟦late March⟧{TIMEX3 DATE 2023-03} could not be confirmed. ⟦MINUSMA⟧{ORG org.minusma} reported on ⟦4 April⟧{TIMEX3 DATE 2023-04-04} heavy fighting in the area.
