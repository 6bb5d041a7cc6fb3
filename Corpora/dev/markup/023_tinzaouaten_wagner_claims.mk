date: 2024-07-30
source: Sahel Security Blog
---
⟦Tinzaouaten⟧{LOC loc.tinzaouaten}: rebels and jihadists both claim victory over ⟦Wagner⟧{ORG org.wagner_group}, ⟦Bamako⟧{LOC loc.bamako} says "strategic withdrawal"

Posted ⟦30 July 2024⟧{TIMEX3 DATE 2024-07-30} · 6 min read

⟦Three days⟧{TIMEX3 DURATION P3D} of fighting near ⟦Tinzaouaten⟧{LOC loc.tinzaouaten}, on the Algerian border, ended on ⟦Saturday⟧{TIMEX3 DATE 2024-07-27} in what looks like the heaviest defeat of ⟦Wagner⟧{ORG org.wagner_group} in ⟦Africa⟧{LOC loc.africa}. Everybody has a version.

The rebels. The ⟦Strategic Framework for the Defence of the People of Azawad⟧{ORG org.csp_dpa #csp speaks=#q1} (⟦CSP-DPA⟧{ORG org.csp_dpa}) ⟦said⟧{Cue q=#q1} in a statement on ⟦Sunday⟧{TIMEX3 DATE 2024-07-28 #tsun} that ⟦its fighters had ⟦killed⟧{Claim killed speaker=#csp subject=#wg1 time=#tsun} "dozens" of ⟦Wagner⟧{ORG org.wagner_group #wg1} mercenaries and ⟦Malian army⟧{ORG org.malian_army} soldiers and ⟦captured⟧{Claim captured speaker=#csp} several others⟧{Quote #q1}. Its spokesman, ⟦Mohamed Ag Elmehdi⟧{PER per.mohamed_ag_elmehdi #mer speaks=#q2}, ⟦told⟧{Cue q=#q2} ⟦Reuters⟧{ORG org.reuters} by phone: « ⟦We ⟦control⟧{Claim controls speaker=#mer subject=#csp} the whole area up to the border. No jihadist fought with us, this was the ⟦Azawad⟧{LOC loc.azawad} army alone⟧{Quote #q2 direct} ».

The jihadists. ⟦JNIM⟧{ORG org.jnim #jnim speaks=#q3}, for its part, ⟦claimed⟧{Cue q=#q3} through ⟦Az-Zallaqa⟧{ORG org.al_zallaqa} that ⟦its "knights" had ⟦ambushed⟧{Claim attacked speaker=#jnim subject=#wg time=#t25} a ⟦Wagner⟧{ORG org.wagner_group #wg} convoy on ⟦Thursday 25 July⟧{TIMEX3 DATE 2024-07-25 #t25} and ⟦killed⟧{Claim killed speaker=#jnim time=#t25} more than 50 "Russians"⟧{Quote #q3}. So the rebels say there were no jihadists, and the jihadists say they were there.

The government. ⟦Bamako⟧{LOC loc.bamako #bko speaks=#q4,#q5} ⟦has acknowledged⟧{Cue q=#q4} ⟦"significant" losses⟧{Quote #q4} but ⟦denied⟧{Cue q=#q5} that ⟦any soldiers had been ⟦taken prisoner⟧{Claim captured negated speaker=#bko}⟧{Quote #q5}. An army statement read on ⟦ORTM⟧{ORG org.ortm} ⟦last night⟧{TIMEX3 TIME 2024-07-29TNI} spoke of a "strategic withdrawal" from ⟦Tinzaouaten⟧{LOC loc.tinzaouaten}.

And ⟦Wagner⟧{ORG org.wagner_group} itself? A ⟦Telegram⟧{ORG org.telegram} channel close to the group, "⟦Grey Zone⟧{ORG org.grey_zone #gz speaks=#q6}", ⟦wrote⟧{Cue q=#q6} that ⟦the unit's commander, ⟦Anton Belov⟧{PER per.anton_belov #ss}, had been ⟦killed⟧{Claim killed speaker=#gz subject=#ss}⟧{Quote #q6} – the first such admission in ⟦two years⟧{TIMEX3 DURATION P2Y} of Russian presence in ⟦Mali⟧{LOC loc.mali}.

Related posts: ⟦CSP-DPA⟧{ORG org.csp_dpa} explained · Who is who in the ⟦Azawad⟧{LOC loc.azawad} conflict (⟦2023⟧{TIMEX3 DATE 2023})
