"""Where an event's parties are from (issue 15, evparty round): the country and sector of a party
from the place of its act, its coordinated partners, borders, "the government" of the story, and
organisations the tables do not place or place in another country (own sentences, full pipeline
with the real model; each rule with a counter-example it must leave alone)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(nlp, text: str) -> tuple[list[tuple[str | None, str | None, str]], dict[str, object]]:
    doc = nlp(text)
    acts = {a.id: a for a in doc._.sm_actors}
    return [(e.source_code, e.target_code, e.plover) for e in doc._.sm_events], acts


# --- the place of an act on the ground places its parties ----------------------------------------


def test_raiders_and_their_captives_are_of_the_place_of_the_raid(nlp):
    # the one other country of the sentence (Niger) is not where the gunmen struck; the second verb
    # shares the first one's place
    evs, _ = _events(nlp, "Masked gunmen raided a village in Nigeria's Zamfara state on Tuesday and abducted 40 "
                          "people, days after Niger closed its border.")
    assert ("NGAUAF", "NGA", "ASSAULT") in evs
    assert ("NGAUAF", "NGACVL", "ASSAULT") in evs


def test_attackers_in_a_capital_are_of_its_country(nlp):
    evs, _ = _events(nlp, "Armed men stormed a hotel in Somalia's capital overnight, a week after Kenya deployed "
                          "more troops.")
    assert ("SOMUAF", "SOM", "ASSAULT") in evs


def test_police_in_a_where_clause_are_of_the_place_it_is_about(nlp):
    # the parser takes "Niger" for an organisation; the employer's city is no place of the arrest
    evs, _ = _events(nlp, "The reporter crossed into Niger, where police arrested him on Monday, his employer in "
                          "Paris said.")
    assert ("NERCOP", "NER", "COERCE") in evs


@pytest.mark.parametrize(("text", "bad"), [
    # a meeting's venue is neutral ground: it places nobody
    ("Advisers to Zelenskiy met U.S. officials in Riyadh on Tuesday.", "SAU"),
    ("A delegation met Chinese officials in Geneva on Monday, the U.S. Treasury said.", "CHE"),
])
def test_the_venue_of_a_meeting_places_no_party(nlp, text, bad):
    evs, _ = _events(nlp, text)
    assert evs and not any((s or "").startswith(bad) or (t or "").startswith(bad) for s, t, _ in evs)


def test_advisers_to_a_leader_are_of_the_leaders_country(nlp):
    evs, _ = _events(nlp, "Advisers to Zelenskiy met U.S. officials in Riyadh on Tuesday.")
    assert ("UKRGOV", "USAGOV", "CONSULT") in evs


# --- parties acting alike ------------------------------------------------------------------------


def test_victims_of_two_coordinated_attackers_are_of_neither_attackers_other_country(nlp):
    evs, _ = _events(nlp, "Chad's army and Libyan militiamen killed dozens of civilians in the north of the country, "
                          "a rights group said.")
    assert ("TCDMIL", "TCDCVL", "ASSAULT") in evs
    assert ("LBYMIL", "TCDCVL", "ASSAULT") in evs


# --- borders -------------------------------------------------------------------------------------


def test_a_town_near_a_border_is_not_in_the_country_whose_border_it_is(nlp):
    evs, _ = _events(nlp, "Government artillery pounded a town near the Rwandan frontier on Sunday, Congolese "
                          "officials said.")
    assert ("CODMIL", "COD", "ASSAULT") in evs
    evs, _ = _events(nlp, "MOGADISHU (Reuters) - Al Shabaab fighters overran a town near the Kenyan border on "
                          "Tuesday, residents said.")
    assert evs == [("SOMREBSHB", "SOM", "ASSAULT")]


def test_an_ethnic_group_is_not_placed_in_the_country_of_a_border(nlp):
    # the actor stage's residence of an ethnic group: not the country a border is named by
    evs, _ = _events(nlp, "Ethnic Kachin insurgents took a jade-mining town near the Chinese border on Friday.")
    assert evs and evs[0][0] == "MMRREB"


@pytest.mark.parametrize(("text", "expected"), [
    # a border closed is the neighbour's; targets struck near a border keep the border's country
    ("Kenya closed its border with Somalia on Monday after a wave of attacks.", ("KEN", "SOM", "COERCE")),
    ("Israeli jets struck targets near the Lebanese border overnight.", ("ISRMIL", "LBN", "ASSAULT")),
])
def test_borders_still_name_the_party_of_acts_on_them(nlp, text, expected):
    evs, _ = _events(nlp, text)
    assert expected in evs


def test_border_helpers(nlp_base):
    from stancemap.nlp.common.borders import border_modifier, near_border

    doc = nlp_base("Rebels seized a town near the Thai border and a camp along its border with Laos.")
    thai = next(t for t in doc if t.text == "Thai")
    laos = next(t for t in doc if t.text == "Laos")
    first_border = next(t for t in doc if t.text == "border")
    assert border_modifier(thai) and border_modifier(laos)
    assert near_border(first_border)
    assert not border_modifier(next(t for t in doc if t.text == "Rebels"))


# --- the state of the story ----------------------------------------------------------------------


def test_the_government_pressed_by_a_countrys_own_union_is_its_government(nlp):
    # not the one other country the sentence names
    evs, _ = _events(nlp, "Spain's largest farmers' union blocked roads on Monday to press the government to cut "
                          "fuel taxes, as France raised its own.")
    assert ("ESPAGR", "ESPGOV", "PROTEST") in evs


def test_the_party_accused_by_a_government_is_of_that_country(nlp):
    evs, _ = _events(nlp, "Venezuela's opposition said its leader had been detained in Caracas, while the interim "
                          "government accused the party of plotting with Colombia.")
    assert ("VENGOV", "VENPTY", "ACCUSE") in evs


def test_a_government_charging_a_group_of_its_country_is_that_countrys(nlp):
    # the actor stage gives "the military-led government" the country named last (the convoy's origin)
    evs, _ = _events(nlp, "Mali's Tuareg rebels claimed to have downed a drone over Kidal, while the military-led "
                          "government charged the group with attacking a convoy from Algeria.")
    assert any(s == "MLIGOV" and e == "ACCUSE" for s, _, e in evs)


@pytest.mark.parametrize(("text", "expected"), [
    # a group's attack on "the army" may be on another country's: the cited army's country stays
    ("Israel's military said Hamas fighters fired rockets at the army in southern Israel.",
     ("PSEREBHMS", "ISRMIL", "ASSAULT")),
    ("Pakistan's army said Afghan Taliban fighters attacked the army near Chaman overnight.",
     ("AFGREBTAL", "PAKMIL", "ASSAULT")),
    ("Israel's defence minister said Hezbollah fighters attacked the army near Metula on Monday.",
     ("LBNREBHEZ", "ISRMIL", "ASSAULT")),
])
def test_an_army_attacked_by_a_foreign_group_keeps_its_country(nlp, text, expected):
    evs, _ = _events(nlp, text)
    assert expected in evs


# --- organisations placed by their own phrase ----------------------------------------------------


def test_a_party_of_the_tables_under_another_countrys_possessive_is_that_countrys(nlp):
    evs, acts = _events(nlp, "OTTAWA (Reuters) - Canada's opposition Conservative Party accused the Liberal "
                             "government on Tuesday of hiding the cost of its housing plan.")
    assert ("CANOPP", "CANGOV", "ACCUSE") in evs
    party = next(a for a in acts.values() if a.name == "Conservative Party")
    assert (party.country, party.code) == ("CAN", "CANOPP")


def test_a_name_with_a_known_acronym_in_brackets_is_that_actor(nlp):
    evs, _ = _events(nlp, "The Party of Kurdistan Workers (PKK) attacked a Turkish army post near Hakkari on Sunday.")
    assert ("TURREBPKK", "TURMIL", "ASSAULT") in evs


def test_a_liberation_front_no_table_knows_is_an_armed_group_of_the_story_not_of_the_agency(nlp):
    # the agency's credit lends no country; the dateline does
    evs, _ = _events(nlp, "ADDIS ABABA (Reuters) - The Afar Revolutionary Liberation Front attacked an army post "
                          "on Monday.")
    assert evs == [("ETHREB", "ETHMIL", "ASSAULT")]


# --- aimed at, not from --------------------------------------------------------------------------


def test_a_country_an_act_inside_the_partys_phrase_is_aimed_at_does_not_place_it(nlp):
    # "accused of selling drones to Moscow": Moscow is what the engineer's act is aimed at
    evs, _ = _events(nlp, "KYIV (Reuters) - Ukrainian investigators arrested an engineer accused of selling drone "
                          "blueprints to Moscow, prosecutors said on Friday.")
    assert any(t and t.startswith("UKR") and e == "COERCE" for _, t, e in evs)
    assert not any(t and t.startswith("RUS") for _, t, _ in evs)


def test_companies_of_the_world_table(nlp):
    evs, acts = _events(nlp, "A Russian court fined Google 3 million roubles on Tuesday for failing to delete "
                             "banned content.")
    assert ("RUSJUD", "USABUS", "COERCE") in evs
    assert any(a.code == "USABUS" and a.name == "Google" for a in acts.values())
