date: 2023-05-16
source: Sahel Conflict Monitor
translator: Sahel Conflict Monitor
---
⟦Burkina Faso⟧{LOC loc.burkina_faso}: ⟦army⟧{ORG org.burkinabe_army} and ⟦JNIM⟧{ORG org.jnim} give conflicting tolls for ⟦Namssiguia⟧{LOC loc.namssiguia #l0} ⟦attack⟧{Claim attacked speaker=#au subject=#l0}

⟦Sahel Conflict Monitor⟧{ORG org.sahel_conflict_monitor #au} — ⟦16.05.2023⟧{TIMEX3 DATE 2023-05-16} — translation of the government communiqué by ⟦SCM⟧{ORG org.sahel_conflict_monitor}

COMMUNIQUE OF THE GOVERNMENT (translated)

⟦"On ⟦Saturday 13 May 2023, at about 6 a.m.⟧{TIMEX3 TIME 2023-05-13T06:00 #t1}, the military detachment of ⟦Namssiguia⟧{LOC loc.namssiguia #l1}, in the ⟦Centre-Nord⟧{LOC loc.centre_nord} region, was the target of a complex ⟦attack⟧{Claim attacked speaker=#s1 subject=#l1 time=#t1} by a large group of terrorists.
The valiant soldiers and ⟦VDP⟧{ORG org.vdp} riposted vigorously. The provisional toll is as follows:
1. On the friendly side: eight (08) soldiers and four (04) ⟦VDP⟧{ORG org.vdp} ⟦fell⟧{Claim killed speaker=#s1 time=#t1} with arms in hand; eleven (11) ⟦wounded⟧{Claim wounded speaker=#s1 time=#t1} were evacuated.
2. On the enemy side: more than forty (40) terrorists were ⟦neutralised⟧{Claim killed speaker=#s1 time=#t1} and a large quantity of equipment was recovered.
Sweeping operations are continuing."⟧{Quote #q1 direct}

⟦Ouagadougou⟧{LOC loc.ouagadougou}, ⟦14 May 2023⟧{TIMEX3 DATE 2023-05-14}
The Minister of Communication, Government Spokesman
⟦Rimtalba Jean-Marie Ouédraogo⟧{PER per.rimtalba_jean_marie_ouedraogo #s1 speaks=#q1}

⟦The same day⟧{TIMEX3 DATE 2023-05-14 #t2}, ⟦JNIM⟧{ORG org.jnim #s2 speaks=#q2} (⟦Jama'at Nusrat al-Islam wal-Muslimin⟧{ORG org.jnim}, ⟦GSIM⟧{ORG org.jnim} in French) ⟦published a claim⟧{Claim claims_responsibility speaker=#s2 subject=#s2 time=#t2} through its ⟦az-Zallaqa⟧{ORG org.al_zallaqa} outlet ⟦saying⟧{Cue q=#q2} ⟦its fighters had "⟦taken⟧{Claim controls speaker=#s2 subject=#s2} the barracks" at ⟦Namssiguia⟧{LOC loc.namssiguia} and ⟦killed⟧{Claim killed speaker=#s2} 53 "soldiers of the junta and their militias"⟧{Quote #q2}. The ⟦group⟧{ORG org.jnim #s3 speaks=#q3} ⟦said⟧{Cue q=#q3} ⟦it ⟦lost⟧{Claim killed speaker=#s3} four "martyrs"⟧{Quote #q3}.

⟦It⟧{ORG org.jnim #s4 speaks=#q4,#q5} ⟦also rejected⟧{Cue q=#q4} reports that ⟦civilians were ⟦killed⟧{Claim killed negated speaker=#s4} in nearby villages⟧{Quote #q4}: ⟦"the mujahideen did not touch any civilian"⟧{Quote #q5 direct}, the statement ⟦reads⟧{Cue q=#q5}.

Local sources interviewed by ⟦SCM⟧{ORG org.sahel_conflict_monitor} on ⟦Monday⟧{TIMEX3 DATE 2023-05-15} described a base that was abandoned for ⟦several hours⟧{TIMEX3 DURATION PTXH}; one of them ⟦said⟧{Cue q=#q6} ⟦the soldiers "came back ⟦Sunday⟧{TIMEX3 DATE 2023-05-14} with the planes"⟧{Quote #q6}.

Neither account can be verified. Access to the area has been restricted for ⟦months⟧{TIMEX3 DURATION PXM}, and the authorities suspended two foreign broadcasters ⟦last year⟧{TIMEX3 DATE 2022}.
