"""Speakers named with a description (sentences written for these tests, not taken from any
evaluation file).

A speaker phrase that names a person and describes them ("the director of X, Maria Lenz"; "Owen
Pratt, Governor Y's budget adviser") is that person's, not the body or the other person the
description names; a role noun with a name in apposition is that named person; a role noun with a
place word ("the Texas senator") is only a person the article placed there.
"""

from __future__ import annotations

import pytest

import stancemap
from stancemap.eval.actors import actor_at_chars, mention_index

pytestmark = pytest.mark.model

Q1, Q2 = "\u201c", "\u201d"

#: (case, text, speaker phrase as written, the person it must resolve to; None: nobody)
CASES = [
    ("described-first", "The director of the Harbor Safety Institute, Maria Lenz, said the plan would fail.",
     "The director of the Harbor Safety Institute, Maria Lenz", "Maria Lenz"),
    ("described-after", "Maria Lenz, the director of the Harbor Safety Institute, said the plan would fail.",
     "Maria Lenz, the director of the Harbor Safety Institute", "Maria Lenz"),
    ("office-spokesman", "The city hall spokesman, Arne Bolt, said the roads would reopen on Friday.",
     "The city hall spokesman, Arne Bolt", "Arne Bolt"),
    ("another-persons-aide", "Owen Pratt, Governor Sam Ortiz's longtime budget adviser, said the plan would fail.",
     "Owen Pratt, Governor Sam Ortiz's longtime budget adviser", "Owen Pratt"),
    ("supporter-of", "Lena Voss, a nurse and longtime Ortiz voter from Dayton, said the plan would fail.",
     "Lena Voss, a nurse and longtime Ortiz voter from Dayton", "Lena Voss"),
    ("after-quotation", f"{Q1}The new rules will not survive,{Q2} Lars Grady, executive director of the Fair Ballot "
                        "Center, said in an interview.", "Lars Grady, executive director of the Fair Ballot Center,",
     "Lars Grady"),
    ("outlets-reporter", "Last month, The Evening Ledger’s Martin Brandt pressed the mayor on the budget gap.",
                         "The Evening Ledger’s Martin Brandt", "Martin Brandt"),
    ("outlets-reporter-plural-owner", "The Harbor Times' Anna Weiss wrote that the vote was close.",
     "The Harbor Times' Anna Weiss", "Anna Weiss"),
    ("role-with-new-holder", "Tom Weller, the party chairman, spoke first. Later the party chairman, Greg Tolle, "
                             "said the plan would fail.", "the party chairman", "Greg Tolle"),
    ("role-placed-elsewhere", "Senator Ted Marlow of Ohio spoke on Monday. The Texas senator said the plan would "
                              "fail.", "The Texas senator", None),
    ("role-placed-here", "Senator Ted Marlow of Ohio spoke on Monday. The Ohio senator said the plan would fail.",
     "The Ohio senator", "Ted Marlow"),
    ("role-placed-by-party-label", "Senator Ted Marlow (R-Fla.) spoke on Monday. The Florida senator said the plan "
                                   "would fail.", "The Florida senator", "Ted Marlow"),
    ("role-placed-before-name", "Ohio Senator Ted Marlow spoke on Monday. The Ohio senator said the plan would "
                                "fail.", "The Ohio senator", "Ted Marlow"),
]


@pytest.fixture(scope="module")
def articles():
    arts = stancemap.analyze_many([{"id": c[0], "text": c[1]} for c in CASES])
    return {c[0]: a for c, a in zip(CASES, arts)}


def _at(art, phrase: str, occurrence: int = -1):
    """The actor name at the last occurrence of the phrase (the eval's ``actor_at`` rule)."""
    start = art.text.rfind(phrase) if occurrence == -1 else art.text.find(phrase)
    assert start >= 0
    aid = actor_at_chars(mention_index(art.actors), start, start + len(phrase))
    return {a.id: a.name for a in art.actors}.get(aid) if aid else None


@pytest.mark.parametrize("name, phrase, want", [(c[0], c[2], c[3]) for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_phrase(articles, name, phrase, want):
    assert _at(articles[name], phrase) == want


@pytest.mark.parametrize("name", ["described-first", "office-spokesman", "role-with-new-holder"])
def test_the_statement_speaker_is_the_person(articles, name):
    art = articles[name]
    by_id = {a.id: a.name for a in art.actors}
    want = next(c[3] for c in CASES if c[0] == name)
    assert [by_id.get(s.speaker.actor) for s in art.statements if s.speaker is not None][-1] == want


def test_the_outlet_keeps_its_own_name(articles):
    names = sorted(a.name for a in articles["outlets-reporter-plural-owner"].actors)
    assert names == ["Anna Weiss", "Harbor Times"]
    assert [a.type for a in articles["outlets-reporter"].actors if a.name == "Martin Brandt"] == ["person"]


def test_the_earlier_holder_keeps_their_own_role_mention(articles):
    art = articles["role-with-new-holder"]
    weller = next(a for a in art.actors if a.name == "Tom Weller")
    tolle = next(a for a in art.actors if a.name == "Greg Tolle")
    first = art.text.find("the party chairman")
    assert any(m.start == first and m.kind == "nominal" for m in weller.mentions)
    assert not any(m.start == first for m in tolle.mentions)
