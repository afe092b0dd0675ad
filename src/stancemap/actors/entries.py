"""One entry of a user actor dictionary (the record every dictionary format is read into)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DictEntry", "entry_valid_on"]


@dataclass(frozen=True, slots=True)
class DictEntry:
    """One dictionary entry; several entries may share an ``id`` with different validity dates."""

    name: str
    aliases: tuple[str, ...] = ()
    type: str = "person"
    country: str | None = None
    role: str | None = None
    code: str | None = None
    sector: str | None = None
    valid_from: str | None = None  # ISO date, inclusive
    valid_to: str | None = None  # ISO date, inclusive
    id: str | None = None
    source: str = ""  # file:line, for messages


def entry_valid_on(e: DictEntry, date: str | None) -> bool:
    """True when the entry holds on ``date`` (ISO); undated articles accept every entry."""
    if not date:
        return True
    d = date[:10]
    if e.valid_from and d < e.valid_from:
        return False
    return not (e.valid_to and d > e.valid_to)
