date: 2021-03-06
source: Halgan Online
---
⟦Al-Shabaab⟧{ORG org.al_shabaab #g0} ⟦claims⟧{Claim claims_responsibility speaker=#g0 subject=#g0} deadly ⟦raid⟧{Claim attacked speaker=#g0 subject=#l0} on ⟦Awdheegle⟧{LOC loc.awdheegle #l0} base; ⟦army⟧{ORG org.somali_national_army speaks=#q0} ⟦says⟧{Cue q=#q0} attack ⟦"repulsed"⟧{Quote #q0 direct}

⟦Mogadishu⟧{LOC loc.mogadishu} (⟦Halgan Online⟧{ORG org.halgan_online #au}) ⟦06 March 2021⟧{TIMEX3 DATE 2021-03-06} – Heavy fighting broke out before ⟦dawn on Friday⟧{TIMEX3 TIME 2021-03-05TMO #t1} when ⟦al-Shabaab⟧{ORG org.al_shabaab} militants ⟦stormed⟧{Claim attacked speaker=#au subject=#n1 time=#t1} a ⟦Somali National Army⟧{ORG org.somali_national_army #n1} (⟦SNA⟧{ORG org.somali_national_army}) base in ⟦Awdheegle⟧{LOC loc.awdheegle} district, ⟦Lower Shabelle⟧{LOC loc.lower_shabelle} region, about 70 km south-west of ⟦Mogadishu⟧{LOC loc.mogadishu}.

⟦Al-Shabaab⟧{ORG org.al_shabaab}'s military operations spokesman, Sheikh ⟦Abdiasis Abu Musab⟧{PER per.abdiasis_abu_musab #s2 speaks=#q2}, ⟦told⟧{Cue q=#q2} the group's ⟦Radio Andalus⟧{ORG org.radio_andalus} that ⟦the fighters had "⟦overrun⟧{Claim controls speaker=#s2} the base completely" and ⟦killed⟧{Claim killed speaker=#s2} 27 soldiers, including a deputy commander⟧{Quote #q2}. ⟦"The mujahideen ⟦took control⟧{Claim controls speaker=#s3} of the base for ⟦three hours⟧{TIMEX3 DURATION PT3H} and seized two technicals and a large quantity of ammunition,"⟧{Quote #q3 direct} ⟦he⟧{PER per.abdiasis_abu_musab #s3 speaks=#q3} ⟦said⟧{Cue q=#q3}.

In a separate statement carried by ⟦Shahada News Agency⟧{ORG org.shahada_news_agency}, the ⟦group⟧{ORG org.al_shabaab #s4 speaks=#q4} ⟦said⟧{Cue q=#q4} ⟦it also ⟦captured⟧{Claim captured speaker=#s4} four soldiers⟧{Quote #q4}. The claim could not be independently verified.

But the ⟦SNA⟧{ORG org.somali_national_army} commander in the region, Colonel ⟦Ahmed Nur Gelle⟧{PER per.ahmed_nur_gelle #s5 speaks=#q5}, ⟦⟦dismissed⟧{Cue q=#q5} the claims⟧{Claim denies speaker=#s5 subject=#s4} as ⟦"propaganda"⟧{Quote #q5 direct}. Speaking to ⟦Halgan Online⟧{ORG org.halgan_online} by telephone, ⟦he⟧{PER per.ahmed_nur_gelle #s6 speaks=#q6} ⟦said⟧{Cue q=#q6}:

- ⟦the attack was repulsed within ⟦an hour⟧{TIMEX3 DURATION PT1H};
- 12 ⟦al Shabab⟧{ORG org.al_shabaab} fighters were ⟦killed⟧{Claim killed speaker=#s6} and their bodies left on the ground;
- three soldiers ⟦died⟧{Claim killed speaker=#s6} and five others were ⟦wounded⟧{Claim wounded speaker=#s6};
- no soldier was ⟦captured⟧{Claim captured negated speaker=#s6}, "not a single one"⟧{Quote #q6}.

A resident of ⟦Awdheegle⟧{LOC loc.awdheegle} town, who asked not to be named for fear of reprisals, ⟦said⟧{Cue q=#q7} that ⟦the gunfire continued until ⟦about 7 am⟧{TIMEX3 TIME 2021-03-05T07:00} and that "the militants ⟦left⟧{Claim withdrew} with a pickup"⟧{Quote #q7}.

⟦Al-Shabaab⟧{ORG org.al_shabaab}, which has fought the ⟦Somali government⟧{ORG org.somali_government} since ⟦2007⟧{TIMEX3 DATE 2007}, frequently inflates casualty figures in its claims, while the ⟦army⟧{ORG org.somali_national_army} has also been accused of downplaying its losses.

Related Posts
