"""Evaluative idioms of news copy (issue 9, thirteenth session): multi-word labels and predicates
("dead on arrival", "a drop in the ocean", "a red line"), "Y has no place in Z" / "there is no
room for Y", and phrasal idioms of support, opposition and undoing ("talked up", "dragged its
feet on", "vowed to kill off"); with the literal look-alikes of each that state no position.

Sentences written for these tests (no evaluation text). Each positive row asserts the exact
stances: holder, polarity and a word of the target, and nothing else.
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_exactly, assert_no_position

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # label idioms as the predicate of a reported clause
    ("Peru said the tax plan was dead on arrival.", [("PER", -1, "tax plan")]),
    ("The fishing quota is dead in the water, Iceland said.", [("ISL", -1, "fishing quota")]),
    ("Chile said the pension cut was a red line.", [("CHL", -1, "pension cut")]),
    ("Ghana said the aid package was a drop in the ocean.", [("GHA", -1, "aid package")]),
    ("Fiji said the climate fund was too little, too late.", [("FJI", -1, "climate fund")]),
    ("Nepal said the new dam was a waste of money.", [("NPL", -1, "new dam")]),
    ("Latvia said the border fee was a bridge too far.", [("LVA", -1, "border fee")]),
    ("Oman said the truce was a breath of fresh air.", [("OMN", 1, "truce")]),
    ("Laos said the trade deal was a shot in the arm for farmers.", [("LAO", 1, "trade deal")]),
    ("Peru said the grain accord was a step in the right direction.", [("PER", 1, "grain accord")]),
    ("Samoa said the fishing ban was beyond the pale.", [("WSM", -1, "fishing ban")]),
    # and as the label of a naming verb
    ("Bolivia called the water tariff a drop in the ocean.", [("BOL", -1, "water tariff")]),
    ("Jordan described the road plan as pie in the sky.", [("JOR", -1, "road plan")]),
    # "Y has no place in Z", "there is no room for Y"
    ("Peru said violence had no place in politics.", [("PER", -1, "violence")]),
    ("Estonia said there was no room for hate speech in sport.", [("EST", -1, "hate speech")]),
    # phrasal idioms
    ("Kenya talked up the railway deal.", [("KEN", 1, "railway deal")]),
    ("Greece dragged its feet on the banking reform.", [("GRC", -1, "banking reform")]),
    ("Mali took umbrage at the mining code.", [("MLI", -1, "mining code")]),
    ("Chile stuck to its guns on the pension reform.", [("CHL", 1, "pension reform")]),
    ("Poland vowed to kill off the coal levy.", [("POL", -1, "coal levy")]),
    ("Peru said it would not back down on the tax reform.", [("PER", 1, "tax reform")]),
]

NONE = [
    # the literal senses of the same words
    "Police said the victim was dead on arrival.",
    "The navy said the tanker was dead in the water off the coast.",
    "The rebels crossed the red line painted near the river.",
    "The refugees had no place to sleep, Peru said.",
    "Peru said there was room for the trucks in the port.",
    "The bus left the door open to the street.",
    "The farmers poured the water into a bucket, a drop at a time.",
    "The car stopped beyond the pale gate.",
    "The minister was out of touch for two days, Peru said.",
    # a denied label
    "Peru said none of the tax plan was beyond the pale.",
    # concern is no position
    "New Zealand has misgivings about the seabed survey.",
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_idioms_give_the_position(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_exactly(nlp(text), stances)


@pytest.mark.parametrize("text", NONE)
def test_literal_lookalikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))
