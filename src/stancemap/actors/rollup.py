"""The actor -> state roll-up, shared by the NLP stages and the analytics: officials and state
institutions count for their state (a foreign minister's positions are their country's)."""

from __future__ import annotations

from functools import lru_cache

from ..records import Actor
from .tables import load_tables

__all__ = ["owner_of", "state_name", "STATE_SECTORS"]

#: Sectors whose actors speak for their state.
STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "SPY")
_STATE_SECTORS = STATE_SECTORS


def owner_of(actor_id: str | None, by_id: dict[str, Actor], by_state: bool = True) -> str | None:
    """The actor a stance counts for: persons and state institutions count for their state."""
    return _owner(actor_id, by_id, by_state)


def _owner(actor_id: str | None, by_id: dict[str, Actor], by_state: bool) -> str | None:
    if actor_id is None:
        return None
    a = by_id.get(actor_id)
    if not by_state or a is None or a.type == "state" or not a.country:
        return actor_id
    if a.type in ("person", "other") and a.sector in (None, *_STATE_SECTORS):
        return a.country
    if a.type == "organisation" and a.sector in _STATE_SECTORS:
        return a.country  # "the South Korean government", "the Iraqi parliament"
    return actor_id


@lru_cache(maxsize=512)
def state_name(code: str) -> str:
    """The name of a state from its ISO3 code (the actor tables), else the code."""
    try:
        country = load_tables().countries.get(code)
    except Exception:  # noqa: BLE001 - a display nicety: a broken table must not stop the output
        return code
    return country.name if country is not None else code
