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

__all__ = ["HOLDING_SECTORS", "PARTNER_SECTORS", "plural_sector", "subject_like", "partner_sector"]

#: sectors of the events stage's plural groups that hold positions: the opposition and activists,
#: rebels, NGOs and lobbies, businesses, parties, religious bodies, and a state's own plural officers
#: (legislators, governors) and bodies
HOLDING_SECTORS = frozenset({"OPP", "REB", "INS", "NGO", "BUS", "PTY", "REL", "LEG", "GOV"})
#: plural heads that speak of a market's mood, not of a body taking a position ("investors welcomed")
_MARKET_WORDS = frozenset({"investor", "market", "trader", "analyst", "economist", "buyer", "seller"})


def subject_like(tok: Token) -> bool:
    """A subject, or a later conjunct of a subject ("campaigners and tourism operators rejected X")."""
    seen = 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and seen < 6:
        tok = tok.head
        seen += 1
    return tok.dep_.startswith("nsubj")


def plural_sector(tok: Token, actor: Actor | None) -> bool:
    """Whether ``actor`` (the events stage's actor whose mention holds the plural subject ``tok``)
    is a body of people of a sector that holds positions (:data:`HOLDING_SECTORS`)."""
    if actor is None or tok.tag_ not in ("NNS", "NNPS") or not subject_like(tok):
        return False
    if actor.type not in ("group", "person", "organisation") or actor.is_source:
        return False
    if tok.lemma_.lower() in _MARKET_WORDS:
        return False
    return actor.sector in HOLDING_SECTORS


#: sectors of the events stage's actors that can be the second side of an alignment when the text
#: names them by a common noun ("accused the army of X", "rejected a call by Catholic bishops"): the
#: state's armed and police forces and bodies, and the groups of :data:`HOLDING_SECTORS`
PARTNER_SECTORS = HOLDING_SECTORS | {"MIL", "COP", "SPY"}


def partner_sector(tok: Token, actor: Actor | None) -> bool:
    """Whether ``actor`` (the events stage's actor whose mention holds the common noun ``tok``, the
    object of an evaluation or the author after "by"/"from") can be an alignment's second side:
    a group or body of :data:`PARTNER_SECTORS`, never a company, a medium or a crowd."""
    if actor is None or tok.pos_ != "NOUN" or actor.is_source:
        return False
    if actor.type not in ("group", "person", "organisation") or actor.sector == "BUS":
        return False
    if tok.lemma_.lower() in _MARKET_WORDS:
        return False
    return actor.sector in PARTNER_SECTORS
