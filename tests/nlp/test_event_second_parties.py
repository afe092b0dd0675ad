"""Second parties of an event (issue 15, evrank round): companions, an accusation's alleged act,
holders of what is struck, and the ranking of prepositional parties (own sentences, real parse)."""

from __future__ import annotations

import pytest

from stancemap.nlp.events.component import extract_events

from .test_events import _doc

pytestmark = pytest.mark.model


def _dyads(doc) -> list[tuple[str | None, str | None, str]]:
    return [(e.source, e.target, e.cameo_root) for e in extract_events(doc)]


def test_object_companion_after_verb_is_a_second_target(nlp_base):
    doc = _doc(nlp_base, "Egyptian police arrested a Dutch reporter together with a Belgian photographer in Cairo.",
               {"Egyptian police": "EGYCOP", "Dutch reporter": "NLDMED", "Belgian photographer": "BELMED"})
    dyads = _dyads(doc)
    assert ("EGYCOP", "NLDMED", "17") in dyads
    assert ("EGYCOP", "BELMED", "17") in dyads


def test_subject_companion_is_a_second_source(nlp_base):
    doc = _doc(nlp_base, "The European Union, along with Japan, pledged emergency aid to Tonga.",
               {"European Union": "EUR", "Japan": "JPN", "Tonga": "TON"})
    sources = {(s, t) for s, t, _ in _dyads(doc)}
    assert sources == {("EUR", "TON"), ("JPN", "TON")}


def test_verb_companion_without_object_is_not_added(nlp_base):
    # "worked together with X": X is the partner, not a companion of an object
    doc = _doc(nlp_base, "Chile worked together with Peru on the fishing rules.", {"Chile": "CHL", "Peru": "PER"})
    assert {(s, t) for s, t, _ in _dyads(doc)} == {("CHL", "PER"), ("PER", "CHL")}


def test_accused_party_does_the_alleged_act_to_a_third(nlp_base):
    doc = _doc(nlp_base, "Georgia accused Russia of bombing Georgian villages near Gori.",
               {"Georgia": "GEO", "Russia": "RUS", "Georgian villages": "GEOCVL"})
    dyads = _dyads(doc)
    assert dyads[0] == ("GEO", "RUS", "11")
    assert ("RUS", "GEOCVL", "19") in dyads or ("RUS", "GEOCVL", "18") in dyads


def test_accusation_without_a_third_party_stays_one_event(nlp_base):
    doc = _doc(nlp_base, "Serbia accused Croatia of lying about the talks.", {"Serbia": "SRB", "Croatia": "HRV"})
    assert [(s, t) for s, t, _ in _dyads(doc)] == [("SRB", "HRV")]


def test_holder_of_struck_positions_is_the_target(nlp_base):
    doc = _doc(nlp_base, "Israeli aircraft struck positions held by Hezbollah in southern Lebanon.",
               {"Israeli aircraft": "ISRMIL", "Hezbollah": "LBNREB", "Lebanon": "LBN"})
    assert _dyads(doc)[0][:2] == ("ISRMIL", "LBNREB")


def test_party_aimed_at_before_the_venue(nlp_base):
    doc = _doc(nlp_base, "Guyana lodged a complaint against Venezuela at the International Court of Justice.",
               {"Guyana": "GUY", "Venezuela": "VEN", "International Court of Justice": "IGOUNOICJ"})
    assert _dyads(doc)[0][:2] == ("GUY", "VEN")


def test_possessor_of_object_before_its_for_complement(nlp_base):
    doc = _doc(nlp_base, "Parliament rejected the prime minister's candidate for the central bank.",
               {"Parliament": "LEG", "prime minister": "GOV", "central bank": "BUS"})
    assert _dyads(doc)[0][:2] == ("LEG", "GOV")


