date: 2024-08-02
source: Desert Dispatches (blog)
---
⟦Tinzaouatene⟧{LOC loc.tinzaouatene}: three narratives of one battle

⟦Desert Dispatches⟧{ORG org.desert_dispatches} — ⟦2 August 2024⟧{TIMEX3 DATE 2024-08-02} — 7 comments

⟦Ten days⟧{TIMEX3 DURATION P10D} after the fighting at ⟦Tinzaouatene⟧{LOC loc.tinzaouatene}, on the Algerian border, it is still hard to say what happened. Here is what the three sides have claimed so far.

1. The rebels. The ⟦Strategic Framework for the Defence of the People of Azawad⟧{ORG org.csp_dpa #s1 speaks=#q1} (⟦CSP-DPA⟧{ORG org.csp_dpa}) ⟦said⟧{Cue q=#q1} on ⟦27 July⟧{TIMEX3 DATE 2024-07-27 #t1} that ⟦its fighters had "⟦decimated⟧{Claim attacked speaker=#s1 subject=#a1 time=#t1}" a column of the ⟦Malian army⟧{ORG org.malian_army #a1} and ⟦Wagner⟧{ORG org.wagner_group}, ⟦killing⟧{Claim killed speaker=#s1 time=#t1} "dozens of mercenaries" and ⟦capturing⟧{Claim captured speaker=#s1 time=#t1} several Russian fighters⟧{Quote #q1}. Its spokesman ⟦Mohamed Elmaouloud Ramadane⟧{PER per.mohamed_elmaouloud_ramadane #s2 speaks=#q2} ⟦told⟧{Cue q=#q2} ⟦AFP⟧{ORG org.afp} that ⟦the rebels "⟦control⟧{Claim controls speaker=#s2} the whole area of ⟦Tin Zaouatine⟧{LOC loc.tinzaouatene}"⟧{Quote #q2}.

2. The jihadists. ⟦JNIM⟧{ORG org.jnim #s3 speaks=#q3} ⟦⟦claimed⟧{Cue q=#q3}⟧{Claim claims_responsibility speaker=#s3 subject=#s3 time=#t3} on its own channels that ⟦it had ⟦ambushed⟧{Claim attacked speaker=#s3 time=#t3} the same column ⟦a day later⟧{TIMEX3 DATE 2024-07-28 #t3}, ⟦killing⟧{Claim killed speaker=#s3 time=#t3} 50 Russians⟧{Quote #q3}, though its statement gave no names.

3. ⟦Bamako⟧{LOC loc.bamako} and ⟦Moscow⟧{LOC loc.moscow}. The ⟦Malian army⟧{ORG org.malian_army #s4 speaks=#q4,#q5}'s general staff ⟦acknowledged⟧{Cue q=#q4} in a communiqué on ⟦29 July⟧{TIMEX3 DATE 2024-07-29 #t4} ⟦"significant losses"⟧{Quote #q4 direct} but ⟦said⟧{Cue q=#q5} ⟦its units had carried out "a tactical ⟦withdrawal⟧{Claim withdrew speaker=#s4 subject=#s4 time=#t4}" and had "⟦neutralised⟧{Claim killed speaker=#s4 time=#t4} many terrorists"⟧{Quote #q5}. Russian military bloggers, among them the ⟦Grey Zone⟧{ORG org.grey_zone #s6 speaks=#q6} channel, ⟦wrote⟧{Cue q=#q6} that ⟦⟦Wagner⟧{ORG org.wagner_group} commander ⟦Sergei Shevchenko⟧{PER per.sergei_shevchenko #x6} had been ⟦killed⟧{Claim killed speaker=#s6 subject=#x6}⟧{Quote #q6}; ⟦Wagner⟧{ORG org.wagner_group} has not confirmed his death.

⟦Kyiv⟧{LOC loc.kyiv} added a twist: a spokesman of ⟦Ukraine⟧{LOC loc.ukraine}'s military intelligence, ⟦Andriy Yusov⟧{PER per.andriy_yusov speaks=#q7}, ⟦said⟧{Cue q=#q7} that ⟦the rebels "received the necessary information"⟧{Quote #q7} — then backtracked ⟦days⟧{TIMEX3 DURATION PXD} later.

What the claims leave out is more telling. Nobody has yet explained why a convoy of that size moved along the border in the rainy season, or who decided it.

Comments (7)
