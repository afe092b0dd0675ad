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
    evs = _codes(nlp, "Malaysia and Indonesia formed a naval task force to fight piracy in the Malacca Strait.")
    assert not [e for e in evs if e[2][:2] == "19"]
    assert _codes(nlp, "Ghana and Togo agreed to fight terrorism together.") == [
        ("GHA", "TGO", "030"), ("TGO", "GHA", "030")]
    # the people behind a crime stay a party fought (a vow of force: a threat)
    assert _events(nlp, "The Nigerian army vowed to fight the smugglers in the delta.") == [
        ("NGAMIL", "the smugglers", "NGACRM", "138")]


# --- intelligence handed over is shared (064) --------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Morocco passed intelligence about the attackers to Spanish police.", ("ESPCOP", "064")),
    ("Jordan gave intelligence on the cell to Iraqi security forces.", ("IRQCOP", "064")),
])
def test_intelligence_given_or_passed_is_shared(nlp, text, expected):
    assert expected in [(t, c) for _, t, c in _codes(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Senate passed the budget bill on Tuesday.",
    "The witness gave evidence to the court on Monday.",  # testimony, no sharing between parties
    "The lawyer passed the file to a reporter.",
])
def test_a_law_passed_or_evidence_given_is_no_sharing(nlp, text):
    assert not [e for e in _codes(nlp, text) if e[2] == "064"]


# --- drills named by their weapons are shows of force -------------------------------------------

@pytest.mark.model
def test_artillery_drills_are_a_show_of_force_not_an_attack(nlp):
    assert _codes(nlp, "South Korea held live-fire artillery exercises near the border with North Korea.") == [
        ("KOR", "PRK", "150")]
    assert _codes(nlp, "The Turkish navy held amphibious exercises off the Greek islands.") == [("TURMIL", "GRC", "150")]
    # real artillery fire stays an attack
    assert [c[:2] for _, _, c in _codes(nlp, "Pakistani artillery shelled Indian posts in Kashmir.")] == ["19"]


# --- participle modifiers as written ("coordinated patrols") ----------------------------------------

@pytest.mark.model
def test_coordinated_patrols_are_military_cooperation_both_ways(nlp):
    assert _codes(nlp, "Ghana and Nigeria conducted coordinated naval patrols in the Gulf of Guinea.") == [
        ("GHA", "NGA", "062"), ("NGA", "GHA", "062")]


# --- "set up" founds a joint body -------------------------------------------------------------------

@pytest.mark.model
def test_a_joint_body_set_up_is_cooperation_both_ways(nlp):
    assert _codes(nlp, "Zambia and Malawi set up a joint venture to run the railway.") == [
        ("ZMB", "MWI", "061"), ("MWI", "ZMB", "061")]
    # "set fire to" is no light verb of founding: no cooperation
    assert not [e for e in _codes(nlp, "Rioters set fire to a police station in Dhaka.") if e[2][:2] == "06"]


# --- forces raised for a fight are a mobilisation ----------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The junta mobilised thousands of militiamen to fight the separatists in the north.", ("GOV", "154")),
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
def test_guards_withdrawn_are_not_the_target_of_the_withdrawal(nlp):
    # the forces pulled back are the source's own; the place they leave is what the act is about
    assert _events(nlp, "The governor withdrew armed guards from the residence of the former president.") == [
        ("GOV", "the residence", None, "087")]


@pytest.mark.model
def test_troops_recalled_are_withdrawn_and_envoys_recalled_cut_ties(nlp):
    assert _codes(nlp, "Chad recalled its troops from the Central African Republic.") == [("TCD", "CAF", "087")]
    assert [c for _, _, c in _codes(nlp, "Chad recalled its ambassador from Sudan.")] == ["161"]


# --- "reaffirm" carries an event noun ----------------------------------------------------------

@pytest.mark.model
def test_a_reaffirmed_event_noun_keeps_its_own_code(nlp):
    # (before: the generic support code of the verb's class, 050)
    assert _codes(nlp, "Sierra Leone reaffirmed its diplomatic recognition of Kosovo last week.") == [
        ("SLE", "KSV", "054")]


# --- a condition's act hides no last resort ------------------------------------------------------

@pytest.mark.model
def test_a_conditional_warning_keeps_its_threat_when_the_condition_names_a_third_party(nlp):
    text = ("The Kenyan government cautioned that it would stop fuel transit to Uganda if Kampala diverted "
            "the cargo to South Sudan.")
    evs = _codes(nlp, text)
    assert evs == [("KENGOV", "UGA", "130")]  # the condition's own act (Uganda -> South Sudan) is no event


# --- joint probes, and "X joined Y in" an event noun ----------------------------------------------

@pytest.mark.model
def test_a_joint_probe_is_judicial_cooperation_both_ways(nlp):
    assert _codes(nlp, "Kenya and Tanzania launched a joint inquiry into the ferry disaster.") == [
        ("KEN", "TZA", "063"), ("TZA", "KEN", "063")]
    # one party's probe stays an investigation
    assert [c for _, _, c in _codes(nlp, "Kenya opened a probe into the ferry disaster.")] == ["090"]


@pytest.mark.model
def test_joining_a_partner_in_an_event_noun_is_that_event_with_the_partner(nlp):
    assert _codes(nlp, "Norway joined Sweden in a joint venture to build the pipeline.") == [
        ("NOR", "SWE", "061"), ("SWE", "NOR", "061")]
    # joining in an act stays the act of both on its target (_joined_acts), no cooperation between them
    assert [c for _, _, c in _codes(nlp, "France joined Britain in condemning the coup in Niger.")] == ["111", "111"]
    assert _codes(nlp, "He joined the army in 1990.") == []
