"""The example article of ../shared (read at run time): the actors the issue asks for."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.nlp.actors.component import extract_actors

pytestmark = [pytest.mark.model, pytest.mark.slow]

EXAMPLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "turkey-russia-syria-iran-2012.txt"


@pytest.fixture(scope="module")
def example(nlp_base):
    if not EXAMPLE.is_file():
        pytest.skip("shared example not available")
    doc = nlp_base(EXAMPLE.read_text(encoding="utf-8"))
    actors, mentions = extract_actors(doc)
    return doc, {a.id: a for a in actors}, mentions


def test_ministers(example):
    _, a, _ = example
    dav = a["person:ahmet-davutoglu"]
    assert (dav.country, dav.role, dav.code) == ("TUR", "foreign minister", "TURGOV")
    lav = a["person:sergei-lavrov"]
    assert (lav.country, lav.role, lav.code) == ("RUS", "foreign minister", "RUSGOV")
    kinds = {m.kind for m in dav.mentions}
    assert {"name", "surname", "pronoun"} <= kinds
    # every "Lavrov" is linked, whatever NER label it got
    text = example[0].text
    n_lavrov = text.count("Lavrov")
    assert sum(1 for m in lav.mentions if m.text.endswith("Lavrov") and m.kind in ("name", "surname")) == n_lavrov
    assert any(m.kind == "pronoun" for m in lav.mentions)


def test_group_media_igo(example):
    _, a, _ = example
    groups = [x for x in a.values() if x.type == "group"]
    assert any(set(g.members) == {"TUR", "RUS"} and any(m.text == "the two countries" for m in g.mentions) for g in groups)
    media = [x for x in a.values() if x.is_source]
    assert [m.name for m in media] == ["Anatolia news agency"]
    assert a["IGO:ARL"].type == "igo"
    assert a["TUR"].type == "state" and a["RUS"].type == "state"


def test_pronoun_he_resolves_to_right_minister(example):
    doc, a, mentions = example
    text = doc.text
    # "He said Turkey was ready to host the talks" follows a Davutoglu sentence
    i = text.index("He said Turkey was ready")
    assert (i, i + 2, "person:ahmet-davutoglu") in mentions
    j = text.index("he also said Russia")
    assert (j, j + 2, "person:sergei-lavrov") in mentions
