"""Helpers shared by the stance construction tests: an actor's keys (id, country, name, lowercased)
and each stance of a Doc as (holder keys, polarity, lowercased target or proposition)."""

from __future__ import annotations

from typing import Any


def actor_keys(doc: Any, actor_id: str | None) -> set[str]:
    a = next((x for x in doc._.sm_actors if x.id == actor_id), None)
    if a is None:
        return {(actor_id or "?").lower()}
    return {x.lower() for x in (a.id, a.country, a.name) if x}


def stance_rows(doc: Any) -> list[tuple[set[str], int, str]]:
    return [(actor_keys(doc, s.actor), s.polarity, (s.target or s.proposition or "").lower())
            for s in doc._.sm_stances]
