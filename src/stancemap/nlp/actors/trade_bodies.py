"""A trade's own body named only by its description (issue 9 item 4, sideb4).

"the country's main association of salmon exporters", "Ghana's biggest rice growers'
cooperative", "Peru's growers' federation": a body of a trade that the text names by what it gathers,
not by a name, is an organisation of its own (a civil body: it can be an alignment's second side), not
the state its possessor names nor the trade's collective ("Chilean business").

Left alone: a body with a name of its own ("the Federation of Bakers": :mod:`.titled_bodies`), a body
of a trade's workers ("the dockers' union": the labour collective), a lobby named by "industry" or
"business" (:func:`.local_bodies.described_lobbies`).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from ...actors.codes import compose_code, slug
from ...actors.tables import Tables
from ..common.datelines import after_dateline_dash, dateline_country
from .gazetteer import Match
from .state import ActorDraft, DocActors

__all__ = ["TRADE_PLURALS", "trade_bodies"]

_BODY_HEADS = frozenset({"association", "federation", "cooperative", "co-operative", "chamber", "confederation"})
#: plurals of trades (owners and producers, not their workers) whose bodies are named by them
TRADE_PLURALS = frozenset({"manufacturers", "producers", "growers", "farmers", "exporters", "importers", "millers",
                           "hoteliers", "planters", "ranchers", "makers", "carmakers", "brewers", "fishermen",
                           "winemakers", "employers", "retailers", "shipowners", "bakers", "truckers"})


def _trade_of(tok: Token) -> Token | None:
    """The trade plural the body ``tok`` gathers: "of X" after it, or "X'" before it."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in TRADE_PLURALS and obj.tag_ == "NNS":
                return obj
        if c.i < tok.i and c.dep_ in ("poss", "compound") and c.lower_.rstrip("'") in TRADE_PLURALS:
            return c
    return None


def trade_bodies(doc: Doc, acts: DocActors, t: Tables, name_at: Mapping[int, Match]) -> None:
    """Add the trade bodies ``doc`` names by their description (see the module's doc)."""
    home = dateline_country(doc)
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.lemma_.lower() not in _BODY_HEADS:
            continue
        trade = _trade_of(tok)
        if trade is None:
            continue
        owner = next((c for c in (*tok.children, *trade.children) if c.dep_ == "poss" and c.i < trade.i
                      and c.i != trade.i), None)
        country: str | None = None
        lo = after_dateline_dash(doc, min(c.i for c in tok.subtree if c.i <= tok.i), tok.i)  # (not "DHAKA -")
        if owner is not None:
            m = name_at.get(owner.i)
            if m is not None and m.kind in ("COUNTRY", "DEMONYM"):
                country = m.key
            elif owner.lower_ == "country":
                country = home
            else:
                continue  # (a person's or a party's body: left alone)
        hi = max(tok.i, trade.i) + 1
        if country is not None and country not in t.countries:
            country = None
        if not acts.free(lo, hi):
            continue
        start = lo + 1 if doc[lo].lower_ in ("the", "a", "an") else lo
        name = doc[start:hi].text
        code = compose_code(t.countries[country].cameo, "NGO") if country else "NGO"
        d = acts.ensure(ActorDraft(id="org:" + slug(name), name=name, type="organisation", country=country,
                                   code=code, sector="NGO", origin="ner"))
        acts.add(lo, hi, d.id, "nominal")
