date: 2017-03-03
source: Long War Monitor (blog)
translator: Long War Monitor
---
⟦Al Qaeda⟧{ORG org.al_qaeda} groups in ⟦Mali⟧{LOC loc.mali} unite under ⟦Iyad Ag Ghaly⟧{PER per.iyad_ag_ghaly}

By ⟦Thomas Jourdan⟧{PER per.thomas_jourdan #tj} | ⟦March 3, 2017⟧{TIMEX3 DATE 2017-03-03}

Four jihadist groups operating in ⟦Mali⟧{LOC loc.mali} and the wider ⟦Sahel⟧{LOC loc.sahel} ⟦announced⟧{Cue q=#q1} on ⟦Wednesday⟧{TIMEX3 DATE 2017-03-01 #tw} that ⟦they have ⟦merged⟧{Claim merged speaker=#ad subject=#ad time=#tw} into a new organization, ⟦Jama'at Nusrat al-Islam wal-Muslimin⟧{ORG org.jnim #jnim} (⟦Group for the Support of Islam and Muslims⟧{ORG org.jnim})⟧{Quote #q1}. The groups are ⟦Ansar Dine⟧{ORG org.ansar_dine #ad speaks=#q1}, ⟦Al Murabitoon⟧{ORG org.al_mourabitoun}, the ⟦Macina Liberation Front⟧{ORG org.macina_liberation_front} and the Sahara branch of ⟦Al Qaeda in the Islamic Maghreb⟧{ORG org.aqim}.

The announcement came in a video released by ⟦Al Zallaqa⟧{ORG org.al_zallaqa}, the new group's media outlet. It shows ⟦Iyad Ag Ghaly⟧{PER per.iyad_ag_ghaly #iag}, the longtime leader of ⟦Ansar Dine⟧{ORG org.ansar_dine}, seated beside ⟦Amadou Koufa⟧{PER per.amadou_koufa}, ⟦Yahya Abu al Hammam⟧{PER per.yahya_abu_al_hammam}, ⟦Hassan al Ansari⟧{PER per.hassan_al_ansari} of ⟦Al Murabitoon⟧{ORG org.al_mourabitoun} and a judge, ⟦Abu Abdul Rahman al Sanhaji⟧{PER per.abu_abdul_rahman_al_sanhaji}.

In the video, ⟦Ag Ghaly⟧{PER per.iyad_ag_ghaly #iag2 speaks=#q2} ⟦renews⟧{Cue q=#q2} ⟦the groups' ⟦allegiance⟧{Claim joined speaker=#iag2 subject=#jnim} to ⟦al Qaeda⟧{ORG org.al_qaeda} emir ⟦Ayman al Zawahiri⟧{PER per.ayman_al_zawahiri}, to ⟦AQIM⟧{ORG org.aqim} leader ⟦Abu Musab Abdul Wadud⟧{PER per.abdelmalek_droukdel} and to the ⟦Taliban⟧{ORG org.taliban}'s Mullah ⟦Haibatullah Akhundzada⟧{PER per.haibatullah_akhundzada}⟧{Quote #q2}. ⟦"We are one group, under one banner, and our enemy is one: ⟦France⟧{LOC loc.france} and those who support it,"⟧{Quote #q3 direct} ⟦he⟧{PER per.iyad_ag_ghaly speaks=#q3} ⟦says⟧{Cue q=#q3}.

The merger does not come as a complete surprise. ⟦Ansar Dine⟧{ORG org.ansar_dine} and ⟦AQIM⟧{ORG org.aqim} have coordinated closely since ⟦2012⟧{TIMEX3 DATE 2012}, and ⟦Al Murabitoon⟧{ORG org.al_mourabitoun #mur} ⟦rejoined⟧{Claim joined speaker=#tj subject=#mur time=#td} ⟦AQIM⟧{ORG org.aqim} in ⟦December 2015⟧{TIMEX3 DATE 2015-12 #td}.

What remains unclear is the role of ⟦Mokhtar Belmokhtar⟧{PER per.mokhtar_belmokhtar}, who does not appear in the video. French officials ⟦said⟧{Cue q=#q4} in ⟦November⟧{TIMEX3 DATE 2016-11} that ⟦he may have been killed in ⟦Libya⟧{LOC loc.libya}⟧{Quote #q4}, a claim ⟦AQIM⟧{ORG org.aqim} has not addressed.
