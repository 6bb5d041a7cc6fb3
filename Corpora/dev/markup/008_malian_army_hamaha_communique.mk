date: 2014-03-15
source: Maliweb (communiqué, unofficial English translation)
translator: Bamako Monitor
---
REPUBLIC OF ⟦MALI⟧{LOC loc.mali}
One People – One Goal – One Faith
⟦MINISTRY OF DEFENCE AND VETERANS⟧{ORG org.malian_defence_ministry}
⟦General Staff of the Armies⟧{ORG org.malian_army}

COMMUNIQUÉ N°0047/EMGA

The ⟦General Staff of the Armies⟧{ORG org.malian_army #gs} informs the public that on ⟦Friday 14/03/2014⟧{TIMEX3 DATE 2014-03-14 #t1}, units of the ⟦Malian Armed Forces⟧{ORG org.malian_army} (⟦FAMa⟧{ORG org.malian_army}), supported by ⟦Operation Serval⟧{ORG org.french_army}, carried out an operation against a terrorist group in the area of ⟦Tin Keraten⟧{LOC loc.tin_keraten}, 100 km north of ⟦Timbuktu⟧{LOC loc.timbuktu}.

The provisional toll is as follows:
1. eleven terrorists ⟦neutralised⟧{Claim killed speaker=#gs subject=#h time=#t1}, among them ⟦Oumar Ould Hamaha⟧{PER per.omar_ould_hamaha #h} alias "⟦Red Beard⟧{PER per.omar_ould_hamaha}", a leader of the ⟦MUJAO⟧{ORG org.mujao};
2. one vehicle and heavy weapons destroyed;
3. on the friendly side, no losses to deplore.

The ⟦General Staff⟧{ORG org.malian_army} thanks the population for its collaboration and calls on it to remain vigilant.

Done at ⟦Bamako⟧{LOC loc.bamako}, ⟦15 March 2014⟧{TIMEX3 DATE 2014-03-15}
The Chief of General Staff

Translator's note: ⟦Hamaha⟧{PER per.omar_ould_hamaha} (also written ⟦Hamama⟧{PER per.omar_ould_hamaha}) was the spokesman of ⟦MUJAO⟧{ORG org.mujao} in ⟦Gao⟧{LOC loc.gao} in ⟦2012⟧{TIMEX3 DATE 2012}. Contacted by phone ⟦this morning⟧{TIMEX3 TIME 2014-03-15TMO}, a relative in ⟦Gao⟧{LOC loc.gao} ⟦said⟧{Cue q=#q1} ⟦the family had received no news for ⟦three weeks⟧{TIMEX3 DURATION P3W}⟧{Quote #q1}. A French military source, speaking on condition of anonymity, only ⟦said⟧{Cue q=#q2} that ⟦"the operation targeted a convoy"⟧{Quote #q2 direct}. On jihadist forums, an account close to ⟦MUJAO⟧{ORG org.mujao} ⟦wrote⟧{Cue q=#q3} ⟦last night⟧{TIMEX3 TIME 2014-03-14TNI} that ⟦"Sheikh ⟦Omar⟧{PER per.omar_ould_hamaha #h2} is not ⟦dead⟧{Claim killed negated subject=#h2}, the crusaders lie as usual.⟧{Quote #q3 direct}
