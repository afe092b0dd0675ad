"""Look-alikes found in review of the stance and coreference rules (issue 9): denied pseudo-clefts,
acts of force on things that are no policy, negated passives that only put an act off, and
"the group" after an unnamed crowd of a named group's own people.

Sentences written for these tests (no evaluation text). Each stance row asserts the exact stances:
holder, polarity and a word of the target, and nothing else.
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_exactly, assert_no_position

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # a pseudo-cleft with a negated empty noun or copula: the other sign
    ("The dam project is nothing Laos supports.", [("LAO", -1, "dam project")]),
    ("The border fence is not something Peru supports.", [("PER", -1, "border fence")]),
    ("The gas pipeline was never something Poland backed.", [("POL", -1, "gas pipeline")]),
    ("The fishing treaty is nothing Fiji would accept.", [("FJI", -1, "fishing treaty")]),
    # ... and the plain ones keep their sign
    ("The rail link is something Kenya supports.", [("KEN", 1, "rail link")]),
    ("The port fee was one thing Ghana would never accept.", [("GHA", -1, "port fee")]),
    # acts of force on a policy are campaigning
    ("Canada fought the new steel tariffs.", [("CAN", -1, "steel tariffs")]),
    ("Mongolia fought the new mining law in court.", [("MNG", -1, "mining law")]),
    # ... and contesting a claim or a finding is a position too
    ("Guyana challenged the survey findings.", [("GUY", -1, "survey findings")]),
    # a negated future passive with no time attached is still a refusal by the reporter
    ("The arms embargo will not be lifted, Sweden said.", [("SWE", -1, "lifting arms embargo")]),
]

# acts of force on diseases, disasters and nature; a refusal that is only put off
NONE = [
    "Nigeria fought the outbreak with vaccines.",
    "Kenya fought the drought by rationing water.",
    "Chile battled the floods for a week.",
    "Bolivia fought the epidemic with new clinics.",
    "Flights to Minsk will not be resumed until Monday, Latvia said.",
    "Ferry services will not be restored before the storm passes, Greece said.",
    "The curfew will not be lifted this week, Sri Lanka said.",
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_positions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_exactly(nlp(text), stances)


@pytest.mark.parametrize("text", NONE)
def test_lookalikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text), alignments=False)


GROUP_CASES = [
    # an unnamed crowd of the named group's own kind of people does not hide it
    ("armed-crowd", "Hamas fighters crossed the fence at dawn. Dozens of gunmen stormed a farm. "
                    "The group said the raid was a reply to the arrests.", "org:hamas"),
    ("civil-crowd", "Greenpeace activists gathered at the harbour. Hundreds of protesters blocked the quay. "
                    "The group said the tanker must leave.", "org:greenpeace"),
    # a crowd alone, or of another kind of people than the named group's, stays unresolved
    ("crowd-only", "Dozens of gunmen stormed a farm at dawn. The group said the raid was a reply to the arrests.",
     None),
    ("other-crowd", "Hamas fighters crossed the fence at dawn. Dozens of farmers marched to the town hall. "
                    "The group said the harvest was ruined.", None),
]


@pytest.mark.parametrize("case,text,want", GROUP_CASES, ids=[c[0] for c in GROUP_CASES])
def test_the_group_after_an_unnamed_crowd(actors_by_id, case, text, want):
    actors = actors_by_id(text)
    at = text.rfind("The group")
    holders = [a.id for a in actors.values() for m in a.mentions if m.kind != "phrase" and m.start <= at < m.end]
    assert holders == ([want] if want else []), holders
