date: 2012-04-06
source: Sahel Watch (blog)
translator: Sahel Watch
---
⟦MNLA⟧{ORG org.mnla #mnla} Communiqué n°19: Declaration on the liberation of the ⟦Azawad⟧{LOC loc.azawad}

Translated from French by: ⟦Sahel Watch⟧{ORG org.sahel_watch}
Posted on ⟦April 6, 2012⟧{TIMEX3 DATE 2012-04-06} by sahelwatch

The ⟦National Movement for the Liberation of Azawad⟧{ORG org.mnla} (⟦MNLA⟧{ORG org.mnla}) informs the national and international opinion of the following:

1. Since ⟦Sunday 1 April 2012⟧{TIMEX3 DATE 2012-04-01 #t1}, the three regions of ⟦Azawad⟧{LOC loc.azawad}, ⟦Kidal⟧{LOC loc.kidal}, ⟦Gao⟧{LOC loc.gao} and ⟦Timbuktu⟧{LOC loc.timbuktu}, are completely ⟦under the control⟧{Claim controls speaker=#mnla subject=#mnla2 time=#t1} of the ⟦MNLA⟧{ORG org.mnla #mnla2}.
2. The last units of the ⟦Malian army⟧{ORG org.malian_army #army} ⟦withdrew⟧{Claim withdrew speaker=#mnla subject=#army time=#t2} from ⟦Timbuktu⟧{LOC loc.timbuktu} during ⟦the night of Saturday to Sunday⟧{TIMEX3 TIME 2012-03-31TNI #t2}, leaving behind weapons and vehicles.
3. The ⟦MNLA⟧{ORG org.mnla} has no links with ⟦AQIM⟧{ORG org.aqim}, ⟦Ansar Dine⟧{ORG org.ansar_dine} or any other terrorist group and rejects «any confusion which the ⟦Bamako⟧{LOC loc.bamako} regime spreads in the media».
4. The ⟦MNLA⟧{ORG org.mnla} ⟦declares the end⟧{Claim announces speaker=#mnla subject=#mnla4} of military operations as of ⟦midnight on Thursday 5 April 2012⟧{TIMEX3 TIME 2012-04-05T24:00}.

⟦"We guarantee the security of all persons and goods in the liberated territories,"⟧{Quote #q1 direct} ⟦declared⟧{Cue q=#q1} ⟦Mossa Ag Attaher⟧{PER per.mossa_ag_attaher speaks=#q1}, spokesman of the movement, from ⟦Paris⟧{LOC loc.paris}. ⟦He⟧{PER per.mossa_ag_attaher speaks=#q2} ⟦added⟧{Cue q=#q2} that ⟦the movement was ready to cooperate with the international community against terrorism⟧{Quote #q2}.

The ⟦Malian government⟧{ORG org.malian_government speaks=#q3}, for its part, ⟦said⟧{Cue q=#q3} in a statement read on ⟦ORTM⟧{ORG org.ortm} ⟦yesterday⟧{TIMEX3 DATE 2012-04-05} that ⟦"the territorial integrity of ⟦Mali⟧{LOC loc.mali} is not negotiable"⟧{Quote #q3 direct}.

Done at ⟦Gao⟧{LOC loc.gao}, ⟦6 April 2012⟧{TIMEX3 DATE 2012-04-06}
The Bureau Politique of the ⟦MNLA⟧{ORG org.mnla #mnla4}

3 comments
Share this: Twitter | Facebook | Email
