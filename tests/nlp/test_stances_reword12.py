"""Constructions of ordinary reporter rewordings (issue 9, reword12 session, batches 75-76): a route
backed "through / across" a named place; statements of effect about a proposed or planned thing; the
idioms of harm "put X out of work", "leave X at the mercy of Y", "leave X short of Y", "foul the air over
X"; the judging idioms "a tax on X", "a credit to X", "the only way to save X", "will put X on the map",
"will bring A and B closer"; a joint pledge to "join forces", a joint plan to "work together / hand in
hand"; "lashed out at Y over Z" keeps Y's act in the target. Each with look-alikes that must stay
without a position (or without that reading).

Sentences written for these tests (no evaluation text, no paraphrase wording).
"""

from __future__ import annotations

import pytest

from .stance_asserts import S, actor_keys, has_key
from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

CASES: list[tuple[str, list[S]]] = [
    # a route and the land it runs through
    ("Peru backs the new railway across the Altiplano.", [("PER", 1, "railway")]),
    ("Chile welcomed the new highway across the Atacama.", [("CHL", 1, "highway")]),
    # a proposed or planned thing judged by its effects
    ('"A planned quarry on the hillside would hurt our olive growers," Croatia\'s agriculture minister told reporters.',
     [("HRV", -1, "planned quarry")]),
    ("Senegal's fisheries minister warned that the proposed marina would hurt fishermen in Joal.",
     [("SEN", -1, "proposed marina")]),
    # idioms of harm
    ("The coal mine closure would put Polish miners out of work, the Polish energy ministry said.",
     [("POL", -1, "coal mine closure")]),
    ("The new freight rule will leave Kyrgyz truckers at the mercy of border officials, Kyrgyzstan's transport "
     "minister said.", [("KGZ", -1, "freight rule")]),
    ("The fuel export ban will leave Armenian bakeries short of gas, the Armenian economy ministry said.",
     [("ARM", -1, "fuel export ban")]),
    ("Bulgaria's environment minister warned that the planned cement plant near Pernik would foul the air around "
     "local schools.", [("BGR", -1, "cement plant")]),
    # judging idioms
    ("Cape Verde's sea minister said the landing fee was a tax on local fishermen.", [("CPV", -1, "landing fee")]),
    ("The new literacy programme is a credit to the country, according to Rwanda's education ministry.",
     [("RWA", 1, "literacy programme")]),
    ('"The logging ban is the only way to protect our forests," Zimbabwe\'s environment minister said.',
     [("ZWE", 1, "logging ban")]),
    ("Indonesia's tourism minister told reporters that the new airport would put Lombok on the map.",
     [("IDN", 1, "airport")]),
    ("Kenya's interior minister said the new visa scheme would bring the peoples of East Africa closer.",
     [("KEN", 1, "visa scheme")]),
    ("Morocco's transport minister said the ferry line would bring Asia and Europe closer.", [("MAR", 1, "ferry line")]),
    # a judicial decision labelled an insult is a stance on it (README section 2 counts negative labels)
    ("The verdict is an insult to the victims, Kenya's justice minister said.", [("KEN", -1, "verdict")]),
    # a judging phrase on a named party keeps the party's act named after "over / for"
    ("Rome hit out at Paris over its new border checks.", [("ITA", -1, "border checks")]),
    ("Vienna lashed out at Budapest for its decision to close the rail crossing.", [("AUT", -1, "rail crossing")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES)
def test_reword12_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


LOOKALIKES = [
    "The driver backed the truck through the gate.",  # a thing moved, no route
    "The storm would hurt Cuban farmers, the Cuban agriculture ministry said.",  # nature, no plan
    "The firefighters put the blaze out before dawn.",  # no valued object, no "out of work"
    "Wildfires fouled the air over Greek villages last summer.",  # nature, a past fact
    "The duty is a tax on luxury cars, the finance ministry said.",  # what a levy is charged on
    "The coach said the young striker would put the town on the map.",  # a person, not a plan
    "The new bakery left the village short of flour last winter.",  # a past fact, no prediction
    "The proposed candidate would hurt the party, the campaign manager said.",  # a person, not a plan
    "The war will bring the two armies closer to the capital.",  # no plan, and a place
    "The sanctions will bring Russia and China closer, Japan's foreign minister said.",  # two other states: a warning
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_reword12_lookalikes_hold_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


def test_joining_forces_is_a_joint_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The prime ministers of Norway and Iceland vowed to join forces against illegal whaling.")
    pairs = [(actor_keys(doc, a.a), actor_keys(doc, a.b), a.polarity) for a in doc._.sm_alignments]
    assert any(p == 1 and (has_key(x, "NOR") and has_key(y, "ISL") or has_key(x, "ISL") and has_key(y, "NOR"))
               for x, y, p in pairs), pairs


def test_joining_forces_against_a_third_state_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The prime ministers of Norway and Iceland vowed to join forces against Denmark.")
    pairs = [(actor_keys(doc, a.a), actor_keys(doc, a.b), a.polarity) for a in doc._.sm_alignments]
    assert not any(p == 1 and (has_key(x, "NOR") and has_key(y, "ISL") or has_key(x, "ISL") and has_key(y, "NOR"))
                   for x, y, p in pairs), pairs


def _pair(doc, a: str, b: str, pol: int) -> bool:  # type: ignore[no-untyped-def]
    pairs = [(actor_keys(doc, x.a), actor_keys(doc, x.b), x.polarity) for x in doc._.sm_alignments]
    return any(p == pol and (has_key(x, a) and has_key(y, b) or has_key(x, b) and has_key(y, a)) for x, y, p in pairs)


@pytest.mark.parametrize("text", [
    "Chile and Peru will work together on the new census, officials in both capitals said.",
    "Lima and Santiago will work hand in hand against cattle theft on the border, the two governments said.",
    "Chile and Peru will cooperate on earthquake research.",
])
def test_a_stated_joint_plan_aligns(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _pair(nlp(text), "CHL", "PER", 1)


@pytest.mark.parametrize("text", [
    "Chile and Peru worked together in the 1990s.",  # a past fact
    "Chile will work together with Peru.",  # one side's plan
    "Chile and Peru will not work together on the census.",  # negated
])
def test_no_joint_plan_no_pledge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _pair(nlp(text), "CHL", "PER", 1)


def test_lashing_out_for_a_while_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Sweden lashed out at Norway for weeks.")
    assert [(s.polarity, s.target) for s in doc._.sm_stances if s.actor == "SWE"] == [(-1, "Norway")]
