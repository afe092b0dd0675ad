"""Plural holders that are no state (issue 9, side B; sideb2): "civil liberties campaigners",
"provincial governors", "opposition senators", "business groups", "separatist fighters", "tourism
operators".

The actors stage leaves such plural common nouns to the events stage, which adds them as actors
(a group or a set of persons coded with a sector: OPP, REB, NGO, BUS, LEG, GOV ...) without indexing
their mentions, so the stance resolver, which only knew the civil sectors' crowds ("farmers",
"teachers"), found no holder for them. :func:`plural_sector` accepts the subject when the events
stage's actor over it is of a sector that holds positions as a body of people. Media (reporting
sources), criminals and bare market words ("investors", "markets") stay no holders.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Actor

__all__ = ["HOLDING_SECTORS", "plural_sector"]

#: sectors of the events stage's plural groups that hold positions: the opposition and activists,
#: rebels, NGOs and lobbies, businesses, parties, religious bodies, and a state's own plural officers
#: (legislators, governors) and bodies
HOLDING_SECTORS = frozenset({"OPP", "REB", "INS", "NGO", "BUS", "PTY", "REL", "LEG", "GOV"})
#: plural heads that speak of a market's mood, not of a body taking a position ("investors welcomed")
_MARKET_WORDS = frozenset({"investor", "market", "trader", "analyst", "economist", "buyer", "seller"})


def plural_sector(tok: Token, actor: Actor | None) -> bool:
    """Whether ``actor`` (the events stage's actor whose mention holds the plural subject ``tok``)
    is a body of people of a sector that holds positions (:data:`HOLDING_SECTORS`)."""
    if actor is None or tok.tag_ not in ("NNS", "NNPS") or not tok.dep_.startswith("nsubj"):
        return False
    if actor.type not in ("group", "person", "organisation") or actor.is_source:
        return False
    if tok.lemma_.lower() in _MARKET_WORDS:
        return False
    return actor.sector in HOLDING_SECTORS
