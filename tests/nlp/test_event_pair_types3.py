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
    ("The militia vowed to crush the government troops.", ("REB", "MIL", "138")),
])
def test_a_vow_of_force_on_a_party_by_an_armed_party_or_state_is_a_threat(nlp, text, expected):
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
    # figurative force, or no armed party or state vowing it (review round 1)
    "The opposition leader vowed to beat the governing coalition at the polls.",
    "The coach vowed to crush Argentina in the semi-final.",
    "The watchdog promised to fine two airlines over the delays.",
    "The mining group vowed to take over a smaller rival.",
    "The army vowed to beat the insurgents.",  # "beat": mostly elections and sport, left out
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


# --- parties who fight something together do not fight each other ------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile and Peru pooled their coast guard resources to fight illegal fishing.",
    "Kenya and Uganda joined hands to fight cattle rustlers.",
])
def test_a_joint_fight_against_a_thing_is_no_force_between_the_partners(nlp, text):
    evs = _codes(nlp, text)
    assert not [e for e in evs if e[2][:2] == "19" and e[0] and e[1] and e[0][:3] != e[1][:3]
                and e[1][:3] in ("CHL", "PER", "KEN", "UGA")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan fought each other for six weeks.",
    "Armenia and Azerbaijan fought a war over the enclave.",  # the fighting named as its object
])
def test_parties_that_fight_each_other_still_do(nlp, text):
    assert {("ARM", "AZE", "190"), ("AZE", "ARM", "190")} <= set(_codes(nlp, text))
