date: 2012-11-17
source: azawadwatch.example.com
translator: Azawad Watch
---
Exclusive: Interview with the spokesman of ⟦Ansar Dine⟧{ORG org.ansar_dine}

Translated by: ⟦Azawad Watch⟧{ORG org.azawad_watch #au} (from Arabic, ⟦Sahara Medias⟧{ORG org.sahara_medias} interview of ⟦15/11/2012⟧{TIMEX3 DATE 2012-11-15})

⟦Sahara Medias⟧{ORG org.sahara_medias speaks=#q1}: ⟦There are reports that your leader ⟦Iyad Ag Ghaly⟧{PER per.iyad_ag_ghaly #i1} was ⟦injured⟧{Claim wounded subject=#i1 time=#t1} in the clashes near ⟦Anefis⟧{LOC loc.anefis} ⟦last week⟧{TIMEX3 DATE 2012-W45 #t1}. What is the truth?⟧{Quote #q1 direct}

⟦Sanda Ould Boumama⟧{PER per.sanda_ould_boumama #s2 speaks=#q2}: ⟦These are lies spread by the ⟦MNLA⟧{ORG org.mnla}. Sheikh ⟦Iyad Ag Ghali⟧{PER per.iyad_ag_ghaly #i2} was not ⟦wounded⟧{Claim wounded negated speaker=#s2 subject=#i2}, and he is ⟦now⟧{TIMEX3 DATE PRESENT_REF} among his brothers in ⟦Kidal⟧{LOC loc.kidal}, praise be to God. He has not been hit, not even a scratch⟧{Quote #q2 direct}.

⟦Sahara Medias⟧{ORG org.sahara_medias speaks=#q3}: ⟦Does ⟦Ansar Dine⟧{ORG org.ansar_dine} still control ⟦Timbuktu⟧{LOC loc.timbuktu}?⟧{Quote #q3 direct}

⟦Ould Boumama⟧{PER per.sanda_ould_boumama #s4 speaks=#q4}: ⟦Yes. ⟦Timbuktu⟧{LOC loc.timbuktu}, ⟦Kidal⟧{LOC loc.kidal} and their surroundings are ⟦under the control⟧{Claim controls speaker=#s4 subject=#a4} of the ⟦Ansar Eddine⟧{ORG org.ansar_dine #a4} movement, and Sharia is applied there. We are not ⟦AQIM⟧{ORG org.aqim}, we have no relationship with them in our decisions, even if they are our Muslim brothers⟧{Quote #q4 direct}.

⟦Sahara Medias⟧{ORG org.sahara_medias speaks=#q5}: ⟦And the negotiations in ⟦Ouagadougou⟧{LOC loc.ouagadougou}?⟧{Quote #q5 direct}

⟦Ould Boumama⟧{PER per.sanda_ould_boumama #s6 speaks=#q6}: ⟦Our delegation went to ⟦Ouagadougou⟧{LOC loc.ouagadougou} on ⟦6 November⟧{TIMEX3 DATE 2012-11-06} and we announce that we accept dialogue with ⟦Bamako⟧{LOC loc.bamako} on condition that Sharia is respected. But if the Crusaders attack us, we will defend ourselves and the war will reach their own countries⟧{Quote #q6 direct}.

Note: ⟦Ansar Dine⟧{ORG org.ansar_dine} (also ⟦Ansar Eddine⟧{ORG org.ansar_dine}, ⟦Ansar al-Din⟧{ORG org.ansar_dine}) was founded in ⟦late 2011⟧{TIMEX3 DATE 2011} by ⟦Iyad Ag Ghaly⟧{PER per.iyad_ag_ghaly}, a former Tuareg rebel leader. ⟦A week⟧{TIMEX3 DURATION P1W} before this interview, the ⟦MNLA⟧{ORG org.mnla #s7 speaks=#q7} ⟦had claimed⟧{Cue q=#q7} that ⟦its fighters "⟦wounded⟧{Claim wounded speaker=#s7 subject=#i7} ⟦Iyad⟧{PER per.iyad_ag_ghaly #i7} and ⟦killed⟧{Claim killed speaker=#s7} 15 of his men" near ⟦Anefis⟧{LOC loc.anefis}⟧{Quote #q7}; ⟦Ansar Dine⟧{ORG org.ansar_dine} never confirmed any losses.

Tags: ⟦Ansar Dine⟧{ORG org.ansar_dine}, ⟦Mali⟧{LOC loc.mali}, ⟦Kidal⟧{LOC loc.kidal}, Interview
