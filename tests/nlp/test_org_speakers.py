"""Body nouns as speakers ("the agency said", "the bank said", "the ministry said", "the group
said"): the body the article named that the noun fits, by its name or by what it is, the nearest
one winning; unresolved when nothing that fits was named. Sentences written for these tests, not
taken from any evaluation file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

#: (case, text, the phrase whose actor is checked (its last occurrence), the actor's name or id;
#: None: no actor at the phrase). A body the article names only by an acronym is named so ("EPA"):
#: such cases give the table id.
CASES = [
    # "the agency": a national agency or police force named by an acronym, a UN agency
    ("agency-acronym", "The FBI opened an inquiry into the leak on Tuesday. The agency said it had found no "
                       "evidence of a breach.", "The agency", "organisation:federal-bureau-of-investigation"),
    ("agency-space", "NASA put off the launch by a week. The agency said a fuel valve had failed in testing.",
     "The agency", "NASA"),
    ("agency-un", "The World Health Organization warned of a measles outbreak in the north. The agency said "
                  "cases had doubled since May.", "The agency", "World Health Organization"),
    ("agency-named", "The EPA proposed tighter limits on soot from trucks. The agency said the rule would "
                     "prevent thousands of deaths.", "The agency", "organisation:environmental-protection-agency"),
    # a news agency that reports, whatever its name says
    ("agency-news", "Xinhua reported the blast on Monday. The agency said ten people had died.", "The agency",
     "Xinhua"),
    # a company is no agency: nothing fits
    ("agency-none", "Velor Shipping posted a loss for the year. The agency said exports had fallen.",
     "The agency", None),
    # "the bank": a reserve bank whose table name lacks "bank", else the bank named nearest
    ("bank-reserve", "The Federal Reserve left its main rate unchanged on Wednesday. The bank said inflation "
                     "was cooling.", "The bank", "Federal Reserve"),
    ("bank-nearest", "The World Bank cut its growth forecast for the region. On Thursday the Federal Reserve "
                     "raised rates. The bank said prices were still rising.", "The bank", "Federal Reserve"),
    ("bank-none", "Prices rose again in March, the statistics office said. The bank said inflation would ease.",
     "The bank", None),
    # "the group": an armed or rights group whose name lacks the noun
    ("group-armed", "Hamas fired rockets across the border overnight. The group said it was answering "
                    "air strikes.", "The group", "Hamas"),
    ("group-rights", "Amnesty International criticised the new press law. The group said it would silence "
                     "reporters.", "The group", "Amnesty International"),
    # "the ministry" with no ministry named: the government of the country or minister named
    ("ministry-country", "Ghana raised fuel duties on Monday after a long debate. The ministry said the rise "
                         "was needed to cut the deficit.", "The ministry", "Ghanaian government"),
    ("ministry-minister", "Finance Minister Kofi Adjei of Ghana raised fuel duties on Monday. The ministry "
                          "said the rise was needed.", "The ministry", "Ghanaian government"),
    ("ministry-none", "Fuel prices rose sharply on Monday. The ministry said the rise was needed.",
     "The ministry", None),
    # "<body> officials": the officials of the body "the <body>" would be, never a body named "Bank"
    ("bank-officials", "The Federal Reserve left its main rate unchanged. Bank officials said inflation was "
                       "cooling.", "officials", "Federal Reserve"),
    ("agency-officials", "The FBI opened an inquiry into the leak. Agency officials said no files were lost.",
     "officials", "organisation:federal-bureau-of-investigation"),
    ("ministry-officials", "Ghana raised fuel duties on Monday. Ministry officials said the rise was needed.",
     "officials", "GHAGOV"),
    ("company-officials", "Velor Shipping posted a loss for the year. Company officials said fuel costs had "
                          "risen.", "officials", "Velor Shipping"),
    ("bank-officials-none", "Prices rose again in March. Bank officials said inflation would ease.", "officials",
     None),
    # bare "officials": the government named last, the subject of that sentence before another state
    ("officials-subject", "Kenya closed its border with Somalia on Friday. Officials said it would reopen next "
                          "week.", "Officials", "KENGOV"),
    ("officials-latest", "Kenya sent troops on Monday. On Friday Somalia closed its border. Officials said it "
                         "would reopen next week.", "Officials", "SOMGOV"),
    # "the department": a department named as a seat of government
    ("department-seat", "The State Department issued a travel warning for the region on Monday. The department "
                        "said the risk of kidnapping was high.", "The department", "State Department"),
]


@pytest.mark.parametrize("case,text,phrase,want", CASES, ids=[c[0] for c in CASES])
def test_body_noun_speaker_is_the_named_body_it_fits(actors_by_id, case, text, phrase, want):
    actors = actors_by_id(text)
    at = text.rfind(phrase)
    holders = [a for a in actors.values() for m in a.mentions
               if m.kind != "phrase" and m.start <= at < m.end]
    if want is None:
        assert holders == [], [(a.id, a.name) for a in holders]
    else:
        assert [a.id if a.id == want else a.name for a in holders] == [want], [(a.id, a.name) for a in holders]
