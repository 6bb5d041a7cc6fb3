date: 2015-06-17
source: newsdesk aggregator (wire copy)
---
⟦Libya⟧{LOC loc.libya #s0 speaks=#q0} ⟦says⟧{Cue q=#q0} ⟦U.S. strike ⟦killed⟧{Claim killed speaker=#s0 subject=#b0} ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar #b0}⟧{Quote #q0}; jihadists ⟦say⟧{Cue q=#q0b} ⟦he is ⟦alive⟧{Claim alive subject=#b0}⟧{Quote #q0b}

⟦June 17, 2015⟧{TIMEX3 DATE 2015-06-17} — ⟦10:42 AM⟧{TIMEX3 TIME 2015-06-17T10:42}

⟦TRIPOLI⟧{LOC loc.tripoli}/⟦WASHINGTON⟧{LOC loc.washington} — The internationally recognised ⟦Libyan government⟧{ORG org.libyan_government #s1 speaks=#q1} ⟦said⟧{Cue q=#q1} on ⟦Sunday⟧{TIMEX3 DATE 2015-06-14 #t1} that ⟦an American air strike in the east of the country had ⟦killed⟧{Claim killed speaker=#s1 subject=#b1 time=#t1} ⟦Mokhtar Belmokhtar⟧{PER per.mokhtar_belmokhtar #b1}, the Algerian militant behind the ⟦2013⟧{TIMEX3 DATE 2013} siege of the ⟦In Amenas⟧{LOC loc.in_amenas} gas plant⟧{Quote #q1}.

⟦"The strike ⟦killed⟧{Claim killed speaker=#s2 subject=#b2} ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar #b2} and several members of his group in ⟦Ajdabiya⟧{LOC loc.ajdabiya},"⟧{Quote #q2 direct} government spokesman ⟦Mohamed Hegazi⟧{PER per.mohamed_hegazi #s2 speaks=#q2} ⟦said⟧{Cue q=#q2} in a statement, without giving details.

The ⟦Pentagon⟧{ORG org.pentagon #s3 speaks=#q3} ⟦confirmed⟧{Cue q=#q3} that ⟦U.S. aircraft had ⟦targeted⟧{Claim attacked speaker=#s3 subject=#b3 time=#t3} ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar #b3} ⟦overnight Saturday⟧{TIMEX3 TIME 2015-06-13TNI #t3}⟧{Quote #q3} but stopped short of saying he was dead. ⟦"We are still assessing the results,"⟧{Quote #q4 direct} spokesman Col. ⟦Steve Warren⟧{PER per.steve_warren speaks=#q4} ⟦told⟧{Cue q=#q4} reporters on ⟦Monday⟧{TIMEX3 DATE 2015-06-15}.

⟦Two days later⟧{TIMEX3 DATE 2015-06-16 #t5}, a jihadist group in eastern ⟦Libya⟧{LOC loc.libya} ⟦denied⟧{Claim killed negated subject=#b3 time=#t5} the report. In a message posted online and cited by the ⟦SITE⟧{ORG org.site_intelligence_group} monitoring service, the group ⟦said⟧{Cue q=#q6} ⟦the raid had ⟦killed⟧{Claim killed} seven of its own fighters, "⟦none of whom is⟧{Claim killed negated subject=#b6} the Sheikh ⟦Khaled Abu al-Abbas⟧{PER per.mokhtar_belmokhtar #b6}"⟧{Quote #q6} — one of ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar}'s noms de guerre.

⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun}, the group ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar} formed in ⟦2013⟧{TIMEX3 DATE 2013 #t7} by ⟦merging⟧{Claim merged subject=#m7 time=#t7} his brigade with ⟦MUJAO⟧{ORG org.mujao #m7}, had not commented by ⟦Wednesday afternoon⟧{TIMEX3 TIME 2015-06-17TAF}. An official of ⟦AQIM⟧{ORG org.aqim}, quoted by the Mauritanian site ⟦Al-Akhbar⟧{ORG org.al_akhbar}, ⟦said⟧{Cue q=#q8} ⟦⟦Belmukhtar⟧{PER per.mokhtar_belmokhtar #b8} "is ⟦alive⟧{Claim alive subject=#b8}, by the grace of God" and "will answer the liars himself"⟧{Quote #q8}.

⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar #b9} has been reported dead at least three times since ⟦2013⟧{TIMEX3 DATE 2013}. In ⟦March 2013⟧{TIMEX3 DATE 2013-03 #t9} the ⟦Chadian army⟧{ORG org.chadian_army #s9 speaks=#q9} ⟦said⟧{Cue q=#q9} ⟦its soldiers had ⟦killed⟧{Claim killed speaker=#s9 subject=#b9 time=#t9} him in ⟦northern Mali⟧{LOC loc.northern_mali}⟧{Quote #q9}, a claim later withdrawn.

Related: ⟦In Amenas⟧{LOC loc.in_amenas} attack mastermind ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar} – a profile | ⟦Mali⟧{LOC loc.mali}: who are ⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun}?
