"""Wire constructions of the evcover3 round (issue 15): phrasal "set free", aid flown in, aid promised,
one party's drills, killings and releases named by a noun beside a main event, missions ordered out,
sit-ins by civilians and people seized. Own sentences, the full pipeline with the real model."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events

# --- lexicon gaps ----------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "free" parsed as an adverb right after the verb is its particle: a release
    ("Sudanese soldiers set free four Ethiopian farmers held near the border.",
     ("SDNMIL", "Ethiopian farmers", "ETHAGR", "0841")),
    # what is flown in is given (humanitarian aid), not a visit
    ("Turkey flew tents and blankets to flood victims in Libya.", ("TUR", "Libya", "LBY", "073")),
    # aid or money promised is a pledge of aid (AGREE), not aid given
    ("Japan promised new loans to Sri Lanka on Tuesday.", ("JPN", "Sri Lanka", "LKA", "033")),
    # one party's drills are a show of force (MOBILIZE)
    ("The Chinese navy began naval drills off Taiwan.", ("CHNMIL", "Taiwan", "TWN", "150")),
])
def test_wire_wordings_the_lexicon_lacked(nlp, text, expected):
    assert expected in _events(nlp, text)


@pytest.mark.model
def test_seized_vessels_and_occupied_towns_keep_their_codes(nlp):
    assert ("IRN", "Liberian", "LBR", "1711") in _events(nlp, "Iranian commandos seized a Liberian-flagged tanker in the Gulf.")
    assert [e[3] for e in _events(nlp, "Rebels occupied the border town of Ras Kamboni.")] == ["192"]


# --- event nouns with a "by" party beside a main event ---------------------------------------------

@pytest.mark.model
def test_a_killing_by_y_as_a_subject_is_an_attack_by_y(nlp):
    text = "The killing of two Kenyan teachers by Somali militants drew condemnation."
    assert ("SOMREB", "Kenyan", "KEN", "190") in _events(nlp, text)


@pytest.mark.model
def test_a_release_by_y_is_coded_beside_the_welcome_it_received(nlp):
    # the owned event noun is the subject of a main event (a welcome): both are coded
    rows = _events(nlp, "The release of three Thai fishermen by Myanmar's navy was welcomed in Bangkok.")
    assert ("MMRMIL", "Thai", "THA", "0841") in rows
    assert "051" in [e[3] for e in rows]


# --- conventions -----------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    # foreign missions ordered out are expelled (SANCTION 'expel': 1661 peacekeepers, 1662 monitors)
    ("Burundi ordered UN human rights monitors to leave the country.", "1662"),
    ("The junta ordered French peacekeepers to leave within a week.", "1661"),
    # civilians occupying a building stage a sit-in (PROTEST), no occupation of land (COERCE)
    ("Striking teachers occupied the offices of the education ministry in Nairobi.", "144"),
])
def test_missions_ordered_out_and_civilian_occupations(nlp, text, code):
    assert [e[3] for e in _events(nlp, text)] == [code]


# --- mood and subjects -----------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a coercive measure a party fails to renew, or does not extend, lapses: sanctions eased (085, YIELD)
    ("The Security Council failed to renew its embargo on weapons for South Sudan.", ("IGOUNO", "South Sudan", "SSD", "085")),
    ("The EU did not extend its sanctions on Zimbabwe.", ("IGOEEC", "Zimbabwe", "ZWE", "085")),
    # renewed, they are imposed again
    ("The EU renewed its sanctions on Zimbabwe.", ("IGOEEC", "Zimbabwe", "ZWE", "163")),
    # an infinitive's subject is its controller's for the patterns' subject conditions; a vowed attack
    # with a condition is a threat of force
    ("Separatist militias vowed to target Cameroonian troops if the offensive went on.",
     ("CMRREB", "Cameroonian troops", "CMRMIL", "138")),
    # a promise to resettle refugees is a pledge of aid (AGREE), not the asylum granted
    ("Australia's promise to resettle refugees from Syria drew criticism at home.", ("AUS", "Syria", "SYR", "0333")),
])
def test_moods_and_inherited_subjects(nlp, text, expected):
    assert expected in _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Ethiopian troops moved against the rebels in Tigray.", "190"),  # force used
    ("Burmese authorities confined the opposition leader to her villa in Naypyidaw.", "173"),  # house arrest
    ("China cast its veto against a draft resolution on Myanmar.", "129"),  # a veto, no concession
])
def test_wire_verbs_of_force_detention_and_veto(nlp, text, code):
    assert [e[3] for e in _events(nlp, text)] == [code]


# --- ASSAULT or COERCE -----------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    # people seized are abducted (ASSAULT), by the police arrested (COERCE); things seized are confiscated
    ("Pirates seized six fishermen off the Somali coast.", "181"),
    ("Mutinous soldiers seized the speaker of parliament in Bamako.", "181"),
    ("Police seized two students at the rally in Dhaka.", "173"),
    ("Customs officers seized two tonnes of cocaine in Rotterdam.", "1711"),
])
def test_people_seized_are_abducted_or_arrested(nlp, text, code):
    assert code in [e[3] for e in _events(nlp, text)]


def _plover(nlp, text: str) -> list[str | None]:
    return [e.plover for e in nlp(text)._.sm_events]


@pytest.mark.model
def test_a_crackdown_that_names_harm_is_an_assault(nlp):
    # a crackdown naming no violence is repression short of force (COERCE, a plover override) ...
    assert _plover(nlp, "Security forces cracked down on students in Dhaka.") == ["COERCE"]
    # ... one that names the harm it did, in a participle clause or a phrase of means, is ASSAULT (175)
    assert _plover(nlp, "Security forces cracked down on students in Dhaka, killing four.") == ["ASSAULT"]
    assert _plover(nlp, "Riot police cracked down on the march with tear gas and batons.") == ["ASSAULT"]
    # harm named only in what was acted on is not the act's
    assert _plover(nlp, "The army demolished the house of a man accused of a shooting that killed a guard.") == ["COERCE"]


@pytest.mark.model
def test_it_as_the_object_of_a_second_verb_is_the_first_verbs_object(nlp):
    rows = _events(nlp, "Syrian troops besieged the rebel-held town and shelled it for weeks.")
    assert [(e[1], e[3]) for e in rows] == [("the rebel-held town", "191"), ("the rebel-held town", "194")]


# --- concessions to the party that pressed for them ------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "target", "code"), [
    ("The interior minister resigned amid pressure from the army.", "the army", "0831"),
    ("The Peruvian president stepped down after weeks of protests by farmers' unions.", "farmers' unions", "0831"),
    ("The finance minister bowed to demands from the unions and dropped the tax.", "the unions", "080"),
])
def test_a_concession_is_made_to_the_party_that_pressed_for_it(nlp, text, target, code):
    assert (target, code) in [(e[1], e[3]) for e in _events(nlp, text)]


@pytest.mark.model
def test_a_resignation_with_no_pressure_named_has_no_target(nlp):
    assert [(e[1], e[3]) for e in _events(nlp, "The Kenyan health minister resigned on Friday.")] == [(None, "0831")]


@pytest.mark.model
def test_installations_struck_are_attacked_and_a_vow_to_strike_them_is_a_threat(nlp):
    assert "190" in [e[3] for e in _events(nlp, "Houthi drones struck an oil refinery in Jizan.")]
    rows = _events(nlp, "The militants vowed to strike Nigerian oil installations if the army moved in.")
    assert [e[3] for e in rows] == ["138"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Kenyan police picked up two student leaders in Nakuru.", "173"),  # detained
    ("The authorities shut down a popular news portal in Minsk.", "1721"),  # media closed
    ("The supreme court threw out the candidate's petition against the result.", "120"),  # a case rejected
])
def test_wire_phrasal_verbs_of_detention_closure_and_rejection(nlp, text, code):
    assert code in [e[3] for e in _events(nlp, text)]


@pytest.mark.model
def test_picking_up_seats_is_no_detention(nlp):
    assert "173" not in [e[3] for e in _events(nlp, "The ruling party picked up three seats in the by-election.")]


@pytest.mark.model
def test_an_audit_is_an_investigation(nlp):
    rows = _events(nlp, "The ministry ordered an audit of the state oil company's accounts.")
    assert [(e[1], e[3]) for e in rows] == [("the state oil company", "090")]
