"""Where an event's parties are from (issue 15, evparty round): the country and sector of a party
from the place of its act, its coordinated partners, borders, "the government" of the story, and
organisations the tables do not place or place in another country (own sentences, full pipeline
with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(nlp, text: str) -> tuple[list[tuple[str | None, str | None, str]], dict[str, object]]:
    doc = nlp(text)
    acts = {a.id: a for a in doc._.sm_actors}
    return [(e.source_code, e.target_code, e.plover) for e in doc._.sm_events], acts


def test_an_attacker_of_no_country_is_of_the_place_the_victims_were_in(nlp):
    # the one other country of the sentence (Pakistan) is not where the gunmen struck
    evs, _ = _events(nlp, "Gunmen shot dead nine pilgrims in Indian Kashmir on Sunday, a week after Pakistan "
                          "warned India over water.")
    assert ("INDUAF", "IND", "ASSAULT") in evs
    assert not any(s == "PAKUAF" for s, _, _ in evs)


def test_victims_of_two_coordinated_attackers_are_of_neither_attackers_other_country(nlp):
    evs, _ = _events(nlp, "Chad's army and Libyan militiamen killed dozens of civilians in the north of the country, "
                          "a rights group said.")
    assert ("TCDMIL", "TCDCVL", "ASSAULT") in evs
    assert ("LBYMIL", "TCDCVL", "ASSAULT") in evs


def test_a_town_near_a_border_is_not_in_the_country_whose_border_it_is(nlp):
    evs, _ = _events(nlp, "MOGADISHU (Reuters) - Al Shabaab fighters overran a town near the Kenyan border on "
                          "Tuesday, residents said.")
    assert evs == [("SOMREBSHB", "SOM", "ASSAULT")]


def test_an_ethnic_group_is_not_placed_in_the_country_of_a_border(nlp):
    evs, _ = _events(nlp, "Ethnic Karen rebels captured an army base near the Thai border on Friday.")
    assert evs and evs[0][0] == "MMRREB"


def test_the_government_pressed_by_a_countrys_own_union_is_its_government(nlp):
    # not the one other country the sentence names
    evs, _ = _events(nlp, "Spain's largest farmers' union blocked roads on Monday to press the government to cut "
                          "fuel taxes, as France raised its own.")
    assert ("ESPAGR", "ESPGOV", "PROTEST") in evs


def test_the_party_accused_by_a_government_is_of_that_country(nlp):
    evs, _ = _events(nlp, "Venezuela's opposition said its leader had been detained in Caracas, while the interim "
                          "government accused the party of plotting with Colombia.")
    assert ("VENGOV", "VENPTY", "ACCUSE") in evs


def test_the_caretaker_government_is_the_home_country_of_the_group_it_accuses(nlp):
    # the actor stage gives "the caretaker government" the country named last (Israel's)
    evs, _ = _events(nlp, "Lebanon's Hezbollah said it fired rockets at an Israeli base near Safed, while the "
                          "caretaker government accused the group of dragging the country into war.")
    assert ("LBNGOV", "LBNREBHEZ", "ACCUSE") in evs


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


def test_an_organisation_of_a_state_named_in_its_of_complement(nlp):
    _, acts = _events(nlp, "Thousands of supporters of the exiled People's Freedom Organization of Iran rallied in "
                           "Paris on Saturday against Tehran.")
    org = next(a for a in acts.values() if a.name.startswith("People's Freedom Organization"))
    assert (org.country, org.code) == ("IRN", "IRN")


def test_border_helpers(nlp_base):
    from stancemap.nlp.common.borders import border_modifier, near_border

    doc = nlp_base("Rebels seized a town near the Thai border and a camp along its border with Laos.")
    thai = next(t for t in doc if t.text == "Thai")
    laos = next(t for t in doc if t.text == "Laos")
    first_border = next(t for t in doc if t.text == "border")
    assert border_modifier(thai) and border_modifier(laos)
    assert near_border(first_border)
    assert not border_modifier(next(t for t in doc if t.text == "Rebels"))


def test_a_country_an_act_inside_the_partys_phrase_is_aimed_at_does_not_place_it(nlp):
    # "passing secrets to Moscow": Moscow is what the officer's act is aimed at, not his country
    evs, _ = _events(nlp, "KYIV (Reuters) - Ukraine's security service said on Monday it had detained an army "
                          "officer suspected of passing secrets to Moscow.")
    assert any(t == "UKRMIL" and e == "COERCE" for _, t, e in evs)
    assert not any(t and t.startswith("RUS") for _, t, _ in evs)


def test_companies_of_the_world_table(nlp):
    evs, acts = _events(nlp, "A Russian court fined Google 3 million roubles on Tuesday for failing to delete "
                             "banned content.")
    assert ("RUSJUD", "USABUS", "COERCE") in evs
    assert any(a.code == "USABUS" and a.name == "Google" for a in acts.values())
    evs, _ = _events(nlp, "Workers at Samsung Electronics staged a strike on Monday to demand higher pay.")
    assert evs and evs[0][0] == "KORLAB"


@pytest.mark.parametrize(("text", "expected"), [
    # a border closed is the neighbour's; targets struck near a border keep the border's country
    ("Kenya closed its border with Somalia on Monday after a wave of attacks.", ("KEN", "SOM", "COERCE")),
    ("Israeli jets struck targets near the Lebanese border overnight.", ("ISRMIL", "LBN", "ASSAULT")),
])
def test_borders_still_name_the_party_of_acts_on_them(nlp, text, expected):
    evs, _ = _events(nlp, text)
    assert expected in evs
