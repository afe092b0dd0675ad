"""Rewordings of sentences the stance tests pass (issue 9, tenth session): demands that a thing be
undone, refusals in a plain "would not", reporters set off inside the clause, feelings of horror;
and the look-alikes of each that state no position.

Sentences written for these tests (no evaluation text). Each positive row asserts the exact
stances: holder, polarity and a word of the target, and nothing else.
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_exactly, assert_no_position

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # a demand that a thing be undone is +1 on undoing it, however the demand is built (the stance gold's
    # convention: polarity follows the cue, demands are not re-normalised; reword13)
    ("Malawi called for the maize levy to be scrapped.", [("MWI", 1, "scrapping the maize levy")]),
    ("Namibia wants the export duty scrapped.", [("NAM", 1, "scrapping the export duty")]),
    ("Botswana demanded that the diamond quota be dropped.", [("BWA", 1, "dropping the diamond quota")]),
    ("Zambia said the copper tax must be dropped.", [("ZMB", 1, "dropping the copper tax")]),
    ("Lesotho said the water charges ought to be withdrawn.", [("LSO", 1, "withdrawing the water charges")]),
    ("Angola urged that the oil sanctions be lifted.", [("AGO", 1, "lifting the oil sanctions")]),
    # ("the road toll must go" stays -1 on the toll: "go" names no act to put in the target)
    ("The road toll must go now, Slovakia said.", [("SVK", -1, "road toll")]),
    # and a demand that it not be undone reads as the pledge "X will not be lifted, Y said": -1 on undoing it
    ("Tanzania said the port fees should not be lifted.", [("TZA", -1, "lifting the port fees")]),
    ("The mining ban must never be scrapped, Guinea said.", [("GIN", -1, "scrapping the mining ban")]),
    # prevention is undoing before the fact: +1 on avoiding it
    ("Any escalation on the border must be avoided, Eritrea warned.", [("ERI", 1, "avoiding any escalation on the border")]),
    # a plain "would not" of receiving, signing or recognising in a main clause is a refusal
    ("Paraguay would not receive the Brazilian envoy.", [("PRY", -1, "brazilian envoy")]),
    ("Uruguay would not sign the river protocol.", [("URY", -1, "river protocol")]),
    # a reporter set off inside the clause: the target stops before it
    ("Chad, the foreign minister said, would not recognise the new junta.", [("TCD", -1, "recognising the new junta")]),
    # a hope that a thing be settled is a position for the settlement
    ("Malta said it hoped the fishing dispute would be settled soon.", [("MLT", 1, "fishing dispute would be settled")]),
    ("Cyprus hopes a deal on the island will be reached this year.", [("CYP", 1, "deal on the island")]),
    # approval received as an idiom, or given in the passive
    ("The rail plan got the go-ahead from Kenya.", [("KEN", 1, "rail plan")]),
    ("The rail plan was given the green light by Uganda.", [("UGA", 1, "rail plan")]),
    # a label of a gerund clause, and a negated future passive with its agent
    ("Raising the tariff was a serious mistake, Croatia said.", [("HRV", -1, "raising the tariff")]),
    ("The new border will never be recognised by Moldova.", [("MDA", -1, "new border")]),
    # the reporter's own country, and an office that speaks for the named party of the clause
    ("The Rwandan president said his country would send troops to the mission.", [("RWA", 1, "troops")]),
    ("Greece will take part in the naval mission, the defence minister said.", [("GRC", 1, "naval mission")]),
    # blame stated as a predicate, reported; a label verb like "constitute"; a permitted act refused
    ("Armenia said Azerbaijan was to blame for the shelling of the village.", [("ARM", -1, "shelling of the village")]),
    ("Sudan said the militia was responsible for the attack on the market.", [("SDN", -1, "attack on the market")]),
    ("For Chile, the fishing accord marks a historic step.", [("CHL", 1, "fishing accord")]),
    ("Cuba will not allow foreign inspectors to visit its ports.", [("CUB", -1, "foreign inspectors")]),
    # a claim said to lack merit is labelled worthless
    ("Denmark said the fishing claim had no legal basis.", [("DNK", -1, "fishing claim")]),
    # a position noun stated openly
    ("Nepal has made no secret of its frustration with the trekking fees.", [("NPL", -1, "trekking fees")]),
    # feelings of horror at a thing
    ("Gabon said it was horrified by the bombing of the market.", [("GAB", -1, "bombing of the market")]),
    ("Benin expressed horror at the killing of the journalists.", [("BEN", -1, "killing of the journalists")]),
    ("Togo said it was aghast at the attack on the convoy.", [("TGO", -1, "attack on the convoy")]),
]

# look-alikes: undoing verbs as acts, "would not" under a condition or of a thing, surprise at
# events ("shocked" is no cue), parentheticals that report nothing
NONE = [
    "The Kenyan army dropped leaflets over the town.",
    "The Malian crane lifted the containers off the ship.",
    "The Nigerian police had the road cleared before the march.",
    "Ghana would not receive the shipment if the papers were missing.",
    "The old Senegalese ferry would not start on Monday.",
    "The Ivorian fans were shocked by the late goal.",
    "The Liberian film horrified the audience.",
    "Namibia hoped it would be invited to the summit.",
    "The Malian village has no foundation stone, the mayor said.",
    "The Kenyan ministry said the agency was responsible for the new budget.",
    "The Tanzanian ceremony marks the anniversary of independence.",
    "The rain will not allow the Zambian boats to leave the harbour.",
    "The Kenyan historian noted that building the railway was an important part of the colony's history.",
    "The Gambian delegation should go to the port first, the guide said.",
    "What happened at the Zambian border was a tragedy, the mayor said.",
    "The Zambian coach hoped the match would be won.",
    "Drivers in Malawi got the green light at the junction.",
    "The letters will not be sent by the Ugandan post office until Monday.",
    "Greece will take part in the naval exercise, analysts said.",
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_positions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_exactly(nlp(text), stances)


@pytest.mark.parametrize("text", NONE)
def test_lookalikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


# undoing a physical thing is no measure: no position against the thing
THINGS = [
    "The Somali crew wanted the crates removed.",
    "The Eritrean captain said the anchor must be lifted.",
]


@pytest.mark.parametrize("text", THINGS)
def test_undoing_a_thing_is_no_position_against_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not [s for s in doc._.sm_stances if s.polarity < 0], [(s.actor, s.polarity, s.target)
                                                                 for s in doc._.sm_stances]


def test_an_adjective_label_is_no_verb_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    # "smart" is a verb cue ("smarted at X"); as an adjective label it has no sign of its own
    doc = nlp("Closing the port is not smart, Chile said.")
    assert not [s for s in doc._.sm_stances if s.polarity > 0], [(s.actor, s.polarity, s.target)
                                                                 for s in doc._.sm_stances]
