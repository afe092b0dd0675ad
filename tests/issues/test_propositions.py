from __future__ import annotations

import pytest

from stancemap.issues.propositions import (
    PropositionMatcher,
    normalise_proposition,
    proposition_key,
    signed_position,
    similarity,
)


@pytest.mark.parametrize(("a", "pa", "b", "pb"), [
    ("an immediate halt to the bloodshed", 1, "the bloodshed to end", 1),
    ("ending the violence", 1, "the killings", -1),
    ("lifting the embargo", -1, "the embargo", 1),
    ("resumption of nuclear talks", 1, "nuclear negotiations should resume", 1),
])
def test_equivalent_positions(a: str, pa: int, b: str, pb: int) -> None:
    ka, xa = signed_position(a, pa)
    kb, xb = signed_position(b, pb)
    assert similarity(ka, kb) >= 0.6
    assert xa == xb


def test_normalisation_drops_function_words_and_maps_concepts() -> None:
    assert normalise_proposition("the use of force against the rebels") == ("use", "force", "rebel")
    assert proposition_key("Talks on a political solution") == "peaceful+solution+talks"
    assert normalise_proposition(["ending", "the", "sanctions"]) == ("END", "sanction")


def test_matcher_shares_ids_across_actors_and_folds_end() -> None:
    m = PropositionMatcher()
    p1, x1 = m.assign("syria", "an immediate halt to the bloodshed", 1)
    p2, x2 = m.assign("syria", "the bloodshed to end", 1)
    p3, x3 = m.assign("syria", "the use of force", -1)
    p4, _ = m.assign("iran", "the bloodshed to end", 1)
    assert p1 == p2 != p3
    assert x1 == x2 == -1 and x3 == -1
    assert p4.startswith("iran/") and p4 != p1


def test_embedding_hook_can_join_lexically_distinct_claims() -> None:
    calls: list[tuple[str, str]] = []

    def fake(a: str, b: str) -> float:
        calls.append((a, b))
        return 0.9 if {"a quiet backchannel", "secret contacts"} == {a, b} else 0.0

    m = PropositionMatcher(embed_similarity=fake)
    p1, _ = m.assign("x", "a quiet backchannel", 1)
    p2, _ = m.assign("x", "secret contacts", 1)
    assert p1 == p2 and calls
    plain = PropositionMatcher()
    assert plain.assign("x", "a quiet backchannel", 1)[0] != plain.assign("x", "secret contacts", 1)[0]
