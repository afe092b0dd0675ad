"""Constructions found on the own wire file event_gsr_heldout8 and named in the brief of its round
(issue 15): a nationality adjective with a people noun the actor stage does not know, natural hazards
that kill, datelines with a date and an agency credit, a past form after a dateline that its direct
object shows is active, "a demand by X that Y ...", orders whose complement is the act ordered ("ordered
X jailed"), "a move X denounced" after such an order, foreign missions and aid offices ordered out; with
look-alikes that must not fire. Own sentences on other stories than the file's (the full pipeline with
the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source_code, e.target_code, e.plover) for e in nlp(text)._.sm_events]


# --- a nationality adjective and a people noun the actor stage does not know ------------------------

def test_slovak_nurses_are_health_workers_of_slovakia(nlp):
    rows = _rows(nlp, "Hundreds of Slovak nurses marched to the health ministry in Bratislava on Monday.")
    assert ("SVKHLH", "SVKGOV", "PROTEST") in rows


def test_a_chilean_photographer_is_chilean_media(nlp):
    rows = _rows(nlp, "A Chilean photographer was detained by Bolivian police at the border crossing.")
    assert ("BOLCOP", "CHLMED", "COERCE") in rows


def test_a_civilian_noun_keeps_the_bare_country(nlp):
    # a civilian noun says no more than the country: the state actor stays
    rows = _rows(nlp, "Militias fired rockets at a base in northern Syria, wounding three Jordanian members "
                      "of a convoy.")
    assert not any(t and t.startswith("JOR") and t != "JOR" and t.endswith("CVL") for _, t, _ in rows)


def test_a_known_body_keeps_its_own_code(nlp):
    rows = _rows(nlp, "Kenyan police arrested two Somali nationals near the border.")
    assert ("KENCOP", "SOMCVL", "COERCE") in rows


# --- natural hazards are no party -----------------------------------------------------------------

def test_downpours_that_kill_are_no_attack(nlp):
    assert _rows(nlp, "Monsoon downpours killed dozens of villagers across three districts of Nepal last week.") == []


def test_gunmen_and_fire_that_kill_are_still_an_attack(nlp):
    rows = _rows(nlp, "Gunmen killed 12 people in Zambia's Eastern province on Sunday.")
    assert ("ZMBUAF", "ZMBCVL", "ASSAULT") in rows
    rows = _rows(nlp, "Artillery fire killed four civilians in the town on Sunday.")
    assert [p for _, _, p in rows] == ["ASSAULT"]


def test_a_storm_of_weapons_is_no_hazard(nlp):
    rows = _rows(nlp, "A hail of mortar rounds killed six soldiers at the outpost.")
    assert [p for _, _, p in rows] == ["ASSAULT"]


# --- a dateline with a date and an agency credit ------------------------------------------------------

def test_a_city_country_date_dateline_places_unnamed_police(nlp):
    rows = _rows(nlp, "ARUSHA, Tanzania, March 9 (Reuters) - Police on Sunday arrested four suspected smugglers at "
                      "a roadblock outside the town, a regional commander said.")
    assert rows == [("TZACOP", "TZACRM", "COERCE")]


def test_a_capital_with_a_date_places_unnamed_police(nlp):
    rows = _rows(nlp, "QUITO, June 2 (AP) - Police arrested four men suspected of extortion on Friday.")
    assert ("ECUCOP", "ECUCVL", "COERCE") in rows


# --- a past form after a dateline that its object shows is active ----------------------------------

def test_a_minister_who_condemned_an_attack_after_a_dateline_is_the_source(nlp):
    rows = _rows(nlp, "TIRANA, Oct 4 (Reuters) - Albania's interior minister condemned on Friday an attack by "
                      "Serbian nationalists on a church.")
    assert ("ALBGOV", "SRB", "ACCUSE") in rows
    assert all(s is not None for s, _, _ in rows)


# --- a demand by X that Y ... ---------------------------------------------------------------------------

def test_a_demand_by_one_state_that_another_act_is_a_request(nlp):
    rows = _rows(nlp, "A demand by Germany that Serbia recognise Kosovo drew an angry response from Belgrade on "
                      "Monday.")
    assert ("DEU", "SRB", "REQUEST") in rows


def test_a_demand_with_no_author_names_no_requester(nlp):
    rows = _rows(nlp, "Chile rejected a demand that Bolivia be given access to the sea.")
    assert all(p != "REQUEST" for _, _, p in rows)


# --- an order whose complement is the act ordered -------------------------------------------------------

def test_a_judge_who_orders_an_activist_detained_arrests_them(nlp):
    rows = _rows(nlp, "A Kenyan judge ordered the activist detained for two weeks.")
    assert ("KENJUD", "KENOPP", "COERCE") in rows
    rows = _rows(nlp, "A Peruvian court ordered the former president released on Tuesday.")
    assert rows == [("PERJUD", "PERGOV", "RETREAT")]


def test_things_ordered_released_are_no_release_of_people(nlp):
    rows = _rows(nlp, "Zimbabwe's high court ordered the seized ballot boxes released to the election commission.")
    assert all(p != "RETREAT" for _, _, p in rows)


def test_an_order_with_an_infinitive_stays_what_it_was(nlp):
    rows = _rows(nlp, "The ministry ordered the books removed from school libraries.")
    assert all(p != "COERCE" or t is not None for _, t, p in rows)
    rows = _rows(nlp, "The general ordered his troops to leave the town.")
    assert all(p not in ("COERCE", "SANCTION") for _, _, p in rows)


def test_a_move_denounced_after_a_jailing_is_aimed_at_the_court(nlp):
    rows = _rows(nlp, "A Georgian court jailed the editor, a move Russia condemned.")
    assert ("RUS", "GEOJUD", "ACCUSE") in rows


# --- a UN office and a mission ordered out are expelled ------------------------------------------

def test_the_chief_of_a_un_mission_told_to_depart_is_a_sanction(nlp):
    rows = _rows(nlp, "Sudan instructed the chief of the U.N. political mission to depart by Friday.")
    assert rows == [("SDN", "IGOUNO", "SANCTION")]


def test_a_state_s_trade_mission_ordered_out_stays_a_deportation(nlp):
    rows = _rows(nlp, "Russia ordered the head of the Polish trade mission to leave Moscow.")
    assert ("RUS", "POL", "COERCE") in rows


# --- the purpose of aid is no second act ---------------------------------------------------------

def test_a_loan_to_support_reforms_is_aid_only(nlp):
    rows = _rows(nlp, "Saudi Arabia deposited two billion dollars in Pakistan's central bank on Monday to shore up "
                      "and support its currency reserves.")
    rows += _rows(nlp, "The European Union gave 50 million euros to Jordan on Monday to support its schools.")
    assert ("IGOEEC", "JOR", "AID") in rows
    assert all(p != "SUPPORT" for _, _, p in rows)


def test_support_of_a_party_beside_aid_stays(nlp):
    rows = _rows(nlp, "Germany voiced support for Moldova and sent it power generators.")
    assert any(p == "SUPPORT" for _, _, p in rows)


# --- an object pronoun is not the verb's own doer --------------------------------------------------------

def test_them_after_a_crowd_dispersed_is_the_crowd_not_the_police(nlp):
    rows = _rows(nlp, "Bangladeshi police beat the protesters with batons and arrested them.")
    assert ("BGDCOP", "BGDCOP", "COERCE") not in rows
    assert any(s == "BGDCOP" and p == "COERCE" and t and t != "BGDCOP" for s, t, p in rows)


def test_dozens_of_them_are_counted_from_the_first_verb_s_object(nlp):
    rows = _rows(nlp, "Togolese gendarmes charged the marching teachers with batons and arrested dozens of them.")
    assert ("TGO", "TGOEDU", "COERCE") in rows
    assert all(p != "ACCUSE" for _, _, p in rows)  # (a charge with batons is a rush, no accusation)


# --- a lender's approval of money for a party is aid ---------------------------------------------

def test_a_bank_that_approves_a_loan_to_a_country_gives_aid(nlp):
    rows = _rows(nlp, "The World Bank approved a 700 million dollar credit for Kenya on Thursday.")
    assert ("IGOBUSWBK", "KEN", "AID") in rows


def test_approving_a_budget_or_a_request_is_no_aid(nlp):
    assert all(p != "AID" for _, _, p in _rows(nlp, "Parliament approved the budget for next year on Friday."))
    rows = _rows(nlp, "Spain approved a request by Morocco for the extradition of two suspects.")
    assert all(p != "AID" for _, _, p in rows)
