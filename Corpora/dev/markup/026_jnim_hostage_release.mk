date: 2018-05-14
source: Sahel Desk
translator: Sahel Desk
---
Dutch hostage freed in ⟦Mali⟧{LOC loc.mali}: what ⟦JNIM⟧{ORG org.jnim} says, what ⟦The Hague⟧{LOC loc.the_hague} says

By ⟦Sahel Desk⟧{ORG org.sahel_desk #sd} – ⟦14.05.2018⟧{TIMEX3 DATE 2018-05-14}

⟦The Dutch citizen ⟦Pieter van Dalen⟧{PER per.pieter_van_dalen #pvd}, kidnapped in ⟦Timbuktu⟧{LOC loc.timbuktu} in ⟦November 2011⟧{TIMEX3 DATE 2011-11}, arrived in ⟦Bamako⟧{LOC loc.bamako} ⟦yesterday evening⟧{TIMEX3 TIME 2018-05-13TEV} after ⟦more than six years⟧{TIMEX3 DURATION P6Y} in captivity⟧{Quote #q0}, the ⟦Dutch foreign ministry⟧{ORG org.dutch_foreign_ministry speaks=#q0} ⟦said⟧{Cue q=#q0}.

1) The ministry. In a short statement, the ⟦Ministry of Foreign Affairs⟧{ORG org.dutch_foreign_ministry #mfa speaks=#q1,#q2} ⟦said⟧{Cue q=#q1} ⟦⟦van Dalen⟧{PER per.pieter_van_dalen #pvd2} "is in ⟦good health⟧{Claim alive speaker=#mfa subject=#pvd2} given the circumstances"⟧{Quote #q1} and thanked the Malian authorities. It ⟦⟦denied⟧{Cue q=#q2}⟧{Claim denies speaker=#mfa} that ⟦any ransom had been paid⟧{Quote #q2}.

2) The kidnappers. ⟦JNIM⟧{ORG org.jnim #jnim speaks=#q3}, in a message to ⟦Al-Akhbar⟧{ORG org.al_akhbar} dated ⟦Saturday⟧{TIMEX3 DATE 2018-05-12 #tsat}, ⟦wrote⟧{Cue q=#q3}: ⟦'The mujahideen have ⟦released⟧{Claim released speaker=#jnim subject=#pvd3} the Dutch prisoner ⟦Pieter⟧{PER per.pieter_van_dalen #pvd3} after the conditions of the mujahideen were met. We still hold the Colombian nun and the Swiss woman, and we ⟦warn⟧{Claim threatens speaker=#jnim subject=#fr} ⟦France⟧{LOC loc.france #fr} that their fate is in its hands.'⟧{Quote #q3 direct}

3) The third version. A Malian intermediary ⟦told⟧{Cue q=#q4} ⟦Reuters⟧{ORG org.reuters} that ⟦two ⟦JNIM⟧{ORG org.jnim #jnim2} members ⟦arrested⟧{Claim arrested subject=#jnim2 time=#tly} in ⟦Gao⟧{LOC loc.gao} ⟦last year⟧{TIMEX3 DATE 2017 #tly} had been ⟦freed⟧{Claim released subject=#jnim2} in exchange⟧{Quote #q4}, which the ⟦Malian government⟧{ORG org.malian_government} did not confirm.

The Swedish national who was held with ⟦van Dalen⟧{PER per.pieter_van_dalen}, ⟦Johan Lindberg⟧{PER per.johan_lindberg #jl}, had been ⟦released⟧{Claim released speaker=#sd subject=#jl time=#tj} in ⟦June 2017⟧{TIMEX3 DATE 2017-06 #tj}.

Comments are closed.
