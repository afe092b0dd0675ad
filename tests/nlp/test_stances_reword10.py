"""Constructions of loose reporter-style rewordings (issue 9, twenty-first session, batches 71-72):
statements of effect on the reporter's own state or its people's things named by the state's
adjective ("will push Greek ferry operators out of business", said by the Greek government), harm
verbs of undeserved punishment ("punishes poor countries"), a deplored noun under "our" ("will end our
reliance on X"); "went too far" and "cannot come soon enough" said of a plan; "X is set to oppose Y";
leaving an agreement as a done act ("pulled out of / withdrew from / quit / has left the accord");
"will do everything it can to stop Y"; "the presidents of A and B promised to work together" as an
alignment. Each with look-alikes that must stay without a position (or without an alignment).

Sentences written for these tests (no evaluation text, no paraphrase wording).
"""

from __future__ import annotations

import pytest

from .stance_asserts import actor_keys, has_key
from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # effects on what the reporter's own state's adjective or name marks as its own
    ("The port levy would push Greek ferry operators out of business, a Greek government spokesman said.",
     [("GRC", -1, "port levy")]),
    ("The new canal would bring Panama badly needed revenue, the Panamanian finance ministry said.",
     [("PAN", 1, "new canal")]),
    ("The new customs system will let Serbian hauliers cross the border faster, the Serbian finance ministry said.",
     [("SRB", 1, "new customs system")]),
    ("The timber shipments threaten Gabonese forests, the Gabonese environment ministry said.",
     [("GAB", -1, "timber shipments")]),
    # undeserved punishment, a blow to commuters, a deplored dependence ended
    ("The harbour toll punishes Chilean truckers, the Chilean transport ministry said.",
     [("CHL", -1, "harbour toll")]),
    ("The fuel tax punishes poor countries, the Zambian finance minister said.", [("ZMB", -1, "fuel tax")]),
    ('"The shipping levy punishes Africa for pollution it never caused," Ghana\'s trade minister said.',
     [("GHA", -1, "shipping levy")]),
    ("The bridge toll will hit commuters hard, the Danish transport minister said.", [("DNK", -1, "bridge toll")]),
    ("The pipeline merger will end our reliance on imported gas, Ghana's energy minister said.",
     [("GHA", 1, "pipeline merger")]),
    # reach and timing of a plan
    ("The Swiss finance ministry said the banking rule went too far.", [("CHE", -1, "banking rule")]),
    ('"The new tram line cannot come soon enough," Latvia\'s transport minister said.',
     [("LVA", 1, "new tram line")]),
    # a position made known as the next step
    ("The Dutch cabinet is set to veto the merger of the two rail operators.",
     [("NLD", -1, "merger of the two rail operators")]),
    ("Austria is set to back the alpine transit plan.", [("AUT", 1, "alpine transit plan")]),
    # leaving an agreement, done or under way
    ("In March, Chile pulled out of a copper pricing accord with its neighbours.", [("CHL", -1, "copper pricing accord")]),
    ("Uruguay has withdrawn from the river transport treaty, the Uruguayan foreign ministry said.",
     [("URY", -1, "river transport treaty")]),
    ("Fiji quit the tuna pact on Monday.", [("FJI", -1, "tuna pact")]),
    ("Jordan has left the regional water agreement.", [("JOR", -1, "regional water agreement")]),
    ("The Nepali foreign minister spoke in parliament on Friday. She said the country had left the transit "
     "agreement.", [("NPL", -1, "transit agreement")]),
    # an aim stated as all-out effort
    ("Bogota will do everything it can to stop the airport expansion, a Colombian official said.",
     [("COL", -1, "airport expansion")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_reword10_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    # another state's harm may be the point; nature punishes no one
    "The harbour toll punishes Chilean truckers, the Peruvian transport ministry said.",
    "The new sanctions punish Russia, the Ukrainian foreign ministry said.",
    "The sanctions will hurt Iranian banks, the American treasury said.",
    "The storm will hit Cuban farmers, the Cuban agriculture ministry said.",
    # a person going too far; a plan not going too far or going far; the weather awaited
    "The Swiss finance ministry said the minister went too far.",
    "The Swiss finance ministry said the banking rule did not go too far.",
    "The Swiss finance ministry said the banking rule went far.",
    "The talks went too far into the night, a Thai diplomat said.",  # a distance
    "The rains cannot come soon enough, the Kenyan farm minister said.",
    # schedules and guesses stay none
    "Brazil is set to host the climate summit next year.",
    "Finland is set to join the alliance.",
    "Parliament is set to approve the budget on Friday.",  # a forecast vote
    "Chile is not set to oppose the new copper levy.",
    "Chile is expected to oppose the new copper levy.",
    # leaving what is no agreement, not leaving, maybe leaving
    "Chile withdrew from the talks on Monday.",
    "The army pulled out of the border town.",
    "Chile left the meeting early.",
    "The dispute left the accord in tatters.",
    "Washington's silence left the nuclear deal in limbo for months.",  # a result, and no party
    "Despite the row, Uruguay has not withdrawn from the regional fishing arrangement.",
    "Morocco never quit the Atlantic fisheries convention.",
    "Ecuadorian diplomats said Quito might leave the banana trade protocol.",
    "Peru could yet pull out of a lithium marketing deal with Bolivia.",
    # a past effort reports a deed
    "The police did everything they could to stop the protest.",
])
def test_reword10_lookalikes_hold_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


def _pairs(doc) -> list[tuple[set[str], set[str], int]]:  # type: ignore[no-untyped-def]
    return [(actor_keys(doc, al.a), actor_keys(doc, al.b), al.polarity) for al in doc._.sm_alignments]


@pytest.mark.parametrize(("text", "a", "b"), [
    ("The foreign ministers of Ghana and Nigeria committed themselves to closer security ties.", "GHA", "NGA"),
    ("The prime ministers of Latvia and Estonia vowed to deepen their partnership.", "LVA", "EST"),
    ("The presidents of Chile and Peru promised each other a new era of friendship.", "CHL", "PER"),
])
def test_group_of_two_states_pledges_aligns_them(nlp, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(nlp(text))
    assert [p for x, y, p in pairs if (has_key(x, a) and has_key(y, b)) or (has_key(x, b) and has_key(y, a))] == [1], \
        pairs


@pytest.mark.parametrize("text", [
    "The foreign ministers of Ghana and Nigeria pledged closer ties with Japan.",  # a third party
    "The leaders of Kenya vowed to deepen their partnership.",  # one state
    "The prime ministers of Latvia and Estonia met in Riga.",  # no pledge
    "The prime ministers of Latvia and Estonia did not vow to deepen their partnership.",
])
def test_group_pledges_that_are_not_joint_align_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(nlp(text)) == []
