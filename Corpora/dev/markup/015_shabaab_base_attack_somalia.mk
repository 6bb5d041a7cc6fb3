date: 2017-09-12
source: Horn Security Digest (news summary)
---
⟦Somalia⟧{LOC loc.somalia}: ⟦Al-Shabaab⟧{ORG org.al_shabaab} and government give conflicting tolls after base attack

⟦Mogadishu⟧{LOC loc.mogadishu} – ⟦12.09.2017⟧{TIMEX3 DATE 2017-09-12}

⟦⟦Al-Shabaab⟧{ORG org.al_shabaab} fighters ⟦attacked⟧{Claim attacked subject=#sna time=#t1} a ⟦Somali National Army⟧{ORG org.somali_national_army #sna} base in ⟦Bula Gaduud⟧{LOC loc.bula_gaduud}, about 30 km north of ⟦Kismayo⟧{LOC loc.kismayo}, at ⟦dawn on Monday⟧{TIMEX3 TIME 2017-09-11TMO #t1}⟧{Quote #q0}, residents and officials ⟦said⟧{Cue q=#q0}.

In a statement on its ⟦Andalus⟧{ORG org.radio_andalus} radio station, the ⟦group⟧{ORG org.al_shabaab #as2 speaks=#q1} ⟦claimed⟧{Cue q=#q1} ⟦its fighters had ⟦killed⟧{Claim killed speaker=#as2} 27 soldiers and ⟦captured⟧{Claim controls speaker=#as2 subject=#as2} the base⟧{Quote #q1}. ⟦"The mujahideen ⟦overran⟧{Claim controls speaker=#spok} the apostate base and seized four technicals,"⟧{Quote #q2 direct} ⟦said⟧{Cue q=#q2} Sheikh ⟦Abdiasis Abu Musab⟧{PER per.abdiasis_abu_musab #spok speaks=#q2}, the group's spokesman for military operations.

Somali officials strongly rejected that account. ⟦"Only three of our soldiers were ⟦martyred⟧{Claim killed speaker=#cmdr}. The base was never ⟦taken⟧{Claim controls negated speaker=#cmdr}, the enemy fled and left eleven bodies behind,"⟧{Quote #q3 direct} Col. ⟦Ahmed Hassan Nur⟧{PER per.ahmed_hassan_nur #cmdr speaks=#q3}, the regional army commander, ⟦told⟧{Cue q=#q3} ⟦Reuters⟧{ORG org.reuters} by phone.

The ⟦Ministry of Information⟧{ORG org.somali_information_ministry #moi speaks=#q4} ⟦said⟧{Cue q=#q4} in a tweet ⟦late Monday⟧{TIMEX3 DATE 2017-09-11} that ⟦the attack had been "repulsed with heavy losses for the terrorists"⟧{Quote #q4}.

A resident of ⟦Bula Gaduud⟧{LOC loc.bula_gaduud} who asked not to be named ⟦said⟧{Cue q=#q5} ⟦the fighting lasted ⟦about two hours⟧{TIMEX3 DURATION PT2H} and that ⟦Al-Shabaab⟧{ORG org.al_shabaab #as3} fighters ⟦withdrew⟧{Claim withdrew subject=#as3} toward the ⟦Juba valley⟧{LOC loc.juba_valley} before ⟦noon⟧{TIMEX3 TIME 2017-09-11T12:00}⟧{Quote #q5}.

⟦Al-Shabaab⟧{ORG org.al_shabaab #as4}, which ⟦pledged allegiance⟧{Claim joined subject=#as4 time=#t12} to ⟦al-Qaeda⟧{ORG org.al_qaeda} in ⟦2012⟧{TIMEX3 DATE 2012 #t12}, has stepped up attacks on military bases since ⟦the start of the year⟧{TIMEX3 DATE 2017}, despite airstrikes by ⟦U.S. Africa Command⟧{ORG org.africom}.
