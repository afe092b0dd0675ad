"""Constructions found on the own wire file event_gsr_heldout7 and named in the brief of its round
(issue 15): datelines parsed as a passive subject, welcomed visits, claims of responsibility,
investigations "into X over Y", passive relative clauses, a trailing "a charge X rejected" the parser
reads as the subject of the whole sentence, acts a complaint is "over", organisations shut down; with
guards for attacks "in X", "including" lists, crowds given by number and releases that name no
releaser. Own sentences on other stories than the file's, written for these constructions (the full
pipeline with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source_code, e.target_code, e.plover) for e in nlp(text)._.sm_events]


# --- a dateline parsed as a passive subject is no target -----------------------------------------

def test_a_dateline_before_passive_students_is_not_the_target(nlp):
    rows = _rows(nlp, "DHAKA, Feb 9 (AFP) - Scores of students were expelled from the university after the "
                      "clashes, the proctor said.")
    assert not any(t and t.endswith("MED") for _, t, _ in rows)
    assert not any(t in ("FRA", "GBR") for _, t, _ in rows)


def test_an_agency_credit_is_not_who_was_beaten(nlp):
    rows = _rows(nlp, "LIMA, Sept 30 (Reuters) - Dozens of miners were beaten by Peruvian soldiers during the "
                      "eviction, union officials said.")
    assert rows and all(t is not None and t.startswith("PER") and not t.endswith("MED") for _, t, _ in rows)
    assert ("PERMIL", "PERLAB", "ASSAULT") in rows


# --- a welcomed visit is hosting -----------------------------------------------------------------------

def test_welcoming_the_trip_of_a_foreign_minister_is_hosting_not_praise(nlp):
    rows = _rows(nlp, "Ghana welcomed the three-day trip of Togo's foreign minister, officials in Accra said.")
    assert ("GHA", "TGOGOV", "CONSULT") in rows
    assert all(p != "SUPPORT" for _, _, p in rows)


def test_welcoming_a_decision_stays_praise(nlp):
    rows = _rows(nlp, "Ghana welcomed the decision of Togo's government to reopen the border.")
    assert all(p != "CONSULT" for _, _, p in rows)


# --- a claim of responsibility is the claimant's act --------------------------------------------------

def test_the_faction_that_claims_a_kidnapping_carried_it_out(nlp):
    rows = _rows(nlp, "An armed faction in Colombia's Cauca department said on Friday it claimed the kidnapping "
                      "of two police officers, according to a statement.")
    rows += _rows(nlp, "A guerrilla faction claimed responsibility on Friday for the kidnapping of two Colombian "
                       "police officers.")
    assert any(p == "ASSAULT" and t == "COLCOP" for _, t, p in rows)


def test_an_admitted_shelling_is_the_admitting_party_s_act(nlp):
    rows = _rows(nlp, "The separatists admitted responsibility for the shelling of a Ukrainian army depot.")
    assert any(p == "ASSAULT" and s and s.endswith("REB") or p == "ASSAULT" and s == "REB" for s, _, p in rows)


def test_responsibility_not_claimed_is_no_attack(nlp):
    rows = _rows(nlp, "No group has claimed responsibility for the ambush on the convoy.")
    rows += _rows(nlp, "The guerrillas did not claim responsibility for the raid on the barracks.")
    assert all(p != "ASSAULT" for _, _, p in rows)


def test_a_minister_accepting_responsibility_did_not_carry_out_the_strike(nlp):
    rows = _rows(nlp, "The defence minister accepted responsibility for the air strike on the market.")
    assert all(p != "ASSAULT" for _, _, p in rows)


def test_credit_claimed_for_an_accord_is_no_accord(nlp):
    rows = _rows(nlp, "The foreign minister claimed credit for the fisheries accord with Norway.")
    assert all(p not in ("SUPPORT", "AGREE", "COOPERATE") for _, _, p in rows)


# --- an investigation into X over Y is aimed at X ----------------------------------------------------

def test_a_comptroller_probing_a_governor_over_contracts_to_a_foreign_builder(nlp):
    rows = _rows(nlp, "Peru's comptroller opened an investigation into a regional governor over road contracts "
                      "awarded to a Chinese builder.")
    # the governor (GOV), not the builder; (the governor's country is the participant stage's guess)
    assert [p for _, t, p in rows] == ["ACCUSE"] and rows[0][1] is not None and rows[0][1].endswith("GOV")


def test_an_inquiry_into_prison_guards_over_an_inmate_s_death(nlp):
    rows = _rows(nlp, "Chilean prosecutors ordered an inquiry into three prison guards over the death of an "
                      "inmate.")
    assert [r for r in rows if r[2] == "ACCUSE"] == [("CHLJUD", "CHLCOP", "ACCUSE")]


# --- a passive relative clause names no doer in its antecedent ----------------------------------------

def test_people_who_were_held_are_not_the_holders(nlp):
    rows = _rows(nlp, "Mexico returned 40 Guatemalan migrants who had been held at a detention centre in "
                      "Chiapas.")
    assert not any(s and s.startswith("GTM") for s, _, _ in rows)


def test_a_passive_relative_clause_with_an_agent_keeps_the_agent(nlp):
    rows = _rows(nlp, "Police found the journalists who had been kidnapped by gunmen.")
    assert ("UAF", "MED", "ASSAULT") in rows


# --- "..., a charge X rejected" read as the subject of the sentence -----------------------------------

def test_a_trailing_charge_rejected_keeps_the_main_clause(nlp):
    rows = _rows(nlp, "LUSAKA, May 3 (Reuters) - Zambia's interior minister banned two rallies on Friday and "
                      "blamed the opposition for last week's riots, a charge opposition leaders rejected.")
    assert any(s == "ZMBGOV" and t == "ZMBOPP" and p == "ACCUSE" for s, t, p in rows)
    assert ("ZMBOPP", "ZMBGOV", "REJECT") in rows
    assert not any(t == "GBRMED" for _, t, _ in rows)


def test_the_agency_credit_of_a_dateline_is_no_party(nlp):
    rows = _rows(nlp, "LUSAKA, May 3 (Reuters) - Zambia's interior minister banned two rallies on Friday.")
    assert [(s, p) for s, t, p in rows] == [("ZMBGOV", "COERCE")] and all(t != "GBRMED" for _, t, _ in rows)


def test_a_trailing_accusation_rejected_without_the_misparse_still_works(nlp):
    rows = _rows(nlp, "The army accused rebels of shelling the city, an accusation the rebels rejected.")
    assert ("MIL", "REB", "ACCUSE") in rows
    assert ("REB", "MIL", "REJECT") in rows


# --- the act a complaint is "over" ---------------------------------------------------------------------

def test_a_seizure_by_a_named_party_that_a_complaint_is_over_is_coded_too(nlp):
    rows = _rows(nlp, "Norway complained to Russia about the seizure of a Norwegian trawler by the Russian "
                      "coast guard.")
    assert ("NOR", "RUS", "ACCUSE") in rows
    assert any(s and s.startswith("RUS") and t and t.startswith("NOR") and p in ("COERCE", "ASSAULT")
               for s, t, p in rows)


def test_a_complaint_over_an_act_with_no_doer_named_adds_nothing(nlp):
    rows = _rows(nlp, "Norway complained to Russia about the seizure of a Norwegian trawler.")
    assert [r for r in rows if r[2] in ("COERCE", "ASSAULT")] == []


# --- organisations shut down; premises closed are not ----------------------------------------------

def test_an_organisation_shut_down_by_the_authorities_is_sanctioned(nlp):
    rows = _rows(nlp, "The junta shut down two foreign charities on Tuesday.")
    assert [p for _, _, p in rows] == ["COERCE"]


def test_schools_or_own_offices_shut_down_are_no_sanction(nlp):
    rows = _rows(nlp, "Officials shut down schools across the province as the typhoon approached.")
    rows += _rows(nlp, "The carmaker shut down its offices in Moscow last year.")
    assert all(p != "COERCE" for _, _, p in rows)


# --- guards: the place of an attack, "including" lists, crowds by number, releases -------------------

def test_the_place_of_an_attack_is_not_its_target(nlp):
    rows = _rows(nlp, "Bandits ambushed a police patrol in Benin's Alibori department before dawn.")
    assert [t for _, t, p in rows if p == "ASSAULT"] == ["BENMIL"]  # (the patrol, not the department)


def test_an_including_list_is_part_of_the_head_not_more_targets(nlp):
    rows = _rows(nlp, "Riot police rounded up 50 demonstrators in Yerevan, among them three reporters and a "
                      "former minister, including one woman.")
    assert len({t for _, t, p in rows if p == "COERCE"}) <= 1


def test_marchers_given_by_number_after_a_dateline(nlp):
    rows = _rows(nlp, "QUITO, Aug 14 (AP) - Thousands of Ecuadorean university students marched through the "
                      "old town, calling for more funding.")
    assert any(s == "ECUEDU" and p == "PROTEST" for s, _, p in rows)


def test_a_release_with_no_releaser_named(nlp):
    rows = _rows(nlp, "An Italian nun abducted in Mozambique two years ago has been set free.")
    assert [(s, p) for s, _, p in rows] in ([(None, "RETREAT")], [])
