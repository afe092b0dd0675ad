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
    assert normalise_proposition("the use of force against the rebels") == ("force", "rebel")
    assert proposition_key("Talks on a political solution") == "diplomacy"
    assert normalise_proposition(["ending", "the", "sanctions"]) == ("END", "sanction")
    # light words only: kept as words rather than losing the proposition
    assert normalise_proposition("the crisis") == ("crisis",)


def test_issue_words_are_ignored() -> None:
    words = ("Iran", "nuclear", "programme")
    assert normalise_proposition("talks on Iran's nuclear program resuming", ignore=words) == ("diplomacy",)
    assert normalise_proposition("the bloodshed in Kashmir", ignore=("kashmir",)) == ("violence",)


@pytest.mark.parametrize(("a", "b"), [
    ("a political solution to the crisis", "the dispute to be settled through diplomatic means"),
    ("negotiations with the rebels", "dialogue with the rebels"),
    ("military intervention", "the use of force"),
    ("an arms embargo", "arms sanctions"),
    ("talks being held in Oslo", "hosting the talks"),
    ("working with Japan on solving the dispute", "a peaceful settlement of the dispute"),
])
def test_concept_groups_match_paraphrases(a: str, b: str) -> None:
    m = PropositionMatcher()
    assert m.assign("x", a, 1)[0] == m.assign("x", b, 1)[0]


@pytest.mark.parametrize(("a", "b"), [
    ("hosting the talks", "a negotiated solution"),  # where talks happen is another claim
    ("sanctions on oil exports", "military intervention"),
    ("the release of prisoners", "the reform of the police"),
])
def test_distinct_claims_stay_apart(a: str, b: str) -> None:
    m = PropositionMatcher()
    assert m.assign("x", a, 1)[0] != m.assign("x", b, 1)[0]


def test_names_weigh_less_than_claims() -> None:
    key_a, _ = signed_position("working with Russia on a solution", 1)
    key_b, _ = signed_position("a peaceful solution", 1)
    assert similarity(key_a, key_b) == pytest.approx(0.6667, abs=1e-3)
    assert similarity(key_a, key_b, frozenset({"russia"})) == pytest.approx(0.8)


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
