"""An adverbial between a cue and its complement (issue 9, twelfth session): the parser hangs the
complement on the adverbial's noun ("refused in a statement to sign X") or reads an adverb as
the object ("refused point-blank to X"); the complement is moved back to the cue for every verb
cue, and the cue's adverbials inside a target range are left out of the target text ("urged X
on Monday to sign Y"). With the cases that keep their parse: a real infinitival relative on a
noun, and "talks with X" (the noun's own "with").

Sentences written for these tests (no evaluation text).
"""

from __future__ import annotations

import pytest

from stancemap.nlp.stances.lexicon import lexicon
from stancemap.nlp.stances.repair import repair_stranded_complements

from .stance_checks import assert_exactly

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    ("Peru refused in a statement to sign the new treaty.", [("PER", -1, "signing the new treaty")]),
    ("Peru agreed in a statement to sign the new treaty.", [("PER", 1, "signing the new treaty")]),
    ("Peru vowed in a statement to block the new treaty.", [("PER", -1, "new treaty")]),
    ("Peru refused point-blank to sign the new treaty.", [("PER", -1, "signing the new treaty")]),
    ("Peru objected point-blank to the new treaty.", [("PER", -1, "new treaty")]),
    ("Peru called in a statement for the new treaty.", [("PER", 1, "new treaty")]),
    ("Peru objected in a statement to the new treaty.", [("PER", -1, "new treaty")]),
    ("Peru rejected in a statement the new treaty.", [("PER", -1, "new treaty")]),
    # a real infinitival relative on an object noun keeps its head: the request is rejected
    ("Peru rejected the request to sign the new treaty.", [("PER", -1, "request")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_complement_back_on_the_cue(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_exactly(nlp(text), stances)


@pytest.mark.parametrize("text", ["Peru urged Chile on Monday to sign the new treaty.",
                                  "Peru urged Chile in a statement to sign the new treaty."])
def test_adverbials_of_the_cue_leave_the_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    targets = [s.target for s in doc._.sm_stances]
    assert targets == ["Chile to sign the new treaty"], targets


def test_talks_with_x_keep_their_with(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chad agreed to Nigerian mediation in the talks with the rebels.")
    with_ = next(t for t in doc if t.lower_ == "with")
    assert with_.head.lower_ == "talks"  # not moved to "agreed" (no alignment with the rebels)
    assert repair_stranded_complements(doc, lexicon()) == 0
