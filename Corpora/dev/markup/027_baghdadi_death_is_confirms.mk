date: 2019-11-01
source: Conflict Notes (blog)
---
⟦Islamic State⟧{ORG org.islamic_state} confirms ⟦al-Baghdadi⟧{PER per.abu_bakr_al_baghdadi}'s death, names "Abu Ibrahim" as successor

Conflict Notes · ⟦11/01/2019⟧{TIMEX3 DATE 2019-11-01} · 4 comments

⟦Five days⟧{TIMEX3 DURATION P5D} after the ⟦United States⟧{LOC loc.united_states #us speaks=#q1} ⟦announced⟧{Cue q=#q1} ⟦the ⟦death⟧{Claim killed speaker=#us subject=#bag time=#t27} of ⟦Abu Bakr al-Baghdadi⟧{PER per.abu_bakr_al_baghdadi #bag}⟧{Quote #q1} in a raid in ⟦Syria⟧{LOC loc.syria}'s ⟦Idlib⟧{LOC loc.idlib} province on ⟦10/27/2019⟧{TIMEX3 DATE 2019-10-27 #t27}, the ⟦Islamic State⟧{ORG org.islamic_state #is speaks=#q2} ⟦has confirmed⟧{Cue q=#q2} that ⟦its leader was ⟦killed⟧{Claim killed speaker=#is subject=#bag}⟧{Quote #q2}.

In an audio message released ⟦Thursday⟧{TIMEX3 DATE 2019-10-31 #tthu} by its ⟦al-Furqan⟧{ORG org.al_furqan} media arm, the group's new spokesman, ⟦Abu Hamza al-Qurashi⟧{PER per.abu_hamza_al_qurashi #ahq speaks=#q3}, ⟦said⟧{Cue q=#q3} ⟦the Shura council had ⟦chosen⟧{Claim announces speaker=#ahq subject=#aih} ⟦Abu Ibrahim al-Hashimi al-Qurashi⟧{PER per.abu_ibrahim_al_hashimi_al_qurashi #aih} as "emir of the believers and caliph of the Muslims"⟧{Quote #q3}. ⟦He⟧{PER per.abu_hamza_al_qurashi #ahq2 speaks=#q4} ⟦also confirmed⟧{Cue q=#q4} ⟦the ⟦death⟧{Claim killed speaker=#ahq2 subject=#adn time=#twe} of the previous spokesman, ⟦Abu al-Hassan al-Muhajir⟧{PER per.abu_al_hassan_al_muhajir #adn}, killed in a separate ⟦U.S.⟧{LOC loc.united_states} strike ⟦the same weekend⟧{TIMEX3 DATE 2019-W43-WE #twe}⟧{Quote #q4}.

Nothing is known about the new leader beyond his kunya. ⟦"Do not rejoice, ⟦America⟧{LOC loc.united_states},"⟧{Quote #q5 direct} the ⟦spokesman⟧{PER per.abu_hamza_al_qurashi speaks=#q5,#q6} ⟦said⟧{Cue q=#q5}, ⟦adding⟧{Cue q=#q6} that ⟦the group was "at the threshold of ⟦Europe⟧{LOC loc.europe} and ⟦Africa⟧{LOC loc.africa}"⟧{Quote #q6}.

My notes:
(1) The confirmation came faster than after the deaths of previous leaders in ⟦2010⟧{TIMEX3 DATE 2010}.
(2) No mention at all of the ⟦Sahel⟧{LOC loc.sahel} or of ⟦West Africa⟧{LOC loc.west_africa}, where affiliates have been the most active branches ⟦this year⟧{TIMEX3 DATE 2019}.
(3) President ⟦Trump⟧{PER per.donald_trump #dt speaks=#q7}'s ⟦claim⟧{Cue q=#q7} that ⟦⟦al-Baghdadi⟧{PER per.abu_bakr_al_baghdadi #bag2} "⟦died⟧{Claim killed speaker=#dt subject=#bag2} like a dog"⟧{Quote #q7} is nowhere addressed.
