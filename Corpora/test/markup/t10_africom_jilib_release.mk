date: 2020-02-24
source: U.S. Africa Command press release
---
Airstrike ⟦targets⟧{Claim attacked speaker=#a1 subject=#g0} ⟦al-Shabaab⟧{ORG org.al_shabaab #g0} near ⟦Jilib⟧{LOC loc.jilib}

Release No. 20200224-01
⟦Feb. 24, 2020⟧{TIMEX3 DATE 2020-02-24}

⟦STUTTGART⟧{LOC loc.stuttgart}, ⟦Germany⟧{LOC loc.germany} - ⟦U.S. Africa Command⟧{ORG org.africom #a1}, in coordination with the ⟦Federal Government of Somalia⟧{ORG org.somali_government}, conducted an ⟦airstrike⟧{Claim attacked speaker=#a1 subject=#g1 time=#t1} targeting ⟦al-Shabaab⟧{ORG org.al_shabaab #g1} terrorists in the vicinity of ⟦Jilib⟧{LOC loc.jilib}, ⟦Somalia⟧{LOC loc.somalia}, ⟦Feb. 22, 2020⟧{TIMEX3 DATE 2020-02-22 #t1}.

The command's initial assessment is that the airstrike ⟦killed⟧{Claim killed speaker=#a1} two terrorists. At ⟦this time⟧{TIMEX3 DATE PRESENT_REF}, it is assessed no civilians were ⟦injured⟧{Claim wounded negated speaker=#a1} or ⟦killed⟧{Claim killed negated speaker=#a1} as a result of this airstrike.

⟦"⟦Al-Shabaab⟧{ORG org.al_shabaab} continues to use the ⟦Jubba River Valley⟧{LOC loc.juba_valley} as a safe haven to plan attacks against the people of ⟦Somalia⟧{LOC loc.somalia} and its partners,"⟧{Quote #q2 direct} ⟦said⟧{Cue q=#q2,#q3} U.S. Army Maj. Gen. ⟦Daniel R. Brooks⟧{PER per.daniel_brooks speaks=#q2,#q3}, ⟦U.S. Africa Command⟧{ORG org.africom} director of operations. ⟦"We will keep up the pressure."⟧{Quote #q3 direct}

⟦AFRICOM⟧{ORG org.africom} is aware of reports alleging civilian casualties resulting from this airstrike. The command reviews any information it receives, including information provided by third parties.

⟦Al-Shabaab⟧{ORG org.al_shabaab}-affiliated media ⟦said⟧{Cue q=#q4} on ⟦Sunday⟧{TIMEX3 DATE 2020-02-23 #t4} that ⟦the strike hit a farm and ⟦killed⟧{Claim killed time=#t4} "three innocent farmers"⟧{Quote #q4}, a claim the ⟦command⟧{ORG org.africom speaks=#q5} ⟦said⟧{Cue q=#q5} ⟦it had no information to support⟧{Quote #q5}.

⟦U.S. Africa Command⟧{ORG org.africom} will continue to take all necessary measures to protect civilians.

For more information, contact the ⟦U.S. Africa Command⟧{ORG org.africom} Public Affairs Office: africom-media@mail.example

Connect with us: Facebook | Twitter | YouTube | Flickr
