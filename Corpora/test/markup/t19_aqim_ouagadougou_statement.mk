date: 2016-01-20
source: Maghreb Monitor
translator: Maghreb Monitor
---
⟦AQIM⟧{ORG org.aqim} statement on the ⟦Ouagadougou⟧{LOC loc.ouagadougou} operation (full translation)

Translated by: ⟦Maghreb Monitor⟧{ORG org.maghreb_monitor} | ⟦20 January 2016⟧{TIMEX3 DATE 2016-01-20}

From the office of the spokesman of ⟦Al-Qaeda in the Islamic Maghreb⟧{ORG org.aqim #a}

Praise be to God...

The mujahideen of the ⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun #m1} battalion, in cooperation with the ⟦emirate of the Sahara⟧{ORG org.aqim_sahara_emirate}, ⟦carried out⟧{Claim claims_responsibility speaker=#a subject=#m1 time=#t1} on ⟦the evening of Friday 5 Rabi' al-Thani 1437⟧{TIMEX3 TIME 2016-01-15TEV #t1} (⟦15 January 2016⟧{TIMEX3 DATE 2016-01-15}) a blessed ⟦raid⟧{Claim attacked speaker=#a subject=#h1 time=#t1} on the ⟦Splendid hotel⟧{LOC loc.splendid_hotel #h1} and the ⟦Cappuccino café⟧{LOC loc.cappuccino_cafe} in the heart of ⟦Ouagadougou⟧{LOC loc.ouagadougou}, where the crusaders and their spies gather.

We did not ⟦target⟧{Claim attacked negated speaker=#a} the Muslims of ⟦Burkina⟧{LOC loc.burkina_faso}, and what the French media say about our brothers ⟦⟦killing⟧{Claim killed negated speaker=#a}⟧{Claim killed} women and children in the street is a lie. Our three heroes, ⟦Al-Battar al-Ansari⟧{PER per.al_battar_al_ansari #x1}, ⟦Abu Muhammad al-Buqali⟧{PER per.abu_muhammad_al_buqali #x2} and ⟦Ahmad al-Fulani⟧{PER per.ahmad_al_fulani #x3}, ⟦⟦⟦fell⟧{Claim killed speaker=#a subject=#x1}⟧{Claim killed speaker=#a subject=#x2}⟧{Claim killed speaker=#a subject=#x3} as martyrs after fighting for ⟦hours⟧{TIMEX3 DURATION PTXH}.

We say to ⟦France⟧{LOC loc.france #f1} and to its agents in ⟦Ouagadougou⟧{LOC loc.ouagadougou}: this is only the beginning, and your citizens ⟦will not be safe⟧{Claim threatens speaker=#a subject=#f1} anywhere in the land of Islam.

— Spokesman ⟦Abou Assem el-Mouhajir⟧{PER per.abu_assem_al_muhajir}

Translator's note: the Burkinabe minister of security, ⟦Simon Compaoré⟧{PER per.simon_compaore #s2 speaks=#q2}, ⟦said⟧{Cue q=#q2} on ⟦Saturday⟧{TIMEX3 DATE 2016-01-16 #t2} that ⟦29 people of 18 nationalities were ⟦killed⟧{Claim killed speaker=#s2 time=#t2} and that "the three assailants were ⟦neutralised⟧{Claim killed speaker=#s2 time=#t2}" by Burkinabe and French special forces⟧{Quote #q2}. ⟦He⟧{PER per.simon_compaore speaks=#q3} ⟦also said⟧{Cue q=#q3} ⟦a fourth suspect may have escaped⟧{Quote #q3}. ⟦⟦AQIM⟧{ORG org.aqim #a4}'s ⟦claim⟧{Claim claims_responsibility speaker=#a4 subject=#a4} reached ⟦ANI⟧{ORG org.ani} ⟦less than an hour⟧{TIMEX3 DURATION PT1H} after the attack began⟧{Quote #q4}, the ⟦agency⟧{ORG org.ani speaks=#q4} ⟦said⟧{Cue q=#q4}, and ⟦Mohamed Lemine Ould Sidi⟧{PER per.mohamed_lemine_ould_sidi speaks=#q5}, the director of ⟦ANI⟧{ORG org.ani}, ⟦told⟧{Cue q=#q5} ⟦AFP⟧{ORG org.afp} that ⟦a man speaking for ⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun} had called the agency to ⟦say⟧{Cue q=#q6} ⟦the operation "was prepared for ⟦two months⟧{TIMEX3 DURATION P2M}⟧{Quote #q6}"⟧{Quote #q5}.
