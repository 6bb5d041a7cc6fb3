date: 2022-08-16
source: Sahel Desk (translation of a JNIM statement, with notes)
translator: Sahel Desk
---
⟦JNIM⟧{ORG org.jnim} statement on the departure of the last French soldiers from ⟦Mali⟧{LOC loc.mali}

Translated by: ⟦Sahel Desk⟧{ORG org.sahel_desk}
Published: ⟦16/08/2022⟧{TIMEX3 DATE 2022-08-16}

Background: the ⟦French Armed Forces General Staff⟧{ORG org.french_army #ema speaks=#q1} ⟦announced⟧{Cue q=#q1} ⟦yesterday⟧{TIMEX3 DATE 2022-08-15 #t1} that ⟦the last ⟦Barkhane⟧{ORG org.french_army #bk} contingent had ⟦left⟧{Claim withdrew speaker=#ema subject=#bk time=#t1} Malian territory, crossing into ⟦Niger⟧{LOC loc.niger} from ⟦Gao⟧{LOC loc.gao}⟧{Quote #q1}, ⟦nine years⟧{TIMEX3 DURATION P9Y} after the start of ⟦Operation Serval⟧{ORG org.french_army}. ⟦A few hours⟧{TIMEX3 DURATION PTXH} later, the following text circulated on ⟦Telegram⟧{ORG org.telegram} channels close to ⟦JNIM⟧{ORG org.jnim}.

---

In the name of Allah, the Most Merciful

⟦Jama'at Nusrat al-Islam wal-Muslimin⟧{ORG org.jnim #jnim}

Statement on the defeat of the Crusaders

Praise be to Allah who drove the French Crusaders out of the land of the Muslims. After ⟦nine years⟧{TIMEX3 DURATION P9Y} of occupation, the ⟦army of France⟧{ORG org.french_army #fr} ⟦fled⟧{Claim withdrew speaker=#jnim subject=#fr} from ⟦Gao⟧{LOC loc.gao}, humiliated, as it fled before from ⟦Kidal⟧{LOC loc.kidal}, ⟦Tessalit⟧{LOC loc.tessalit} and ⟦Timbuktu⟧{LOC loc.timbuktu}.

We say to our people in ⟦Mali⟧{LOC loc.mali}:
1- The mujahideen did not ⟦withdraw⟧{Claim withdrew negated speaker=#jnim} from any region, and they are ⟦in control⟧{Claim controls speaker=#jnim} of the countryside from ⟦Ménaka⟧{LOC loc.menaka} to ⟦Ségou⟧{LOC loc.segou}.
2- The new mercenaries of ⟦Wagner⟧{ORG org.wagner_group #wg}, whom the junta brought in, ⟦will meet the same fate⟧{Claim threatens speaker=#jnim subject=#wg}.
3- Those who stand with the occupier will have no excuse after ⟦today⟧{TIMEX3 DATE 2022-08-15}.

⟦Al-Zallaqa Foundation for Media Production⟧{ORG org.al_zallaqa}
⟦17 Muharram 1444⟧{TIMEX3 DATE 2022-08-15}

---
Notes: The statement does not mention ⟦Iyad Ag Ghaly⟧{PER per.iyad_ag_ghaly}. ⟦Mali⟧{LOC loc.mali}'s transitional ⟦government⟧{ORG org.malian_government #gov speaks=#q2}, asked by ⟦AFP⟧{ORG org.afp}, ⟦said⟧{Cue q=#q2} ⟦the ⟦Malian armed forces⟧{ORG org.malian_army #fama} "⟦control⟧{Claim controls speaker=#gov subject=#fama} the whole national territory"⟧{Quote #q2}.
