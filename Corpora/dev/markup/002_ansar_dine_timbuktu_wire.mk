date: 2012-07-02
source: Reuters
---
⟦Mali⟧{LOC loc.mali} Islamists vow to raze all ⟦Timbuktu⟧{LOC loc.timbuktu} shrines

⟦BAMAKO⟧{LOC loc.bamako}, ⟦July 2⟧{TIMEX3 DATE 2012-07-02} (⟦Reuters⟧{ORG org.reuters #reuters}) - Islamist fighters of ⟦Ansar Dine⟧{ORG org.ansar_dine} pressed on with the destruction of ancient mausoleums in the northern Malian city of ⟦Timbuktu⟧{LOC loc.timbuktu} on ⟦Monday⟧{TIMEX3 DATE 2012-07-02}, after a ⟦spokesman for the group⟧{PER per.oumar_ould_sidi_bouya speaks=#q1} ⟦said⟧{Cue q=#q1} on ⟦Sunday⟧{TIMEX3 DATE 2012-07-01} ⟦they would leave "not a single one standing"⟧{Quote #q1}.

⟦"God is the only one we worship. All this is haram, and we ⟦will destroy⟧{Claim threatens speaker=#s1} everything, even if it is classified by ⟦UNESCO⟧{ORG org.unesco},"⟧{Quote #q2 direct} ⟦Oumar Ould Sidi Bouya⟧{PER per.oumar_ould_sidi_bouya #s1 speaks=#q2}, who presents himself as spokesman for ⟦Ansar Dine⟧{ORG org.ansar_dine}, ⟦told⟧{Cue q=#q2} ⟦Reuters⟧{ORG org.reuters} by telephone from ⟦Timbuktu⟧{LOC loc.timbuktu}.

Witnesses said about thirty armed men with pickaxes broke down the door of the ⟦Sidi Yahia⟧{LOC loc.sidi_yahia_mosque} mosque on ⟦Saturday⟧{TIMEX3 DATE 2012-06-30}.

⟦Ansar Dine⟧{ORG org.ansar_dine #ad}, led by the former Tuareg rebel ⟦Iyad Ag Ghali⟧{PER per.iyad_ag_ghaly}, ⟦seized control⟧{Claim controls speaker=#reuters subject=#ad time=#tjune} of ⟦Timbuktu⟧{LOC loc.timbuktu} at ⟦the end of June⟧{TIMEX3 DATE 2012-06 #tjune} after clashes with fighters of the ⟦MNLA⟧{ORG org.mnla}. An ⟦MNLA⟧{ORG org.mnla #mnla} official in ⟦Ouagadougou⟧{LOC loc.ouagadougou}, ⟦Ibrahim Ag Assaleh⟧{PER per.ibrahim_ag_assaleh #ia speaks=#q3}, ⟦denied⟧{Cue q=#q3} that ⟦its fighters had been ⟦captured⟧{Claim captured negated speaker=#ia subject=#mnla} in the city⟧{Quote #q3}. ⟦'We ⟦withdrew⟧{Claim withdrew speaker=#he subject=#mnla} to spare civilians, we were not beaten,'⟧{Quote #q4 direct} ⟦he⟧{PER per.ibrahim_ag_assaleh #he speaks=#q4} ⟦said⟧{Cue q=#q4}.

The ⟦Malian government⟧{ORG org.malian_government speaks=#q5,#q6} ⟦said⟧{Cue q=#q5} in a statement on ⟦Sunday evening⟧{TIMEX3 TIME 2012-07-01TEV} ⟦it "strongly condemns" the destruction⟧{Quote #q5} and ⟦said⟧{Cue q=#q6} ⟦it would take the matter to the ⟦International Criminal Court⟧{ORG org.international_criminal_court}⟧{Quote #q6}.

⟦UNESCO⟧{ORG org.unesco}, meeting in ⟦Saint Petersburg⟧{LOC loc.saint_petersburg} ⟦last week⟧{TIMEX3 DATE 2012-W26}, placed ⟦Timbuktu⟧{LOC loc.timbuktu} on its list of endangered world heritage sites.

(Reporting by ⟦Adama Coulibaly⟧{PER per.adama_coulibaly}; Editing by ⟦Sarah Whitfield⟧{PER per.sarah_whitfield})
