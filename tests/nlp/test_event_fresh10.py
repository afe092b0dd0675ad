"""Constructions found on the own wire file event_gsr_heldout10 and named in the brief of its round (issue
15): a visit named in an apposition to the act's date, "Congo" in an article from Kinshasa, international
broadcasters named after their country, a that-clause under a verb of assuring, hazards that damage, the
reason a party is punished for, the harm a strike does, sentences to life, outlets suspended or ordered off
the air; with look-alikes that must not fire. Own sentences on other stories than the file's (the full
pipeline with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source_code, e.target_code, e.plover) for e in nlp(text)._.sm_events]


def _cameo(nlp, text: str) -> list[str | None]:
    return [e.cameo for e in nlp(text)._.sm_events]


# --- a visit named in an apposition to the date ------------------------------------------------------

def test_a_visit_in_the_dates_apposition_is_coded_beside_the_act(nlp):
    rows = _rows(nlp, "Indonesia's president signed a deal on nickel processing with South Korean firms in Seoul "
                      "on Tuesday, the first day of a three-day visit to South Korea.")
    assert ("IDNGOV", "KOR", "CONSULT") in rows
    assert ("IDNGOV", "KORBUS", "SUPPORT") in rows


def test_a_visit_as_a_loose_modifier_of_the_verb(nlp):
    rows = _rows(nlp, "Kenya's president opened a new trade office in Accra on Monday, the second day of a "
                      "four-day visit to Ghana.")
    assert ("KENGOV", "GHA", "CONSULT") in rows


def test_the_country_visited_is_the_datelines_when_the_sentence_names_several(nlp):
    rows = _rows(nlp, "LIMA, Feb 2 (Reuters) - Chile's president met business leaders from Peru and Ecuador on Monday, "
                      "the second day of a visit to the country.")
    assert ("CHLGOV", "PER", "CONSULT") in rows and ("CHLGOV", None, "CONSULT") not in rows


def test_without_a_dateline_the_country_stays_unplaced(nlp):
    rows = _rows(nlp, "Chile's president met business leaders from Peru and Ecuador on Monday, the second day of a "
                      "visit to the country.")
    assert ("CHLGOV", "ECU", "CONSULT") in rows  # (the meeting; the visit's host is not guessed)


def test_a_part_of_a_visit_as_the_subject_is_no_visit_under_way(nlp):
    rows = _rows(nlp, "The first day of the minister's visit to Japan was cancelled because of a typhoon.")
    assert all(p != "CONSULT" for _, _, p in rows)


# --- "Congo" placed by the dateline ----------------------------------------------------------------

def test_congo_in_an_article_from_kinshasa_is_the_democratic_republic(nlp):
    rows = _rows(nlp, "KINSHASA, Oct 2 (AFP) - Congo's army shelled rebel positions north of the city of Goma "
                      "on Thursday.")
    assert rows and all(s == "CODMIL" for s, _, _ in rows)


def test_congo_in_an_article_from_brazzaville_stays_the_republic(nlp):
    rows = _rows(nlp, "BRAZZAVILLE, Oct 2 (AFP) - Congo's president met the French ambassador on Thursday.")
    assert ("COGGOV", "FRAGOV", "CONSULT") in rows


def test_congo_with_a_kinshasa_dateline_as_an_actor_of_a_summons(nlp):
    rows = _rows(nlp, "KINSHASA, May 9 (Reuters) - Congo's foreign minister summoned Uganda's envoy on Friday.")
    assert ("CODGOV", "UGAGOV", "ACCUSE") in rows


# --- broadcasters named after a country -------------------------------------------------------------

def test_france_24_is_an_outlet_not_the_state(nlp):
    rows = _rows(nlp, "Russia's foreign ministry accused France 24 of spreading propaganda about the war.")
    assert rows and all(t == "FRAMED" for _, t, _ in rows)


def test_deutsche_welle_is_a_german_outlet(nlp):
    rows = _rows(nlp, "Belarus banned Deutsche Welle from reporting in the country on Wednesday.")
    assert rows and all(t == "DEUMED" for _, t, _ in rows)


def test_the_broadcaster_after_a_named_outlet_is_that_outlet_not_the_agency_credit(nlp):
    rows = _rows(nlp, "DHAKA, June 3 (AFP) - Bangladesh's interior ministry banned Voice of America from the refugee "
                      "camps and accused the broadcaster of bias.")
    assert ("BGDGOV", "USAMED", "COERCE") in rows
    assert ("BGDGOV", "USAMED", "ACCUSE") in rows


def test_france_itself_stays_the_state(nlp):
    rows = _rows(nlp, "Mali's junta accused France of backing the rebels in the north.")
    assert ("MLIGOV", "FRA", "ACCUSE") in rows or ("MLIMIL", "FRA", "ACCUSE") in rows


# --- a that-clause under a verb of assuring -----------------------------------------------------------

def test_an_assurance_that_a_concession_will_come_is_an_intent(nlp):
    rows = _rows(nlp, "Ghana's trade minister assured Nigerian exporters that his government would ease border "
                      "checks on their goods.")
    assert rows and all(p == "AGREE" for _, _, p in rows)
    assert all(s == "GHAGOV" for s, _, _ in rows)


def test_an_assurance_of_repayment_is_a_pledge(nlp):
    rows = _rows(nlp, "Zambia's finance minister assured Chinese lenders that his government would repay the "
                      "loans on time.")
    assert ("ZMBGOV", "CHNBUS", "AGREE") in rows


def test_a_concession_made_now_stays_a_concession(nlp):
    assert "CONCEDE" in [p for _, _, p in _rows(nlp, "Ghana eased border checks on goods from Togo on Monday.")] \
        or "RETREAT" in [p for _, _, p in _rows(nlp, "Ghana eased border checks on goods from Togo on Monday.")]


# --- hazards, reasons punished, a strike's harm -------------------------------------------------------

def test_floods_that_destroy_crops_are_no_act(nlp):
    assert _rows(nlp, "Heavy floods destroyed thousands of homes and crops in eastern Kenya last week.") == []


def test_a_cyclone_that_damages_a_port_is_no_act(nlp):
    assert _rows(nlp, "A cyclone damaged the main port of Madagascar on Sunday.") == []


def test_rebels_who_destroy_crops_still_act(nlp):
    assert [p for _, _, p in _rows(nlp, "Rebels destroyed crops in three villages in eastern Congo.")] == ["ASSAULT"]


def test_the_reason_of_a_sentence_is_not_coded(nlp):
    rows = _rows(nlp, "A Belgian court sentenced a former Rwandan army officer to life in prison on Monday for "
                      "ordering the killing of civilians.")
    assert rows == [("BELJUD", "RWAMIL", "COERCE")]


def test_the_reason_of_an_arrest_is_not_coded(nlp):
    rows = _rows(nlp, "Armenian police detained three activists on Saturday for blocking a road to the airport.")
    assert [p for _, _, p in rows] == ["COERCE"]


def test_a_march_beside_an_arrest_is_still_coded(nlp):
    rows = _rows(nlp, "Students marched on parliament in Yerevan and police detained three of them.")
    assert "PROTEST" in [p for _, _, p in rows] and "COERCE" in [p for _, _, p in rows]


def test_the_power_a_strike_cuts_is_its_harm_not_a_second_act(nlp):
    rows = _rows(nlp, "Russian missiles struck a power station near Kharkiv, cutting electricity to 200,000 homes.")
    assert [p for _, _, p in rows] == ["ASSAULT"]


def test_an_arrest_after_a_raid_stays_an_act_of_its_own(nlp):
    rows = _rows(nlp, "Soldiers stormed a rebel camp in the hills on Monday, arresting 30 fighters.")
    assert "COERCE" in [p for _, _, p in rows]


def test_power_cut_off_by_a_state_alone_is_still_coerce(nlp):
    rows = _rows(nlp, "Israel cut off electricity to the Gaza Strip on Sunday.")
    assert [p for _, _, p in rows] == ["COERCE"]


# --- sentences to life, outlets suspended or ordered off the air --------------------------------------

def test_a_sentence_to_life_is_imprisonment(nlp):
    assert _cameo(nlp, "A Peruvian court sentenced a former police general to life on Thursday.") == ["173"]


def test_a_television_station_suspended(nlp):
    rows = _rows(nlp, "Bolivia's interior ministry suspended a private television station for a month on Monday.")
    assert rows == [("BOLGOV", "BOLMED", "COERCE")]


def test_a_radio_station_ordered_off_the_air(nlp):
    assert _cameo(nlp, "Zimbabwe's information ministry ordered an independent radio station off the air on "
                       "Friday.") == ["172"]


def test_troops_ordered_out_are_no_ban(nlp):
    assert "172" not in _cameo(nlp, "The general ordered the troops off the streets on Friday.")


def test_vaccinators_are_health_workers(nlp):
    rows = _rows(nlp, "Gunmen shot dead two vaccination workers in a village in northern Nigeria on Sunday.")
    assert ("NGAUAF", "NGAHLH", "ASSAULT") in rows
