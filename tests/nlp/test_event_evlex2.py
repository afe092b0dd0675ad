"""ASSAULT / COERCE boundaries of the evlex2 round (issue 15): a crackdown named by its noun is repression
(COERCE) unless it names harm; people held by a named armed group outside the state are abducted (ASSAULT);
subject-restricted patterns read the doer of a passive from its "by" phrase. Own sentences, the full pipeline
with the real model."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


def _typed(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.plover) for e in nlp(text)._.sm_events]


# --- a crackdown noun: COERCE, as the verb "crack down"; ASSAULT when it names harm -----------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The interior ministry launched a crackdown on unlicensed money changers in the old city.",
    "The regulator announced a crackdown on foreign-funded charities.",
])
def test_crackdown_noun_without_harm_is_coerce(nlp, text):
    assert ("175", "COERCE") in _typed(nlp, text)
    assert all(p != "ASSAULT" for _, p in _typed(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Soldiers launched a brutal crackdown on the striking miners in the copper belt.",
    "Riot police launched a crackdown on the street traders, firing rubber bullets into the market.",
    "Police began a crackdown on street vendors, beating several of them.",  # (review round 2's probe)
])
def test_crackdown_noun_naming_harm_is_assault(nlp, text):
    assert ("175", "ASSAULT") in _typed(nlp, text)


# --- people detained by a named armed group outside the state: abduction (181), no arrest ---------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Houthis detained three local employees of a European embassy in Sanaa.",
    "Boko Haram held two Chadian fishermen for a week before releasing them.",
])
def test_named_armed_group_detention_is_abduction(nlp, text):
    typed = _typed(nlp, text)
    assert ("181", "ASSAULT") in typed
    assert all(c != "173" for c, _ in typed)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Yemeni police detained three fuel smugglers in the port of Aden.",
    "Fighters loyal to the governor arrested his deputy at a checkpoint.",
    # (review round 2's probes: arrests by de-facto authorities, an armed group's police, suspects detained)
    "The Taliban arrested two former officials in Kabul.",
    "Hamas police arrested a protester in Gaza City.",
    "The Syrian Democratic Forces detained dozens of Islamic State suspects in raids.",
])
def test_arrests_by_state_forces_or_unnamed_fighters_stay_arrests(nlp, text):
    assert ("173", "COERCE") in _typed(nlp, text)


# --- subject-restricted patterns: the passive's "by" phrase is the doer --------------------------------

@pytest.mark.model
def test_picked_up_by_police_in_the_passive_is_an_arrest(nlp):
    rows = _events(nlp, "Two Bangladeshi opposition lawmakers were picked up by police at dawn on Tuesday.")
    assert [(t, c) for _, t, _, c in rows] == [("Bangladeshi opposition", "173")]


@pytest.mark.model
def test_picked_up_by_a_friend_is_no_arrest(nlp):
    assert _events(nlp, "The minister was picked up by his driver at the airport.") == []


# --- fires, floods and diseases battled are no act between parties; armed sides battling still fight -----

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Volunteers battled a bushfire outside Perth for two days.",
    "Health workers in Uganda battled a measles outbreak in the northern provinces.",
])
def test_ills_battled_are_no_event(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.model
def test_armed_sides_battling_still_fight(nlp):
    assert "190" in [c for _, _, _, c in _events(nlp, "Army units battled separatist rebels near the airport.")]


# --- people clubbed or bludgeoned are beaten (182); clubbing together to buy something is no act ---------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Soldiers clubbed two teachers at a checkpoint near Goma.",
    "A mob bludgeoned a suspected thief to death in Kano.",
])
def test_clubbed_people_are_beaten(nlp, text):
    assert "182" in [c for _, _, _, c in _events(nlp, text)]


@pytest.mark.model
def test_clubbing_together_is_no_event(nlp):
    assert _events(nlp, "Parents clubbed together to buy a minibus for the school.") == []
