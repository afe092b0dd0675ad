"""Constructions found on the own wire files event_gsr_heldout12 / event_pairs_heldout10 and named in
the brief of their round (issue 15, evfresh12): forces sent to a border (the state across it is the
target), groupings named by a region adjective ("European diplomats in X": the region, not the venue),
a party's own "over" phrase (the matter does not place it), "-speaking / -language" compounds (a
language, no country), "commit" as a perpetrated act (no pledge), "ordered X held in custody", joint
searches and operations (no partner in the "against" phrase), and
"stripped X of their citizenship"; with look-alikes that must not fire. Own sentences on other
stories than the files' (the full pipeline with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _codes(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    from stancemap.api import analyze_many
    from stancemap.eval.events import predictions

    arts = [a.to_dict(include_text=False) for a in analyze_many([{"id": "t", "text": text}])]
    plover = predictions(arts, "plover")["t"]["events"]
    cameo = predictions(arts, "cameo")["t"]["events"]
    return [(p["source"], p["target"], p["code"], c["code"]) for p, c in zip(plover, cameo, strict=True)]


# --- forces at a border ---------------------------------------------------------------------------

def test_soldiers_near_the_frontier_with_two_states_target_both():
    rows = _codes("Pakistan stationed extra soldiers near the frontier with Afghanistan and Iran.")
    assert ("PAK", "AFG", "MOBILIZE", "154") in rows
    assert ("PAK", "IRN", "MOBILIZE", "154") in rows


def test_troops_deployed_near_its_border_target_the_neighbour():
    rows = _codes("Tajikistan deployed troops near its border with Afghanistan.")
    assert rows == [("TJK", "AFG", "MOBILIZE", "154")]


def test_a_border_with_no_neighbour_named_gives_no_foreign_target():
    rows = _codes("Chile deployed soldiers along its northern border to stop migrants.")
    assert rows and all(t is None or t.startswith("CHL") for _, t, _, _ in rows)


# --- groupings named by a region ---------------------------------------------------------------------

def test_talks_with_african_diplomats_in_a_capital_are_with_the_region():
    rows = _codes("China's foreign minister held talks with African diplomats in Beijing on trade.")
    assert ("CHNGOV", "AFR", "CONSULT", "040") in rows
    assert ("AFR", "CHNGOV", "CONSULT", "040") in rows


def test_southeast_asian_ministers_met_in_a_capital_are_no_hosts():
    rows = _codes("Japan's foreign minister met Southeast Asian ministers in Jakarta.")
    assert ("JPNGOV", "SEA", "CONSULT", "040") in rows
    assert all(t != "IDNGOV" for _, t, _, _ in rows)


def test_a_state_adjective_with_a_capital_stays_the_state():
    rows = _codes("South African officials in Pretoria criticised Rwanda.")
    assert rows == [("ZAFGOV", "RWA", "ACCUSE", "111")]


# --- a party's own matter phrase -------------------------------------------------------------------

def test_a_probe_into_an_ex_official_about_foreign_commissions_keeps_him_home():
    rows = _codes("Portuguese investigators began a probe into an ex-transport secretary about commissions "
                  "received from a Chinese builder.")
    assert rows == [("PRTCOP", "PRTGOV", "ACCUSE", "090")]  # (main: the official was CHNGOV)


def test_a_demonym_on_the_party_itself_still_places_it():
    rows = _codes("Police detained a Nigerian businessman over a fraud in Accra.")
    assert ("GHACOP", "NGABUS", "COERCE", "173") in rows


# --- languages -------------------------------------------------------------------------------------

def test_a_french_language_weekly_is_no_french_party():
    rows = _codes("Police raided the offices of a French-language weekly in Kinshasa.")
    assert rows and all(not (t or "").startswith("FRA") for _, t, _, _ in rows)
    assert rows[0][0] == "CODCOP"


def test_russian_speaking_separatists_are_no_russian_party():
    rows = _codes("Russian-speaking separatists attacked a police post in the east.")
    assert rows and all(not (s or "").startswith("RUS") for s, _, _, _ in rows)


def test_english_fans_stay_english():
    rows = _codes("English fans clashed with French police in Marseille.")
    assert any(s == "GBR" and t == "FRACOP" for s, t, _, _ in rows)


# --- commit ----------------------------------------------------------------------------------------

def test_crimes_committed_by_officials_are_no_pledge():
    rows = _codes("Belgium's prime minister apologised to Rwanda for crimes committed by Belgian officials.")
    assert rows == [("BELGOV", "RWA", "SUPPORT", "055")]


def test_committing_money_to_a_state_is_a_pledge():
    rows = _codes("Japan committed $2 billion to Indonesia for new power plants.")
    assert rows == [("JPN", "IDN", "AGREE", "030")]


def test_committing_itself_to_fund_is_a_pledge():
    rows = _codes("Norway committed itself to funding a new hospital in Malawi.")
    assert rows and rows[0][:3] == ("NOR", "MWI", "AGREE")


# --- orders of detention -----------------------------------------------------------------------------

def test_ordered_held_in_police_custody_is_a_detention():
    rows = _codes("The supreme court in Manila ordered two customs officials held in police custody until "
                  "their trial.")
    assert any(s == "PHLJUD" and c == "173" for s, _, _, c in rows)
    assert all(c[:2] != "10" for _, _, _, c in rows)


def test_ordered_held_in_custody_pending_trial_is_a_detention():
    rows = _codes("The tribunal ordered the blogger held in custody pending trial.")
    assert any(c == "173" for _, _, _, c in rows)


def test_a_hearing_ordered_held_elsewhere_is_no_detention():
    rows = _codes("The judge ordered the hearing held in a larger courtroom.")
    assert all(c != "173" for _, _, _, c in rows)


# --- joint acts -----------------------------------------------------------------------------------

def test_a_joint_rescue_operation_is_cooperation_both_ways():
    rows = _codes("Norway and Sweden mounted a joint rescue operation for climbers trapped by an avalanche.")
    assert ("NOR", "SWE", "COOPERATE", "060") in rows
    assert ("SWE", "NOR", "COOPERATE", "060") in rows


def test_a_joint_operation_against_smugglers_has_no_smuggler_partner():
    rows = _codes("Mexican and Guatemalan police began a joint crackdown against people smugglers near the river.")
    assert sorted(rows) == [("GTMCOP", "MEXCOP", "COOPERATE", "062"), ("MEXCOP", "GTMCOP", "COOPERATE", "062")]


# --- stripped of citizenship -------------------------------------------------------------------------

def test_stripping_critics_of_their_nationality_is_a_sanction():
    rows = _codes("Nicaragua's government stripped 94 exiled critics of their citizenship.")
    assert rows and rows[0][0] == "NICGOV" and rows[0][3] == "172"


def test_stripping_a_factory_of_machines_is_no_event():
    assert _codes("Workers stripped the old factory of its machines.") == []
