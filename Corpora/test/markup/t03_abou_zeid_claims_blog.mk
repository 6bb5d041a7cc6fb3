date: 2013-03-04
source: sahelblog.example.net
---
⟦Abou Zeid⟧{PER per.abdelhamid_abou_zeid}: dead or alive? The claims so far

Posted on ⟦March 4, 2013⟧{TIMEX3 DATE 2013-03-04} by ⟦sahelblog⟧{ORG org.sahelblog #au} | 3 Comments

⟦Three days⟧{TIMEX3 DURATION P3D} after the ⟦Chadian president⟧{PER per.idriss_deby #s0 speaks=#q0} ⟦announced⟧{Cue q=#q0} ⟦the ⟦death⟧{Claim killed speaker=#s0 subject=#z0} of ⟦AQIM⟧{ORG org.aqim} commander ⟦Abdelhamid Abou Zeid⟧{PER per.abdelhamid_abou_zeid #z0}⟧{Quote #q0}, ⟦Paris⟧{LOC loc.paris} still refuses to confirm it. Here is what each side has said, in order.

1. ⟦Chad⟧{LOC loc.chad}. On ⟦Friday evening⟧{TIMEX3 TIME 2013-03-01TEV #t1}, President ⟦Idriss Déby Itno⟧{PER per.idriss_deby #s1 speaks=#q1} ⟦told⟧{Cue q=#q1} reporters in ⟦N'Djamena⟧{LOC loc.n_djamena} that ⟦Chadian troops had "⟦killed⟧{Claim killed speaker=#s1 subject=#z1 time=#t1} two terrorist leaders, including ⟦Abou Zeid⟧{PER per.abdelhamid_abou_zeid #z1}" in the ⟦Adrar des Ifoghas⟧{LOC loc.adrar_des_ifoghas}⟧{Quote #q1}. On ⟦Saturday⟧{TIMEX3 DATE 2013-03-02 #t2} the ⟦Chadian army⟧{ORG org.chadian_army #s2 speaks=#q2} ⟦added⟧{Cue q=#q2} that ⟦its men had also ⟦killed⟧{Claim killed speaker=#s2 subject=#b2 time=#t2} ⟦Mokhtar Belmokhtar⟧{PER per.mokhtar_belmokhtar #b2}, "the one-eyed"⟧{Quote #q2}.

2. ⟦France⟧{LOC loc.france}. The ⟦French defence ministry⟧{ORG org.french_defence_ministry #s3 speaks=#q3} ⟦said⟧{Cue q=#q3} in a statement on ⟦Sunday⟧{TIMEX3 DATE 2013-03-03}: « ⟦We cannot confirm at this stage the death of ⟦Abou Zeid⟧{PER per.abdelhamid_abou_zeid}. Operations are continuing in the ⟦Ifoghas⟧{LOC loc.adrar_des_ifoghas}⟧{Quote #q3 direct}. » Minister ⟦Jean-Yves Le Drian⟧{PER per.jean_yves_le_drian speaks=#q4} ⟦told⟧{Cue q=#q4} ⟦France 2⟧{ORG org.france_2} that ⟦DNA tests were being carried out⟧{Quote #q4}.

3. ⟦AQIM⟧{ORG org.aqim}. No statement yet. A source close to the group ⟦told⟧{Cue q=#q5} the Mauritanian agency ⟦Sahara Medias⟧{ORG org.sahara_medias} that ⟦⟦Abou Zeid⟧{PER per.abdelhamid_abou_zeid #z5} "is ⟦in good health⟧{Claim alive subject=#z5}"⟧{Quote #q5}, but the same agency quoted another jihadist on ⟦Sunday night⟧{TIMEX3 TIME 2013-03-03TNI #t6} ⟦saying⟧{Cue q=#q6} that ⟦he had ⟦died⟧{Claim killed subject=#z5 time=#t6} "as a martyr" in a French air raid, not at the hands of the ⟦Chadians⟧{ORG org.chadian_army}⟧{Quote #q6}.

4. ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar}'s side. His brigade, the ⟦Signed-in-Blood Battalion⟧{ORG org.signed_in_blood_battalion}, has said nothing official. One of its members reportedly called ⟦ANI⟧{ORG org.ani} to ⟦say⟧{Cue q=#q7} that ⟦⟦Mukhtar Bel Mukhtar⟧{PER per.mokhtar_belmokhtar #b7} was "⟦alive and well⟧{Claim alive subject=#b7}" and would ⟦soon⟧{TIMEX3 DATE FUTURE_REF} appear⟧{Quote #q7}.

My reading: ⟦Abou Zeid⟧{PER per.abdelhamid_abou_zeid #z8} is probably ⟦dead⟧{Claim killed speaker=#au subject=#z8}; the ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar} claim looks premature. We will see.

3 thoughts on "⟦Abou Zeid⟧{PER per.abdelhamid_abou_zeid}: dead or alive? The claims so far"

⟦Ahmed⟧{PER -} says: ⟦March 4, 2013 at 3:12 pm⟧{TIMEX3 TIME 2013-03-04T15:12}
⟦Déby⟧{PER per.idriss_deby} needs a victory to sell at home, dont forget that.

Reply

⟦Mamadou K.⟧{PER -} says: ⟦March 4, 2013 at 5:40 pm⟧{TIMEX3 TIME 2013-03-04T17:40}
They said ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar} was dead in ⟦2006⟧{TIMEX3 DATE 2006} too lol

Reply

Leave a Reply
Your email address will not be published. Required fields are marked *
