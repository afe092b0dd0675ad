"""The project's world-knowledge table: loads, validates, and dated selection by article date."""

from __future__ import annotations

import pytest
from spacy.vocab import Vocab

from stancemap.actors.dictionary import DictEntry, load_dictionary
from stancemap.actors.world import load_world
from stancemap.actors.yamlio import ActorDataError
from stancemap.nlp.actors.gazetteer import Gazetteer, get_gazetteer


def test_world_table_loads_with_persons_and_groups():
    w = load_world()
    assert len(w) > 1000
    by = {}
    for e in w:
        by.setdefault(e.name, []).append(e)
    putin = by["Vladimir Putin"]
    assert {e.country for e in putin} == {"RUS"} and all(e.sector == "GOV" for e in putin)
    assert by["Kofi Annan"][0].code == "IGOUNO" and by["Kofi Annan"][0].country is None
    farc = by["Revolutionary Armed Forces of Colombia"][0]
    assert (farc.type, farc.country, farc.sector) == ("organisation", "COL", "REB")


def test_csv_comments_and_errors_with_line(tmp_path):
    p = tmp_path / "d.csv"
    p.write_text("# a comment\nname,code,valid_from\n# another\nAnna Test,FRAGOV,2001\nBad One,FR1\n")
    with pytest.raises(ActorDataError, match=r"d\.csv:5"):
        load_dictionary(p)
    p.write_text("# c\nname,code\nAnna Test,FRAGOV\n")
    assert [e.country for e in load_dictionary(p)] == ["FRA"]


def test_pick_by_date_and_ambiguity():
    gaz = get_gazetteer(Vocab())
    # two presidents share the surname: the article date decides
    assert gaz.pick("Bush", "1990-05-01").name == "George H. W. Bush"
    assert gaz.pick("Bush", "2004-05-01").name == "George W. Bush"
    assert gaz.pick("Bush", None) is None
    assert gaz.country_hint("Bush") == "USA"
    # a full name is the same person whatever the date; its code follows the office held
    assert gaz.pick("Recep Tayyip Erdogan", "2010-01-01").role == "prime minister"
    assert gaz.pick("Recep Tayyip Erdogan", "2020-01-01").role == "president"
    # a bare world-table surname out of office on the date stays unresolved
    assert gaz.pick("Thatcher", "2016-06-01") is None
    assert gaz.pick("Thatcher", "1985-06-01").code == "GBRGOV"
    assert gaz.pick("Suharto", "2005-01-01").country == "IDN"  # a one-word full name is no bare surname


def test_user_entries_win_over_world():
    user = (DictEntry(name="Vladimir Putin", aliases=("Putin",), country="XKX", code="KSVGOV"),)
    gaz = Gazetteer(Vocab(), get_gazetteer(Vocab()).tables, user, load_world())
    assert gaz.pick("Putin", "2005-01-01").country == "XKX"
