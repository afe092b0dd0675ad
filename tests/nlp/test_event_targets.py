"""Event targets and sources from less direct arguments (own sentences, real model parse)."""

from __future__ import annotations

import pytest

from stancemap.nlp.events.component import extract_events

from .test_events import _doc

pytestmark = pytest.mark.model


def _dyads(doc) -> list[tuple[str | None, str | None, str]]:
    return [(e.source, e.target, e.cameo_root) for e in extract_events(doc)]


def test_target_is_author_of_rejected_proposal(nlp_base):
    doc = _doc(nlp_base, "Chile turned down a new proposal from Bolivia on Friday.",
               {"Chile": "CHL", "Bolivia": "BOL"})
    assert ("CHL", "BOL", "12") in _dyads(doc)


def test_target_from_protest_motive(nlp_base):
    doc = _doc(nlp_base, "Kenyan farmers blocked the roads in protest against Uganda's new tariffs.",
               {"Kenyan farmers": "KENAGR", "Uganda": "UGA"})
    dyads = _dyads(doc)
    assert dyads and dyads[0][:2] == ("KENAGR", "UGA")


def test_reduced_relative_subject_is_the_source(nlp_base):
    doc = _doc(nlp_base, "The Red Cross team based in Chad said the army must free the detainees.",
               {"Red Cross": "NGOIRC", "army": "TCDMIL"})
    dyads = _dyads(doc)
    assert dyads and dyads[0][0] == "NGOIRC"


@pytest.mark.parametrize(("text", "root"), [
    ("The army completed its withdrawal from the northern province on Sunday.", "08"),
    ("Rebel commanders intensified their offensive against the capital.", "19"),
    ("Dock workers stopped work on Monday over unpaid wages.", "14"),
])
def test_aspect_light_verbs_and_work_stoppages(nlp_base, text, root):
    roots = [e.cameo_root for e in extract_events(_doc(nlp_base, text))]
    assert roots and roots[0] == root, text


def test_frame_noun_as_occurring_event(nlp_base):
    doc = _doc(nlp_base, "Student riots against the new fees continued for a third day.")
    assert [e.cameo for e in extract_events(doc)] == ["145"]


def test_nominal_participle_is_no_event(nlp_base):
    doc = _doc(nlp_base, "Army helicopters evacuated the injured from the flooded valley.",
               {"Army helicopters": "XXXMIL"})
    assert [e.cameo_root for e in extract_events(doc)] == ["07"]


def test_clause_actor_is_last_resort_target(nlp_base):
    doc = _doc(nlp_base, "Ghana is ready to send medical teams to help rebuild the flooded roads in Togo, "
                         "the health minister said.", {"Ghana": "GHA", "Togo": "TGO"})
    dyads = _dyads(doc)
    assert dyads and dyads[0][:2] == ("GHA", "TGO")


def test_the_parties_of_an_unless_condition_are_the_targets(nlp_base):
    doc = _doc(nlp_base, "Peru threatened to leave the talks unless Chile and Bolivia changed course.",
               {"Peru": "PER", "Chile": "CHL", "Bolivia": "BOL"})
    assert {d[:2] for d in _dyads(doc)} == {("PER", "CHL"), ("PER", "BOL")}


def test_clause_target_skips_attribution_and_takes_one_actor(nlp_base):
    doc = _doc(nlp_base, "Peru threatened to leave the talks after Chile and Bolivia changed course.",
               {"Peru": "PER", "Chile": "CHL", "Bolivia": "BOL"})
    dyads = _dyads(doc)
    assert len(dyads) == 1 and dyads[0][0] == "PER" and dyads[0][1] in ("CHL", "BOL")


def test_adjectival_passive_subject_is_the_source(nlp_base):
    doc = _doc(nlp_base, "Greece is opposed to Turkish drilling near Cyprus, a government spokesman said.",
               {"Greece": "GRC", "Turkish": "TUR", "Cyprus": "CYP"})
    dyads = _dyads(doc)
    assert dyads and dyads[0][0] == "GRC" and dyads[0][2] == "12"


def test_message_participle_speaks_for_its_author(nlp_base):
    doc = _doc(nlp_base, "The miners' union issued a statement urging the government to reopen the pits.",
               {"miners' union": "XXXLAB", "government": "XXXGOV"})
    dyads = _dyads(doc)
    assert dyads and dyads[0][:2] == ("XXXLAB", "XXXGOV") and dyads[0][2] == "02"


