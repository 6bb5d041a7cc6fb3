date: 2021-08-16
source: KNN (Kabul News Network)
---
⟦Taliban⟧{ORG org.taliban #s0 speaks=#q0,#q0b} ⟦say⟧{Cue q=#q0} ⟦they ⟦control⟧{Claim controls speaker=#s0 subject=#s0} ⟦Kabul⟧{LOC loc.kabul}⟧{Quote #q0}, ⟦promise⟧{Cue q=#q0b} ⟦"amnesty"⟧{Quote #q0b direct}; ⟦Ghani⟧{PER per.ashraf_ghani} leaves country

⟦KABUL⟧{LOC loc.kabul}, ⟦August 16⟧{TIMEX3 DATE 2021-08-16} (⟦KNN⟧{ORG org.knn}) — The ⟦Taliban⟧{ORG org.taliban #s1 speaks=#q1} ⟦said⟧{Cue q=#q1} on ⟦Sunday night⟧{TIMEX3 TIME 2021-08-15TNI #t1} that ⟦their fighters had entered ⟦Kabul⟧{LOC loc.kabul} and ⟦taken control⟧{Claim controls speaker=#s1 subject=#s1 time=#t1} of the presidential palace⟧{Quote #q1}, ⟦hours⟧{TIMEX3 DURATION PTXH} after President ⟦Ashraf Ghani⟧{PER per.ashraf_ghani} left the country.

⟦"The ⟦Islamic Emirate⟧{ORG org.taliban #e2}'s forces have entered the city to prevent looting and chaos. All districts of ⟦Kabul⟧{LOC loc.kabul} are ⟦under our control⟧{Claim controls speaker=#s2 subject=#e2 time=#t2},"⟧{Quote #q2 direct} spokesman ⟦Zabiullah Mujahid⟧{PER per.zabihullah_mujahid #s2 speaks=#q2} ⟦wrote⟧{Cue q=#q2} on ⟦Twitter⟧{ORG org.twitter} ⟦early Monday⟧{TIMEX3 DATE 2021-08-16 #t2}. ⟦He⟧{PER per.zabihullah_mujahid speaks=#q3} ⟦added⟧{Cue q=#q3} that ⟦a general amnesty had been declared for "all those who worked with the occupiers"⟧{Quote #q3}.

Another spokesman, ⟦Suhail Shaheen⟧{PER per.suhail_shaheen speaks=#q4}, ⟦told⟧{Cue q=#q4} the ⟦BBC⟧{ORG org.bbc} by phone from ⟦Doha⟧{LOC loc.doha} that ⟦the group would not take "revenge" and that "the war is over in ⟦Afghanistan⟧{LOC loc.afghanistan}"⟧{Quote #q4}. ⟦He⟧{PER per.suhail_shaheen #s5 speaks=#q5} ⟦denied⟧{Cue q=#q5} reports that ⟦⟦Taliban⟧{ORG org.taliban} fighters had ⟦killed⟧{Claim killed negated speaker=#s5 time=#t5} detained soldiers in ⟦Kandahar⟧{LOC loc.kandahar} ⟦last week⟧{TIMEX3 DATE 2021-W32 #t5}⟧{Quote #q5}: ⟦'These are lies of the enemy'⟧{Quote #q6 direct}, ⟦he⟧{PER per.suhail_shaheen speaks=#q6} ⟦said⟧{Cue q=#q6}.

⟦Ghani⟧{PER per.ashraf_ghani speaks=#q7}, in a ⟦Facebook⟧{ORG org.facebook} post ⟦late Sunday⟧{TIMEX3 DATE 2021-08-15}, ⟦wrote⟧{Cue q=#q7} that ⟦he left "to avoid a flood of bloodshed"⟧{Quote #q7}. He did not say where he was.

A U.S. official, speaking on condition of anonymity, ⟦said⟧{Cue q=#q8} ⟦the last American diplomats had ⟦withdrawn⟧{Claim withdrew} to the airport, where some 6,000 troops will be deployed in ⟦the coming days⟧{TIMEX3 DATE FUTURE_REF} to secure evacuations⟧{Quote #q8}.

The ⟦Taliban⟧{ORG org.taliban} were removed from power in ⟦2001⟧{TIMEX3 DATE 2001} by a U.S.-led invasion after refusing to hand over ⟦al-Qaeda⟧{ORG org.al_qaeda} leader ⟦Osama bin Laden⟧{PER per.osama_bin_laden}.

© ⟦KNN⟧{ORG org.knn} ⟦2021⟧{TIMEX3 DATE 2021}. All rights reserved.
