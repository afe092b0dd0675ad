from __future__ import annotations

from stancemap.issues.propositions import PropositionMatcher


def test_repeated_claims_join_one_proposition_and_are_compared_once():
    m = PropositionMatcher()
    first = m.assign("trade", "tariffs on grain imports", 1)
    again = [m.assign("trade", "tariffs on grain imports", -1 if i % 2 else 1) for i in range(200)]
    assert {pid for pid, _ in again} == {first[0]}
    assert {pos for _, pos in again} == {1, -1}
    (cluster,) = m._clusters["trade"]
    assert len(cluster.members) == 201 and len(cluster.keys) == 1  # a repeat adds no key to compare against
    other, _ = m.assign("trade", "a regional grain reserve", 1)
    assert other != first[0]
