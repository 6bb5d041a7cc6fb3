date: 2015-03-09
source: wire report (Lagos bureau)
---
⟦Boko Haram⟧{ORG org.boko_haram} leader pledges allegiance to ⟦Islamic State⟧{ORG org.islamic_state}

⟦LAGOS⟧{LOC loc.lagos}, ⟦Monday⟧{TIMEX3 DATE 2015-03-09} – The leader of ⟦Nigeria⟧{LOC loc.nigeria}'s ⟦Boko Haram⟧{ORG org.boko_haram} insurgents, ⟦Abubakar Shekau⟧{PER per.abubakar_shekau #sh}, has ⟦pledged allegiance⟧{Claim joined speaker=#sh subject=#sh time=#t1} to the ⟦Islamic State⟧{ORG org.islamic_state} group, according to an audio message posted on the group's ⟦Twitter⟧{ORG org.twitter} account on ⟦Saturday⟧{TIMEX3 DATE 2015-03-07 #t1}.

⟦"We announce our allegiance to the caliph of the Muslims, ⟦Ibrahim ibn Awad ibn Ibrahim al-Husseini al-Qurashi⟧{PER per.abu_bakr_al_baghdadi}, and will hear and obey in times of difficulty and prosperity,"⟧{Quote #q1 direct} ⟦said⟧{Cue q=#q1} the voice, which two analysts said was that of ⟦Shekau⟧{PER per.abubakar_shekau speaks=#q1}. The caliph named is better known as ⟦Abu Bakr al-Baghdadi⟧{PER per.abu_bakr_al_baghdadi}.

The recording, in Arabic with French and English subtitles, was the first from the group since ⟦January⟧{TIMEX3 DATE 2015-01}. Its authenticity could not be independently verified.

⟦Nigeria⟧{LOC loc.nigeria}'s military spokesman, Brigadier General ⟦Musa Danladi⟧{PER per.musa_danladi #md speaks=#q2}, ⟦dismissed⟧{Cue q=#q2} the pledge as ⟦"a sign of desperation"⟧{Quote #q2 direct}. ⟦He⟧{PER per.musa_danladi #md2 speaks=#q3} ⟦told⟧{Cue q=#q3} reporters in ⟦Abuja⟧{LOC loc.abuja} that ⟦troops had ⟦recaptured⟧{Claim controls speaker=#md2 subject=#na time=#tw} 36 towns from the insurgents over ⟦the past two weeks⟧{TIMEX3 DURATION P2W #tw}, including ⟦Bama⟧{LOC loc.bama}, and that ⟦Shekau⟧{PER per.abubakar_shekau #sh2} was "⟦on the run⟧{Claim alive speaker=#md2 subject=#sh2}"⟧{Quote #q3}.

The ⟦Nigerian army⟧{ORG org.nigerian_army #na} has several times declared ⟦Shekau⟧{PER per.abubakar_shekau #sh3} ⟦dead⟧{Claim killed speaker=#na subject=#sh3 time=#ts}, most recently in ⟦September 2014⟧{TIMEX3 DATE 2014-09 #ts}, only for him to reappear in new videos.

⟦Boko Haram⟧{ORG org.boko_haram}, whose name is commonly translated as "Western education is forbidden", has killed thousands since ⟦2009⟧{TIMEX3 DATE 2009}.
