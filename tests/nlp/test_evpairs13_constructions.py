"""Constructions of the pair misses studied in the evpairs13 round (issue 15): a partner "alongside" a
joint act (worked / fought alongside X), jets scrambled, a show of force aimed at the party of its clause
of time or of a conflict noun ("after X's ships fired", "following clashes with X"), a strike "to
pressure X"; with look-alikes that must not change (a destination named, a fight with no comrade, a
scramble with no aircraft, a walkout to demand gloves, the own president in a clause of time). Own sentences on other stories than the pair files'
(the full pipeline with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(source name, target id, PLOVER type, CAMEO code) of each event of ``text``."""
    from stancemap.api import analyze_many

    art = next(iter(analyze_many([{"id": "t", "text": text}]))).to_dict(include_text=False)
    names = {a["id"]: a.get("name") for a in art.get("actors", [])}
    return [(names.get(e.get("source")), e.get("target"), e.get("plover"), e.get("cameo"))
            for e in art.get("events", [])]


# --- alongside -----------------------------------------------------------------------------------------

def test_firefighters_working_alongside_foreign_crews_cooperate_with_them():
    rows = _events("Tunisian firefighters worked alongside Algerian crews through the night on the forest blaze.")
    assert ("Tunisia", "DZA", "COOPERATE", "060") in rows


def test_fighting_alongside_units_is_military_cooperation():
    rows = _events("Volunteer battalions from Georgia fought alongside Ukrainian units near Bakhmut.")
    assert rows == [("Georgia", "UKRMIL", "COOPERATE", "062")]


def test_fighting_jihadists_stays_an_attack():
    rows = _events("Malian soldiers fought jihadists near Gao on Sunday.")
    assert rows == [("Malian military", "MLIREB", "ASSAULT", "190")]


# --- scrambles and shows of force aimed at the other side ----------------------------------------------

def test_jets_scrambled_as_a_foreign_plane_skirts_the_coast():
    rows = _events("Latvia's air force scrambled two jets as a Russian spy plane skirted the coast.")
    assert ("Latvian military", "RUSMIL", "MOBILIZE", "150") in rows


def test_rescuers_scrambling_to_a_village_make_no_event():
    assert _events("Rescue teams scrambled to reach the village after the landslide.") == []


def test_air_force_on_alert_after_foreign_bombers_flew_along_the_coast():
    rows = _events("Estonia put its air force on alert after Russian bombers flew along its coast.")
    assert rows == [("Estonia", "RUSUAF", "MOBILIZE", "152")]


def test_a_clause_of_time_with_the_own_president_touring_is_no_other_side():
    rows = _events("The Nepalese government deployed troops while the president toured the flooded south.")
    assert [r for r in rows if r[1] in ("NPL", "NPLGOV")] == []


def test_reinforcements_sent_to_a_town_keep_the_town_not_the_raiders():
    rows = _events("Kenya sent police reinforcements to Marsabit after clashes with cattle raiders.")
    assert rows == [("Kenya", "org:marsabit", "MOBILIZE", "154")]


# --- a strike that presses a party ---------------------------------------------------------------------

def test_a_strike_to_pressure_the_port_authority_targets_it():
    rows = _events("Dock workers in Mombasa launched a three-day strike to pressure the port authority to "
                   "reverse job cuts.")
    assert rows == [("Kenyan labour", "KENGOV", "PROTEST", "1432")]


def test_a_walkout_to_demand_gloves_names_no_pressed_party():
    rows = _events("Hospital cleaners in Durban walked out to demand protective gloves.")
    assert rows == [(None, "ZAF", "PROTEST", "143")]
