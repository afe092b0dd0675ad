"""Reported positions with any cue inside them (issue 9, item 3): the speech or commitment verb,
its tense, a "that"-less complement, a noun of intention or a phrasal cue do not change the
position; possibilities and threats stay without one. Sentences written for the project."""

from __future__ import annotations

import pytest

from .stance_checks import assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]  # holder, polarity, a word of the target

CASES: list[tuple[str, list[S]]] = [
    # a demand or commitment verb with a stated clause reports it
    ("Portugal insisted it would never accept the fishing quota.", [("PRT", -1, "fishing quota")]),
    ("Portugal insisted that it would back the fishing quota.", [("PRT", 1, "fishing quota")]),
    ("Portugal vowed that it would block the fishing quota.", [("PRT", -1, "fishing quota")]),
    ("Portugal promised it would never accept the fishing quota.", [("PRT", -1, "fishing quota")]),
    ("Portugal pledged that it would support the fishing quota.", [("PRT", 1, "fishing quota")]),
    # the content of a demand stays a demand
    ("Portugal insisted that the fishing quota be withdrawn.", [("PRT", 1, "withdrawing the fishing quota")]),
    # nouns of intention: their infinitive's cue is the position
    ("Portugal announced plans to challenge the fishing quota.", [("PRT", -1, "fishing quota")]),
    ("Portugal announced its intention to oppose the fishing quota.", [("PRT", -1, "fishing quota")]),
    ("Portugal made a pledge to support the fishing quota.", [("PRT", 1, "fishing quota")]),
    # a commitment to a phrasal cue: one stance, not a second one on "voting against"
    ("Portugal intends to vote against the fishing quota.", [("PRT", -1, "fishing quota")]),
    ("Portugal vowed to pull out of the fishing accord.", [("PRT", -1, "fishing accord")]),
    ("Portugal is determined to defeat the fishing quota.", [("PRT", -1, "fishing quota")]),
    ("Portugal said it intends to quit the fishing accord.", [("PRT", -1, "fishing accord")]),
    ("Portugal said it would pull out of the fishing accord.", [("PRT", -1, "fishing accord")]),
    ("Portugal seeks to block the fishing quota.", [("PRT", -1, "fishing quota")]),
    # leaving an agreement done is a rejection of it too (exits.py; this sentence was a no-position case until
    # the twenty-first session, when the issue asked for "pulled out of the accord" = -1 on it)
    ("Portugal withdrew from the fishing accord last year.", [("PRT", -1, "fishing accord")]),
    # reported labels and reported future
    ("Portugal said the vote was neither free nor fair.", [("PRT", -1, "vote")]),
    ("Portugal said it would take part in the naval mission.", [("PRT", 1, "naval mission")]),
    ("Portugal has said it disagrees with the fishing quota.", [("PRT", -1, "fishing quota")]),
    ("Spain's foreign minister said the kingdom would support the fishing quota.", [("ESP", 1, "fishing quota")]),
    # holders named by their seat of government
    ("The government in Lisbon said it would oppose the fishing quota.", [("PRT", -1, "fishing quota")]),
    ("Officials in Lisbon said they would back the fishing quota.", [("PRT", 1, "fishing quota")]),
]

NONE = [
    "Portugal said it could reject the fishing quota.",
    "Portugal said it might oppose the fishing quota.",
    "Portugal threatened to veto the fishing quota.",
    "Reporters asked whether Portugal would back the fishing quota.",
    "The troops pulled out of the town.",
    "Portugal said it would pull out of the town.",  # a place, not an accord
    "Portugal wants to know why the fishing quota was cut.",  # indirect questions
    "Portugal demanded to know whether the fishing quota was legal.",
    "Portugal asked Spain whether it would back the fishing quota.",
]



@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_reported_position(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", NONE)
def test_no_reported_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert doc._.sm_stances == [], [(s.actor, s.polarity, s.target) for s in doc._.sm_stances]


def test_plans_to_build_is_no_opposition(nlp) -> None:  # type: ignore[no-untyped-def]
    """A plan whose aim is no evaluative cue keeps the plan noun's own reading."""
    doc = nlp("Portugal announced plans to build a new port.")
    assert all(s.polarity == 1 for s in doc._.sm_stances)


@pytest.mark.parametrize(("text", "pol"), [
    ("Portugal said it would not stand in the way of the fishing accord.", 1),  # one reading, not two
    ("Portugal said it would honour the fishing accord.", 1),
    ("Portugal said it will respect the truce.", 1),
])
def test_future_acts_of_keeping(nlp, text: str, pol: int) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [s.polarity for s in doc._.sm_stances if s.actor and "PRT" in s.actor] == [pol], \
        [(s.actor, s.polarity, s.target) for s in doc._.sm_stances]


@pytest.mark.parametrize("verb", ["reaffirmed", "underlined", "emphasised", "replied", "countered", "acknowledged",
                                  "conceded", "pointed out", "reminded the council"])
def test_any_speech_verb_reports(nlp, verb: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(f"Portugal {verb} that it opposed the fishing quota.")
    got = [(s.actor, s.polarity, (s.target or "").lower()) for s in doc._.sm_stances]
    assert any(a and "PRT" in a and p == -1 and "fishing quota" in t for a, p, t in got), got
    assert not any(p == 1 for _, p, _ in got), got
