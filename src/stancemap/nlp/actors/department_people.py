"""A state body named before the noun of its people: "a State Department spokeswoman", "a Foreign
Ministry official" (branch spk7).

The actors stage makes such a phrase a mention of the state's government collective, named by
the phrase ("State Department spokeswoman", :func:`.state.written_name`) or by the table
("American government" when the capital is also mentioned). The body's own name is the
capitalised words before the people noun when they end in Department, Ministry or Office and are
at least two ("State Department", "Foreign Ministry", "Home Office"); a lone "Ministry
spokesman" or "a government spokesman" is left alone.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span

__all__ = ["department_form"]

_PEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "spokesmen",
                     "spokeswomen", "spokespeople"})
_BODY_HEADS = frozenset({"Department", "Ministry", "Office"})
_LEADING = frozenset({"a", "an", "the", "one", "two", "three", "some", "several", "senior", "another"})


class _Draft(Protocol):
    type: str
    id: str
    code: str | None
    country: str | None


def department_form(draft: _Draft, first: Span | None) -> str | None:
    """The body's name of a state collective first named "<Caps ...> Department <people noun>"."""
    if first is None or draft.type != "organisation" or not draft.country or draft.id != draft.code:
        return None
    toks = [t for t in first if not (t.i == first.start and t.lower_ in _LEADING)]
    while toks and toks[0].lower_ in _LEADING:
        toks = toks[1:]
    if len(toks) < 3 or toks[-1].lower_ not in _PEOPLE or toks[-2].text not in _BODY_HEADS:
        return None
    body = toks[:-1]
    if not all(t.text[:1].isupper() and t.is_alpha for t in body):
        return None
    return " ".join(t.text for t in body)
