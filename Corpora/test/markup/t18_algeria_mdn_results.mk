date: 2016-02-10
source: North Africa Security Brief
translator: North Africa Security Brief
---
⟦Algeria⟧{LOC loc.algeria}: ⟦MDN⟧{ORG org.algerian_defence_ministry} operational results for the week ending ⟦9 February 2016⟧{TIMEX3 DATE 2016-02-09}

Source: ⟦Ministry of National Defence⟧{ORG org.algerian_defence_ministry #m} (⟦MDN⟧{ORG org.algerian_defence_ministry}), ⟦Algiers⟧{LOC loc.algiers} — unofficial English translation by ⟦North Africa Security Brief⟧{ORG org.north_africa_security_brief #au}

In the context of the fight against terrorism and thanks to the exploitation of intelligence, detachments of the ⟦People's National Army⟧{ORG org.algerian_army} carried out the following operations during the period from ⟦02⟧{TIMEX3 DATE 2016-02-02} to ⟦09 February 2016⟧{TIMEX3 DATE 2016-02-09}:

1. On ⟦04/02/2016⟧{TIMEX3 DATE 2016-02-04 #t1}, a detachment of the ⟦ANP⟧{ORG org.algerian_army} ⟦neutralised⟧{Claim killed speaker=#m time=#t1} two (02) dangerous terrorists near ⟦Ain Defla⟧{LOC loc.ain_defla}, in the 1st Military Region, and recovered two Kalashnikov rifles.
2. On ⟦Friday 05 February⟧{TIMEX3 DATE 2016-02-05}, the terrorist "⟦Abou Dahdah⟧{PER per.abou_dahdah #d2}", who ⟦joined⟧{Claim joined speaker=#m subject=#d2 time=#t2} the terrorist groups in ⟦1994⟧{TIMEX3 DATE 1994 #t2}, surrendered to the military authorities of ⟦Tamanrasset⟧{LOC loc.tamanrasset} (6th MR) with a machine gun and ammunition.
3. Detachments of the ⟦ANP⟧{ORG org.algerian_army} ⟦arrested⟧{Claim arrested speaker=#m} (07) support elements of terrorist groups in ⟦Boumerdès⟧{LOC loc.boumerdes}, ⟦Bouira⟧{LOC loc.bouira} and ⟦Skikda⟧{LOC loc.skikda}.
4. In ⟦Bordj Badji Mokhtar⟧{LOC loc.bordj_badji_mokhtar} and ⟦In Guezzam⟧{LOC loc.in_guezzam}, detachments ⟦arrested⟧{Claim arrested speaker=#m} (19) smugglers and seized 3 four-wheel-drive vehicles.

These results, the ⟦ministry⟧{ORG org.algerian_defence_ministry speaks=#q5} ⟦says⟧{Cue q=#q5}, ⟦"confirm the high vigilance of our forces in securing the borders"⟧{Quote #q5 direct}.

Note from ⟦NASB⟧{ORG org.north_africa_security_brief}: ⟦MDN⟧{ORG org.algerian_defence_ministry} communiqués rarely name the groups involved. Local sources in ⟦Ain Defla⟧{LOC loc.ain_defla} ⟦told⟧{Cue q=#q6} us that ⟦the two men killed belonged to ⟦Jund al-Khilafa⟧{ORG org.jund_al_khilafa #j6}⟧{Quote #q6}, the group that ⟦pledged allegiance⟧{Claim joined speaker=#au subject=#j6 time=#t7} to the ⟦Islamic State⟧{ORG org.islamic_state} in ⟦2014⟧{TIMEX3 DATE 2014 #t7} and ⟦kidnapped⟧{Claim captured speaker=#au subject=#h8 time=#t8} and ⟦beheaded⟧{Claim killed speaker=#au subject=#h8 time=#t8} French hiker ⟦Hervé Gourdel⟧{PER per.herve_gourdel #h8} ⟦that September⟧{TIMEX3 DATE 2014-09 #t8}. We could not confirm this.
