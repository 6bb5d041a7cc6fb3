date: 2013-01-14
source: West Africa Wire
---
⟦Mali⟧{LOC loc.mali} Islamists ⟦say⟧{Cue q=#q0} French strikes ⟦"⟦killed⟧{Claim killed negated} no fighters"⟧{Quote #q0 direct} in ⟦Gao⟧{LOC loc.gao}

⟦BAMAKO⟧{LOC loc.bamako}, ⟦Jan 14⟧{TIMEX3 DATE 2013-01-14} (⟦WAW⟧{ORG org.west_africa_wire #w}) - An ⟦Islamist group holding ⟦northern Mali⟧{LOC loc.northern_mali}⟧{ORG org.mujao #s1 speaks=#q1} ⟦said⟧{Cue q=#q1} on ⟦Monday⟧{TIMEX3 DATE 2013-01-14} that ⟦French air strikes on the city of ⟦Gao⟧{LOC loc.gao #g1} over ⟦the weekend⟧{TIMEX3 DATE 2013-W02-WE #t1} had not ⟦killed⟧{Claim killed negated speaker=#s1 time=#t1} any of its fighters⟧{Quote #q1}, contradicting ⟦Paris⟧{LOC loc.paris #s2 speaks=#q2}, which ⟦says⟧{Cue q=#q2} ⟦dozens of militants ⟦died⟧{Claim killed speaker=#s2 time=#t1}⟧{Quote #q2}.

⟦"Not one mujahid was ⟦killed⟧{Claim killed negated speaker=#s3} in ⟦Gao⟧{LOC loc.gao}. The planes hit empty houses and ⟦killed⟧{Claim killed speaker=#s3} civilians,"⟧{Quote #q3 direct} ⟦Adnan Abou Walid al-Sahraoui⟧{PER per.adnan_abu_walid_al_sahrawi #s3 speaks=#q3}, a spokesman for the ⟦Movement for Oneness and Jihad in West Africa⟧{ORG org.mujao} (⟦MUJAO⟧{ORG org.mujao #m3}), ⟦told⟧{Cue q=#q3} ⟦AFP⟧{ORG org.afp} by telephone from an undisclosed location.

⟦He⟧{PER per.adnan_abu_walid_al_sahrawi #s4 speaks=#q4,#q5} ⟦said⟧{Cue q=#q4} ⟦the group still ⟦controlled⟧{Claim controls speaker=#s4 subject=#m3} ⟦Gao⟧{LOC loc.gao} and had "⟦opened the gates of hell⟧{Claim threatens speaker=#s4 subject=#f4}" for ⟦France⟧{LOC loc.france #f4}⟧{Quote #q4}, ⟦adding⟧{Cue q=#q5} that ⟦French citizens "everywhere" were ⟦now⟧{TIMEX3 DATE PRESENT_REF} ⟦targets⟧{Claim threatens speaker=#s4}⟧{Quote #q5}.

French Defence Minister ⟦Jean-Yves Le Drian⟧{PER per.jean_yves_le_drian #s5 speaks=#q6} ⟦said⟧{Cue q=#q6} on ⟦Sunday⟧{TIMEX3 DATE 2013-01-13 #t5} that ⟦Rafale jets had ⟦destroyed⟧{Claim attacked speaker=#s5 time=#t5} training camps and depots near ⟦Gao⟧{LOC loc.gao} and ⟦killed⟧{Claim killed speaker=#s5 time=#t5} "many terrorists"⟧{Quote #q6}, though he gave no figure. A ⟦Malian army⟧{ORG org.malian_army} officer in ⟦Sévaré⟧{LOC loc.sevare}, who asked not to be named, ⟦told⟧{Cue q=#q7} ⟦Reuters⟧{ORG org.reuters} that ⟦at least 60 Islamists had ⟦died⟧{Claim killed time=#t2} in the strikes since ⟦Saturday morning⟧{TIMEX3 TIME 2013-01-12TMO #t2}⟧{Quote #q7}.

Residents reached by phone gave a different picture. « ⟦Il y a eu des morts civils⟧{Quote #q8 direct} », one shopkeeper ⟦said⟧{Cue q=#q8}, describing ⟦three days⟧{TIMEX3 DURATION P3D} of strikes. [In French in the original: "there were civilian deaths".]

⟦MUJAO⟧{ORG org.mujao #m9}, one of three armed groups that ⟦seized⟧{Claim controls speaker=#w subject=#m9 time=#t9} ⟦northern Mali⟧{LOC loc.northern_mali} ⟦last April⟧{TIMEX3 DATE 2012-04 #t9}, has previously ⟦threatened⟧{Claim threatens speaker=#m9} to execute French hostages. Its leader ⟦Hamada Ould Mohamed Kheirou⟧{PER per.hamada_ould_mohamed_kheirou} could not be reached.

(Reporting by ⟦Moussa Diarra⟧{PER -}; Editing by ⟦Tim Hollis⟧{PER -})
