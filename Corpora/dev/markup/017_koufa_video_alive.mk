date: 2019-03-01
source: Menastream-style analysis thread (blog compilation)
---
Back from the dead: ⟦Amadou Kouffa⟧{PER per.amadou_koufa} appears in new ⟦JNIM⟧{ORG org.jnim} video

⟦Three months⟧{TIMEX3 DURATION P3M} after ⟦France⟧{LOC loc.france #fra speaks=#q0} and ⟦Mali⟧{LOC loc.mali} ⟦said⟧{Cue q=#q0} ⟦he had been ⟦killed⟧{Claim killed speaker=#fra subject=#ak1}⟧{Quote #q0}, the leader of the ⟦Katibat Macina⟧{ORG org.macina_liberation_front}, ⟦Amadou Koufa⟧{PER per.amadou_koufa #ak1}, appears ⟦alive⟧{Claim alive subject=#ak1 time=#t1} and well in a video released ⟦last night⟧{TIMEX3 TIME 2019-02-28TNI #t1} by ⟦Thabat⟧{ORG org.thabat}, a media outlet close to ⟦Jama'at Nusrat al-Islam wal-Muslimin⟧{ORG org.jnim}.

In the 19-minute video, ⟦Koufa⟧{PER per.amadou_koufa #ak2 speaks=#q1}, sitting in front of a black flag, ⟦mocks⟧{Cue q=#q1} the ⟦French ministry⟧{ORG org.french_defence_ministry}: ⟦"⟦They⟧{ORG org.french_defence_ministry #they} said I was ⟦killed⟧{Claim killed speaker=#they subject=#ak2} in the ⟦Wagadou⟧{LOC loc.wagadou_forest}, they showed pictures. Here I am. I was not even ⟦wounded⟧{Claim wounded negated speaker=#ak2 subject=#ak2}."⟧{Quote #q1 direct}

Some quick notes:
- The video is dated by a reference to the attack on ⟦Koulikoro⟧{LOC loc.koulikoro} of ⟦24 February⟧{TIMEX3 DATE 2019-02-24}, so it was recorded after ⟦November⟧{TIMEX3 DATE 2018-11}.
- ⟦Koufa⟧{PER per.amadou_koufa #ak3 speaks=#q2} ⟦says⟧{Cue q=#q2} ⟦⟦Iyad Ag Ghaly⟧{PER per.iyad_ag_ghaly #iag} is ⟦alive⟧{Claim alive speaker=#ak3 subject=#iag} and "leads the jihad"⟧{Quote #q2}.
- ⟦He⟧{PER per.amadou_koufa #he speaks=#q4} ⟦repeats⟧{Cue q=#q4} the ⟦JNIM⟧{ORG org.jnim} line that ⟦the group did not ⟦target⟧{Claim attacked negated speaker=#he} civilians in central ⟦Mali⟧{LOC loc.mali}⟧{Quote #q4}.

⟦Malian army⟧{ORG org.malian_army} spokesman Colonel ⟦Diarran Koné⟧{PER per.diarran_kone #dk speaks=#q3}, contacted by phone, ⟦said⟧{Cue q=#q3} ⟦the army was "analysing the video"⟧{Quote #q3} and declined further comment. The ⟦French General Staff⟧{ORG org.french_army} has not reacted so far.

For context, the ministry's communiqué of ⟦23 November 2018⟧{TIMEX3 DATE 2018-11-23} called his death "probable"; the ⟦Malian army⟧{ORG org.malian_army} was categorical.
