"""Plural holders that are no state (issue 9, side B; sideb2): "privacy campaigners", "state
governors", "minority senators", "retail lobbies", "rebel gunmen", "ski instructors".

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
from ..common.datelines import after_dateline_dash

__all__ = ["HOLDING_SECTORS", "PARTNER_SECTORS", "BODY_NOUNS", "plural_sector", "subject_like", "partner_sector",
           "party_members_of", "unindexed_body", "described_company"]

#: sectors of the events stage's plural groups that hold positions: the opposition and activists,
#: rebels, NGOs and lobbies, businesses, parties, religious bodies, and a state's own plural officers
#: (legislators, governors) and bodies
HOLDING_SECTORS = frozenset({"OPP", "REB", "INS", "NGO", "BUS", "PTY", "REL", "LEG", "GOV"})
#: plural heads that speak of a market's mood, not of a body taking a position ("investors welcomed")
_MARKET_WORDS = frozenset({"investor", "market", "trader", "analyst", "economist", "buyer", "seller"})


def subject_like(tok: Token) -> bool:
    """A subject, or a later conjunct of a subject ("anglers and ski instructors rejected X")."""
    seen = 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and seen < 6:
        tok = tok.head
        seen += 1
    if tok.dep_ == "appos" and tok.head.dep_.startswith("nsubj") and tok.head.i < tok.i:
        # "CALLAO, Peru - Dock workers' unions ...": the dateline read as the subject, the holder as its apposition
        return after_dateline_dash(tok.doc, tok.head.i, tok.i) > tok.head.i
    return tok.dep_.startswith("nsubj")


#: singular nouns of a body of members ("the association of bakers", "the chamber"), holders like the plural groups when the events stage coded them
BODY_NOUNS = frozenset("""association federation confederation lobby chamber syndicate guild collective
    alliance coalition""".split())


def plural_sector(tok: Token, actor: Actor | None) -> bool:
    """Whether ``actor`` (the events stage's actor whose mention holds the plural subject ``tok``,
    or a singular body noun of :data:`BODY_NOUNS`) is a body of people of a sector that holds
    positions (:data:`HOLDING_SECTORS`)."""
    if actor is None or not subject_like(tok):
        return False
    if tok.tag_ not in ("NNS", "NNPS") and tok.lemma_.lower() not in BODY_NOUNS:
        return False
    if actor.type not in ("group", "person", "organisation") or actor.is_source:
        return False
    if tok.lemma_.lower() in _MARKET_WORDS:
        return False
    if actor.sector in ("GOV", "LEG") and not actor.country:
        return False  # ("negotiators welcomed the cooler weather": officials of no one state named)
    return actor.sector in HOLDING_SECTORS


#: sectors of the events stage's actors that can be the second side of an alignment when the text
#: names them by a common noun ("accused the army of X", "rejected a call by Anglican clergy"): the
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


#: members of a legislature named by the party they sit for ("lawmakers from X's opposition party")
_LEGISLATORS = frozenset("lawmaker legislator mp deputy senator parliamentarian representative".split())


def party_members_of(tok: Token) -> Token | None:
    """"Legislators from Peru's opposition Freedom Party", "senators of the ruling party": the
    head of the party phrase whose legislators ``tok`` names (its actor speaks for them: README
    section 3 gives legislators their state, and the party's actor carries it), else None."""
    if tok.lemma_.lower() not in _LEGISLATORS or tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in ("party", "bloc", "coalition", "alliance", "movement"):
                return pobj
    return None


def unindexed_body(tok: Token, actor: Actor | None) -> bool:
    """Whether ``actor`` (the events stage's actor whose mention holds the name token ``tok``, which
    the actors stage left without a mention) is an organisation or a person whose name holds
    ``tok``: a company or body as a holder or a proposal's author. Never a medium or a place."""
    if actor is None or actor.is_source or actor.type not in ("organisation", "person", "group"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.is_upper and nxt is not None and nxt.text in (",", "-", "–", "—") and all(
            t.is_upper or t.is_punct for t in tok.doc[tok.sent.start:tok.i]):
        return False  # "LULEA, Sweden - ...": a dateline's place, read as the subject
    return tok.text in actor.name.split()


#: trade nouns that describe a company before its name even without a commodity ("the miner X")
_TRADES = frozenset({"miner", "producer", "operator", "developer", "utility", "supplier", "carrier"})


def described_company(tok: Token) -> bool:
    """Whether the name ``tok`` follows a company's description ("the utility Nordvatten", "the
    state-owned miner Nordmalm"): such a name is no alignment's second side (README section 6)."""
    from ..actors.company_nouns import company_description, hung_description

    if tok.i == 0:
        return False
    desc = tok.doc[tok.i - 1]
    return company_description(desc, tok) or (hung_description(desc, tok) and desc.lemma_.lower() in _TRADES)
