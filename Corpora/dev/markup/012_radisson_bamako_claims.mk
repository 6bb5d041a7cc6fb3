date: 2015-11-21
source: The Sahel Notebook (blog)
---
⟦Radisson Blu⟧{LOC loc.radisson_blu_bamako} attack: who claimed what (updated)

Posted on ⟦November 21, 2015⟧{TIMEX3 DATE 2015-11-21} by ⟦Anne-Laure Mbaye⟧{PER per.anne_laure_mbaye #alm}

UPDATE ⟦18:40 GMT⟧{TIMEX3 TIME 2015-11-21T18:40}: see the end of the post.

At least 20 hostages were ⟦killed⟧{Claim killed speaker=#alm time=#t0} ⟦yesterday⟧{TIMEX3 DATE 2015-11-20 #t0} when gunmen ⟦stormed⟧{Claim attacked speaker=#alm subject=#rb time=#t0} the ⟦Radisson Blu⟧{LOC loc.radisson_blu_bamako #rb} hotel in ⟦Bamako⟧{LOC loc.bamako}. Three claims have been made since then, and they do not quite agree.

1. ⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun #am1 speaks=#q1}, in a message sent to ⟦Al Jazeera⟧{ORG org.al_jazeera} while the siege was still going on, ⟦said⟧{Cue q=#q1} ⟦it had ⟦carried out⟧{Claim claims_responsibility speaker=#am1 subject=#am1} the attack "in cooperation with the ⟦Sahara Emirate of al-Qaeda in the Islamic Maghreb⟧{ORG org.aqim_sahara_emirate}"⟧{Quote #q1}.

2. ⟦AQIM⟧{ORG org.aqim #aqim}'s own ⟦al-Andalus⟧{ORG org.al_andalus} media arm published ⟦last night⟧{TIMEX3 TIME 2015-11-20TNI #tln} an audio statement ⟦claiming⟧{Claim claims_responsibility speaker=#aqim subject=#aqim time=#tln} the attack for ⟦AQIM⟧{ORG org.aqim} and naming two "knights" ⟦killed⟧{Claim killed speaker=#aqim time=#tln} in the operation.

3. ⟦This morning⟧{TIMEX3 TIME 2015-11-21TMO #tm} a third group, the ⟦Macina Liberation Front⟧{ORG org.macina_liberation_front #flm speaks=#q3}, ⟦told⟧{Cue q=#q3} the Mauritanian news agency ⟦ANI⟧{ORG org.ani} ⟦it, and not ⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun #am3}, had ⟦⟦organised⟧{Claim claims_responsibility speaker=#flm subject=#flm time=#tm}⟧{Claim claims_responsibility negated speaker=#flm subject=#am3 time=#tm} the attack, together with ⟦Ansar Dine⟧{ORG org.ansar_dine}⟧{Quote #q3}.

So: ⟦Al-Mourabitoun⟧{ORG org.al_mourabitoun}, ⟦AQIM⟧{ORG org.aqim}, or ⟦Amadou Koufa⟧{PER per.amadou_koufa}'s men? My reading is that the first two are close to the same claim: ⟦Belmokhtar⟧{PER per.mokhtar_belmokhtar}'s men have been drifting back towards ⟦AQIM⟧{ORG org.aqim} for ⟦months⟧{TIMEX3 DURATION PXM}.

The Malian president, ⟦Ibrahim Boubacar Keïta⟧{PER per.ibrahim_boubacar_keita #ibk speaks=#q5}, declared a ⟦ten-day⟧{TIMEX3 DURATION P10D} state of emergency and ⟦said⟧{Cue q=#q5} ⟦the security forces had ⟦killed⟧{Claim killed speaker=#ibk} two attackers⟧{Quote #q5}.

UPDATE: The ⟦Malian government⟧{ORG org.malian_government #gov speaks=#q6} ⟦now⟧{TIMEX3 DATE PRESENT_REF #tnow} ⟦says⟧{Cue q=#q6} ⟦the ⟦death toll⟧{Claim killed speaker=#gov time=#tnow} is 19, not 21, and that "a third assailant may be on the run"⟧{Quote #q6}.
