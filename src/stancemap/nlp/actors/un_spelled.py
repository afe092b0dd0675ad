"""A UN body named as the article spells it (branch spk6).

The tables name UN bodies "UN ..." ("UN refugee agency", "UN Office for the Coordination of
Humanitarian Affairs"); they also match the "United Nations ..." spelling of that name
(:func:`stancemap.actors.tables._spelled_un`). An article that first writes the body as "the United
Nations ..." has it named so, as :func:`.state.spelled_out_form` keeps an acronym's full name.
"""

from __future__ import annotations

from typing import Protocol


class _Draft(Protocol):
    """What is read of an actor draft (:class:`.state.ActorDraft`, which imports this module)."""

    type: str
    name: str


def united_nations_form(draft: _Draft, names: list[str]) -> str | None:
    """The article's "United Nations ..." form of an IGO whose table name is "UN ..." / "U.N. ...",
    when its first name mention is written so; else None."""
    if draft.type != "igo" or not names:
        return None
    short = next((p for p in ("UN ", "U.N. ") if draft.name.startswith(p)), None)
    if short is None:
        return None
    words = names[0].split()
    while words and words[0].lower() == "the":
        words = words[1:]
    first = " ".join(words)
    long = "United Nations " + draft.name[len(short):]
    return first if first.lower() == long.lower() else None
