"""Acts a sentence states as not done (powers a law grants, acts denied), warnings of a response,
names of disapproval, and acts of clauses of time and cause (issue 15, evclause round; own
sentences, the full pipeline with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source_code, e.target_code, e.plover) for e in nlp(text)._.sm_events]


# --- powers granted by a norm are no acts -----------------------------------------------------------

def test_a_law_that_allows_an_act_is_no_act_and_no_relation(nlp):
    rows = _rows(nlp, "Peru's Congress passed a law on Friday that allows the police to detain protest "
                      "leaders for up to ten days.")
    assert rows == []


def test_a_participle_of_permission_after_the_law_is_no_act(nlp):
    # the parser hangs "authorising" on the verb, not on the law it modifies
    rows = _rows(nlp, "Georgia's parliament adopted a bill on Tuesday authorising the interior ministry to ban "
                      "opposition rallies near government buildings.")
    assert rows == []


def test_a_bill_that_would_let_officials_act_is_no_act(nlp):
    rows = _rows(nlp, "Kenyan lawmakers debated a bill that would let the government shut down independent "
                      "radio stations.")
    assert all(p not in ("COERCE", "SANCTION", "YIELD", "CONCEDE") for _, _, p in rows)


def test_a_court_that_permits_an_act_still_gives_the_act(nlp):
    # not a norm: a body that lets a party act, as before (docs/events.md, object control)
    rows = _rows(nlp, "A Turkish court permitted the opposition to hold a rally in Ankara on Sunday.")
    assert ("TUROPP", None, "PROTEST") in rows or any(p == "PROTEST" for _, _, p in rows)


def test_an_act_done_beside_the_law_is_kept(nlp):
    rows = _rows(nlp, "Serbia's parliament approved a law that lets prosecutors seize the assets of suspects, "
                      "and police arrested three Serbian journalists in Novi Sad.")
    assert [p for _, _, p in rows] == ["COERCE"]


# --- acts denied ----------------------------------------------------------------------------------

def test_an_act_in_the_that_clause_of_a_denial_is_no_act(nlp):
    rows = _rows(nlp, "Ghana's defence minister denied on Monday that soldiers had beaten students at a "
                      "campus in Kumasi.")
    assert all(p not in ("ASSAULT", "COERCE") for _, _, p in rows)


def test_a_report_dismissed_is_no_act_of_the_reported_party(nlp):
    rows = _rows(nlp, "Chile's foreign ministry dismissed reports that the country had agreed to buy "
                      "warships from France.")
    assert all(p not in ("AGREE", "REJECT", "COOPERATE") for _, _, p in rows)


def test_an_act_reported_before_the_denial_stays(nlp):
    # "X did Y, a charge Z denied": the report comes first, the denial answers it
    rows = _rows(nlp, "Sudan accused Chad of arming rebel fighters in Darfur, a charge N'Djamena denied.")
    assert ("SDN", "TCD", "ACCUSE") in rows


# --- warnings and names of disapproval ------------------------------------------------------------

def test_a_warning_of_a_firm_response_is_a_threat_to_the_one_warned(nlp):
    rows = _rows(nlp, "China warned Japan on Friday that any further provocations would meet a firm response.")
    assert ("CHN", "JPN", "THREATEN") in rows
    assert all(p != "CONSULT" for _, _, p in rows)  # "meet a response" is no meeting


def test_a_warning_of_consequences_is_a_threat(nlp):
    rows = _rows(nlp, "Algeria warned Morocco of serious consequences over the border incident.")
    assert ("DZA", "MAR", "THREATEN") in rows


def test_the_warners_own_country_in_its_clause_is_not_the_one_threatened(nlp):
    rows = _rows(nlp, "Venezuelan troops detained a Guyanese fisherman and warned that Caracas would respond "
                      "to any British deployment in the region.")
    threats = [(s, t) for s, t, p in rows if p == "THREATEN"]
    assert threats == [("VENGOV", "GBR")]  # the clause's own threat; the warning names no other party


def test_a_name_of_disapproval_given_to_a_party_is_criticism(nlp):
    rows = _rows(nlp, "Niger's military rulers called the ECOWAS sanctions illegal.")
    assert any(s is not None and s.startswith("NER") and p == "ACCUSE" for s, _, p in rows)


def test_a_participle_that_names_a_government_with_disapproval_is_criticism(nlp):
    rows = _rows(nlp, "Bolivia recalled its ambassador from Argentina on Monday, calling the Argentine "
                      "government fascist.")
    assert any(s is not None and s.startswith("BOL") and t is not None and t.startswith("ARG") and p == "ACCUSE"
               for s, t, p in rows)


# --- clauses of time and cause --------------------------------------------------------------------

def test_an_after_clause_states_an_act_of_its_own(nlp):
    rows = _rows(nlp, "Estonia expelled a Russian diplomat on Tuesday, two days after Moscow expelled an "
                      "Estonian diplomat.")
    assert any(s and s.startswith("EST") and t and t.startswith("RUS") and p == "SANCTION" for s, t, p in rows)
    assert any(s and s.startswith("RUS") and t and t.startswith("EST") and p == "SANCTION" for s, t, p in rows)


def test_a_while_clause_states_an_act_of_its_own(nlp):
    rows = _rows(nlp, "Armenia accused Azerbaijan of shelling border villages, while Baku accused Yerevan "
                      "of provocations.")
    assert ("ARM", "AZE", "ACCUSE") in rows
    assert ("AZEGOV", "ARMGOV", "ACCUSE") in rows  # (capitals stand for governments)


def test_a_condition_is_still_no_act(nlp):
    rows = _rows(nlp, "Hungary said it would veto the package if Ukraine restricted the rights of its "
                      "Hungarian minority.")
    assert all(not (s and s.startswith("UKR")) for s, _, _ in rows)


def test_a_protest_in_a_relative_clause_is_kept_without_a_party_it_is_aimed_at(nlp):
    rows = _rows(nlp, "Police arrested 40 students who marched on the ministry of education in Dhaka.")
    assert ("BGDCOP", "BGDEDU", "COERCE") in rows
    assert any(s == "BGDEDU" and p == "PROTEST" for s, _, p in rows)


def test_a_rally_against_a_law_in_a_where_clause_is_a_protest(nlp):
    rows = _rows(nlp, "Armenian riot police detained scores of demonstrators outside the parliament building, "
                      "where opposition activists have rallied for weeks against a new press law.")
    assert ("ARMOPP", None, "PROTEST") in rows
    assert sum(p == "PROTEST" for _, _, p in rows) == 1


def test_a_vow_to_act_against_a_party_is_a_threat(nlp):
    rows = _rows(nlp, "Ethiopia's prime minister vowed to act swiftly against Eritrea.")
    assert ("ETHGOV", "ERI", "THREATEN") in rows


def test_a_pledge_to_work_with_a_party_against_a_problem_stays_an_intent(nlp):
    rows = _rows(nlp, "Mexico pledged to cooperate with the United States against drug cartels.")
    assert ("MEX", "USA", "AGREE") in rows


def test_those_a_decision_prompts_to_act_do_the_act_and_the_prompting_is_no_event(nlp):
    rows = _rows(nlp, "Romania's parliament passed a pension reform on Monday, prompting thousands of "
                      "workers to march on the government headquarters.")
    assert rows == [("ROULAB", "ROUGOV", "PROTEST")]  # the workers march; the parliament coerces no one
