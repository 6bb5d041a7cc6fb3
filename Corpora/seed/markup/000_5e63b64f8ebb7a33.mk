date: 2014-04-14
source: TheMaghrebiNote (blog)
translator: TheMaghrebiNote
---
⟦AQIM⟧{ORG org.aqim}/⟦Al-Mourabitoune⟧{ORG org.al_mourabitoun} in ⟦Mali⟧{LOC loc.mali} speaks out

Translated by: ⟦TheMaghrebiNote⟧{ORG org.the_maghrebi_note #blog}

Spokesman of ⟦AQIM⟧{ORG org.aqim} in ⟦Mali⟧{LOC loc.mali}, ⟦Abu Assem Al Muhajir⟧{PER per.abu_assem_al_muhajir}, spoke with an ⟦ANI⟧{ORG org.ani} journalist ⟦recently⟧{TIMEX3 DATE PAST_REF}, in which he clarified and answered to many of the claims, that Jihadi leaders in ⟦Mali⟧{LOC loc.mali} were supposedly killed. This includes ⟦Omar Ould Hamaha⟧{PER per.omar_ould_hamaha}, aka ⟦Red Beard⟧{PER per.omar_ould_hamaha}, and many other leaders.
⟦“Mr. ⟦Omar Ould Hamaha⟧{PER per.omar_ould_hamaha #h1} is ⟦alive⟧{Claim alive speaker=#s1 subject=#h1}. He was not ⟦⟦killed⟧{Claim killed negated speaker=#s1 subject=#h1}⟧{Claim killed speaker=#ld subject=#h1} by the ⟦French⟧{ORG org.french_army} contrary to statements by the French Defence Minister (⟦Jean-Yves Le Drian⟧{PER per.jean_yves_le_drian #ld}) and French media, “⟧{Quote #q1 direct}⟦said⟧{Cue q=#q1} the spokesman of ⟦AQIM⟧{ORG org.aqim}, ⟦Abu Assem al-Muhajir⟧{PER per.abu_assem_al_muhajir #s1 speaks=#q1}, quoted by ⟦Ani⟧{ORG org.ani}.

⟦He⟧{PER per.abu_assem_al_muhajir #s2 speaks=#q2,#q3} ⟦also said⟧{Cue q=#q2}: ⟦“Speaking of the ⟦killings⟧{Claim killed negated speaker=#s2 time=#tr1} of large numbers of  the Mujahideen during ⟦the recent period⟧{TIMEX3 DATE PAST_REF #tr1}, these are mere fabrications and has no foundations. We challenge the ⟦french⟧{ORG org.french_army} to provide any evidence to the ⟦killing⟧{Claim killed speaker=#fr2 time=#tr2} of any elements of the Islamic militants during ⟦the recent period⟧{TIMEX3 DATE PAST_REF #tr2}”⟧{Quote #q2 direct} (as the ⟦french⟧{ORG org.french_army #fr2} has claimed) – ⟦Stressing⟧{Cue q=#q3} that ⟦the latest clash with the ⟦French⟧{ORG org.french_army} was on ⟦Friday, April 11th⟧{TIMEX3 DATE 2014-04-11 #t411}. – and no Mujahideen were ⟦killed⟧{Claim killed negated speaker=#s2 time=#t411} in these strikes⟧{Quote #q3}, but he expects the announcement of french soldiers who were killed by the Insurgents.

This indicates and raises few things:
1) The internal “Drama” that occured between ⟦AQIM⟧{ORG org.aqim} and ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar #bel} who led to his ⟦defection⟧{Claim defected speaker=#blog subject=#bel}, was not a major one, as we can clearly see they operate freely together and share information.
2) These news might be in line with the recent news that the Jihadi groups are training and preparing for a Major offensive to retake ⟦northern mali⟧{LOC loc.northern_mali}
3) Once again, this confirms the fusion and ⟦merge⟧{Claim merged speaker=#blog subject=#mour} between the two groups ⟦Al-Mourabitoune⟧{ORG org.al_mourabitoun #mour} & ⟦MUJAO⟧{ORG org.mujao}
4) The announcement of ⟦many Jihadi leaders being ⟦killed⟧{Claim killed speaker=#mal subject=#h2 time=#t314}⟧{Quote #q4} which was ⟦announced⟧{Cue q=#q4} ⟦14th March⟧{TIMEX3 DATE 2014-03-14 #t314} by the ⟦Malian army⟧{ORG org.malian_army #mal speaks=#q4}, including one of the most important, ⟦Oumar Ould Hamaha⟧{PER per.omar_ould_hamaha #h2}, was this authentic? Or rather optimistic?

More information on this issue:
Previous interview with ⟦Al-Mourabitoune⟧{ORG org.al_mourabitoun} spokesman (⟦2 months ago⟧{TIMEX3 DATE 2014-02}):
The supposed Major offensive coming up from ⟦Mali⟧{LOC loc.mali} Jihadi groups:


⟦Oumar Hould Hamaha⟧{PER per.omar_ould_hamaha}:


Leave a Reply

Fill in your details below or click an icon to log in: Logo

You are commenting using your account. Log Out /  Change )

Google photo

You are commenting using your Google account. Log Out /  Change )

Twitter picture

You are commenting using your Twitter account. Log Out /  Change )

Facebook photo

You are commenting using your Facebook account. Log Out /  Change )

Connecting to %s