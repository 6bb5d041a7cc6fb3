date: 2021-09-16
source: wire report
---
⟦Macron⟧{PER per.emmanuel_macron} says ⟦French forces⟧{ORG org.french_army} killed ⟦Islamic State⟧{ORG org.islamic_state}'s ⟦Sahel⟧{LOC loc.sahel} leader

⟦PARIS⟧{LOC loc.paris}, ⟦Sept 16⟧{TIMEX3 DATE 2021-09-16} – French President ⟦Emmanuel Macron⟧{PER per.emmanuel_macron #em speaks=#q1} ⟦said⟧{Cue q=#q1} ⟦overnight⟧{TIMEX3 TIME 2021-09-15TNI #t0} that ⟦⟦French forces⟧{ORG org.french_army} had ⟦killed⟧{Claim killed speaker=#em subject=#aws time=#t0} ⟦Adnan Abu Walid al-Sahrawi⟧{PER per.adnan_abu_walid_al_sahrawi #aws}, the leader of ⟦Islamic State in the Greater Sahara⟧{ORG org.islamic_state_greater_sahara} (⟦ISGS⟧{ORG org.islamic_state_greater_sahara})⟧{Quote #q1}.

⟦"This is another major success in our fight against terrorist groups in the ⟦Sahel⟧{LOC loc.sahel},"⟧{Quote #q2 direct} ⟦Macron⟧{PER per.emmanuel_macron speaks=#q2,#q2b} ⟦wrote⟧{Cue q=#q2} on ⟦Twitter⟧{ORG org.twitter}, ⟦saying⟧{Cue q=#q2b} ⟦⟦al-Sahrawi⟧{PER per.adnan_abu_walid_al_sahrawi} had been "neutralised by ⟦Barkhane⟧{ORG org.french_army}"⟧{Quote #q2b}.

Armed Forces Minister ⟦Florence Parly⟧{PER per.florence_parly #fp speaks=#q3} ⟦said⟧{Cue q=#q3} ⟦the ⟦ISGS⟧{ORG org.islamic_state_greater_sahara} leader had ⟦died⟧{Claim killed speaker=#fp subject=#aws time=#taug} after a strike by ⟦Barkhane⟧{ORG org.french_army} in ⟦August⟧{TIMEX3 DATE 2021-08 #taug}⟧{Quote #q3}, without giving the exact place. ⟦ISGS⟧{ORG org.islamic_state_greater_sahara} is blamed for the killing of four ⟦U.S.⟧{LOC loc.united_states} soldiers in ⟦Niger⟧{LOC loc.niger} in ⟦2017⟧{TIMEX3 DATE 2017} and of six French aid workers in ⟦2020⟧{TIMEX3 DATE 2020}.

Local officials in the ⟦Ménaka⟧{LOC loc.menaka} region had reported rumours of his death for ⟦several weeks⟧{TIMEX3 DURATION PXW}, which Malian authorities never confirmed. An ⟦Islamic State⟧{ORG org.islamic_state} statement has not been seen.

A ⟦Malian army⟧{ORG org.malian_army} officer reached by telephone in ⟦Gao⟧{LOC loc.gao}, who did not want to be named, ⟦told⟧{Cue q=#q4} our correspondent that ⟦⟦Sahrawi⟧{PER per.adnan_abu_walid_al_sahrawi #aws2} "was ⟦killed⟧{Claim killed subject=#aws2 time=#t20} with his son's driver, in the forest of ⟦Dangarous⟧{LOC loc.dangarous}, near the ⟦Niger⟧{LOC loc.niger} border, around ⟦20 August⟧{TIMEX3 DATE 2021-08-20 #t20}"⟧{Quote #q4}. We could not verify this.
