"""Constructions found missing on the thirteenth fresh hand-labelled set (issue 9,
tests/data/stances_fresh13.jsonl) and left over from the eleventh (src/stancemap/nlp/stances/recall13.py):

* "criticised Y as a gift to Z": an evaluative cue verb's own sign decides, not its "as" label's;
* "condemned X, calling it an attempt by B to ..." / "denounced X as a ploy by B to ...": the holder
  aligns with B, the named author of what is judged (README 6.2); without "by B" no alignment;
* "accusations by a U.S. Senate committee": a body noun authoring the evaluated statement is the
  alignment partner;
* "with A backing the cuts and B opposing them": B is the subject of its own participle (a parse
  repair), not a conjunct of "the cuts";
* ", a proposal Y rejected" / ", a concession Z criticised": a bare proposal noun after a comma sums
  up the clause before it (a proposal noun with its own content does not);
* '"Y would put Z at risk," X said' / '"Y would send the wrong signal," X said': X -1 on Y (a gerund
  clause or a plan; never the weather, a person or a group; never "could");
* "called on X to press Y to stop Z": the demand's target keeps "to stop Z";
* "offered talks with royalist groups on their demand": "their" is not the singular subject's.

Sentences written for these tests (no evaluation text, no tests/data sentence). A row lists the
exact stances (holder, polarity, a word of the target) and the exact alignments (a, b, polarity).
"""

from __future__ import annotations

import pytest

from .stance_asserts import assert_exact, stance_rows

pytestmark = pytest.mark.model

S = tuple[str, int, str]
A = tuple[str, str, int]

CASES: list[tuple[str, list[S], list[A]]] = [
    # the cue verb's sign over its label
    ("Argentina criticised the new sugar subsidy scheme as a gift to large exporters.",
     [("ARG", -1, "sugar subsidy scheme")], []),
    ("Estonia praised the sanctions package as a blow to the Kremlin's war machine.",
     [("EST", 1, "sanctions package")], []),
    # "calling it an attempt by B" / "as a ploy by B": aligned with B
    ("Lithuania condemned the cyberattacks on its power grid, calling them an attempt by Russia to sow panic "
     "before the vote.",
     [("LTU", -1, "cyberattacks")], [("LTU", "RUS", -1)]),
    ("Kenya's main opposition party denounced the closure of two radio stations as a ploy by President William "
     "Ruto to muzzle the press.",
     [("KEN", -1, "closure of two radio stations")], [("KEN", "ruto", -1)]),
    # a body noun as the author of what is rejected
    ("Colombia rejected accusations by a U.S. Senate committee that its navy had ignored cocaine shipments.",
     [("COL", -1, "accusations"), ("USA", -1, "ignored cocaine shipments")], [("COL", "USA", -1)]),
    # "with A backing X and B opposing it"
    ("Fisheries ministers failed to agree on a plan to cut cod quotas, with Portugal and Greece backing the "
     "cuts and Denmark and Sweden opposing them.",
     [("PRT", 1, "cuts"), ("GRC", 1, "cuts"), ("DNK", -1, "cuts"), ("SWE", -1, "cuts")], []),
    # ", a proposal Y rejected": the clause before
    ("Chile offered to cut its copper export tax by half, a proposal the Peruvian government rejected.",
     [("CHL", 1, "copper export tax"), ("PER", -1, "copper export tax")], []),
    # quoted judgements of effect
    ('"Lifting the fishing ban this year would put the recovering cod stocks at risk," the Norwegian fisheries '
     "minister said.",
     [("NOR", -1, "lifting the fishing ban")], []),
    ('"Restoring full diplomatic ties now would send the wrong signal to Minsk," the Lithuanian foreign minister '
     "told reporters.",
     [("LTU", -1, "restoring full diplomatic ties")], []),
    # "called on X to press Y to stop Z"
    ("Germany called on the EU to press Hungary to end its veto on the aid package.",
     [("DEU", 1, "press hungary to end its veto"), ("DEU", 1, "aid package")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_fresh13_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


# look-alikes
LOOKALIKE: list[tuple[str, list[S], list[A]]] = [
    # an attempt with no author: the stance, no alignment
    ("Norway condemned the closure of the border crossing, calling it an attempt to isolate the Sami villages.",
     [("NOR", -1, "closure of the border crossing")], []),
    # a second participle with its own subject already: nothing moves
    ("Leaders met in Accra, with Ghana praising the new corridor and Togo hosting the summit.",
     [("GHA", 1, "corridor")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), LOOKALIKE, ids=[c[0][:40] for c in LOOKALIKE])
def test_fresh13_lookalikes(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


NONE = [
    # risk idioms with nature, a group, or a mere possibility as the subject
    '"The storm could put the harvest at risk," the Icelandic fisheries minister said.',
    "The drought put the harvest at risk, the Kenyan farm ministry said.",
    '"The rebels would put the whole town at risk," the Malian army said.',
    # a signal that is not judged wrong
    '"Reopening the consulate would send a signal of goodwill," the Georgian envoy said.',
]


@pytest.mark.parametrize("text", NONE, ids=[t[:40] for t in NONE])
def test_fresh13_lookalikes_give_no_stance(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), [], [])


def test_their_after_a_plural_object_is_not_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """"offered talks with coca growers' federations on their demand for X": no position on X for
    the president's government (the demand is the federations')."""
    doc = nlp("Bolivia's president offered to hold talks with coca growers' federations on their demand for a "
              "higher leaf quota.")
    rows = stance_rows(doc)
    assert not any(t.strip() == "a higher leaf quota" for _k, _p, t in rows), rows
    assert any(p == 1 and "holding talks" in t for _k, p, t in rows), rows
