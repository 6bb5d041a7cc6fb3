date: 2020-06-06
source: wire report
---
⟦France⟧{LOC loc.france} says it killed ⟦AQIM⟧{ORG org.aqim} leader ⟦Droukdel⟧{PER per.abdelmalek_droukdel} in ⟦northern Mali⟧{LOC loc.northern_mali}

⟦PARIS⟧{LOC loc.paris}, ⟦June 6⟧{TIMEX3 DATE 2020-06-06} (⟦Reuters⟧{ORG org.reuters}) - ⟦⟦French forces⟧{ORG org.french_army} ⟦killed⟧{Claim killed speaker=#fp subject=#ad time=#t1} ⟦Abdelmalek Droukdel⟧{PER per.abdelmalek_droukdel #ad}, the leader of ⟦al Qaeda in the Islamic Maghreb⟧{ORG org.aqim} (⟦AQIM⟧{ORG org.aqim}), in ⟦northern Mali⟧{LOC loc.northern_mali} on ⟦Wednesday⟧{TIMEX3 DATE 2020-06-03 #t1}⟧{Quote #q1}, Armed Forces Minister ⟦Florence Parly⟧{PER per.florence_parly #fp speaks=#q1} ⟦said⟧{Cue q=#q1} on ⟦Friday⟧{TIMEX3 DATE 2020-06-05}.

⟦"Many of his close associates were also ⟦neutralised⟧{Claim killed speaker=#fp2},"⟧{Quote #q2 direct} ⟦Parly⟧{PER per.florence_parly #fp2 speaks=#q2,#q3} ⟦wrote⟧{Cue q=#q2} on ⟦Twitter⟧{ORG org.twitter}, ⟦adding⟧{Cue q=#q3} that ⟦⟦French troops⟧{ORG org.french_army} had also ⟦captured⟧{Claim captured speaker=#fp2 subject=#ma time=#t2} ⟦Mohamed el Mrabat⟧{PER per.mohamed_el_mrabat #ma}, a senior member of the ⟦Islamic State in the Greater Sahara⟧{ORG org.islamic_state_greater_sahara}, on ⟦May 19⟧{TIMEX3 DATE 2020-05-19 #t2}⟧{Quote #q3}.

⟦⟦Droukdel⟧{PER per.abdelmalek_droukdel #ad2}, an Algerian who had led ⟦AQIM⟧{ORG org.aqim} for ⟦more than a decade⟧{TIMEX3 DURATION P1DE}, was ⟦killed⟧{Claim killed speaker=#fm subject=#ad2} near ⟦Talhandak⟧{LOC loc.talhandak}, about 80 km east of ⟦Tessalit⟧{LOC loc.tessalit} close to the Algerian border⟧{Quote #q4}, the ⟦French military⟧{ORG org.french_army #fm speaks=#q4} ⟦said⟧{Cue q=#q4}. A spokesman for the ⟦French general staff⟧{ORG org.french_army}, Colonel ⟦Eric Vautrin⟧{PER per.eric_vautrin speaks=#q5}, ⟦told⟧{Cue q=#q5} reporters ⟦the operation had involved helicopters and ground troops and that the body had been "formally identified"⟧{Quote #q5}.

There was no immediate comment from ⟦AQIM⟧{ORG org.aqim}. A Mauritanian analyst who follows jihadist media, ⟦Sidi Mohamed Ould Lemine⟧{PER per.sidi_mohamed_ould_lemine speaks=#q6}, ⟦told⟧{Cue q=#q6} ⟦Reuters⟧{ORG org.reuters} ⟦the group usually waits ⟦weeks⟧{TIMEX3 DURATION PXW} before confirming the death of a leader⟧{Quote #q6}.

The ⟦Algerian army⟧{ORG org.algerian_army speaks=#q7} ⟦said⟧{Cue q=#q7} ⟦last year⟧{TIMEX3 DATE 2019} that ⟦⟦Droukdel⟧{PER per.abdelmalek_droukdel} was hiding in the ⟦Kabylie⟧{LOC loc.kabylie} mountains⟧{Quote #q7}. Algerian officials did not comment on ⟦Friday⟧{TIMEX3 DATE 2020-06-05}.

(Reporting by ⟦Julien Maréchal⟧{PER per.julien_marechal}; Editing by ⟦Ruth Pitchford⟧{PER per.ruth_pitchford})
