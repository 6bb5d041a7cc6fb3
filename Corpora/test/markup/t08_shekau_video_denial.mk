date: 2014-10-03
source: northeast-daily.example.ng
---
⟦Boko Haram⟧{ORG org.boko_haram}: ⟦Shekau⟧{PER per.abubakar_shekau #k0} appears in new video, mocks ⟦military⟧{ORG org.nigerian_army #m0}'s claim of his ⟦death⟧{Claim killed speaker=#m0 subject=#k0}

By Our Reporter, ⟦Maiduguri⟧{LOC loc.maiduguri} | ⟦October 3, 2014⟧{TIMEX3 DATE 2014-10-03} | 4 Comments

The leader of the ⟦Boko Haram⟧{ORG org.boko_haram #bh} sect, ⟦Abubakar Shekau⟧{PER per.abubakar_shekau}, has appeared in a fresh video, barely ⟦a week⟧{TIMEX3 DURATION P1W} after the ⟦Defence Headquarters⟧{ORG org.nigerian_defence_headquarters #s1 speaks=#q1} ⟦said⟧{Cue q=#q1} ⟦a man who had been impersonating him in the group's videos was ⟦killed⟧{Claim killed speaker=#s1} by troops in ⟦Konduga⟧{LOC loc.konduga}, ⟦Borno State⟧{LOC loc.borno}⟧{Quote #q1}.

In the ⟦36-minute⟧{TIMEX3 DURATION PT36M} video, obtained by our correspondent on ⟦Thursday⟧{TIMEX3 DATE 2014-10-02} through the same channels the sect uses to send messages to journalists, a man who looks like ⟦Shekau⟧{PER per.abubakar_shekau #k2} speaks in Hausa and Arabic.

⟦"Here I am, ⟦alive⟧{Claim alive speaker=#s3 subject=#k2}. I will only die the day Allah takes my soul. You said you ⟦killed⟧{Claim killed negated speaker=#s3 subject=#k2} me, but you are lying,"⟧{Quote #q3 direct} ⟦he⟧{PER per.abubakar_shekau #s3 speaks=#q3} ⟦says⟧{Cue q=#q3}, firing into the air. ⟦He⟧{PER per.abubakar_shekau #s4 speaks=#q4,#q5} ⟦also claims⟧{Cue q=#q4} that ⟦his fighters ⟦seized⟧{Claim controls speaker=#s4 subject=#bh} ⟦Bama⟧{LOC loc.bama} and ⟦Gwoza⟧{LOC loc.gwoza}⟧{Quote #q4}, ⟦saying⟧{Cue q=#q5} ⟦they are ⟦now⟧{TIMEX3 DATE PRESENT_REF} part of "the Islamic caliphate"⟧{Quote #q5}.

On ⟦September 24⟧{TIMEX3 DATE 2014-09-24 #t6}, the ⟦Defence Headquarters⟧{ORG org.nigerian_defence_headquarters} spokesman, Brig.-Gen. ⟦Musa Danladi⟧{PER per.musa_danladi #s6 speaks=#q6}, ⟦told⟧{Cue q=#q6} journalists in ⟦Abuja⟧{LOC loc.abuja} that ⟦"⟦Mohammed Bashir⟧{PER per.mohammed_bashir #x6}, who has been acting as ⟦Shekau⟧{PER per.abubakar_shekau} in videos" ⟦died⟧{Claim killed speaker=#s6 subject=#x6 time=#t6} in the ⟦Konduga⟧{LOC loc.konduga} fighting along with several commanders⟧{Quote #q6}. The ⟦military⟧{ORG org.nigerian_army} did not say whether the real ⟦Shekau⟧{PER per.abubakar_shekau} was alive or dead.

Reacting on ⟦Friday⟧{TIMEX3 DATE 2014-10-03 #t7}, Gen. ⟦Danladi⟧{PER per.musa_danladi #s7 speaks=#q7} ⟦insisted⟧{Cue q=#q7} that ⟦the ⟦army⟧{ORG org.nigerian_army #r7}'s claims were ⟦accurate⟧{Claim confirms speaker=#s7 subject=#r7 time=#t7}⟧{Quote #q7}. ⟦'We stand by our statement. The man ⟦killed⟧{Claim killed speaker=#s8} in ⟦Konduga⟧{LOC loc.konduga} is the one who was posing as ⟦Shekau⟧{PER per.abubakar_shekau},'⟧{Quote #q8 direct} ⟦he⟧{PER per.musa_danladi #s8 speaks=#q8} ⟦said⟧{Cue q=#q8}. ⟦He⟧{PER per.musa_danladi #s9 speaks=#q9} ⟦added⟧{Cue q=#q9} that ⟦troops have "⟦regained control⟧{Claim controls speaker=#s9}" of several communities around ⟦Bama⟧{LOC loc.bama}⟧{Quote #q9}.

A security analyst, Dr. ⟦Fatima Abubakar⟧{PER per.fatima_abubakar speaks=#q10}, ⟦told⟧{Cue q=#q10} our reporter that ⟦the ⟦Shekau⟧{PER per.abubakar_shekau #k10} "brand" had outlived several reported deaths⟧{Quote #q10}: the ⟦police⟧{ORG org.nigerian_police #s11 speaks=#q11} ⟦said⟧{Cue q=#q11} ⟦he was ⟦killed⟧{Claim killed speaker=#s11 subject=#k10 time=#t11} in ⟦July 2009⟧{TIMEX3 DATE 2009-07 #t11}⟧{Quote #q11}, and the ⟦military⟧{ORG org.nigerian_army} made similar announcements in ⟦2013⟧{TIMEX3 DATE 2013}.

4 Comments

⟦Ibrahim⟧{PER -} says:
⟦October 3, 2014 at 9:14 am⟧{TIMEX3 TIME 2014-10-03T09:14}
This man has nine lives o!

Reply
