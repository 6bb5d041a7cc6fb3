date: 2020-10-09
source: Sahel desk (news site)
---
Hostages freed in ⟦Mali⟧{LOC loc.mali} after prisoner swap: what each side says

By the ⟦Sahel desk⟧{ORG org.sahel_desk #au} | ⟦9 October 2020⟧{TIMEX3 DATE 2020-10-09} | Updated ⟦14:05 GMT⟧{TIMEX3 TIME 2020-10-09T14:05}

Four hostages held by ⟦al-Qaeda⟧{ORG org.al_qaeda}'s ⟦Sahel⟧{LOC loc.sahel} branch were ⟦released⟧{Claim released speaker=#au time=#t1} on ⟦Thursday⟧{TIMEX3 DATE 2020-10-08 #t1} in ⟦northern Mali⟧{LOC loc.northern_mali}, ⟦days⟧{TIMEX3 DURATION PXD} after the transitional authorities ⟦freed⟧{Claim released speaker=#au} some 200 prisoners, many of them suspected jihadists.

The ⟦Malian presidency⟧{ORG org.malian_presidency #s2 speaks=#q2} ⟦announced⟧{Cue q=#q2} on ⟦Thursday evening⟧{TIMEX3 TIME 2020-10-08TEV #t2} that ⟦former opposition leader ⟦Soumaïla Cissé⟧{PER per.soumaila_cisse #c2} and French aid worker ⟦Sophie Pétronin⟧{PER per.sophie_petronin #p2} "have been ⟦⟦released⟧{Claim released speaker=#s2 subject=#c2 time=#t2}⟧{Claim released speaker=#s2 subject=#p2 time=#t2}" and were "on their way to ⟦Bamako⟧{LOC loc.bamako}"⟧{Quote #q2}. ⟦Two Italians, the priest ⟦Pierluigi Maccalli⟧{PER per.pierluigi_maccalli #m3} and ⟦Nicola Chiacchio⟧{PER per.nicola_chiacchio #n3}, were also ⟦⟦freed⟧{Claim released speaker=#s3 subject=#m3}⟧{Claim released speaker=#s3 subject=#n3}⟧{Quote #q3}, ⟦according to⟧{Cue q=#q3} the ⟦Italian foreign ministry⟧{ORG org.italian_foreign_ministry #s3 speaks=#q3}.

President ⟦Emmanuel Macron⟧{PER per.emmanuel_macron speaks=#q4} ⟦said⟧{Cue q=#q4} ⟦he felt "immense relief"⟧{Quote #q4} and thanked the Malian authorities, but ⟦Paris⟧{LOC loc.paris speaks=#q5} ⟦insisted⟧{Cue q=#q5} that ⟦⟦France⟧{LOC loc.france} had "paid no ransom and took no part in the negotiations"⟧{Quote #q5}.

⟦JNIM⟧{ORG org.jnim #s6 speaks=#q6,#q7}, in a message published ⟦the next day⟧{TIMEX3 DATE 2020-10-09 #t6} by its ⟦Az-Zallaqa⟧{ORG org.al_zallaqa} foundation, ⟦claimed⟧{Cue q=#q6} that ⟦it had "⟦freed⟧{Claim released speaker=#s6 time=#t6} the hostages in exchange for 206 prisoners"⟧{Quote #q6} and ⟦⟦warned⟧{Cue q=#q7}⟧{Claim threatens speaker=#s6} that "⟦the crusaders who remain in our land will not be spared⟧{Quote #q7}".

Not everyone welcomed the deal. ⟦"Some of those released were arrested after attacks that killed our soldiers,"⟧{Quote #q8 direct} a Malian officer ⟦told⟧{Cue q=#q8} our correspondent in ⟦Gao⟧{LOC loc.gao}. Local media ⟦reported⟧{Cue q=#q9} that ⟦at least two of the freed prisoners had been ⟦re-arrested⟧{Claim arrested time=#t9} by the ⟦police⟧{ORG org.malian_police} on ⟦Wednesday night⟧{TIMEX3 TIME 2020-10-07TNI #t9} in ⟦Niono⟧{LOC loc.niono}⟧{Quote #q9}, a claim the ⟦gendarmerie⟧{ORG org.malian_gendarmerie #s10} ⟦denied⟧{Claim arrested negated speaker=#s10}.

⟦Cissé⟧{PER per.soumaila_cisse #c11}, who was ⟦kidnapped⟧{Claim captured speaker=#au subject=#c11 time=#t11} in ⟦March⟧{TIMEX3 DATE 2020-03 #t11} while campaigning in the ⟦Timbuktu⟧{LOC loc.timbuktu} region, had spent ⟦more than six months⟧{TIMEX3 DURATION P6M} in captivity. ⟦Pétronin⟧{PER per.sophie_petronin} had been held since ⟦December 2016⟧{TIMEX3 DATE 2016-12}.

Share: Facebook Twitter WhatsApp
