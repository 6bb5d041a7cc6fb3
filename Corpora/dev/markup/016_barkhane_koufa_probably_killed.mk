date: 2018-11-23
source: French Ministry of the Armed Forces (communiqué, translated by a blog)
translator: Sahel Desk
---
Communiqué of the ⟦Ministry of the Armed Forces⟧{ORG org.french_defence_ministry} – ⟦Mali⟧{LOC loc.mali}: operation of ⟦Barkhane⟧{ORG org.french_army} against a terrorist group in the ⟦Mopti⟧{LOC loc.mopti} region

Translated by: ⟦Sahel Desk⟧{ORG org.sahel_desk}

⟦Paris⟧{LOC loc.paris}, ⟦23 November 2018⟧{TIMEX3 DATE 2018-11-23}

During ⟦the night of 22 to 23 November⟧{TIMEX3 TIME 2018-11-22TNI #t1}, ⟦Barkhane⟧{ORG org.french_army #bk} forces, in support of the ⟦Malian Armed Forces⟧{ORG org.malian_army}, ⟦neutralised⟧{Claim killed speaker=#moaf subject=#km time=#t1} some thirty terrorists of the ⟦Katiba Macina⟧{ORG org.macina_liberation_front #km}, a group affiliated to ⟦JNIM⟧{ORG org.jnim}, in the ⟦Wagadou forest⟧{LOC loc.wagadou_forest} area, near ⟦Dialloubé⟧{LOC loc.dialloube}.

The operation, led by ground and air forces, targeted the leadership of the group. It is probable that ⟦Amadou Koufa⟧{PER per.amadou_koufa #ak}, leader of the ⟦Katiba Macina⟧{ORG org.macina_liberation_front} and one of the principal lieutenants of ⟦Iyad Ag Ghaly⟧{PER per.iyad_ag_ghaly}, was ⟦killed⟧{Claim killed speaker=#moaf subject=#ak time=#t1} during this action.

The Minister of the Armed Forces, ⟦Florence Parly⟧{PER per.florence_parly #fp speaks=#q1}, ⟦salutes⟧{Cue q=#q1} ⟦"the courage and the professionalism of the French and Malian soldiers, who once again struck the enemy at the heart"⟧{Quote #q1 direct}.

⟦Ministry of the Armed Forces⟧{ORG org.french_defence_ministry #moaf}

---
⟦Sahel Desk⟧{ORG org.sahel_desk} note: the ⟦Malian army⟧{ORG org.malian_army} went further ⟦this afternoon⟧{TIMEX3 TIME 2018-11-23TAF #t2}: its spokesman, Colonel ⟦Diarran Koné⟧{PER per.diarran_kone #dk speaks=#q2}, ⟦told⟧{Cue q=#q2} ⟦AFP⟧{ORG org.afp} that ⟦"⟦Koufa⟧{PER per.amadou_koufa #ak2} is ⟦dead⟧{Claim killed speaker=#dk subject=#ak2 time=#t2}, we have identified his body"⟧{Quote #q2 direct}. For the record, ⟦Koufa⟧{PER per.amadou_koufa} (also ⟦Kouffa⟧{PER per.amadou_koufa}, ⟦Kufa⟧{PER per.amadou_koufa}) has been reported dead before, in ⟦2013⟧{TIMEX3 DATE 2013} at ⟦Konna⟧{LOC loc.konna}. We will update this post if ⟦JNIM⟧{ORG org.jnim} reacts.
