date: 2012-12-20
source: Sahara Medias (English summary by a monitoring blog)
translator: Maghreb Monitor
---
⟦Ansar Dine⟧{ORG org.ansar_dine}'s negotiator: "We are not ⟦AQIM⟧{ORG org.aqim}"

⟦Maghreb Monitor⟧{ORG org.maghreb_monitor} | ⟦Thursday 20 December 2012⟧{TIMEX3 DATE 2012-12-20}

⟦Mohamed Ag Aharib⟧{PER per.mohamed_ag_aharib #maa}, who led the ⟦Ansar Dine⟧{ORG org.ansar_dine #ad} delegation at ⟦last week⟧{TIMEX3 DATE 2012-W50}'s talks in ⟦Algiers⟧{LOC loc.algiers}, gave a long interview to ⟦Sahara Medias⟧{ORG org.sahara_medias} on ⟦Tuesday⟧{TIMEX3 DATE 2012-12-18}. Our summary of the main points:

- On the links with ⟦al-Qaeda⟧{ORG org.al_qaeda}, ⟦he⟧{PER per.mohamed_ag_aharib #he1 speaks=#q1,#q2} ⟦denied⟧{Cue q=#q1} that ⟦⟦Ansar Dine⟧{ORG org.ansar_dine #ad2} had ⟦joined⟧{Claim joined negated speaker=#he1 subject=#ad2} ⟦AQIM⟧{ORG org.aqim}⟧{Quote #q1}: ⟦“We are Malians, our struggle is in ⟦Mali⟧{LOC loc.mali}, we have no agenda outside it.”⟧{Quote #q2 direct}
- On ⟦Timbuktu⟧{LOC loc.timbuktu} and ⟦Kidal⟧{LOC loc.kidal}, ⟦he⟧{PER per.mohamed_ag_aharib #he2 speaks=#q3} ⟦said⟧{Cue q=#q3} ⟦the movement was ⟦in full control⟧{Claim controls speaker=#he2 subject=#ad2} of both cities and that "no one can enter them without our permission⟧{Quote #q3}.
- On ⟦Iyad Ag Ghaly⟧{PER per.iyad_ag_ghaly #iag}: ⟦Ag Ghaly⟧{PER per.iyad_ag_ghaly #iag2} ⟦"is ⟦in good health⟧{Claim alive speaker=#he3 subject=#iag} and directs the movement from the field"⟧{Quote #q4 direct}, contrary to ⟦rumours⟧{Cue q=#q4b} that ⟦he had been ⟦wounded⟧{Claim wounded subject=#iag2} in an air strike⟧{Quote #q4b}.
- On a foreign intervention: ⟦"If the ⟦ECOWAS⟧{ORG org.ecowas} forces come, we will fight them,"⟧{Quote #q5 direct} ⟦he⟧{PER per.mohamed_ag_aharib #he3 speaks=#q4,#q5} ⟦warned⟧{Cue q=#q5}.

The interview also contains a second-hand account. ⟦According to⟧{Cue q=#q6} ⟦Ag Aharib⟧{PER per.mohamed_ag_aharib speaks=#q6}, ⟦a ⟦MUJAO⟧{ORG org.mujao} commander ⟦told⟧{Cue q=#q7} him in ⟦November⟧{TIMEX3 DATE 2012-11} that ⟦⟦MUJAO⟧{ORG org.mujao} had handed over two European hostages to ⟦AQIM⟧{ORG org.aqim}⟧{Quote #q7}⟧{Quote #q6}. ⟦Ag Aharib⟧{PER per.mohamed_ag_aharib speaks=#q8} ⟦said⟧{Cue q=#q8} ⟦he "could not verify" this⟧{Quote #q8}.

Note: ⟦today⟧{TIMEX3 DATE 2012-12-20}, the ⟦UN Security Council⟧{ORG org.un_security_council} authorised an African-led force for ⟦Mali⟧{LOC loc.mali} (resolution 2085), for an initial period of ⟦one year⟧{TIMEX3 DURATION P1Y}.

Share: Facebook · Twitter · Print
