from __future__ import annotations

import pytest

from stancemap.actors import ActorDataError, ActorRegistry
from stancemap.records import Actor, Mention


def _person(role: str, name: str = "Ahmet Ozkan", country: str = "TUR") -> Actor:
    return Actor(id="person:ahmet-ozkan", name=name, type="person", country=country, role=role,
                 code=f"{country}GOV", mentions=(Mention("Ozkan", 0, 5, "surname"),), sector="GOV")


def test_role_intervals_follow_article_dates():
    reg = ActorRegistry()
    reg.observe([_person("foreign minister")], date="2012-03-01")
    reg.observe([_person("foreign minister")], date="2013-10-01")
    reg.observe([_person("prime minister")], date="2015-02-01")
    reg.observe([_person("prime minister")], date="2016-02-01")
    r = reg.get("person:ahmet-ozkan")
    assert [(iv.value, iv.start, iv.end) for iv in r.roles] == [
        ("foreign minister", "2012-03-01", "2013-10-01"),
        ("prime minister", "2015-02-01", "2016-02-01"),
    ]
    assert reg.role_on("person:ahmet-ozkan", "2013-01-01") == "foreign minister"
    assert reg.role_on("person:ahmet-ozkan", "2014-06-01") == "foreign minister"  # latest started before
    assert reg.role_on("person:ahmet-ozkan", "2015-06-01") == "prime minister"
    assert reg.role_on("person:ahmet-ozkan") == "prime minister"
    assert r.articles == 4 and r.first_seen == "2012-03-01" and r.last_seen == "2016-02-01"
    assert "Ozkan" in r.aliases


def test_fullest_name_and_find():
    reg = ActorRegistry()
    reg.observe([_person("minister", name="Ozkan")])
    reg.observe([_person("minister", name="Ahmet Ozkan")])
    assert reg.get("person:ahmet-ozkan").name == "Ahmet Ozkan"
    assert [r.id for r in reg.find("ozkan")] == ["person:ahmet-ozkan"]


def test_save_load_roundtrip(tmp_path):
    reg = ActorRegistry()
    reg.observe([_person("foreign minister")], date="2012-03-01")
    p = tmp_path / "reg.json"
    reg.save(p)
    back = ActorRegistry.load(p)
    assert back.to_json() == reg.to_json()
    assert len(back) == 1 and "person:ahmet-ozkan" in back


def test_load_errors(tmp_path):
    p = tmp_path / "x.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(ActorDataError, match="x.json:1"):
        ActorRegistry.load(p)
    p.write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(ActorDataError, match="not an actor registry"):
        ActorRegistry.load(p)
