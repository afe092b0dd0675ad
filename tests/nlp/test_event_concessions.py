"""Targets of concessions (PLOVER YIELD) that no party is acted on by: the place of the
circumstances ("resigned after protests in X") and the place a joint truce covers (own
sentences, full pipeline with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _codes(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source_code, e.target_code, e.plover) for e in nlp(text)._.sm_events]


def test_a_resignation_after_protests_goes_to_their_place(nlp):
    evs = _codes(nlp, "Prime Minister Ion Petrescu resigned on Friday after weeks of protests in Romania.")
    assert [(t, p) for _, t, p in evs] == [("ROU", "CONCEDE")]


def test_a_resignation_with_no_place_keeps_no_target(nlp):
    assert [(t, p) for _, t, p in _codes(nlp, "The minister resigned on Friday.")] == [(None, "CONCEDE")]


def test_a_joint_truce_goes_to_each_other_and_to_the_place_it_covers(nlp):
    evs = _codes(nlp, "Greece and Turkey declared a truce in Cyprus on Friday.")
    assert sorted((s, t) for s, t, _ in evs) == [("GRC", "CYP"), ("GRC", "TUR"), ("TUR", "CYP"), ("TUR", "GRC")]
    assert {p for _, _, p in evs} == {"RETREAT"}


def test_a_joint_deal_signed_in_a_city_is_no_act_on_the_city(nlp):
    evs = _codes(nlp, "Greece and Turkey signed a trade deal in Athens on Friday.")
    assert sorted((s, t) for s, t, _ in evs) == [("GRC", "TUR"), ("TUR", "GRC")]


def test_complying_with_a_demand_is_a_concession_to_whoever_made_it(nlp):
    evs = _codes(nlp, "Ecuador complied with a request from Peru.")
    assert evs == [("ECU", "PER", "CONCEDE")]


def test_adhering_to_a_truce_is_a_de_escalation(nlp):
    assert [p for _, _, p in _codes(nlp, "The insurgents adhered to the truce agreed with the army.")] == ["RETREAT"]


def test_keeping_to_rules_or_guidelines_is_no_event(nlp):
    assert _codes(nlp, "The company complied with the new rules.") == []
    assert _codes(nlp, "The doctors adhered to the guidelines of the ministry.") == []
    assert _codes(nlp, "Scientists observed the comet from Chile.") == []


def test_a_joint_promise_to_yield_goes_to_the_party_it_favours(nlp):
    evs = _codes(nlp, "Norway and Sweden agreed to lift a ban on imports of Chilean salmon.")
    assert {(s, t) for s, t, _ in evs} >= {("NOR", "CHL"), ("SWE", "CHL")}
    evs = _codes(nlp, "Norway and Sweden agreed to withdraw their troops from Mali.")
    assert sorted((s, t) for s, t, _ in evs) == [("NOR", "MLI"), ("SWE", "MLI")]
    assert {p for _, _, p in evs} == {"AGREE"}


def test_a_joint_ceasefire_promise_is_also_between_the_sides(nlp):
    evs = _codes(nlp, "Greece and Turkey agreed to a ceasefire to end weeks of clashes along their border in Thrace.")
    assert {("GRC", "TUR"), ("TUR", "GRC")} <= {(s, t) for s, t, _ in evs}


def test_a_joint_intent_with_no_third_party_stays_between_the_sides(nlp):
    evs = _codes(nlp, "Norway and Sweden agreed to share data on fishing stocks.")
    assert sorted((s, t) for s, t, _ in evs) == [("NOR", "SWE"), ("SWE", "NOR")]


def test_a_passive_release_comes_from_the_authority_whose_act_ended_it(nlp):
    evs = _codes(nlp, "Two opposition leaders were released from prison after the Kenyan government dropped the "
                      "charges against them.")
    assert [(s, p) for s, _, p in evs] == [("KENGOV", "RETREAT")]
    evs = _codes(nlp, "The jailed activists were freed on Monday after Egypt's football team won the cup.")
    assert [s for s, _, _ in evs] == [None]
