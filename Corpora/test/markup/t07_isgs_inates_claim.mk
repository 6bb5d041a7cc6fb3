date: 2018-05-22
source: Sahel Intelligence Digest
translator: Sahel Intelligence Digest staff
---
⟦ISGS⟧{ORG org.islamic_state_greater_sahara #g0} ⟦claims⟧{Claim claims_responsibility speaker=#g0 subject=#g0} ⟦Tillabéri⟧{LOC loc.tillaberi} attack, ⟦Niamey⟧{LOC loc.niamey #n0 speaks=#q0} ⟦speaks of⟧{Cue q=#q0} ⟦"cowardly ⟦aggression⟧{Claim attacked speaker=#n0}"⟧{Quote #q0 direct}

Translated from French by: ⟦Sahel Intelligence Digest⟧{ORG org.sahel_intelligence_digest #au} staff
Source: ⟦ANI⟧{ORG org.ani} / ⟦Agence Nigérienne de Presse⟧{ORG org.agence_nigerienne_de_presse}, ⟦22/05/2018⟧{TIMEX3 DATE 2018-05-22}

The ⟦Islamic State in the Greater Sahara⟧{ORG org.islamic_state_greater_sahara #g1} (⟦ISGS⟧{ORG org.islamic_state_greater_sahara}) has ⟦claimed responsibility⟧{Claim claims_responsibility speaker=#g1 subject=#g1 time=#t1} for ⟦Saturday⟧{TIMEX3 DATE 2018-05-19 #t1}'s ⟦attack⟧{Claim attacked speaker=#au subject=#i1 time=#t1} on an army post at ⟦Inates⟧{LOC loc.inates #i1}, in the ⟦Tillabéri⟧{LOC loc.tillaberi} region of western ⟦Niger⟧{LOC loc.niger}.

In a telephone call to the Mauritanian agency ⟦Agence Nouakchott d'Information⟧{ORG org.ani} (⟦ANI⟧{ORG org.ani}) on ⟦Monday evening⟧{TIMEX3 TIME 2018-05-21TEV}, a man who presented himself as ⟦Adnan Abu al-Walid al-Sahraoui⟧{PER per.adnan_abu_walid_al_sahrawi #s2 speaks=#q2}, the "emir" of the group, ⟦said⟧{Cue q=#q2} ⟦his fighters "⟦attacked⟧{Claim attacked speaker=#s2 time=#t2} the apostates' post at ⟦dawn on Saturday⟧{TIMEX3 TIME 2018-05-19TMO #t2}, ⟦killed⟧{Claim killed speaker=#s2 time=#t2} many soldiers and seized their weapons and vehicles"⟧{Quote #q2}.

⟦“This is the answer to the French and American crusaders and to their agents in ⟦Niamey⟧{LOC loc.niamey}. We ⟦will strike⟧{Claim threatens speaker=#s3} them wherever they are⟧{Quote #q3 direct}, ⟦he⟧{PER per.adnan_abu_walid_al_sahrawi #s3 speaks=#q3} ⟦reportedly added⟧{Cue q=#q3}.

⟦ANI⟧{ORG org.ani speaks=#q4}, which has received several such calls in ⟦the past⟧{TIMEX3 DATE PAST_REF}, ⟦said⟧{Cue q=#q4} ⟦it could not verify the identity of the caller⟧{Quote #q4}.

In ⟦Niamey⟧{LOC loc.niamey}, the ⟦Ministry of National Defence⟧{ORG org.nigerien_defence_ministry #s5 speaks=#q5} gave a different account in a communiqué read on public television on ⟦Sunday night⟧{TIMEX3 TIME 2018-05-20TNI}. « ⟦Our forces repelled a cowardly ⟦aggression⟧{Claim attacked speaker=#s5 subject=#i5 time=#t5} by armed terrorists against the ⟦Inates⟧{LOC loc.inates #i5} position on ⟦19/05/2018 at around 05:30⟧{TIMEX3 TIME 2018-05-19T05:30 #t5}⟧{Quote #q5 direct} », the communiqué ⟦said⟧{Cue q=#q5}. ⟦It⟧{ORG org.nigerien_defence_ministry #s6 speaks=#q6} put the army's losses at seven ⟦dead⟧{Claim killed speaker=#s6} and four ⟦wounded⟧{Claim wounded speaker=#s6}, and ⟦stated⟧{Cue q=#q6} that ⟦"about twenty terrorists were ⟦neutralised⟧{Claim killed speaker=#s6}" and several motorcycles destroyed⟧{Quote #q6}.

The ⟦ministry⟧{ORG org.nigerien_defence_ministry #s7 speaks=#q7} did not mention any seizure of vehicles and ⟦denied⟧{Cue q=#q7} that ⟦soldiers had been ⟦taken prisoner⟧{Claim captured negated speaker=#s7}⟧{Quote #q7}, contrary to rumours on social networks.

The ⟦ISGS⟧{ORG org.islamic_state_greater_sahara #g8}, which ⟦broke away from⟧{Claim defected speaker=#au subject=#g8 time=#t8} ⟦Al-Mourabitoune⟧{ORG org.al_mourabitoun} in ⟦2015⟧{TIMEX3 DATE 2015 #t8}, is also blamed for the ⟦October 2017⟧{TIMEX3 DATE 2017-10 #t9} ⟦ambush⟧{Claim attacked speaker=#au subject=#l9 time=#t9} at ⟦Tongo Tongo⟧{LOC loc.tongo_tongo #l9} that ⟦killed⟧{Claim killed speaker=#au time=#t9} four US soldiers and five Nigeriens.
