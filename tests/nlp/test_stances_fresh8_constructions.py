"""Constructions found missing on the eighth fresh hand-labelled set (issue 9,
tests/data/stances_fresh8.jsonl):

* plural civil-society nouns as holders ("environmental groups", "conservation groups",
  "environmentalists", "campaign groups", "civil society groups"), as the rights and aid groups
  already were; a mention that takes no position stays nothing;
* no alignment with a company (README section 6: "B is a media outlet or company"), while the
  company's own request is still its stance and an intergovernmental lender still aligns;
* a cue inside a "provided (that)" / "providing" condition of another stance is no stance of its
  own ("would back Y provided that Z paid W": no stance of Z);
* an evaluative position noun with its author's possessive ("A's rejection of B's plan", "A's
  support for B's bid") aligns A with the author of what it evaluates, as the verb does; not when
  the evaluated thing has no author or is a state's membership;
* a relative on a practice or policy that a participle of ending takes from its main clause ("...
  stopped Y, ending a policy that X had criticised"): X's position is on Y.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import assert_exact

pytestmark = pytest.mark.model

S = tuple[str, int, str]
A = tuple[str, str, int]

CASES: list[tuple[str, list[S], list[A]]] = [
    # plural civil-society groups as holders
    ("Conservation groups condemned Bolivia's decision to open the national park to gold mining.",
     [("conservation groups", -1, "national park")], [("conservation groups", "BOL", -1)]),
    ("Peru's plan to dam the Maranon river drew criticism from environmentalists.",
     [("environmentalists", -1, "maranon"), ("PER", 1, "maranon")], [("environmentalists", "PER", -1)]),
    ("Campaign groups urged the European Commission to ban the pesticide.",
     [("campaign groups", 1, "ban the pesticide")], []),
    # ... a mention with no cue is no stance
    ("Environmental groups planted trees along the river on Sunday.", [], []),
    ("The ministry said civil society groups would be consulted on the draft.", [], []),
    # no alignment with a company; its request is still its own stance
    ("Ghana's energy ministry rejected a request by ExxonMobil to extend its offshore licence.",
     [("GHA", -1, "request"), ("exxonmobil", 1, "offshore licence")], []),
    # ... an intergovernmental lender is no company
    ("Ghana's energy ministry rejected a request by the World Bank to cut fuel subsidies.",
     [("GHA", -1, "request"), ("world bank", 1, "fuel subsidies")], [("GHA", "world bank", -1)]),
    # a cue inside a "provided (that)" condition is no stance of its own
    ("Austria said it would back the rail project provided that Berlin paid half the cost.",
     [("AUT", 1, "rail project")], []),
    ("Austria would back the rail project, providing Rome agreed to extend the line.",
     [("AUT", 1, "rail project")], []),
    # ... a coordinated offer is one
    ("Austria backed the rail project, and Germany offered to pay half the cost.",
     [("AUT", 1, "rail project"), ("DEU", 1, "half the cost")], []),
    # an evaluative position noun with its author's possessive aligns with the evaluated author
    ("Morocco's rejection of Algeria's offer to mediate was announced on Friday.",
     [("MAR", -1, "offer to mediate"), ("DZA", 1, "mediating")], [("MAR", "DZA", -1)]),
    ("Canada's support for Mexico's bid to host the summit was confirmed on Monday.",
     [("CAN", 1, "bid to host"), ("MEX", 1, "hosting the summit")], [("CAN", "MEX", 1)]),
    # ... not with nobody's bid, nor with a state whose membership is evaluated
    ("Canada's support for the bid to host the summit was confirmed on Monday.",
     [("CAN", 1, "bid to host")], []),
    ("Turkey's opposition to Sweden's membership of NATO delayed the process.",
     [("TUR", -1, "membership")], []),
    # "ending a practice that X had condemned": the practice is what the main clause ends
    ("Norway stopped the subsidy for diesel boats, ending a policy that green groups had criticised.",
     [("green groups", -1, "subsidy for diesel boats")], []),
    # ... a practice ended by the main verb itself is the practice
    ("The company ended a practice that unions had condemned.", [("unions", -1, "practice")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)
