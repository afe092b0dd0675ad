"""Persons whose given name no table knows, found by the structure around the name, and look-alike
places, organisations and products that must stay what they are (sentences written for this test;
the names are invented)."""

from __future__ import annotations

import pytest

from stancemap.nlp.actors.component import extract_actors

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(nlp_base):
    def _run(text: str):
        doc = nlp_base(text)
        actors, _ = extract_actors(doc)
        return actors

    return _run


def _persons(actors) -> set[str]:
    return {a.name for a in actors if a.type == "person"}


@pytest.mark.parametrize("text, name", [
    ("Oyelaran Bakre, a spokeswoman for the port authority, said the cranes would stay idle.", "Oyelaran Bakre"),
    ("Tevita Halaholo, 47, said the flood had taken his boat.", "Tevita Halaholo"),
    ("Dr. Quillon Marsk told reporters the clinic was out of insulin.", "Quillon Marsk"),
    ("Zuberi Mwakyusa, who heads the farmers' cooperative, rejected the new levy.", "Zuberi Mwakyusa"),
    ("Sen. Harlow Tindrum said the bill would die in committee.", "Harlow Tindrum"),
    ("Ileana Vostrikova, the union's lawyer, said the strike was legal.", "Ileana Vostrikova"),
])
def test_a_name_with_person_structure_is_a_person(run, text: str, name: str) -> None:
    persons = _persons(run(text))
    assert any(name.split()[-1] in p for p in persons), persons


@pytest.mark.parametrize("text, not_person", [
    ("Kestrel Ridge, a mining town in the north, voted against the plan.", "Kestrel Ridge"),
    ("Brightwater Analytics, a consulting firm, said demand would fall.", "Brightwater Analytics"),
    ("The Solano Voyager, a tanker, ran aground near the reef.", "Solano Voyager"),
    ("Marrow Creek, which feeds the reservoir, has dried up.", "Marrow Creek"),
    ("Veltro Dynamics, the drone maker, said it would appeal.", "Veltro Dynamics"),
])
def test_places_firms_and_vessels_in_the_same_frames_are_not_persons(run, text: str, not_person: str) -> None:
    persons = _persons(run(text))
    assert not any(not_person.split()[-1] in p for p in persons), persons


def test_given_names_from_many_cultures_are_known(run) -> None:
    from stancemap.actors.tables import load_tables

    t = load_tables()
    for male in ("Chukwuemeka", "Volodymyr", "Siddharth", "Haruki", "Youssef", "Kieran", "Raynard"):
        assert male in t.male and male not in t.female
    for female in ("Ngozi", "Agnieszka", "Priyanka", "Siobhan", "Zeynep", "Amandla"):
        assert female in t.female and female not in t.male
    # words and places that look like given names stay out of the tables
    for word in ("Said", "Sofia", "Santiago", "Solomon", "Carolina", "Akbar"):
        assert word not in t.male and word not in t.female


@pytest.mark.parametrize("text, name", [
    ("Walter Brisk, a retired Harbor Line ferry operator, said the fares were too high.", "Walter Brisk"),
    ("Nora Castell, the longtime county Board minority whip in Vermont, backed the tax.", "Nora Castell"),
    ("Peter Lindqvist, whose 2011 book on the mills sold well, said the plant would close.", "Peter Lindqvist"),
])
def test_a_person_named_in_full_stays_a_person_before_a_description_ending_in_a_thing_word(run, text, name) -> None:
    assert name in _persons(run(text))
