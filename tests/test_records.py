from __future__ import annotations

import dataclasses

import pytest

from stancemap.records import SCHEMA_VERSION, Actor, Article, Content, Mention, Speaker, Statement, TextSpan


def test_records_are_frozen_and_serialise_with_offsets():
    m = Mention("Haddad", 10, 16, "surname")
    a = Actor(id="person:laila-haddad", name="Laila Haddad", type="person", country="JOR",
              role="foreign minister", code="JORGOV", mentions=(m,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "x"  # type: ignore[misc]
    s = Statement(id="s1", speaker=Speaker("Haddad", 10, 16, a.id), cue=TextSpan("said", 17, 21),
                  content=Content("it was over", ((22, 33),)), kind="indirect")
    art = Article(id="x", text="t", actors=(a,), statements=(s,))
    d = art.to_dict()
    assert d["schema_version"] == SCHEMA_VERSION
    assert d["actors"][0]["mentions"] == [{"text": "Haddad", "start": 10, "end": 16, "kind": "surname"}]
    assert d["statements"][0]["content"]["spans"] == [[22, 33]]
    assert d["statements"][0]["speaker"]["actor"] == "person:laila-haddad"
    assert "text" not in art.to_dict(include_text=False)
    assert art.ok and not Article(id="y", text="", meta={"error": {"code": "E101"}}).ok
