"""Constructions found missing on the thirteenth fresh hand-labelled set (issue 9,
tests/data/stances_fresh13.jsonl) and left over from the eleventh (src/stancemap/nlp/stances/recall13.py):

* "condemned Y as a boon for Z": an evaluative cue verb's own sign decides, not its "as" label's;
* "condemned X, calling it an attempt by B to ..." / "denounced X as a ploy by B to ...": the holder
  aligns with B, the named author of what is judged (README 6.2); without "by B" no alignment;
* "claims by a British parliamentary committee": a body noun authoring the evaluated statement is the
  alignment partner;
* "with A supporting X and B resisting them": B is the subject of its own participle (a parse
  repair), not a conjunct of "the cuts";
* ", a proposal Y rejected" / ", a concession Z criticised": a bare proposal noun after a comma sums
  up the clause before it (a proposal noun with its own content does not);
* '"Y would put Z at risk," X said' / '"Y would send the wrong signal," X said': X -1 on Y (a gerund
  clause or a plan; never the weather, a person or a group; never "could");
* "urged X to press Y to free Z": the demand's target keeps "to free Z";
* "agreed to meet taxi drivers about their call": "their" is not the singular subject's.

Sentences written for these tests (no evaluation text, no tests/data sentence). A row lists the
exact stances (holder, polarity, a word of the target) and the exact alignments (a, b, polarity).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact, has_key, stance_rows

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # the cue verb's sign over its label
    ("Argentina condemned the new sugar subsidy scheme as a boon for a handful of exporters.",
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
    ("Egypt rejected claims by a British parliamentary committee that it had jailed thousands of students "
     "without trial.",
     [("EGY", -1, "claims by a british parliamentary committee")], [("EGY", "GBR", -1)]),
    # ", a proposal Y rejected": the clause before
    ("Chile offered to cut its copper export tax by half, a proposal the Peruvian government rejected.",
     [("CHL", 1, "copper export tax"), ("PER", -1, "copper export tax")], []),
    # quoted judgements of effect
    ('"Lifting the fishing ban this year would put the recovering cod stocks at risk," the Norwegian fisheries '
     "minister said.",
     [("NOR", -1, "lifting the fishing ban")], []),
    ('"Scrapping the sugar tax this year would send the wrong message to parents," Mexico\'s health minister '
     "said.",
     [("MEX", -1, "scrapping the sugar tax")], []),
    # "urged X to press Y to do Z"
    ("Canada urged Washington to press Caracas to free the jailed journalists.",
     [("CAN", 1, "press caracas to free the jailed journalists")], []),
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
    # a scheme "by" the holder's own government: no alignment with itself
    ("Brazil criticised the new beef tariff, calling it an attempt by the government to shield local ranchers.",
     [("BRA", -1, "beef tariff")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), LOOKALIKE, ids=[c[0][:40] for c in LOOKALIKE])
def test_fresh13_lookalikes(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


NONE = [
    # risk idioms with nature, a group, or a mere possibility as the subject
    '"The storm could put the harvest at risk," the Icelandic fisheries minister said.',
    "The drought put the harvest at risk, the Kenyan farm ministry said.",
    '"The rebels would put the whole town at risk," the Malian army said.',
    # what is put at risk is no valued thing (a party's majority)
    '"Raising the retirement age would put the government\'s majority at risk," a Czech opposition lawmaker said.',
    # a signal that is not judged wrong
    '"Reopening the consulate would send a signal of goodwill," the Georgian envoy said.',
]


@pytest.mark.parametrize("text", NONE, ids=[t[:40] for t in NONE])
def test_fresh13_lookalikes_give_no_stance(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), [], [])


def test_their_after_a_plural_object_is_not_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """"agreed to meet taxi drivers about their call for X": the call is the drivers', not the mayor's;
    "their own offer" after a collective subject stays the subject's."""
    rows = stance_rows(nlp("The mayor agreed to meet taxi drivers about their call for a fare rise."))
    assert any("taxi drivers" in " ".join(k) and p == 1 and "fare rise" in t for k, p, t in rows), rows
    rows = stance_rows(nlp("The Kenyan government met the doctors' unions and defended their own offer of a 10 "
                           "percent rise."))
    assert any(has_key(k, "KEN") and p == 1 and "offer" in t for k, p, t in rows), rows
    # "their pay offer" (no content given): not the unions' own position
    rows = stance_rows(nlp("The government met the teachers' unions and defended their pay offer."))
    assert not any("union" in " ".join(k) for k, _p, _t in rows), rows


def test_second_participle_of_an_absolute_pair_has_its_own_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """"with A supporting X and B resisting them": B holds the -1, not A (the parser reads B as a
    conjunct of X). Known gap: A's own +1 is not found when "with" hangs on the main verb."""
    rows = stance_rows(nlp("The tuna commission ended its session without a deal, with Japan and Fiji supporting "
                           "the catch limits and Taiwan and Vanuatu resisting them."))
    assert any(has_key(k, "TWN") and p == -1 and "catch limits" in t for k, p, t in rows), rows
    assert any(has_key(k, "VUT") and p == -1 and "catch limits" in t for k, p, t in rows), rows
    assert not any((has_key(k, "JPN") or has_key(k, "FJI")) and p == -1 for k, p, t in rows), rows
