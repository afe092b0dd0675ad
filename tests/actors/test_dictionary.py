from __future__ import annotations

import pytest

from stancemap.actors import ActorDataError, DictEntry, load_dictionary, write_dictionary
from stancemap.actors.dictionary import entry_valid_on

YAML = """\
- name: Nadia Quell
  aliases: [Quell]
  type: person
  country: FRA
  role: defence minister
  code: FRAGOV
  valid_from: 2019-01-01
  valid_to: 2020-06-30
- name: Northern Pact
  type: igo
  code: IGONPT
"""


def test_yaml_dictionary(tmp_path):
    p = tmp_path / "d.yaml"
    p.write_text(YAML, encoding="utf-8")
    entries = load_dictionary(p)
    assert [e.name for e in entries] == ["Nadia Quell", "Northern Pact"]
    e = entries[0]
    assert e.aliases == ("Quell",) and e.sector == "GOV" and e.country == "FRA"
    assert e.valid_from == "2019-01-01" and e.valid_to == "2020-06-30"
    assert e.source.endswith("d.yaml:1")


def test_csv_dictionary_and_roundtrip(tmp_path):
    p = tmp_path / "d.csv"
    p.write_text("name,aliases,type,code,valid_from\nOmar Vesk,Vesk|O. Vesk,person,EGYGOV,2010\n", encoding="utf-8")
    (e,) = load_dictionary(p)
    assert e.aliases == ("Vesk", "O. Vesk") and e.country == "EGY" and e.valid_from == "2010-01-01"
    for suffix in ("yaml", "csv"):
        out = tmp_path / f"out.{suffix}"
        write_dictionary([e], out)
        (back,) = load_dictionary(out)
        assert (back.name, back.aliases, back.code, back.valid_from) == (e.name, e.aliases, e.code, e.valid_from)


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("- name: A\n  type: planet\n", ":1", "type"),
        ("- name: A\n- name: B\n  code: TUR-GOV\n", ":2", "code"),
        ("- name: A\n  valid_from: 2020-13-01\n", "", "month"),
        ("- name: A\n  valid_from: 13/01/2020\n", ":1", "valid_from"),
        ("- name: A\n  colour: red\n", ":1", "unknown field"),
        ("- aliases: [x]\n", ":1", "name"),
        ("- name: [unclosed\n", ":2", "YAML"),
    ],
)
def test_errors_carry_file_and_line(tmp_path, text, where, message):
    p = tmp_path / "bad.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ActorDataError) as exc:
        load_dictionary(p)
    assert f"bad.yaml{where}" in str(exc.value)
    assert message in str(exc.value)


def test_csv_error_line(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("name,type\nA,person\nB,spaceship\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"bad.csv:3"):
        load_dictionary(p)


def test_unknown_format(tmp_path):
    p = tmp_path / "d.json"
    p.write_text("[]", encoding="utf-8")
    with pytest.raises(ActorDataError, match="unknown dictionary format"):
        load_dictionary(p)


def test_entry_valid_on():
    e = DictEntry(name="X", valid_from="2010-01-01", valid_to="2012-12-31")
    assert entry_valid_on(e, "2011-05-05") and entry_valid_on(e, None)
    assert not entry_valid_on(e, "2009-12-31") and not entry_valid_on(e, "2013-01-01")
