"""The guest's side of a hosted visit (issue 15, evfresh11).

"X hosted Y for talks", "X received Y in <X's capital>": the lexicon codes the host's act (CAMEO
043, X -> Y). The guest's visit is the same meeting seen from the other side, and the own wire
files code it beside the host's (042, Y -> X), as a meeting both ways is coded both ways
("A met B"). Only between two parties of different countries: a minister received by her own
president made no visit abroad.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

__all__ = ["guest_visits"]


class _Event(Protocol):
    code: str
    source: str | None
    target: str | None
    negated: bool
    hypothetical: bool


C = TypeVar("C", bound=_Event)


def guest_visits(coded: list[C], country_of: Callable[[str | None], str | None],
                 make: Callable[[C, str, str], C]) -> list[C]:
    """The 042 visit (guest -> host) of each hosting event (043, host -> guest) that has no
    consultation the other way already; ``make(event, guest, host)`` builds it."""
    seen = {(c.source, c.target) for c in coded if c.code[:2] == "04"}
    out: list[C] = []
    for c in coded:
        host, guest = c.source, c.target
        if c.code != "043" or not host or not guest or host == guest or c.negated \
                or c.hypothetical or (guest, host) in seen:
            continue
        a, b = country_of(host), country_of(guest)
        if a is None or b is None or a == b:
            continue
        seen.add((guest, host))
        out.append(make(c, guest, host))
    return out
