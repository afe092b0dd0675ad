"""Proposition matching on pairs labelled for the project: precision first."""

from __future__ import annotations

from pathlib import Path

from stancemap.eval.propositions import render_pairs, score_pairs
from stancemap.issues.propositions import PropositionMatcher, similarity

PAIRS = Path(__file__).resolve().parents[1] / "data" / "proposition_pairs.yaml"


def test_precision_on_labelled_pairs() -> None:
    res = score_pairs(PAIRS)
    assert res["pairs"] >= 300 and res["same"] >= 100
    assert res["precision"] >= 0.9
    assert res["recall"] >= 0.5
    assert res["sign_agreement"] >= 0.9
    assert "precision" in render_pairs(res)


def test_a_larger_claim_is_not_contained_in_a_smaller_one() -> None:
    law, trust = frozenset({"international", "law"}), frozenset({"lose", "trust", "international", "law"})
    assert similarity(law, trust) < 0.7
    ceasefire, brokered = frozenset({"ceasefire", "gaza"}), frozenset({"ceasefire", "gaza", "egypt"})
    assert similarity(ceasefire, brokered, frozenset({"egypt"})) == 1.0  # adds only a name


def test_no_chaining_into_a_catch_all_proposition() -> None:
    m = PropositionMatcher()
    a, _ = m.assign("climate", "emission cuts by industry", 1)
    b, _ = m.assign("climate", "emission cuts by industry and transport", 1)
    c, _ = m.assign("climate", "industry and transport subsidies", -1)
    # b is close to a and to c, but c shares little with a: complete linkage keeps c apart
    assert a == b and c != a
