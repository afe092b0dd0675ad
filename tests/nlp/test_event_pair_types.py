"""Type and coverage decisions of the evpair round (issue 15): the weakest PLOVER types of the pair set's
study part (COOPERATE, MOBILIZE, THREATEN, YIELD, SUPPORT) on wordings no earlier round covered, each with
a look-alike where the rule must not fire. Own sentences, the full pipeline with the real model."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


def _codes(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, t, c) for s, _, t, c in _events(nlp, text)]


# --- crimes and ills a state fights are no party force is used on ----------------------------------

@pytest.mark.model
def test_fighting_a_crime_is_no_force_between_the_fighters(nlp):
    evs = _codes(nlp, "Chile and Peru set up a joint unit to fight drug trafficking.")
    assert not [e for e in evs if e[2][:2] == "19"]
    assert _codes(nlp, "Ghana and Togo agreed to fight terrorism together.") == [
        ("GHA", "TGO", "030"), ("TGO", "GHA", "030")]
    # the people behind a crime stay a party fought (a vow of force: a threat)
    assert _events(nlp, "The Nigerian army vowed to fight the smugglers in the delta.") == [
        ("NGAMIL", "the smugglers", "NGACRM", "138")]


# --- intelligence handed over is shared (064) --------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Estonian intelligence passed information on the plot to Finland.", ("FIN", "064")),
    ("Jordan gave intelligence on the cell to Iraqi security forces.", ("IRQMIL", "064")),
])
def test_intelligence_given_or_passed_is_shared(nlp, text, expected):
    assert expected in [(t, c) for _, t, c in _codes(nlp, text)]


@pytest.mark.model
def test_a_law_passed_is_no_sharing(nlp):
    assert not [e for e in _codes(nlp, "The Senate passed the budget bill on Tuesday.") if e[2] == "064"]


# --- drills named by their weapons are shows of force -------------------------------------------

@pytest.mark.model
def test_artillery_drills_are_a_show_of_force_not_an_attack(nlp):
    assert _codes(nlp, "South Korea held live-fire artillery exercises near the border with North Korea.") == [
        ("KOR", "PRK", "150")]
    assert _codes(nlp, "Pakistan staged a missile drill near the Indian border.") == [("PAK", "IND", "150")]
    # real artillery fire stays an attack
    assert [c[:2] for _, _, c in _codes(nlp, "Pakistani artillery shelled Indian posts in Kashmir.")] == ["19"]


# --- participle modifiers as written ("coordinated patrols") ----------------------------------------

@pytest.mark.model
def test_coordinated_patrols_are_military_cooperation_both_ways(nlp):
    assert _codes(nlp, "Indonesia and Australia began coordinated patrols in the Timor Sea.") == [
        ("IDN", "AUS", "062"), ("AUS", "IDN", "062")]


# --- "set up" founds a joint body -------------------------------------------------------------------

@pytest.mark.model
def test_a_joint_task_force_set_up_is_cooperation_both_ways(nlp):
    assert _codes(nlp, "Senegal and Mauritania set up a joint task force on illegal fishing.") == [
        ("SEN", "MRT", "060"), ("MRT", "SEN", "060")]
    # "set fire to" is no light verb of founding: no cooperation
    assert not [e for e in _codes(nlp, "Rioters set fire to a police station in Dhaka.") if e[2][:2] == "06"]


# --- forces raised for a fight are a mobilisation ----------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijan called up thousands of reservists to battle Armenian forces.", ("AZE", "154")),
    ("Iraq mobilised volunteers to fight the Islamic State.", ("IRQ", "154")),
    ("Russia massed tanks to attack Ukraine.", ("RUS", "154")),
])
def test_forces_raised_to_fight_are_mobilised_against_the_enemy(nlp, text, expected):
    evs = _codes(nlp, text)
    assert expected in [(s, c) for s, _, c in evs]
    assert not [e for e in evs if e[2][:2] in ("18", "19", "20")]


@pytest.mark.model
def test_forces_sent_to_fight_still_attack(nlp):
    # forces sent (not raised) for an attack: the purpose is the act, as before
    assert [c for _, _, c in _codes(nlp, "Ethiopia sent troops to attack the rebels in Tigray.")] == ["190"]


# --- forces withdrawn are no target; troops recalled are withdrawn ----------------------------------

@pytest.mark.model
def test_police_withdrawn_are_not_the_target_of_the_withdrawal(nlp):
    evs = _events(nlp, "Kenyan police withdrew officers from the campus of Moi University.")
    assert [e[3] for e in evs] == ["087"]
    assert evs[0][1] != "officers"


@pytest.mark.model
def test_troops_recalled_are_withdrawn_and_envoys_recalled_cut_ties(nlp):
    assert _codes(nlp, "Chad recalled its troops from the Central African Republic.") == [("TCD", "CAF", "087")]
    assert [c for _, _, c in _codes(nlp, "Chad recalled its ambassador from Sudan.")] == ["161"]


# --- "reaffirm" carries an event noun ----------------------------------------------------------

@pytest.mark.model
def test_recognition_reaffirmed_during_a_visit_is_recognition(nlp):
    evs = _codes(nlp, "Guatemala reaffirmed its recognition of Taiwan during a visit by the island's premier.")
    assert ("GTM", "TWN", "054") in evs


# --- a condition's act hides no last resort ------------------------------------------------------

@pytest.mark.model
def test_a_conditional_warning_keeps_its_threat_when_the_condition_names_a_third_party(nlp):
    text = "Norway warned it would halt fish exports to Britain if London sold the catch to Russia."
    evs = _codes(nlp, text)
    assert ("NOR", "GBR", "130") in evs
    assert not [e for e in evs if e[1] == "RUS"]  # the condition's own act is no event


# --- joint probes, and "X joined Y in" an event noun ----------------------------------------------

@pytest.mark.model
def test_a_joint_probe_is_judicial_cooperation_both_ways(nlp):
    assert _codes(nlp, "Kenya and Tanzania launched a joint inquiry into the ferry disaster.") == [
        ("KEN", "TZA", "063"), ("TZA", "KEN", "063")]
    # one party's probe stays an investigation
    assert [c for _, _, c in _codes(nlp, "Kenya opened a probe into the ferry disaster.")] == ["090"]


@pytest.mark.model
def test_joining_a_partner_in_an_event_noun_is_that_event_with_the_partner(nlp):
    assert _codes(nlp, "Austria joined Slovenia in a joint inquiry into the crash.") == [
        ("AUT", "SVN", "063"), ("SVN", "AUT", "063")]
    # joining in an act stays the act of both on its target (_joined_acts), no cooperation between them
    assert [c for _, _, c in _codes(nlp, "France joined Britain in condemning the coup in Niger.")] == ["111", "111"]
    assert _codes(nlp, "He joined the army in 1990.") == []
