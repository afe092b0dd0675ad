"""The city gazetteer (data/actors/cities.tsv, derived from GeoNames): names -> countries."""

from __future__ import annotations

import pytest

from stancemap.actors.cities import city_candidates, city_country, load_cities
from stancemap.actors.yamlio import ActorDataError


def test_a_large_city_of_one_country():
    assert city_country("Calgary") == "CAN"
    assert city_country("Khanty-Mansiysk") == "RUS"
    assert city_country("Winnipeg") == "CAN"


def test_a_dateline_in_capitals_finds_the_city():
    assert city_country("KHANTY-MANSIYSK") == "RUS"
    assert city_candidates("KATHMANDU")[0][0] == "NPL"


def test_namesakes_are_decided_by_the_sentence_or_left_open():
    assert city_country("Tripoli") == "LBY"  # much larger than its namesakes
    assert city_country("Tripoli", ["LBN"]) == "LBN"  # a sentence about Lebanon
    assert city_country("Hamilton") is None  # Canada, New Zealand, ...: no clear winner
    assert city_country("Hamilton", ["NZL"]) == "NZL"


def test_a_small_namesake_in_a_country_of_the_sentence_does_not_beat_a_famous_city():
    assert any(cc == "USA" for cc, _ in city_candidates("Geneva"))
    assert city_country("Geneva", ["USA"]) == "CHE"


def test_unknown_names():
    assert city_country("Atlantis Minor") is None
    assert city_candidates("") == ()


def test_the_table_is_large_and_well_formed():
    cities = load_cities()
    assert len(cities) > 30000
    assert all(len(cc) == 3 and pop >= 15000 for rows in cities.values() for cc, pop in rows)


def test_a_bad_row_names_the_file_and_line(tmp_path):
    p = tmp_path / "cities.tsv"
    p.write_text("# comment\nGoodtown\tAAA\t20000\nBadtown\tAA\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match="cities.tsv:3"):
        load_cities(p)


def test_us_states_are_in_the_gazetteer_for_the_events_stage():
    assert city_country("Kansas") == "USA" and city_country("Ohio") == "USA"


def test_a_state_before_its_independence_is_the_state_it_left():
    from stancemap.actors.cities import state_on

    assert state_on("SSD", "2005-03-01") == "SDN" and state_on("SSD", "2012-01-01") == "SSD"
    assert state_on("ERI", "1991-01-01") == "ETH" and state_on("ERI", None) == "ERI"
    assert state_on("KEN", "1970-01-01") == "KEN"
