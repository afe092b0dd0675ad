"""Constructions found on the own wire file event_gsr_heldout6 (issue 15, evfresh6 round): object
pronouns of a participle after the main verb, pronoun subjects of a reported clause, orders out of
the country, prepositions the parser strands in the object's relative clause, and one event per
trigger and coded dyad (own sentences, written for these constructions; the full pipeline with the
real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source_code, e.target_code, e.plover) for e in nlp(text)._.sm_events]


# --- a participle's object pronoun stands for the main verb's object ------------------------------

def test_a_singular_pronoun_in_a_participle_after_an_expulsion_is_the_expelled(nlp):
    rows = _rows(nlp, "Peru expelled a senior Chilean diplomat on Friday, accusing him of meddling in the "
                      "country's affairs.")
    assert ("PER", "CHLGOV", "ACCUSE") in rows
    assert ("PER", "CHLGOV", "SANCTION") in rows


def test_a_plural_pronoun_in_a_participle_still_works(nlp):
    rows = _rows(nlp, "Peru's government expelled two Chilean diplomats on Friday, accusing them of spying.")
    assert ("PERGOV", "CHLGOV", "ACCUSE") in rows


# --- a pronoun subject under "X said" agrees with the speaker ----------------------------------------

def test_they_after_police_said_is_the_police_not_an_earlier_plural(nlp):
    rows = _rows(nlp, "Thai authorities deported 12 Burmese workers on Monday, and police said they had "
                      "arrested another 30 migrants.")
    assert ("THAGOV", "MMRLAB", "COERCE") in rows
    arrests = [r for r in rows if r[0] and r[0].endswith("COP")]
    assert len(arrests) == 1 and arrests[0][2] == "COERCE"
    assert not any(r[0] == "MMRLAB" for r in rows)


def test_they_after_a_singular_speaker_is_left_to_the_earlier_party(nlp):
    rows = _rows(nlp, "Rebels attacked a village near the border on Monday, and the army said they had killed "
                      "five soldiers.")
    assert [r for r in rows if r[1] == "MIL"] == [("REB", "MIL", "ASSAULT")]


# --- orders out of the country are expulsions ------------------------------------------------------

def test_ordering_an_envoy_out_is_an_expulsion(nlp):
    rows = _rows(nlp, "Ghana ordered two Nigerian envoys out on Friday.")
    assert rows == [("GHA", "NGAGOV", "SANCTION")]


def test_ordering_an_ambassador_out_of_the_country_is_an_expulsion(nlp):
    rows = _rows(nlp, "Mali ordered the Danish ambassador out of the country.")
    assert rows == [("MLI", "DNKGOV", "SANCTION")]


def test_ordering_a_state_to_withdraw_its_soldiers_is_an_expulsion(nlp):
    rows = _rows(nlp, "Mali ordered Denmark to withdraw its soldiers within days.")
    assert rows == [("MLI", "DNK", "SANCTION")]


def test_ordering_own_troops_out_into_the_streets_is_no_expulsion(nlp):
    rows = _rows(nlp, "The general ordered troops out into the streets.")
    assert all(p != "SANCTION" for _, _, p in rows)


def test_ordering_own_troops_to_withdraw_is_no_expulsion(nlp):
    # review round 2: the forces withdrawn must be another party's
    rows = _rows(nlp, "Ethiopia ordered its troops to withdraw from the disputed town.")
    assert all(p != "SANCTION" for _, _, p in rows)


def test_ordering_own_troops_to_leave_a_town_is_no_expulsion(nlp):
    rows = _rows(nlp, "Ethiopia ordered its troops to leave the town.")
    assert all(p not in ("SANCTION", "COERCE") for _, _, p in rows)


def test_ordering_the_police_out_is_a_deployment_not_an_expulsion(nlp):
    # review round 2: a bare "out" expels only envoys, missions and parties of another country
    rows = _rows(nlp, "The governor ordered the police out in force on Sunday.")
    assert all(p not in ("SANCTION", "COERCE") for _, _, p in rows)


def test_ordering_foreign_traders_out_is_a_deportation(nlp):
    rows = _rows(nlp, "Sudan ordered the Chadian traders out.")
    assert [(s, p) for s, _, p in rows] == [("SDN", "COERCE")]


# --- a preposition the parser hangs in the object's relative clause --------------------------------

def test_a_prison_term_after_a_relative_clause_is_a_sentence_of_prison(nlp):
    rows = _rows(nlp, "A court in Minsk sentenced an activist who had organised the protests to ten years in "
                      "prison on Monday.")
    assert ("BLRJUD", "BLROPP", "COERCE") in rows


def test_a_place_in_the_relative_clause_is_no_prison_term(nlp):
    rows = _rows(nlp, "A court sentenced a man who fled to Spain.")
    assert all(p != "COERCE" for _, _, p in rows)


# --- one event per trigger and coded dyad ----------------------------------------------------------

def test_coordinated_victims_of_one_sector_give_one_event(nlp):
    rows = _rows(nlp, "Gunmen in northern Mali abducted a Catholic priest and two nuns on Sunday.")
    assert rows == [("MLIUAF", "MLIREL", "ASSAULT")]


def test_coordinated_attackers_of_different_sectors_stay_two_events(nlp):
    rows = _rows(nlp, "Sudan's army and allied militias attacked the town.")
    assert len(rows) == 2


def test_it_after_a_speaker_behind_a_dateline_is_the_speaker(nlp):
    rows = _rows(nlp, "BUCHAREST, May 2 (Reuters) - Moldova said late on Friday that it was expelling three Russian diplomats.")
    assert [(s, p) for s, _, p in rows] == [("MDA", "SANCTION")]


# --- "..., prompting X to ...": X's reaction is an act of its own --------------------------------

def test_an_accusation_prompted_by_a_threat_is_coded(nlp):
    rows = _rows(nlp, "Hungary's prime minister threatened to veto the budget, prompting the Polish president "
                      "to accuse Budapest of blackmail.")
    assert ("POLGOV", "HUNGOV", "ACCUSE") in rows


def test_a_rally_prompted_by_a_rejection_is_a_protest(nlp):
    rows = _rows(nlp, "Armenia's election commission dismissed a complaint by opposition parties on Monday, "
                      "prompting hundreds of opposition supporters to rally outside its offices.")
    assert [(s, p) for s, _, p in rows if p == "PROTEST"] == [("ARMOPP", "PROTEST")]


def test_a_call_for_calm_prompted_by_a_jailing_is_no_hostile_act(nlp):
    rows = _rows(nlp, "The court jailed the mayor, prompting his party to call for calm.")
    assert [p for _, _, p in rows] == ["COERCE"]


# --- "..., a move X condemned": X reacts to the main clause's doer ---------------------------------

def test_a_move_condemned_in_an_appositive_targets_the_doer(nlp):
    rows = _rows(nlp, "Estonian police closed two Russian-run cultural centres in Tallinn on Monday, a move Moscow "
                      "condemned as discrimination.")
    assert ("RUSGOV", "ESTCOP", "ACCUSE") in rows


def test_a_decision_welcomed_in_an_appositive_targets_the_doer(nlp):
    rows = _rows(nlp, "Kenya lifted its ban on Ugandan maize imports, a decision that Kampala welcomed.")
    assert ("UGAGOV", "KEN", "SUPPORT") in rows


def test_a_charge_rejected_in_an_appositive_targets_the_accuser(nlp):
    rows = _rows(nlp, "Serbia accused Kosovo of arming local militias, a charge Pristina rejected.")
    assert ("KSVGOV", "SRB", "REJECT") in rows
