date: 2017-03-03
source: sahel-security-notes.example.org
translator: Thomas R.
---
New ⟦Sahel⟧{LOC loc.sahel} coalition: ⟦Ansar Dine⟧{ORG org.ansar_dine #m0}, ⟦Al-Murabitun⟧{ORG org.al_mourabitoun} and ⟦Macina Liberation Front⟧{ORG org.macina_liberation_front} ⟦merge⟧{Claim merged speaker=#au subject=#m0} under ⟦Iyad Ag Ghali⟧{PER per.iyad_ag_ghaly}

By ⟦Thomas R.⟧{PER - #au} | ⟦03/03/2017⟧{TIMEX3 DATE 2017-03-03} | Analysis

A video released ⟦Thursday evening⟧{TIMEX3 TIME 2017-03-02TEV #t1} by the Mauritanian news website ⟦Al Akhbar⟧{ORG org.al_akhbar} shows five jihadist leaders seated together, ⟦announcing⟧{Claim announces subject=#j1 time=#t1} the birth of a new group: ⟦Jama'at Nusrat al-Islam wal-Muslimin⟧{ORG org.jnim #j1} ("⟦Group for the Support of Islam and Muslims⟧{ORG org.jnim}", ⟦JNIM⟧{ORG org.jnim}).

The man in the middle, ⟦Iyad Ag Ghali⟧{PER per.iyad_ag_ghaly #s2 speaks=#q2}, the veteran Tuareg leader of ⟦Ansar Dine⟧{ORG org.ansar_dine}, ⟦reads⟧{Cue q=#q2} the founding statement. Below is my translation of the key passages:

⟦'We ⟦announce⟧{Claim announces speaker=#s2 subject=#j2} the ⟦union⟧{Claim merged speaker=#s2 subject=#a2} of ⟦Ansar al-Din⟧{ORG org.ansar_dine #a2}, the ⟦Emirate of the Sahara⟧{ORG org.aqim_sahara_emirate}, ⟦al-Murabitun⟧{ORG org.al_mourabitoun} and ⟦Katibat Macina⟧{ORG org.macina_liberation_front} into one group under the name ⟦Jama'at Nusrat al-Islam wal-Muslimin⟧{ORG org.jnim #j2}, and we renew our ⟦pledge of allegiance⟧{Claim joined speaker=#s2 subject=#j2} to our emirs, Sheikh ⟦Abu Musab Abdel Wadoud⟧{PER per.abdelmalek_droukdel}, Sheikh ⟦Ayman al-Zawahiri⟧{PER per.ayman_al_zawahiri} and the emir of the ⟦Islamic Emirate⟧{ORG org.taliban}, Mullah ⟦Haibatullah⟧{PER per.haibatullah_akhundzada}.'⟧{Quote #q2 direct}

Next to him sit ⟦Yahya Abu al-Hammam⟧{PER per.yahya_abu_al_hammam} (emir of ⟦AQIM⟧{ORG org.aqim}'s Sahara region), ⟦Amadou Kouffa⟧{PER per.amadou_koufa} of the ⟦Macina katiba⟧{ORG org.macina_liberation_front}, ⟦Hassan al-Ansari⟧{PER per.hassan_al_ansari} for ⟦Al-Mourabitoune⟧{ORG org.al_mourabitoun}, and the qadi ⟦Abu Abderrahman al-Sanhaji⟧{PER per.abu_abdul_rahman_al_sanhaji}.

Notably absent: ⟦Mokhtar Belmokhtar⟧{PER per.mokhtar_belmokhtar}. ⟦Ag Ghali⟧{PER per.iyad_ag_ghaly} says nothing about him. Some in ⟦Bamako⟧{LOC loc.bamako} ⟦have speculated⟧{Cue q=#q3} for ⟦months⟧{TIMEX3 DURATION PXM} that ⟦the one-eyed commander is dead⟧{Quote #q3}; the video neither confirms nor denies it.

Three points:
1. The merger formalises cooperation that has existed at least since the ⟦2015⟧{TIMEX3 DATE 2015 #t4} ⟦attacks⟧{Claim attacked speaker=#au subject=#l4 time=#t4} in ⟦Bamako⟧{LOC loc.bamako #l4} and ⟦Ouagadougou⟧{LOC loc.ouagadougou}.
2. ⟦Koufa⟧{PER per.amadou_koufa}'s presence confirms that the Macina network is ⟦now⟧{TIMEX3 DATE PRESENT_REF} fully part of the ⟦AQ⟧{ORG org.al_qaeda} family.
3. The statement does not mention the ⟦Islamic State⟧{ORG org.islamic_state} or ⟦Adnan Abu Walid al-Sahraoui⟧{PER per.adnan_abu_walid_al_sahrawi #d5}, whose group ⟦split from⟧{Claim defected speaker=#au subject=#d5 time=#t5} ⟦al-Mourabitoun⟧{ORG org.al_mourabitoun} in ⟦May 2015⟧{TIMEX3 DATE 2015-05 #t5}.

Update, ⟦4 March⟧{TIMEX3 DATE 2017-03-04}: ⟦⟦Malian government⟧{ORG org.malian_government} spokesman⟧{PER - #s6 speaks=#q6} ⟦told⟧{Cue q=#q6} state TV ⟦ORTM⟧{ORG org.ortm} that "⟦this so-called alliance changes nothing" and that the ⟦army⟧{ORG org.malian_army #r6} "⟦controls⟧{Claim controls speaker=#s6 subject=#r6} the situation in the centre⟧{Quote #q6}".

Tags: ⟦JNIM⟧{ORG org.jnim}, ⟦Mali⟧{LOC loc.mali}, ⟦Sahel⟧{LOC loc.sahel}, ⟦AQIM⟧{ORG org.aqim}
