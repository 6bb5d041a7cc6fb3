date: 2014-09-06
source: Horn Security Digest (news summary)
---
⟦Pentagon⟧{ORG org.pentagon} confirms ⟦Godane⟧{PER per.ahmed_abdi_godane} dead; ⟦al-Shabaab⟧{ORG org.al_shabaab} names new emir

⟦Mogadishu⟧{LOC loc.mogadishu} / ⟦Washington⟧{LOC loc.washington} – ⟦Sat 6 Sep 2014⟧{TIMEX3 DATE 2014-09-06}

The ⟦Pentagon⟧{ORG org.pentagon #pent speaks=#q1} ⟦confirmed⟧{Cue q=#q1} on ⟦Friday⟧{TIMEX3 DATE 2014-09-05 #tfri} that ⟦⟦Ahmed Abdi Godane⟧{PER per.ahmed_abdi_godane #god}, the leader of ⟦al-Shabaab⟧{ORG org.al_shabaab}, was ⟦killed⟧{Claim killed speaker=#pent subject=#god time=#tmon} in a ⟦U.S.⟧{LOC loc.united_states} air strike south of ⟦Mogadishu⟧{LOC loc.mogadishu} on ⟦Monday⟧{TIMEX3 DATE 2014-09-01 #tmon}⟧{Quote #q1}.

⟦Today⟧{TIMEX3 DATE 2014-09-06 #ttoday}, in an audio statement broadcast on ⟦Radio Andalus⟧{ORG org.radio_andalus}, the ⟦group⟧{ORG org.al_shabaab #grp speaks=#q2} ⟦acknowledged⟧{Cue q=#q2} ⟦the ⟦death⟧{Claim killed speaker=#grp subject=#god time=#ttoday} of its "emir" and ⟦announced⟧{Claim announces speaker=#grp subject=#ub time=#ttoday} that ⟦Ahmad Umar⟧{PER per.ahmad_umar #ub}, also known as ⟦Abu Ubaidah⟧{PER per.ahmad_umar}, had been chosen to succeed him⟧{Quote #q2}. ⟦"Taking revenge for the death of our scholars and leaders is a duty on our necks that we will not forget,"⟧{Quote #q3 direct} ⟦said⟧{Cue q=#q3} ⟦al-Shabaab⟧{ORG org.al_shabaab #as speaks=#q3} in the statement.

⟦Somalia⟧{LOC loc.somalia}'s national security minister, ⟦Abdullahi Haji Farah⟧{PER per.abdullahi_haji_farah #ere speaks=#q4}, ⟦warned⟧{Cue q=#q4} that ⟦the group might try to carry out attacks in ⟦Mogadishu⟧{LOC loc.mogadishu} to show it was still strong⟧{Quote #q4}. ⟦He⟧{PER per.abdullahi_haji_farah #ere2 speaks=#q5b} ⟦also said⟧{Cue q=#q5b} ⟦a senior ⟦al-Shabaab⟧{ORG org.al_shabaab} intelligence officer, ⟦Hassan Abdi Yarow⟧{PER per.hassan_abdi_yarow #zak}, had ⟦defected⟧{Claim defected speaker=#ere2 subject=#zak} to the government in ⟦December⟧{TIMEX3 DATE 2013-12} and was "cooperating fully"⟧{Quote #q5b}.

The government offered a ⟦45-day⟧{TIMEX3 DURATION P45D} amnesty to fighters who give up their weapons.

Background: ⟦Godane⟧{PER per.ahmed_abdi_godane}, also spelled ⟦Godani⟧{PER per.ahmed_abdi_godane}, took over ⟦al-Shabaab⟧{ORG org.al_shabaab} in ⟦2008⟧{TIMEX3 DATE 2008} after the death of ⟦Aden Hashi Ayro⟧{PER per.aden_hashi_ayro} and purged rival commanders in ⟦2013⟧{TIMEX3 DATE 2013}.
