"""Type decisions of the evpair3 round (issue 15): constructions whose PLOVER type generalises beyond the
pair set's study part. Own sentences, the full pipeline with the real model."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


def _codes(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, t, c) for s, _, t, c in _events(nlp, text)]


# --- a vow to use force on a party is a threat, not a pledge ------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The junta promised to annihilate the Karen rebels.", ("MMRGOV", "MMRREB", "138")),
    ("Pyongyang vowed to wipe out Seoul's army if provoked.", ("PRKGOV", "KORMIL", "138")),
    ("The militia vowed to crush the government troops.", ("REB", "MIL", "137")),
])
def test_a_vow_of_force_or_repression_on_a_party_is_a_threat(nlp, text, expected):
    assert expected in _codes(nlp, text)


@pytest.mark.model
def test_a_vow_to_destroy_a_partys_sites_is_a_threat(nlp):
    assert [c for _, _, c in _codes(nlp, "The rebels vowed to destroy the army's bases.")] == ["138"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Syria pledged to destroy its chemical weapons.",  # disarmament: a thing of its own
    "The president vowed to crush corruption.",  # an ill fought, no party
    "The government pledged to destroy all seized drugs.",
    "The junta promised not to annihilate the Karen rebels.",  # denied: a pledge of restraint
])
def test_a_vow_to_destroy_things_or_fight_ills_is_no_threat(nlp, text):
    assert not [c for _, _, c in _codes(nlp, text) if c[:2] == "13"]
