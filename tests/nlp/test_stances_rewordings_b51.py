"""Constructions of the rewordings of batch 51 (issue 9, sixteenth session): a promise whose
that-clause states the promiser's own future act with no cue of its own ("promised it would hand
over X", "X will be handed over, Y pledged"), "a step forward" read by the parser as a measure of the
adverb under "be / mark", "grateful to Y | for X" with "for" hung on the copula (Y is thanked),
"denied that X, as Y alleged" (a claim of Y's rejected), "does not want Y to Z" (against Y's act),
and "the WHO" as an actor; with look-alikes that must stay without a position or alignment.

Sentences written for these tests (no evaluation text).
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # a promised own act in a that-clause, as "pledged to X"
    ("Peru promised that it would return the seized paintings.", [("PER", 1, "returning the seized paintings")]),
    ("Egypt pledged that the detained reporters would be freed.", [("EGY", 1, "reporters")]),
    ("The seized paintings will be returned to Italy, the Peruvian government promised.", [("PER", 1, "paintings")]),
    ("Peru promised it would never extradite the former general.", [("PER", -1, "extraditing the former general")]),
    # (a cue inside the clause holds the position itself, as before)
    ("Peru promised that it would back the reef treaty.", [("PER", 1, "reef treaty")]),
    # "a step forward / back" under "be" and "mark"
    ("Fiji said the reef law was a step forward for conservation.", [("FJI", 1, "reef law")]),
    ("The new levy marks a step back for free trade, Sweden said.", [("SWE", -1, "levy")]),
    # "grateful / thankful to Y for X"
    ("Jordan said it was grateful to Japan for its help with the refugees.", [("JOR", 1, "help")]),
    ("Nepal is thankful to India for the emergency loan.", [("NPL", 1, "emergency loan")]),
    # a denial of a claim named by "as Y alleged"
    ("Serbia denied that its police had beaten the protesters, as Albania has claimed.", [("SRB", -1, "beaten")]),
    # a negated wish about another's act
    ("Chile does not want Argentina to join the fishing pact.", [("CHL", -1, "join the fishing pact")]),
    # "the WHO"
    ("The WHO urged Kenya to step up its vaccination campaign.", [("IGO:WHO", 1, "vaccination")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_b51_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize(("text", "pair", "pol"), [
    ("Jordan said it was grateful to Japan for its help with the refugees.", {"JOR", "JPN"}, 1),
    ("Serbia denied that its police had beaten the protesters, as Albania has claimed.", {"SRB", "ALB"}, -1),
    ("Chile does not want Argentina to join the fishing pact.", {"CHL", "ARG"}, -1),
])
def test_b51_alignments(nlp, text: str, pair: set[str], pol: int) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [({a.a, a.b}, a.polarity) for a in doc._.sm_alignments] == [(pair, pol)]


def test_a_wish_for_anothers_act_aligns_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile wants Argentina to join the fishing pact.")
    assert_stances(doc, [("CHL", 1, "join the fishing pact")])
    assert doc._.sm_alignments == []


@pytest.mark.parametrize("text", [
    # a promise about someone else's act, a threat, a conditional, a deferral: no promised act
    "Chile promised that prices would fall next year.",
    "Chile vowed that it would retaliate.",
    "Chile promised that it would respond if the border was closed.",
    # "a step forward" of a verb of motion
    "The talks moved a step forward on Monday.",
    # a bare denial of a fact, a denial with no claimant
    "Pakistan denied that it had received the letter.",
    # thanks without what for
    "The minister was grateful to the hosts.",
    # "WHO" in a headline in capitals
    "WHO WILL WIN THE VOTE?",
])
def test_b51_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))
