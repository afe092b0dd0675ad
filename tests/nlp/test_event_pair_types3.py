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


# --- an act done "at the request of" a party: the party asked, the act is not aimed at it --------------

@pytest.mark.model
def test_an_arrest_at_a_foreign_request_is_judicial_cooperation_with_the_requester(nlp):
    evs = _codes(nlp, "Portuguese police arrested a fugitive banker at the request of Brazilian prosecutors.")
    assert ("PRTCOP", "BRAJUD", "063") in evs
    assert ("PRTCOP", "BRAJUD", "173") not in evs  # the prosecutors are not the ones arrested
    assert ("KEN", "TUR", "063") in _codes(nlp, "Kenya deported a Turkish teacher at the request of Ankara.")


@pytest.mark.model
def test_a_requester_is_no_target_of_other_acts(nlp):
    # a withdrawal at a government's request: from the town, no cooperation event
    assert _codes(nlp, "Troops withdrew from the town at the request of the Malian government.") == [
        ("MLIMIL", "MLI", "087")]
    # no requester named: the arrest alone
    assert _codes(nlp, "Police arrested a protester at the request of the mayor.") == [("COP", "OPP", "173")]


@pytest.mark.model
def test_a_request_reacted_to_keeps_its_maker_as_target(nlp):
    # "balked at the request of X": the verb's own "at" argument, X's request refused
    assert _codes(nlp, "Poland balked at the request of the European Commission to take in more migrants.") == [
        ("POL", "IGOEEC", "120")]
