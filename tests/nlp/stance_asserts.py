"""Helpers shared by the stance construction tests: an actor's keys (id, country, name, lowercased)
and each stance of a Doc as (holder keys, polarity, lowercased target or proposition)."""

from __future__ import annotations

from typing import Any

#: A stance row of a construction test (holder key, polarity, a word of the target) and an alignment
#: row (a, b, polarity; unordered pair), as :func:`assert_exact` takes them.
S = tuple[str, int, str]
A = tuple[str, str, int]


def actor_keys(doc: Any, actor_id: str | None) -> set[str]:
    a = next((x for x in doc._.sm_actors if x.id == actor_id), None)
    if a is None:
        return {(actor_id or "?").lower()}
    return {x.lower() for x in (a.id, a.country, a.name) if x}


def stance_rows(doc: Any) -> list[tuple[set[str], int, str]]:
    return [(actor_keys(doc, s.actor), s.polarity, (s.target or s.proposition or "").lower())
            for s in doc._.sm_stances]


def has_key(keys: set[str], want: str) -> bool:
    """``want`` (lowercased) is part of one of the actor's keys."""
    return any(want.lower() in k for k in keys)


def assert_exact(doc: Any, stances: list[S], aligns: list[A]) -> None:
    """The doc has exactly these stances (holder key, polarity, a word of the target) and exactly
    these alignments (a, b, polarity; unordered pair)."""
    got = stance_rows(doc)
    for holder, pol, word in stances:
        assert any(has_key(k, holder) and p == pol and word in t for k, p, t in got), (holder, pol, word, got)
    assert len(got) == len(stances), got
    pairs = [(actor_keys(doc, al.a), actor_keys(doc, al.b), al.polarity) for al in doc._.sm_alignments]
    for a, b, pol in aligns:
        assert any(p == pol and ((has_key(x, a) and has_key(y, b)) or (has_key(x, b) and has_key(y, a)))
                   for x, y, p in pairs), (a, b, pol, pairs)
    assert len(pairs) == len(aligns), pairs
