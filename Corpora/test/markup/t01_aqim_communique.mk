date: 2012-10-04
source: sahel-monitor.example.org
translator: Sahel Monitor Translations
---
⟦AQIM⟧{ORG org.aqim} statement on the hostages and the "crusader war" in ⟦Azawad⟧{LOC loc.azawad}

Translated by: ⟦Sahel Monitor Translations⟧{ORG org.sahel_monitor_translations}

In the name of Allah, the Most Gracious, the Most Merciful

⟦Al-Qaeda Organization in the Islamic Maghreb⟧{ORG org.aqim #a1}
⟦Al-Andalus Media Foundation⟧{ORG org.al_andalus}

Statement regarding the hostages and the threats of ⟦France⟧{LOC loc.france}

Praise be to Allah, and prayers and peace be upon the Messenger of Allah. To proceed:

1- We confirm that the four French hostages taken from ⟦Arlit⟧{LOC loc.arlit} are ⟦alive⟧{Claim alive speaker=#a1} and in good health, and the rumours spread by ⟦French intelligence⟧{ORG org.french_intelligence} about the death of one of them are lies meant to prepare public opinion for war.
2- We hold ⟦France⟧{LOC loc.france} responsible for the life of the hostages if it launches its attack on ⟦northern Mali⟧{LOC loc.northern_mali}, and we ⟦warn⟧{Claim threatens speaker=#a1 subject=#h1} ⟦Hollande⟧{PER per.francois_hollande #h1} that his soldiers will find only graves in the ⟦Sahara⟧{LOC loc.sahara}.
3- The mujahideen of the ⟦Tariq ibn Ziyad brigade⟧{ORG org.tariq_ibn_ziyad_brigade #b1} ⟦carried out⟧{Claim claims_responsibility speaker=#a1 subject=#b1 time=#t1}, on ⟦Sunday 30 September⟧{TIMEX3 DATE 2012-09-30 #t1}, an ⟦attack⟧{Claim attacked speaker=#a1 subject=#alg time=#t1} on a convoy of the ⟦Algerian army⟧{ORG org.algerian_army #alg} near ⟦Tamanrasset⟧{LOC loc.tamanrasset}, ⟦killing⟧{Claim killed speaker=#a1 time=#t1} a number of apostate soldiers, and our brothers returned to their bases safely.
4- We did not ⟦take part in the fighting⟧{Claim attacked negated speaker=#a1 time=#t2} between the ⟦MUJAO⟧{ORG org.mujao} and the ⟦MNLA⟧{ORG org.mnla} in ⟦Gao⟧{LOC loc.gao} ⟦last June⟧{TIMEX3 DATE 2012-06 #t2}, and what the agencies attributed to us in that matter is not correct.

Your brothers in the ⟦Al-Qaeda Organization in the Islamic Maghreb⟧{ORG org.aqim}
⟦17 Dhu al-Qa'dah 1433⟧{TIMEX3 DATE 2012-10-03} / ⟦3 October 2012⟧{TIMEX3 DATE 2012-10-03}

---
Note from the translator: the statement was first posted on a jihadist forum on ⟦Wednesday⟧{TIMEX3 DATE 2012-10-03} and relayed ⟦the next day⟧{TIMEX3 DATE 2012-10-04} by ⟦Sahara Medias⟧{ORG org.sahara_medias}. The original is in Arabic; some phrases were shortened.

Share this:
Twitter Facebook Email
Like this:
Like Loading...
