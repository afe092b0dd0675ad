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
    when its first name mention is written so (its acronym when the article writes that too); else
    None."""
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
    if first.lower() != long.lower():
        return None
    # '"...," the United Nations human rights office, OHCHR, said': the article gives the acronym as its name
    # (branch spk7); the description names it only when no acronym is written
    acros = [n.replace(".", "") for n in names[1:] if _acronym(n)]
    return max(set(acros), key=acros.count) if acros else first


def _acronym(form: str) -> bool:
    letters = form.replace(".", "")
    return 3 <= len(letters) <= 8 and letters.isalpha() and letters.isupper() and letters not in ("UN", "USA")
