date: 2019-03-01
source: Mali Press Review
translator: Mali Press Review
---
Centre du ⟦Mali⟧{LOC loc.mali} : ⟦Amadou Koufa⟧{PER per.amadou_koufa #k0} réapparaît — the preacher "⟦killed⟧{Claim killed speaker=#b0 subject=#k0}" by ⟦Barkhane⟧{ORG org.french_army #b0} is ⟦alive⟧{Claim alive speaker=#au subject=#k0}

(Article translated from French by ⟦Mali Press Review⟧{ORG org.mali_press_review #au}. Original published ⟦01/03/2019⟧{TIMEX3 DATE 2019-03-01}.)

The jihadist preacher ⟦Hamadoun Koufa⟧{PER per.amadou_koufa #k1}, leader of the ⟦Katiba Macina⟧{ORG org.macina_liberation_front}, appeared in a video posted on ⟦Thursday⟧{TIMEX3 DATE 2019-02-28} on pro-jihadist channels, ⟦three months⟧{TIMEX3 DURATION P3M} after French and Malian authorities ⟦announced⟧{Cue q=#q1} ⟦his ⟦death⟧{Claim killed subject=#k1}⟧{Quote #q1}.

In the ⟦18-minute⟧{TIMEX3 DURATION PT18M} recording, ⟦Koufa⟧{PER per.amadou_koufa #k2}, seated next to a Kalashnikov, speaks in Fulfulde. « ⟦Je suis ⟦en vie⟧{Claim alive speaker=#s2 subject=#k2}⟧{Quote #q2 direct} », ⟦he⟧{PER per.amadou_koufa #s2 speaks=#q2} ⟦says⟧{Cue q=#q2} at the start, then in Arabic. ⟦He⟧{PER per.amadou_koufa #s3 speaks=#q3,#q4} ⟦accuses⟧{Cue q=#q3} the ⟦French army⟧{ORG org.french_army #f3} of ⟦"⟦lying⟧{Claim denies speaker=#s3 subject=#f3} to its people"⟧{Quote #q3 direct} and ⟦says⟧{Cue q=#q4} ⟦the ⟦raid⟧{Claim attacked speaker=#s3 subject=#l4 time=#t4} of ⟦November 2018⟧{TIMEX3 DATE 2018-11 #t4} in the ⟦Mandiakuy⟧{LOC loc.mandiakuy #l4} forest ⟦killed⟧{Claim killed speaker=#s3 time=#t4} "only a few of our brothers"⟧{Quote #q4}.

On ⟦23 November 2018⟧{TIMEX3 DATE 2018-11-23}, the French Minister of the Armed Forces, ⟦Florence Parly⟧{PER per.florence_parly #s5 speaks=#q5}, ⟦had announced⟧{Cue q=#q5} that ⟦⟦Barkhane⟧{ORG org.french_army} had carried out an ⟦operation against⟧{Claim attacked speaker=#s5 subject=#m5 time=#t5} the ⟦Katiba Macina⟧{ORG org.macina_liberation_front #m5} ⟦the previous night⟧{TIMEX3 TIME 2018-11-22TNI #t5}, in which ⟦Amadou Kouffa⟧{PER per.amadou_koufa #k5} was "probably ⟦killed⟧{Claim killed speaker=#s5 subject=#k5 time=#t5}"⟧{Quote #q5}. ⟦A week later⟧{TIMEX3 DATE 2018-11-30 #t6}, the ⟦⟦Malian army⟧{ORG org.malian_army} chief of staff⟧{PER - #s6 speaks=#q6} declared him ⟦dead⟧{Claim killed speaker=#s6 subject=#k5 time=#t6}, ⟦citing⟧{Cue q=#q6} ⟦"several converging sources"⟧{Quote #q6 direct}, and the ⟦FAMa⟧{ORG org.malian_army} released photos said to show his body.

Contacted by our newsroom, a ⟦Barkhane⟧{ORG org.french_army} spokesman declined to comment on the video, ⟦saying⟧{Cue q=#q7} only that ⟦"the assessment of the operation remains valid"⟧{Quote #q7 direct}. Colonel ⟦Bakary Sangaré⟧{PER per.bakary_sangare speaks=#q8}, spokesman of the ⟦Malian Ministry of Defence⟧{ORG org.malian_defence_ministry}, ⟦said⟧{Cue q=#q8} that ⟦the video "could have been recorded before the raid" and that "nothing proves that ⟦Koufa⟧{PER per.amadou_koufa} is alive ⟦today⟧{TIMEX3 DATE 2019-03-01}"⟧{Quote #q8}.

Security experts ⟦note⟧{Cue q=#q9} that ⟦⟦Koufa⟧{PER per.amadou_koufa #s9} refers in the video to the ⟦killing⟧{Claim killed speaker=#s9 time=#t9} of 37 Fulani civilians at ⟦Koulogon⟧{LOC loc.koulogon} on ⟦1 January⟧{TIMEX3 DATE 2019-01-01 #t9}, which suggests it was recorded ⟦this year⟧{TIMEX3 DATE 2019}⟧{Quote #q9}.
