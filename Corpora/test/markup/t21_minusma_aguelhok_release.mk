date: 2019-01-22
source: MINUSMA press release
---
⟦MINUSMA⟧{ORG org.minusma #a}: ten Chadian peacekeepers ⟦killed⟧{Claim killed speaker=#a} in ⟦Aguelhok⟧{LOC loc.aguelhok}, ⟦JNIM⟧{ORG org.jnim #j0} ⟦claims⟧{Claim claims_responsibility speaker=#j0 subject=#j0} attack

⟦Bamako⟧{LOC loc.bamako}, ⟦22 January 2019⟧{TIMEX3 DATE 2019-01-22} – Press release / Communiqué de presse

Early on ⟦Sunday 20 January⟧{TIMEX3 DATE 2019-01-20 #t1}, the ⟦MINUSMA⟧{ORG org.minusma #m1} camp in ⟦Aguelhok⟧{LOC loc.aguelhok}, in the ⟦Kidal⟧{LOC loc.kidal} region, was the target of a complex ⟦attack⟧{Claim attacked speaker=#a subject=#m1 time=#t1} by assailants who arrived on several armed vehicles. Ten peacekeepers from ⟦Chad⟧{LOC loc.chad} were ⟦killed⟧{Claim killed speaker=#a time=#t1} and at least twenty-five were ⟦wounded⟧{Claim wounded speaker=#a time=#t1}. The peacekeepers repelled the attack and ⟦"a significant number of assailants were ⟦neutralised⟧{Claim killed speaker=#s2}"⟧{Quote #q2 direct}, the ⟦Mission⟧{ORG org.minusma #s2 speaks=#q2} ⟦said⟧{Cue q=#q2}.

⟦"⟦MINUSMA⟧{ORG org.minusma} will not be deterred. Our patrols in ⟦Aguelhok⟧{LOC loc.aguelhok} continue ⟦every day⟧{TIMEX3 SET P1D},"⟧{Quote #q3 direct} ⟦said⟧{Cue q=#q3} the Mission's spokesperson, ⟦Mariam Traoré⟧{PER per.mariam_traore speaks=#q3}.

The Secretary-General of the ⟦United Nations⟧{ORG org.united_nations}, ⟦António Guterres⟧{PER per.antonio_guterres speaks=#q4}, strongly condemned the attack and ⟦recalled⟧{Cue q=#q4} that ⟦attacks against peacekeepers "may constitute war crimes under international law"⟧{Quote #q4}.

Later ⟦the same day⟧{TIMEX3 DATE 2019-01-20 #t5}, the ⟦Jama'at Nusrat al-Islam wal-Muslimin⟧{ORG org.jnim #j5} (⟦JNIM⟧{ORG org.jnim}) ⟦claimed responsibility⟧{Claim claims_responsibility speaker=#j5 subject=#j5 time=#t5} in a message published by its ⟦al-Zallaqa⟧{ORG org.al_zallaqa} agency. The ⟦group⟧{ORG org.jnim #s6 speaks=#q6} ⟦said⟧{Cue q=#q6} ⟦the attack was a response to the visit of the Chadian president ⟦Idriss Déby⟧{PER per.idriss_deby} to ⟦Israel⟧{LOC loc.israel} ⟦earlier this month⟧{TIMEX3 DATE 2019-01} and that its fighters had "⟦destroyed⟧{Claim attacked speaker=#s6} the camp"⟧{Quote #q6}. ⟦MINUSMA⟧{ORG org.minusma #s7 speaks=#q7} ⟦denied⟧{Cue q=#q7} that ⟦the camp had ⟦fallen⟧{Claim controls negated speaker=#s7}⟧{Quote #q7}: ⟦'The camp remains fully ⟦under the control⟧{Claim controls} of the peacekeepers'⟧{Quote #q8 direct}, a ⟦UN⟧{ORG org.united_nations} official ⟦told⟧{Cue q=#q8} us on condition of anonymity.

⟦MINUSMA⟧{ORG org.minusma} has lost more than 100 peacekeepers to hostile acts since its deployment in ⟦July 2013⟧{TIMEX3 DATE 2013-07}.

###
Follow MINUSMA on Twitter: @UN_MINUSMA
