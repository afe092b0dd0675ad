"""The body a role noun's complement names, shared by the actor and event stages.

"officials of the Kenyan teachers' union" are the union's officials, not the Kenyan government's;
"leaders of the opposition alliance" lead the opposition. Each stage reads a noun's sector from its
own tables (the actor stage's collectives, the events stage's participant nouns) and passes it in.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["SUBNATIONAL", "other_body", "community_leaders"]


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


#: modifiers of a government below the state's ("the regional government", "the devolved
#: administration", "the municipal authorities"): README section 4, sub-national governments get the
#: state's code but are not the state's government (the actor and event stages read it)
SUBNATIONAL = frozenset({"regional", "provincial", "devolved", "autonomous", "territorial", "municipal", "cantonal"})

#: modifiers of "leaders", "elders", "chiefs" that make them the heads of a community, not of a
#: state ("Indigenous leaders", "tribal elders", "First Nations chiefs", "village leaders"): README
#: section 4, sub-national, indigenous and community groups are no state
_COMMUNITY_MODS = frozenset({"indigenous", "tribal", "aboriginal", "native", "community", "village", "clan",
                             "traditional", "religious", "tribe", "tribes"})
_COMMUNITY_HEADS = frozenset({"leader", "elder", "chief", "representative", "head"})


def community_leaders(tok: Token) -> bool:
    """Is the noun the heads of a community ("Indigenous leaders", "First Nations leaders in X")?"""
    if tok.lemma_.lower() not in _COMMUNITY_HEADS or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # ("the traditional leader of the party": a party's)
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    mods += [g for c in mods for g in c.lefts if g.dep_ in ("amod", "compound")]
    return any(m.lower_ in _COMMUNITY_MODS for m in mods) or any(
        m.lower_ == "nations" and m.i > 0 and m.doc[m.i - 1].lower_ == "first" for m in mods)  # "First Nations"
