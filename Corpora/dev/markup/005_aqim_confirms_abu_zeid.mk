date: 2013-06-17
source: Sahara Medias (English translation posted on a forum)
translator: Ansar al-Mujahideen English Forum
---
[Statement] ⟦al-Qaeda in the Islamic Maghreb⟧{ORG org.aqim #aqim}: Eulogy of the martyred commander ⟦Abu Zaid⟧{PER per.abdelhamid_abou_zeid}

In the name of Allah, the Most Gracious, the Most Merciful

With hearts content with the decree of Allah, we announce to the Islamic nation the ⟦martyrdom⟧{Claim killed speaker=#aqim subject=#az time=#t1} of the commander ⟦Abdelhamid Abu Zaid⟧{PER per.abdelhamid_abou_zeid #az}, may Allah accept him, who fell in the battle against the Crusader ⟦French forces⟧{ORG org.french_army} and their Chadian agents in the mountains of ⟦Ifoghas⟧{LOC loc.adrar_des_ifoghas}, in the north of ⟦Mali⟧{LOC loc.mali}, at ⟦the end of Rabi al-Akhir 1434⟧{TIMEX3 DATE 2013-02 #t1} (⟦February 2013⟧{TIMEX3 DATE 2013-02}).

We ⟦deny⟧{Claim denies speaker=#aqim subject=#chad} what the ⟦Chadian regime⟧{ORG org.chadian_government #chad} claimed, that its soldiers ⟦killed⟧{Claim killed speaker=#chad subject=#az2} the Sheikh face to face; the commander ⟦Abu Zaid⟧{PER per.abdelhamid_abou_zeid #az2} was martyred by the bombing of the French aircraft.

We also ⟦announce⟧{Claim announces speaker=#aqim subject=#yahya} that the brother ⟦Yahya Abu al-Hammam⟧{PER per.yahya_abu_al_hammam #yahya} has taken over the command of the ⟦Battalion of Tarik Ibn Ziyad⟧{ORG org.tariq_ibn_ziyad_brigade}.

To ⟦France⟧{LOC loc.france} we say: your hostages will pay the price of your aggression. Your soldiers ⟦will not be safe⟧{Claim threatens speaker=#aqim subject=#fr} anywhere in the ⟦Islamic Maghreb⟧{LOC loc.maghreb}, and the blood of our commander is a debt upon ⟦France⟧{LOC loc.france #fr}.

Your brothers in the ⟦al-Andalus⟧{ORG org.al_andalus} Media Foundation
⟦8 Shaaban 1434⟧{TIMEX3 DATE 2013-06-17} – ⟦17/6/2013⟧{TIMEX3 DATE 2013-06-17}

----
Translator's note: the statement does not mention ⟦Mokhtar Belmokhtar⟧{PER per.mokhtar_belmokhtar #mb}, whose ⟦death⟧{Claim killed speaker=#chad2 subject=#mb time=#tm} was also announced by ⟦Chad⟧{LOC loc.chad #chad2} in ⟦March⟧{TIMEX3 DATE 2013-03 #tm}. Thanks to brother ⟦Abu Usama⟧{PER -} for the scan.
