"""Constructions found missing on the ninth fresh hand-labelled set (issue 9,
tests/data/stances_fresh9.jsonl) and the studied eighth:

* an unnamed body of a state ("the government", "the agriculture ministry", "the interior
  ministry") that the events stage placed in a country from the article is the author of its
  proposal, plan or offer ("the government's plan to X", "a proposal by the agriculture ministry
  to X", "an offer from the interior ministry to X") and the partner of an alignment with whoever
  evaluates it, as a named state's body is; a body noun with no cue stays nothing.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import assert_exact

pytestmark = pytest.mark.model

S = tuple[str, int, str]
A = tuple[str, str, int]

CASES: list[tuple[str, list[S], list[A]]] = [
    # an unnamed state body as the author of a proposal, and the partner of its evaluator
    ("Kenya's main opposition coalition denounced the government's plan to raise fuel taxes.",
     [("KEN", -1, "fuel taxes"), ("KENGOV", 1, "raising fuel taxes")], [("KENOPP", "KENGOV", -1)]),
    ("Peru's opposition said on Monday it rejected a proposal by the interior ministry to pay police officers a bonus.",
     [("PEROPP", -1, "proposal"), ("PERGOV", 1, "paying police officers")], [("PEROPP", "PERGOV", -1)]),
    ("Peru's opposition said it rejected the interior ministry's offer to pay police officers a bonus.",
     [("PEROPP", -1, "offer"), ("PERGOV", 1, "paying police officers")], [("PEROPP", "PERGOV", -1)]),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:60] for c in CASES])
def test_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)
