"""Constructions of the pair misses studied in the evpairs12 round (issue 15): an event noun with a "by"
doer takes its "of" object as target ("the abduction of X by Y"), a light verb's "on / at" object is what
an act of force is done to ("opened fire on a minibus in X"), people hacked or stoned to death, stones
thrown, herders, shepherds, porters and conductors as the people acted on; with look-alikes that must not
fire (hacking computers, a noun whose "by" phrase names no party, light verbs of no force). Own sentences
on other stories than the pair files' (the full pipeline with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(source name, target name, PLOVER type, CAMEO code) of each event of ``text``."""
    from stancemap.api import analyze_many

    art = next(iter(analyze_many([{"id": "t", "text": text}]))).to_dict(include_text=False)
    names = {a["id"]: a.get("name") for a in art.get("actors", [])}
    return [(names.get(e.get("source")), names.get(e.get("target")), e.get("plover"), e.get("cameo"))
            for e in art.get("events", [])]


# --- an event noun with a "by" doer --------------------------------------------------------------------

def test_abduction_of_a_person_by_gunmen_targets_the_person_not_the_town():
    rows = _events("The abduction of a Chadian aid worker by gunmen near the town of Abeche worried donors.")
    assert rows == [("gunmen", "a Chadian aid worker", "ASSAULT", "181")]


def test_an_arrest_noun_as_subject_keeps_no_patient_yet():
    # left over (review round 1): the "of" patient of an event noun that is the sentence's subject is not found
    rows = _events("The arrest of three journalists by Ethiopian police drew criticism.")
    assert rows == [("Ethiopian police", None, "COERCE", "173")]


def test_a_by_phrase_naming_no_party_makes_no_event():
    assert _events("The destruction of the bridge by floods cut off the town.") == []


# --- a light verb's object of force ---------------------------------------------------------------------

def test_opened_fire_on_a_minibus_targets_the_minibus():
    rows = _events("Rebels opened fire on a minibus at a roadblock outside Bunia.")
    assert rows == [("rebels", "a minibus", "ASSAULT", "193")]


def test_a_light_verb_of_no_force_keeps_no_target():
    assert _events("The minister launched a campaign on vaccination in the province.") == []


# --- hacked or stoned -------------------------------------------------------------------------------------

def test_hacked_to_death_is_a_killing():
    # (victims with no country of their own phrase still give way to the country of the place: the
    # stage's convention for unplaced parties, _placed in component.py)
    rows = _events("Bandits hacked two cattle herders to death near the Nigerian town of Gusau.")
    assert rows == [("Bandits", "Nigeria", "ASSAULT", "1823")]


def test_hacking_into_computers_is_no_act_of_force():
    assert _events("Hackers hacked into the central bank's payment system.") == []


def test_stones_thrown_at_a_patrol_are_unconventional_violence():
    rows = _events("Youths stoned a police patrol in the old city of Hebron.")
    assert [(p, c) for _, _, p, c in rows] == [("ASSAULT", "180")]
    assert rows[0][1] == "a police patrol"


# --- people acted on ---------------------------------------------------------------------------------------

def test_herders_killed_at_a_well_are_the_target():
    rows = _events("Soldiers killed two cattle herders at a well outside Kandi.")
    assert rows == [("Soldiers", "two cattle herders", "ASSAULT", "190")]


def test_striking_porters_tear_gassed_are_the_target():
    rows = _events("Police fired tear gas at striking porters outside the Kampala bus park.")
    assert [(t, p) for _, t, p, _ in rows] == [("striking porters", "ASSAULT")]


# --- a stoppage named by a noun, and protesters under a misparsed gerund ---------------------------------

def test_a_strike_by_drivers_against_a_ministry_is_their_protest():
    rows = _events("A strike by Bolivian bus drivers against the transport ministry paralysed La Paz.")
    assert rows == [("Bolivian bus drivers", "Bolivian government", "PROTEST", "143")]


def test_a_strike_by_drones_is_no_stoppage_of_work():
    rows = _events("A strike by Russian drones against a power station left the city dark.")
    assert all(p != "PROTEST" for _, _, p, _ in rows)


def test_yielded_to_protesting_nurses_misparsed_as_a_gerund_targets_them():
    # (the parser reads "protesting nurses" as a gerund with its object: no protest by the ministry either)
    rows = _events("After three weeks of stoppages, Zambia's health ministry yielded to protesting nurses.")
    assert rows == [("Zambian government", "nurses", "CONCEDE", "080")]


# --- a border under the alert, the object a protest marches on ----------------------------------------

def test_an_alert_near_the_frontier_with_a_state_targets_that_state():
    rows = _events("Kenya's army was placed on alert near the frontier with Somalia.")
    assert rows == [("Kenya's army", "Somalia", "MOBILIZE", "152")]


def test_an_alert_along_a_border_with_no_neighbour_named_targets_no_state():
    rows = _events("Kenya's army was placed on alert near the northern frontier.")
    assert [(s, p, c) for s, _, p, c in rows] == [("Kenya's army", "MOBILIZE", "152")]
    assert rows[0][1] not in ("Somalia", "Kenya")


def test_marched_on_a_ministry_targets_the_ministry_not_the_city():
    rows = _events("Retired miners marched on the energy ministry in Kyiv.")
    assert rows == [("Retired miners", "Ukrainian government", "PROTEST", "141")]


def test_a_march_through_a_city_keeps_the_place():
    rows = _events("Retired miners marched through central Kyiv on Sunday.")
    assert rows == [("Retired miners", "Ukraine", "PROTEST", "141")]
