"""The body a role noun's complement names, shared by the actor and event stages.

"officials of the Kenyan teachers' union" are the union's officials, not the Kenyan government's;
"leaders of the opposition alliance" lead the opposition. Each stage reads a noun's sector from its
own tables (the actor stage's collectives, the events stage's participant nouns) and passes it in.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["other_body"]


def other_body(prep: Token, sector_of: Callable[[Token], str | None], own: str | None) -> Token | None:
    """The noun of a preposition's object that names a body of a sector other than ``own`` (and
    other than civilians or the government), by the object's head or a noun modifying it ("the
    opposition alliance": "opposition"); None when it names none (a state, a place, a named actor)."""
    for o in prep.children:
        if o.dep_ != "pobj" or o.pos_ != "NOUN":
            continue
        for h in [o] + [m for m in o.lefts if m.dep_ in ("compound", "amod") and m.pos_ == "NOUN"]:
            sector = sector_of(h)
            if sector and sector not in ("CVL", "GOV") and sector != own:
                return h
    return None