def test_circumstance_before_the_verb_is_no_call(nlp_base):
    doc = _doc(nlp_base, "On a trip to Kenya, the Ugandan president voiced his firm support of President William Ruto.",
               {"Kenya": "KEN", "Ugandan president": "UGAGOV", "William Ruto": "KENGOV"})
    assert _dyads(doc)[0][:2] == ("UGAGOV", "KENGOV")


def test_condemned_act_is_a_second_event_of_its_own_parties(nlp_base):
    doc = _doc(nlp_base, "Chad condemned Libya's air strikes on Sudanese border towns.",
               {"Chad": "TCD", "Libya": "LBY", "Sudanese border towns": "SDN"})
    dyads = _dyads(doc)
    assert ("TCD", "LBY", "11") in dyads
    assert ("LBY", "SDN", "19") in dyads or ("LBY", "SDN", "18") in dyads


def test_welcomed_release_is_the_releaser_to_the_released(nlp_base):
    doc = _doc(nlp_base, "Italy welcomed Egypt's release of three Italian students.",
               {"Italy": "ITA", "Egypt": "EGY", "Italian students": "ITAEDU"})
    dyads = _dyads(doc)
    assert ("ITA", "EGY", "05") in dyads
    assert ("EGY", "ITAEDU", "08") in dyads


def test_reaction_to_a_statement_gives_no_second_event(nlp_base):
    doc = _doc(nlp_base, "Peru criticised Bolivia's remarks about Chile.", {"Peru": "PER", "Bolivia": "BOL", "Chile": "CHL"})
    assert {(s, t) for s, t, _ in _dyads(doc)} == {("PER", "BOL")}


def test_party_joined_in_an_act_does_it_too(nlp_base):
    doc = _doc(nlp_base, "Denmark joined Finland in condemning Russia over the cyber attacks.",
               {"Denmark": "DNK", "Finland": "FIN", "Russia": "RUS"})
    pairs = {(s, t) for s, t, _ in _dyads(doc)}
    assert pairs == {("DNK", "RUS"), ("FIN", "RUS")}


def test_decision_holder_named_by_possessor_does_the_act(nlp_base):
    doc = _doc(nlp_base, "Kenya welcomed Ethiopia's decision to free the Eritrean detainees.",
               {"Kenya": "KEN", "Ethiopia": "ETH", "Eritrean detainees": "ERICVL"})
    assert ("ETH", "ERICVL", "08") in _dyads(doc)
    doc = _doc(nlp_base, "Chile reaffirmed its commitment to helping Haiti.", {"Chile": "CHL", "Haiti": "HTI"})
    assert _dyads(doc)[0][:2] == ("CHL", "HTI")


def test_reciprocal_act_of_two_sources_is_between_them(nlp_base):
    doc = _doc(nlp_base, "Kenya and Somalia agreed to swap detained fishermen next week.",
               {"Kenya": "KEN", "Somalia": "SOM"})
    assert {(s, t) for s, t, _ in _dyads(doc)} == {("KEN", "SOM"), ("SOM", "KEN")}



def test_blamed_for_an_attack_noun_stays_one_event(nlp_base):
    # an accusation "for" an event noun: only the accusation (the PLOVER GSR codes it so)
    doc = _doc(nlp_base, "Niger blamed Mali for a drone strike on Nigerien soldiers near the border.",
               {"Niger": "NER", "Mali": "MLI", "Nigerien soldiers": "NERMIL"})
    assert [(s, t) for s, t, _ in _dyads(doc)] == [("NER", "MLI")]


def _events(doc) -> set[tuple[str | None, str | None, str, bool, bool, bool]]:
    """(source, target, CAMEO code, reported, negated, hypothetical) of each event."""
    return {(e.source, e.target, e.cameo, e.reported, e.negated, e.hypothetical) for e in extract_events(doc)}


@pytest.mark.parametrize("adverb", ["not", "never"])
def test_negated_alleged_gerund_is_a_negated_act(nlp_base, adverb):
    doc = _doc(nlp_base, f"Norway accused Chile of {adverb} helping Peru.",
               {"Norway": "NOR", "Chile": "CHL", "Peru": "PER"})
    events = _events(doc)
    assert {(s, t, neg) for s, t, _, _, neg, _ in events} == {("NOR", "CHL", False), ("CHL", "PER", True)}
    assert all(rep for s, _, _, rep, _, _ in events if s == "CHL")


