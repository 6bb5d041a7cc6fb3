date: 2013-05-24
source: AFP
---
⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar} group, ⟦MUJAO⟧{ORG org.mujao} claim twin suicide attacks in ⟦Niger⟧{LOC loc.niger}

⟦NIAMEY⟧{LOC loc.niamey}, ⟦May 24, 2013⟧{TIMEX3 DATE 2013-05-24} (⟦AFP⟧{ORG org.afp #afp}) – The ⟦Signed-in-Blood Battalion⟧{ORG org.signed_in_blood_battalion #sib} of ⟦Mokhtar Belmokhtar⟧{PER per.mokhtar_belmokhtar} ⟦claimed responsibility⟧{Claim claims_responsibility speaker=#sib subject=#sib time=#t23} on ⟦Friday⟧{TIMEX3 DATE 2013-05-24} for the suicide attacks that ⟦hit⟧{Claim attacked speaker=#afp subject=#areva1 time=#t23} a military camp in ⟦Agadez⟧{LOC loc.agadez} and a uranium site run by French group ⟦Areva⟧{ORG org.areva #areva1} in ⟦Arlit⟧{LOC loc.arlit} on ⟦Thursday⟧{TIMEX3 DATE 2013-05-23 #t23}.

In a statement sent to the Mauritanian agency ⟦ANI⟧{ORG org.ani}, ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar #mb2 speaks=#q1} ⟦said⟧{Cue q=#q1} ⟦the operations were carried out "in coordination with our brothers of the ⟦MUJAO⟧{ORG org.mujao}" in response to ⟦Niger⟧{LOC loc.niger}'s participation in the French war in ⟦Mali⟧{LOC loc.mali}⟧{Quote #q1}. ⟦He⟧{PER per.mokhtar_belmokhtar #mb3 speaks=#q2} ⟦threatened⟧{Cue q=#q2} ⟦to ⟦strike⟧{Claim threatens speaker=#mb3 subject=#niger} again "with more force" if ⟦Niamey⟧{LOC loc.niamey #niger} kept its troops in ⟦Mali⟧{LOC loc.mali}⟧{Quote #q2}.

Earlier, ⟦MUJAO⟧{ORG org.mujao #mujao} spokesman ⟦Abu Walid Sahraoui⟧{PER per.adnan_abu_walid_al_sahrawi #aws speaks=#q3} ⟦had told⟧{Cue q=#q3} ⟦AFP⟧{ORG org.afp} by telephone: ⟦"We, ⟦MUJAO⟧{ORG org.mujao #mujao2}, ⟦claim⟧{Claim claims_responsibility speaker=#aws subject=#mujao2} the two operations against the enemies of Sharia in ⟦Niger⟧{LOC loc.niger}."⟧{Quote #q3 direct}

⟦Niger⟧{LOC loc.niger}'s interior minister ⟦Moussa Garba Issoufou⟧{PER per.moussa_garba_issoufou #min speaks=#q4} ⟦said⟧{Cue q=#q4} on national television that ⟦18 soldiers and one civilian had been ⟦killed⟧{Claim killed speaker=#min time=#t23b} in ⟦Agadez⟧{LOC loc.agadez} ⟦yesterday⟧{TIMEX3 DATE 2013-05-23 #t23b}, and that all the assailants had been ⟦neutralised⟧{Claim killed speaker=#min time=#t23b}⟧{Quote #q4}. ⟦"At ⟦Arlit⟧{LOC loc.arlit}, one employee of the company was ⟦killed⟧{Claim killed speaker=#min2}, some fifteen were ⟦wounded⟧{Claim wounded speaker=#min2},"⟧{Quote #q5 direct} ⟦he⟧{PER per.moussa_garba_issoufou #min2 speaks=#q5} ⟦added⟧{Cue q=#q5}, referring to ⟦Areva⟧{ORG org.areva}.

A security source in ⟦Agadez⟧{LOC loc.agadez} ⟦told⟧{Cue q=#q6} ⟦AFP⟧{ORG org.afp} that ⟦one of the attackers had been ⟦captured⟧{Claim captured} alive⟧{Quote #q6}, which the minister did not confirm.

The attacks were the first in ⟦Niger⟧{LOC loc.niger} since the start of the French-led intervention in ⟦January⟧{TIMEX3 DATE 2013-01}.