def test_confirm_reports_the_speakers_own_act(nlp_base):
    doc = _doc(nlp_base, "Canada confirmed on Monday it would impose sanctions on Belarus.",
               {"Canada": "CAN", "Belarus": "BLR"})
    dyads = _dyads(doc)
    assert dyads and dyads[0][:2] == ("CAN", "BLR") and dyads[0][2] == "13"


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Chile faulted Peru for the delay.", "110", "PER"),
    ("Peru snubbed Chile at the summit.", "120", "CHL"),
    ("Chile supplied weapons to Peru.", "072", "PER"),
    ("Peru contributed peacekeepers to the mission in Chile.", "074", "CHL"),
    ("Chile dispatched troops to Peru.", "154", "PER"),
    ("Rebels stormed the barracks in Peru.", "190", "PER"),
    ("Peru granted Chile an extension.", "080", "CHL"),
    ("Peru approved the extradition of the Chilean banker.", "080", "CHL"),
    ("Chile gave Peru a deadline to withdraw its troops.", "139", "PER"),
    ("Chile returned two paintings to Peru.", "0842", "PER"),
    ("Chile rolled back tariffs on Peruvian goods.", "085", "PER"),
    ("Chilean police imposed a curfew in parts of Peru to stop protests after killings by Chilean troops.",
     "1723", "PER"),
    ("Chile will increase pressure on Peru.", "130", "PER"),
    ("Chile increased aid to Peru.", "070", "PER"),
    ("Protesters in Chile burned the Peruvian flag.", "141", "PER"),
])
def test_wire_verbs_and_the_theme_is_no_target(nlp_base, text, code, target):
    doc = _doc(nlp_base, text, {"Chile": "CHL", "Peru": "PER"})
    assert (code, target) in [(e.cameo, e.target) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "pair"), [
    ("Chile reiterated its commitment to supporting Peru.", ("CHL", "PER")),
    ("Chile reaffirmed its pledge to support Peru.", ("CHL", "PER")),
    ("The Chilean minister reaffirmed her government's commitment to helping Peru.", ("CHLGOV", "PER")),
    ("Chilean teachers will not end the strike until Peru pays them.", ("CHLEDU", "PER")),
])
def test_the_holder_of_a_commitment_is_the_source_of_its_act(nlp_base, text, pair):
    doc = _doc(nlp_base, text, {"Chile": "CHL", "Peru": "PER", "Chilean minister": "CHLGOV",
                                "Chilean teachers": "CHLEDU"})
    assert pair in [(e.source, e.target) for e in extract_events(doc)]


def test_a_failed_agreement_is_a_rejection_between_the_parties(nlp_base):
    doc = _doc(nlp_base, "Chile and Peru failed to reach agreement on the border.", {"Chile": "CHL", "Peru": "PER"})
    got = {(e.source, e.target, e.plover, e.negated) for e in extract_events(doc)}
    assert got == {("CHL", "PER", "REJECT", False), ("PER", "CHL", "REJECT", False)}


def test_troops_on_a_peacekeeping_mission_are_aid(nlp_base):
    doc = _doc(nlp_base, "Peru sent troops to Chile on a peacekeeping mission.", {"Chile": "CHL", "Peru": "PER"})
    assert [(e.source, e.target, e.cameo) for e in extract_events(doc)] == [("PER", "CHL", "074")]


def test_deployed_troops_are_the_source_of_their_deployment(nlp_base):
    doc = _doc(nlp_base, "Chilean soldiers were deployed to Peru on Monday.", {"Chilean soldiers": "CHLMIL", "Peru": "PER"})
    assert [(e.source, e.target, e.plover) for e in extract_events(doc)] == [("CHLMIL", "PER", "MOBILIZE")]


@pytest.mark.parametrize("text", ["Chile fought the epidemic in Peru.", "Peru is fighting corruption in Chile."])
def test_fighting_a_disease_or_a_vice_is_no_event(nlp_base, text):
    assert extract_events(_doc(nlp_base, text, {"Chile": "CHL", "Peru": "PER"})) == []


@pytest.mark.parametrize(("text", "mentions", "expected"), [
    ("Two French reporters were detained in Venezuela on Monday.",
     {"French reporters": "FRAMED", "Venezuela": "VEN"}, ("VEN", "FRAMED", "17")),
    ("Four aid workers were freed from captivity in Mali after a month.",
     {"Mali": "MLI"}, ("MLI", None, "08")),
])
def test_passive_state_act_without_agent_names_the_country_it_happened_in(nlp_base, text, mentions, expected):
    dyads = _dyads(_doc(nlp_base, text, mentions))
    src, tgt, root = expected
    assert any(d[0] == src and d[2] == root and (tgt is None or d[1] == tgt) for d in dyads), dyads


def test_passive_act_with_an_agent_or_an_attack_keeps_its_source(nlp_base):
    doc = _doc(nlp_base, "The journalist was arrested by Egyptian police in Cairo.",
               {"Egyptian police": "EGYCOP", "Cairo": "EGY"})
    assert [d[0] for d in _dyads(doc)] == ["EGYCOP"]
    doc = _doc(nlp_base, "A soldier was shot in Somalia on Monday.", {"Somalia": "SOM"})
    assert all(d[0] != "SOM" for d in _dyads(doc))


def test_place_of_a_targetless_act_under_its_object_modifier(nlp_base):
    doc = _doc(nlp_base, "The rebel front has declared a unilateral truce effective from Monday in Chad.",
               {"rebel front": "TCDREB", "Chad": "TCD"})
    assert ("TCDREB", "TCD") in [d[:2] for d in _dyads(doc)]
