"""Fixes from the re-read of the stances stage (2026-12-06):

- "the government" after a state's named body ("Bolivia's electoral commission ... The government
  said") is that state's government, never the body;
- a pronoun that stands for a coordination ("Mali and Niger said they ...") gives each member's
  side its own name, not the group's words;
- "regional leaders" is no bloc of states (in domestic news they are a state's own provinces).

Sentences written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from stancemap.api import analyze

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "body", "gov", "polarity"), [
    ("Bolivia's electoral commission delayed the runoff by a month. The government said it opposed the delay.",
     "body:BOL:electoral-commission", "BOLGOV", -1),
    ("Kenya's central bank cut its lending rate on Thursday. The government welcomed the decision.",
     "body:KEN:central-bank", "KENGOV", 1),
])
def test_the_government_after_a_state_body_is_the_state_government(text, body, gov, polarity) -> None:
    art = analyze(text)
    actors = {a.id: [m.text for m in a.mentions] for a in art.actors}
    assert "The government" not in actors[body]
    assert actors[gov] == ["The government"]
    assert {(s.actor, s.polarity) for s in art.stances} == {(gov, polarity)}


def test_a_member_side_is_its_own_name_not_the_coordination() -> None:
    art = analyze("Mali and Niger said they rejected Algeria's proposal for a new border force.")
    got = {(al.actors[0].id, al.actors[0].text, al.actors[1].id, al.actors[1].text, al.polarity)
           for al in art.alignments}
    assert got == {("MLI", "Mali", "DZA", "Algeria", -1), ("NER", "Niger", "DZA", "Algeria", -1)}


def test_regional_leaders_are_no_bloc() -> None:
    art = analyze("Regional leaders criticised Rome's budget on Wednesday.")
    assert not [a.id for a in art.actors if a.id.startswith("group:regional")]
    assert not [s for s in art.stances if (s.actor or "").startswith("group:")]
    assert not [al for al in art.alignments if (al.a or "").startswith("group:")]
