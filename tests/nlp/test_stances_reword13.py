"""Constructions of the reword13 session (issue 9, item 3).

Step 0, one convention for demands to undo: a demand that a thing be undone, in the passive, with or
without an addressee ("Y must be scrapped", "Y ought to be axed", "called for Y to be suspended",
"insisted that Y be reversed", "wants Y repealed"), is +1 on the act ("scrapping Y"), as the stance
gold's README (sections 2 and 5: polarity follows the cue, demands are not re-normalised) and its
rows have it. A negated demand is -1 on the act; a thing moved or a physical object is no measure.

Step 2, general causes of failures in batches 71-78: a for-to demand content the parser splits from its
object ("pressed for X | to be cancelled"); "approve of X"; a two-word demonym ("Costa Rican", "New
Zealand") naming the reporter's own state in a statement of effect; failures of a service (blackouts,
delays) as deplored objects; "price / lock / shut X out" as harm.

Sentences written for these tests (no evaluation text, no paraphrase wording).
"""

from __future__ import annotations

import pytest

from .stance_asserts import S, stance_rows
from .stance_checks import assert_stances

pytestmark = pytest.mark.model

CASES: list[tuple[str, list[S]]] = [
    # modal passives, the reporter before or after
    ("The copper royalty has to be repealed before the end of the year, Zambia's mines minister insisted.",
     [("ZMB", 1, "repealed")]),
    ("Uruguay's farm minister said the beef quota needed to be reversed.", [("URY", 1, "reversing the beef quota")]),
    ("According to Chile, the new salmon permits should be suspended.", [("CHL", 1, "suspending")]),
    # demand verbs whose content is a passive
    # a for-to content after "pressed / pushed / lobbied / called for": the whole content, not the object alone
    ("Peru pressed for the anchovy levy to be cancelled.", [("PER", 1, "anchovy levy to be cancelled")]),
    ("Guinea lobbied hard for the bauxite export ban on small miners to be lifted.", [("GIN", 1, "lifting the bauxite export ban")]),
    ("Chile is pushing for a vote on the fishing accord to take place next month.", [("CHL", 1, "to take place")]),
    ("Ghana's parliament insisted that the cocoa export tax be abolished.", [("GHA", 1, "abolishing")]),
    ("Mongolia wants the coal transit fee revoked, its transport minister told reporters.", [("MNG", 1, "revoking")]),
    # negated: -1 on the act
    ("Bolivia said the gas contract must not be cancelled.", [("BOL", -1, "the gas contract")]),
    # "approve of" (the preposition of "disapprove of")
    ("Sweden approves of the Finnish plan for a joint icebreaker fleet, its defence minister said.",
     [("SWE", 1, "icebreaker fleet")]),
    ("Kenya's trade minister said she did not approve of the proposed sugar levy.", [("KEN", -1, "sugar levy")]),
    # statements of effect: a two-word demonym names the reporter's own state, as a one-word one does
    ("Nicaragua's plan for offshore drilling near the border would threaten Costa Rican turtle beaches, "
     "the Costa Rican environment ministry said.", [("CRI", -1, "offshore drilling")]),
    ("Australia's proposed wine tariff would hurt New Zealand vineyards, according to New Zealand's trade minister.",
     [("NZL", -1, "wine tariff")]),
    # failures of a service are deplored: ending them is good, causing them bad
    ("The new power line will end our blackouts, Bhutan's energy minister said.", [("BTN", 1, "power line")]),
    ("The new toll plan will cause long delays for Lithuanian truckers, the Lithuanian transport ministry warned.",
     [("LTU", -1, "toll plan")]),
    # "price / lock / shut X out" harms a valued X, as "drive X out" does
    ('"The proposed tuition fee would price our students out of university," Chile\'s education minister said.',
     [("CHL", -1, "tuition fee")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_undo_demand_is_on_the_act(nlp, text: str, expected: list[S]) -> None:
    assert_stances(nlp(text), expected)


LOOKALIKES: list[tuple[str, str, str]] = [
    # (text, holder, a word of the thing that must NOT get -1): a movement, a physical thing
    ("Kenya called for the troops to be withdrawn from the border.", "KEN", "troops"),
    ("Fiji's navy said the wrecked barge must be removed from the reef.", "FJI", "barge"),
    # a two-word demonym of ANOTHER state: no own harm, and nature is no plan
    ("The new toll road would hurt Sri Lankan tea estates, the Indian transport minister said.", "IND", "toll road"),
    ("The storm will ruin Costa Rican banana farms, the Costa Rican farm ministry said.", "CRI", "storm"),
    # delays caused by nature or by fighters, and a thing frozen, say nothing of a plan
    ("The storm will cause delays at the port, Kenya's transport ministry said.", "KEN", "storm"),
    ("The rebels will cause delays on the highway, Kenya's transport ministry said.", "KEN", "rebels"),
    ("The cold weather will freeze the pipes, Mongolia's energy ministry said.", "MNG", "weather"),
]


@pytest.mark.parametrize("text,holder,word", LOOKALIKES, ids=[c[0][:40] for c in LOOKALIKES])
def test_no_opposition_to_moved_or_physical_things(nlp, text: str, holder: str, word: str) -> None:
    got = stance_rows(nlp(text))
    assert not any(holder.lower() in k and p == -1 and word in t for k, p, t in got), got
