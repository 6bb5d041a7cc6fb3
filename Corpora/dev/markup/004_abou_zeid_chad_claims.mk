date: 2013-03-02
source: Desert Dispatch (blog)
---
⟦Abou Zeid⟧{PER per.abdelhamid_abou_zeid} and ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar} dead? ⟦Chad⟧{LOC loc.chad} says yes, ⟦Paris⟧{LOC loc.paris} hesitates, ⟦AQIM⟧{ORG org.aqim} says nothing

Posted by deskeditor on ⟦March 2, 2013⟧{TIMEX3 DATE 2013-03-02}

⟦Chad⟧{LOC loc.chad}'s president ⟦Idriss Deby⟧{PER per.idriss_deby #deby1 speaks=#q1} ⟦announced⟧{Cue q=#q1} ⟦yesterday⟧{TIMEX3 DATE 2013-03-01 #t1} that ⟦Chadian troops had ⟦killed⟧{Claim killed speaker=#deby1 subject=#az1 time=#t1} ⟦Abdelhamid Abou Zeid⟧{PER per.abdelhamid_abou_zeid #az1}, one of the most feared commanders of ⟦al-Qaeda in the Islamic Maghreb⟧{ORG org.aqim}, in the ⟦Adrar des Ifoghas⟧{LOC loc.adrar_des_ifoghas} mountains⟧{Quote #q1}. Speaking at the funeral of Chadian soldiers in ⟦N'Djamena⟧{LOC loc.n_djamena}, ⟦he⟧{PER per.idriss_deby speaks=#q2} ⟦said⟧{Cue q=#q2} ⟦the body had been identified⟧{Quote #q2}.

Then, ⟦today⟧{TIMEX3 DATE 2013-03-02 #t2}, the ⟦Chadian army⟧{ORG org.chadian_army} went further: ⟦the "terrorist ⟦Mokhtar Belmokhtar⟧{PER per.mokhtar_belmokhtar #mb}, alias the ⟦One-Eyed⟧{PER per.mokhtar_belmokhtar}," was ⟦killed⟧{Claim killed speaker=#gen subject=#mb time=#t2} during an assault on a base in the ⟦Ametettai⟧{LOC loc.ametettai} valley⟧{Quote #q3}, ⟦said⟧{Cue q=#q3} a statement read on national television by General ⟦Zakaria Ngobongue⟧{PER per.zakaria_ngobongue #gen speaks=#q3}. The Chadians spell him ⟦Mokhtar⟧{PER per.mokhtar_belmokhtar}; the smugglers of the ⟦Sahara⟧{LOC loc.sahara} call him ⟦Mr. Marlboro⟧{PER per.mokhtar_belmokhtar}.

⟦Paris⟧{LOC loc.paris} is much more careful. Asked about ⟦Abu Zeid⟧{PER per.abdelhamid_abou_zeid} on ⟦Friday⟧{TIMEX3 DATE 2013-03-01}, the ⟦French Defence Ministry⟧{ORG org.french_defence_ministry speaks=#q4} would only ⟦say⟧{Cue q=#q4} ⟦it "cannot confirm" his death⟧{Quote #q4}. An Algerian security source ⟦told⟧{Cue q=#q5} the daily ⟦El Watan⟧{ORG org.el_watan} that ⟦DNA tests on the remains were under way⟧{Quote #q5}.

And the jihadists? ⟦AQIM⟧{ORG org.aqim} has published nothing for ⟦two weeks⟧{TIMEX3 DURATION P2W}. A man presenting himself as close to the group ⟦told⟧{Cue q=#q6} ⟦Sahara Medias⟧{ORG org.sahara_medias} that ⟦"the sheikh is ⟦alive⟧{Claim alive} and in good health, the Chadians are dreaming"⟧{Quote #q6 direct}. Which sheikh, ⟦Abou Zeid⟧{PER per.abdelhamid_abou_zeid} or ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar}? He did not say.

My two cents: a death announced by ⟦N'Djamena⟧{LOC loc.n_djamena} is not a death confirmed. We have seen ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar} "killed" at least three times since ⟦2005⟧{TIMEX3 DATE 2005}.

4 thoughts on "Abou Zeid and Belmokhtar dead?"

sahelfan says: ⟦March 2, 2013 at 9:14 pm⟧{TIMEX3 TIME 2013-03-02T21:14}
⟦Chad⟧{LOC loc.chad} wants credit before pulling out, that's all.
Reply