def test_alleged_gerund_without_negation_stays_a_real_act(nlp_base):
    doc = _doc(nlp_base, "Norway accused Chile of arming rebels in Peru.", {"Norway": "NOR", "Chile": "CHL", "Peru": "PER"})
    assert {(s, t, rep, neg, hyp) for s, t, _, rep, neg, hyp in _events(doc)} == {
        ("NOR", "CHL", False, False, False), ("CHL", "PER", True, False, False)}


@pytest.mark.parametrize("modifier", ["the proposed", "the planned", "a possible", "any"])
def test_reacted_act_with_irrealis_modifier_is_hypothetical(nlp_base, modifier):
    doc = _doc(nlp_base, f"Spain opposed {modifier} Turkish blockade of Cyprus.",
               {"Spain": "ESP", "Turkish": "TUR", "Cyprus": "CYP"})
    second = {(s, t, rep, hyp) for s, t, _, rep, _, hyp in _events(doc) if s == "TUR"}
    assert second == {("TUR", "CYP", True, True)}


def test_reacted_act_without_modifier_is_not_hypothetical(nlp_base):
    doc = _doc(nlp_base, "Chad condemned Libya's air strikes on Sudanese border towns.",
               {"Chad": "TCD", "Libya": "LBY", "Sudanese border towns": "SDN"})
    assert {(s, t, c[:2], rep, neg, hyp) for s, t, c, rep, neg, hyp in _events(doc)} == {
        ("TCD", "LBY", "11", False, False, False), ("LBY", "SDN", "19", True, False, False)}


def test_gerund_after_the_object_is_the_objects_act(nlp_base):
    doc = _doc(nlp_base, "Italy criticised Hungary for meeting Belarus.", {"Italy": "ITA", "Hungary": "HUN", "Belarus": "BLR"})
    assert {(s, t, c[:2], rep) for s, t, c, rep, _, _ in _events(doc)} == {
        ("ITA", "HUN", "11", False), ("HUN", "BLR", "04", True), ("BLR", "HUN", "04", True)}


def test_plans_of_a_named_holder_confirmed_by_another_are_the_holders_intent(nlp_base):
    doc = _doc(nlp_base, "The UK confirmed Turkey's plans to send troops to Libya.", {"UK": "GBR", "Turkey": "TUR", "Libya": "LBY"})
    events = _events(doc)
    assert {(s, t) for s, t, *_ in events} == {("TUR", "LBY")}
    assert all(not c.startswith("15") for _, _, c, *_ in events)  # a plan, not a deployment


def test_own_forces_acting_near_their_country_have_no_target(nlp_base):
    doc = _doc(nlp_base, "The coast guard patrolled waters near Japan.", {"coast guard": "JPNMIL", "Japan": "JPN"})
    assert _events(doc) == set()


def test_gerund_after_a_common_noun_party_is_its_act(nlp_base):
    doc = _doc(nlp_base, "Police detained the Danish activist for assaulting a Swedish diplomat.",
               {"Police": "COP", "Danish activist": "DNKACT", "Swedish diplomat": "SWEGOV"})
    assert {(s, t, c[:2]) for s, t, c, *_ in _events(doc)} == {("COP", "DNKACT", "17"), ("DNKACT", "SWEGOV", "18")}


def test_light_verb_event_noun_with_irrealis_modifier_is_hypothetical(nlp_base):
    doc = _doc(nlp_base, "Canada announced future talks with Mexico.", {"Canada": "CAN", "Mexico": "MEX"})
    assert {(s, t, c[:2], hyp) for s, t, c, _, _, hyp in _events(doc)} == {
        ("CAN", "MEX", "04", True), ("MEX", "CAN", "04", True)}
