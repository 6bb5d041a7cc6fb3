date: 2012-12-13
source: azawad-news (blog)
translator: azawad-news
---
"⟦Red Beard⟧{PER per.omar_ould_hamaha #s0 speaks=#q0}" ⟦⟦warns⟧{Cue q=#q0}⟧{Claim threatens speaker=#s0 subject=#e0} ⟦ECOWAS⟧{ORG org.ecowas #e0}: ⟦"we will welcome them with fire"⟧{Quote #q0 direct}

Posted by ⟦azawad-news⟧{ORG org.azawad_news} on ⟦13/12/2012 at 18:20⟧{TIMEX3 TIME 2012-12-13T18:20}

⟦Oumar Ould Hamaha⟧{PER per.omar_ould_hamaha}, who presents himself as a military leader of ⟦MUJAO⟧{ORG org.mujao} and is known in ⟦Gao⟧{LOC loc.gao} as "⟦Red Beard⟧{PER per.omar_ould_hamaha}", spoke ⟦yesterday⟧{TIMEX3 DATE 2012-12-12} by telephone with the ⟦Nouakchott⟧{LOC loc.nouakchott} agency ⟦ANI⟧{ORG org.ani}. The translation below is ours.

Asked about the African force that the ⟦UN Security Council⟧{ORG org.un_security_council} may approve before ⟦the end of the month⟧{TIMEX3 DATE 2012-12}, ⟦Hamaha⟧{PER per.omar_ould_hamaha #s2 speaks=#q2,#q3} ⟦said⟧{Cue q=#q2,#q3} ⟦the mujahideen were "ready for them"⟧{Quote #q2}:

⟦"We are waiting for them in ⟦Gao⟧{LOC loc.gao}, in ⟦Timbuktu⟧{LOC loc.timbuktu}, in ⟦Kidal⟧{LOC loc.kidal}. Let them come, we will ⟦welcome them with fire⟧{Claim threatens speaker=#s2 subject=#e3}. The soldiers of ⟦Ecowas⟧{ORG org.ecowas #e3} will return to their countries in coffins.

We do not fear ⟦France⟧{LOC loc.france} either. ⟦Hollande⟧{PER per.francois_hollande} talks a lot but he will not send a single French soldier, because he knows what happens to his citizens in our hands."⟧{Quote #q3 direct}

⟦He⟧{PER per.omar_ould_hamaha #s4 speaks=#q4,#q5} ⟦also denied⟧{Cue q=#q4,#q5} that ⟦⟦MUJAO⟧{ORG org.mujao #m4} had ⟦⟦withdrawn⟧{Claim withdrew negated speaker=#s4 subject=#m4}⟧{Claim withdrew subject=#m4 time=#t4} from ⟦Douentza⟧{LOC loc.douentza}⟧{Quote #q4}, as some Malian officers claimed ⟦last week⟧{TIMEX3 DATE 2012-W49 #t4}: ⟦"⟦Douentza⟧{LOC loc.douentza} ⟦is ours⟧{Claim controls speaker=#s4 subject=#m4}, we never left it."⟧{Quote #q5 direct}

On the hostages, he refused to give any information. ⟦According to⟧{Cue q=#q6} ⟦him⟧{PER per.omar_ould_hamaha #s6 speaks=#q6}, ⟦the Algerian diplomats ⟦kidnapped⟧{Claim captured speaker=#s6 time=#t6} in ⟦Gao⟧{LOC loc.gao} in ⟦April⟧{TIMEX3 DATE 2012-04 #t6} are "all ⟦alive⟧{Claim alive speaker=#s6} except the one that ⟦Algeria⟧{LOC loc.algeria} refused to save"⟧{Quote #q6}.

⟦Hamaha⟧{PER per.omar_ould_hamaha}, an Arab from the ⟦Timbuktu⟧{LOC loc.timbuktu} region with a past in ⟦AQIM⟧{ORG org.aqim}, is one of the most visible faces of the Islamist occupation of the north.

Tags: ⟦Hamaha⟧{PER per.omar_ould_hamaha}, ⟦MUJAO⟧{ORG org.mujao}, ⟦ECOWAS⟧{ORG org.ecowas}, ⟦Gao⟧{LOC loc.gao}
1 comment
