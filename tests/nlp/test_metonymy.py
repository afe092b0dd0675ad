"""Metonymy in the actors stage: capitals, seats of government and institutions' cities that
stand for a state or an organisation (sentences written for these tests)."""

from __future__ import annotations

import pytest

from stancemap.actors.tables import load_tables

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(actors_by_id):
    return actors_by_id


def _texts(actor):
    return [m.text for m in actor.mentions]


@pytest.mark.parametrize(("text", "actor", "mention"), [
    ("Nassau welcomed the fishing agreement.", "BHSGOV", "Nassau"),
    ("St. John's protested against the levy.", "ATGGOV", "St. John's"),
    ("Yaren asked for more climate funding.", "NRUGOV", "Yaren"),
    ("Sao Tome rejected the loan terms.", "STPGOV", "Sao Tome"),
])
def test_lesser_capitals_stand_for_the_government(run, text, actor, mention):
    a = run(text)
    assert _texts(a[actor]) == [mention]


def test_commercial_city_is_no_capital(run):
    a = run("Lagos rejected the fuel levy.")  # Nigeria's largest city, not its seat of government
    assert "NGAGOV" not in a


def test_organisation_city_that_is_no_capital(run):
    a = run("Turtle Bay welcomed the truce, and Frankfurt kept its rates unchanged.")
    assert _texts(a["IGO:UN"]) == ["Turtle Bay"]
    assert _texts(a["IGO:ECB"]) == ["Frankfurt"]
    a = run("Bankers met in Frankfurt on Monday.")  # a place, not the bank
    assert "IGO:ECB" not in a


def test_seat_after_sentence_initial_determiner_is_no_person(run):
    a = run("The Quai d'Orsay condemned the shelling of the port.")
    seat = a["seat:quai-d-orsay"]
    assert (seat.country, seat.code) == ("FRA", "FRAGOV")
    assert not any(k.startswith("person:") for k in a)


@pytest.mark.parametrize(("text", "actor", "mention"), [
    ("Officials in Nairobi backed the ceasefire.", "KENGOV", "Officials in Nairobi"),
    ("Lawmakers in Washington opposed the trade deal.", "USALEG", "Lawmakers in Washington"),
    ("Lawmakers on Capitol Hill opposed the trade deal.", "USALEG", "Lawmakers on Capitol Hill"),
])
def test_collective_placed_in_a_capital_or_seat(run, text, actor, mention):
    a = run(text)
    assert _texts(a[actor]) == [mention]


def test_envoys_in_a_capital_are_not_its_government(run):
    a = run("Diplomats in Tokyo said the talks had stalled.")  # often foreign envoys posted there
    assert "JPNGOV" not in a


def test_every_un_member_has_a_capital_or_is_a_city_state():
    t = load_tables()
    city_states = {"DJI", "LUX", "MCO", "SMR", "SGP", "KWT"}  # capital named like the state
    ambiguous = {"SYC"}  # Victoria: also an Australian state, a lake and a given name
    missing = [iso for iso, c in t.countries.items()
               if not c.capitals and iso not in city_states | ambiguous and len(iso) == 3]
    members_missing = [iso for iso in missing if iso not in {"HKG", "MAC", "GIB", "FLK", "BMU", "GUM", "VAT"}]
    assert members_missing == []


@pytest.mark.parametrize(("text", "actor", "mention"), [
    ("Officials from Nairobi backed the ceasefire.", "KENGOV", "Officials from Nairobi"),
    ("The junta in Naypyidaw rejected the report.", "MMRGOV", "junta in Naypyidaw"),
    ("Delhi rejected the criticism.", "INDGOV", "Delhi"),
    ("New Delhi rejected the criticism.", "INDGOV", "New Delhi"),
])
def test_more_collectives_and_capital_forms(run, text, actor, mention):
    a = run(text)
    assert _texts(a[actor]) == [mention]


def test_place_in_a_capital_stays_a_place(run):
    a = run("Protests in Delhi grew on Sunday.")
    assert "INDGOV" not in a and _texts(a["IND"]) == ["Delhi"]


def test_opposition_to_is_the_act_not_the_political_opposition(run):
    a = run("Moscow's opposition to the pipeline angered its neighbours.")
    assert "RUSOPP" not in a and _texts(a["RUSGOV"]) == ["Moscow"]
    a = run("The Russian opposition rejected the pipeline.")  # the political opposition stays
    assert a["RUSOPP"].sector == "OPP"


@pytest.mark.parametrize(("text", "actor", "mention"), [
    ("Putrajaya welcomed the palm oil accord.", "MYSGOV", "Putrajaya"),
    ("No 10 said it rejected the plan.", "seat:no-10", "No 10"),
    ("The Beehive rejected the plan.", "seat:beehive", "The Beehive"),
])
def test_administrative_capitals_and_seat_spellings(run, text, actor, mention):
    a = run(text)
    assert _texts(a[actor]) == [mention]


def test_capital_with_possessive_tagged_person_is_the_government(run):
    a = run("Buenos Aires's criticism of the reform was sharp.")
    assert _texts(a["ARGGOV"]) == ["Buenos Aires"]
    assert not any(k.startswith("person:") for k in a)
    a = run("John Smith's criticism of the reform was sharp.")  # a real person keeps the possessive rule
    assert "person:john-smith" in a
