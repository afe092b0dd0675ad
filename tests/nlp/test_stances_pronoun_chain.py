"""A pronoun subject opening a sentence continues the previous sentence's subject (issue 9,
twelfth session): "X met Y. He rejected Z." is X's position, when the subject fits the pronoun
(he / she a person or a person's role, it a state or body); with the cases where nothing is
taken (the previous subject does not fit, or an actor is named before the pronoun).

Sentences written for these tests (no evaluation text).
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_exactly

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    ("Peru's foreign minister met his Bolivian counterpart on Monday. He rejected the new tariffs.",
     [("PER", -1, "tariffs")]),
    ("Norway hosted the talks. It later said it opposed the fishing ban.", [("NOR", -1, "fishing ban")]),
    ("Ghana's president visited Togo. But he criticised the border closure.", [("GHA", -1, "border closure")]),
    ("The UN envoy arrived in Tripoli on Sunday. She called for a ceasefire.", [("united nations", 1, "ceasefire")]),
    # the previous subject does not fit the pronoun: nobody
    # (the Senate's vote is its own +1 on the bill since stfresh15, README 2; "He" still holds nothing)
    ("The Senate passed the bill. He rejected the plan.", [("senate", 1, "bill")]),
    ("Ghana's president visited Togo. It rejected the plan.", []),
    # the previous sentence has no actor as subject: nobody
    ("It is unclear whether Ghana will attend. It rejected the plan.", []),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_pronoun_continues_previous_subject(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_exactly(nlp(text), stances)
