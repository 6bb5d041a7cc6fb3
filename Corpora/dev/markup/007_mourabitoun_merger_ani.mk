date: 2013-08-22
source: ANI (translated by a monitoring blog)
translator: Sahel Desk
---
"⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun}": ⟦MUJAO⟧{ORG org.mujao} and the "⟦Signatories in Blood⟧{ORG org.signed_in_blood_battalion}" announce their merger

Translated by: ⟦Sahel Desk⟧{ORG org.sahel_desk}
⟦Thursday, August 22, 2013⟧{TIMEX3 DATE 2013-08-22}

The ⟦Movement for Unity and Jihad in West Africa⟧{ORG org.mujao #mujao speaks=#q1} and the ⟦Signatories in Blood⟧{ORG org.signed_in_blood_battalion #sib} brigade of ⟦Khaled Abu al-Abbas⟧{PER per.mokhtar_belmokhtar} (⟦Mukhtar Bel Mukhtar⟧{PER per.mokhtar_belmokhtar}) ⟦have announced⟧{Cue q=#q1} ⟦their ⟦merger⟧{Claim merged speaker=#mujao subject=#mujao time=#t1} into a single group called "⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun #am}"⟧{Quote #q1}, according to a joint statement received ⟦today⟧{TIMEX3 DATE 2013-08-22 #t1} by ⟦Agence Nouakchott d'Information⟧{ORG org.ani} (⟦ANI⟧{ORG org.ani}).

The statement, signed by the "Shura council of ⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun #joint speaks=#q2,#q3}", ⟦says⟧{Cue q=#q2,#q3} that:

1. ⟦"the union of the two groups comes to unite the ranks of the Muslims from the ⟦Nile⟧{LOC loc.nile} to the ⟦Atlantic⟧{LOC loc.atlantic} against the Zionist-Crusader campaign"⟧{Quote #q2 direct};
2. ⟦the new group ⟦will target⟧{Claim threatens speaker=#joint subject=#fr} ⟦France⟧{LOC loc.france #fr} "and its agents" wherever they are⟧{Quote #q3};
3. the leadership of the group is given to "a man of experience" whose name is not revealed "for security reasons".

According to the statement, neither ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar} nor ⟦Ahmed el-Tilemsi⟧{PER per.ahmed_el_tilemsi}, the ⟦MUJAO⟧{ORG org.mujao} leader, will be emir of the new group. Observers in ⟦Nouakchott⟧{LOC loc.nouakchott} read this as a sign that ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar} has left the field command, without breaking with ⟦AQIM⟧{ORG org.aqim}.

A former hostage held by the group in ⟦2012⟧{TIMEX3 DATE 2012} ⟦told⟧{Cue q=#q4} ⟦ANI⟧{ORG org.ani} that ⟦"the two groups already fought side by side in ⟦Gao⟧{LOC loc.gao}"⟧{Quote #q4 direct}.

---
Related: ⟦Signatories in Blood⟧{ORG org.signed_in_blood_battalion} claim ⟦In Amenas⟧{LOC loc.in_amenas} (⟦January 2013⟧{TIMEX3 DATE 2013-01}) | ⟦MUJAO⟧{ORG org.mujao} statement on ⟦Niger⟧{LOC loc.niger} attacks (⟦May⟧{TIMEX3 DATE 2013-05})
