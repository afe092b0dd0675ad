"""Shared checks for the stance tests written as (holder, polarity, target word) cases."""

from __future__ import annotations

from typing import Any


def holder_keys(doc: Any, actor_id: str | None) -> set[str]:
    """The names a stance holder answers to: its actor id, country and name (lower case)."""
    a = next((x for x in doc._.sm_actors if x.id == actor_id), None)
    if a is None:
        return {(actor_id or "?").lower()}
    return {x.lower() for x in (a.id, a.country, a.name) if x}


def assert_stances(doc: Any, expected: list[tuple[str, int, str]]) -> None:
    """Every expected (holder, polarity, word in the target) is among the Doc's stances, and no
    stance of that holder on that target has the opposite polarity."""
    got = [(holder_keys(doc, s.actor), s.polarity, (s.target or s.proposition or "").lower())
           for s in doc._.sm_stances]
    for holder, pol, word in expected:
        assert any(holder.lower() in k and p == pol and word in t for k, p, t in got), (holder, pol, word, got)
        assert not any(holder.lower() in k and p == -pol and word in t for k, p, t in got), got


def assert_exactly(doc: Any, expected: list[tuple[str, int, str]]) -> None:
    """Every expected (holder, polarity, word in the target) is among the Doc's stances, and the
    Doc has no other stance."""
    got = [(holder_keys(doc, s.actor), s.polarity, (s.target or s.proposition or "").lower())
           for s in doc._.sm_stances]
    for holder, pol, word in expected:
        assert any(holder.lower() in k and p == pol and word in t for k, p, t in got), (holder, pol, word, got)
    assert len(got) == len(expected), got


def assert_no_position(doc: Any, *, alignments: bool = True) -> None:
    """The Doc holds no stance (and, with ``alignments``, no alignment)."""
    assert doc._.sm_stances == [], [(s.actor, s.polarity, s.target) for s in doc._.sm_stances]
    if alignments:
        assert doc._.sm_alignments == [], doc._.sm_alignments
