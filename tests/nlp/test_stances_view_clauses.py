"""A view stated in a "that" clause on a view noun or a conviction adjective (issue 9, twelfth
session): "X takes / holds the view that Y is unfair", "X is of the opinion that ...", "X's
position is that ...", "X is convinced that ..."; and "for X, Y is <adjective>" for an adjective
predicate as for a noun label; "Y must go, according to X" and "Y is <label> and must be
withdrawn" as demands to undo Y. With look-alikes: a view someone rejects, a view nobody holds.

Sentences written for these tests (no evaluation text).
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_exactly

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    ("Nepal takes the view that the new border fees are unfair.", [("NPL", -1, "border fees")]),
    ("Nepal holds the view that the new border fees are unfair.", [("NPL", -1, "border fees")]),
    ("Nepal is of the opinion that the new border fees are unfair.", [("NPL", -1, "border fees")]),
    ("Nepal's position is that the new border fees are unfair.", [("NPL", -1, "border fees")]),
    ("Nepal has taken the position that the new border fees are unfair.", [("NPL", -1, "border fees")]),
    ("Nepal is convinced that the new border fees are unfair.", [("NPL", -1, "border fees")]),
    ("Nepal shares the view that the new border fees are unfair.", [("NPL", -1, "border fees")]),
    ("Nepal's stance is that the new border fees should be scrapped.", [("NPL", 1, "scrapping the new border fees")]),
    ("For Nepal, the new border fees are unacceptable.", [("NPL", -1, "border fees")]),
    # a demand that Y go, with its source after it; a demand coordinated with a label of Y
    ("The new border fees must go, according to Nepal's trade minister.", [("NPL", -1, "border fees")]),
    ("The new border fees are unjustified and must be withdrawn, Kathmandu said.",
     [("NPL", -1, "the new border fees"), ("NPL", 1, "withdrawing the new border fees")]),
    # the view is someone else's, or nobody's
    ("The view that the new border fees are unfair is widely shared.", []),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_view_clause_holder(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_exactly(nlp(text), stances)


def test_a_rejected_view_is_not_the_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    # "rejected the view that Y is unfair": -1 on the view, not the view's own -1 on Y
    assert_exactly(nlp("Nepal rejected the view that the new border fees are unfair."), [("NPL", -1, "the view that")])
    doc = nlp("Nepal rejected the view that the new border fees are unfair.")
    assert len(doc._.sm_stances) == 1 and doc._.sm_stances[0].target.startswith("the view"), doc._.sm_stances
