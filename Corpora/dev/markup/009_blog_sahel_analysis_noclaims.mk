date: 2014-06-20
source: The Sahel Notebook (blog)
---
Reading the ⟦Sahel⟧{LOC loc.sahel} after ⟦Serval⟧{ORG org.french_army}: five notes

Posted on ⟦20 June 2014⟧{TIMEX3 DATE 2014-06-20} by ⟦Anne-Laure Mbaye⟧{PER per.anne_laure_mbaye}

⟦Eighteen months⟧{TIMEX3 DURATION P18M} after the ⟦French⟧{ORG org.french_army} arrived, the map of armed groups in ⟦northern Mali⟧{LOC loc.northern_mali} is both simpler and harder to read. A few notes, in no particular order:

1) Names. The same man appears as ⟦Oumar Ould Hamaha⟧{PER per.omar_ould_hamaha}, ⟦Omar Hamaha⟧{PER per.omar_ould_hamaha} or ⟦Hamaha⟧{PER per.omar_ould_hamaha}; ⟦Al Mourabitoun⟧{ORG org.al_mourabitoun} is also ⟦al-Murabitun⟧{ORG org.al_mourabitoun} and ⟦El Mourabitoune⟧{ORG org.al_mourabitoun}. Anyone building a database should start with a list of spellings, not of people.

2) Sources. Most statements still reach us through two Mauritanian outlets, ⟦ANI⟧{ORG org.ani} and ⟦Sahara Medias⟧{ORG org.sahara_medias}, and then through a handful of volunteer translators. Each step adds a layer of interpretation.

3) Dates. Communiqués are dated in the Hijri calendar, translations in the Gregorian one, and blogs (this one included) often just say "last Friday".

4) Geography. ⟦Kidal⟧{LOC loc.kidal} remains a case apart; the town has had no real state presence since ⟦May 2014⟧{TIMEX3 DATE 2014-05}.

5) What next. ⟦Operation Barkhane⟧{ORG org.french_army}, which should replace ⟦Serval⟧{ORG org.french_army} ⟦this summer⟧{TIMEX3 DATE 2014-SU}, will cover five countries from ⟦Mauritania⟧{LOC loc.mauritania} to ⟦Chad⟧{LOC loc.chad}. Whether that means more or less pressure on the groups is an open question.

None of this is new, but it is worth writing down before the next wave of "breaking news". The notebook is updated ⟦every Friday⟧{TIMEX3 SET XXXX-WXX-5}.

Share this:
Twitter
Facebook
Like this:
Like Loading...

Leave a Reply
Your email address will not be published. Required fields are marked *
Comment
Name *
Email *
Website
