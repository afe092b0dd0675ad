"""Nouns that describe a name as a company ("U.S. drugmaker Pfizer", "state logistics group Nyali").

Shared by :mod:`.roles` (a one-word PERSON entity after such a description is a company) and
:mod:`.described_names`, which :mod:`.roles` calls (kept apart so that neither imports the other).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .appos_nouns import _COMPANY_APPOS, _TRADE_APPOS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["company_description", "hung_description"]

_TRADE_WORDS = frozenset({"oil", "gas", "energy", "power", "electricity", "mining", "coal", "gold", "copper", "iron",
                          "steel", "aluminium", "aluminum", "uranium", "nuclear", "solar", "wind", "rail", "railway",
                          "bus", "ferry", "freight", "shipping", "cruise", "telecom", "telecoms", "telecommunications",
                          "wireless", "mobile", "cable", "broadband", "satellite", "drug", "pharmaceutical",
                          "chemical", "chemicals", "arms", "defence", "defense", "aircraft", "car", "auto", "truck",
                          "tobacco", "beer", "food", "dairy", "cement", "property", "retail", "banking", "mortgage",
                          "insurance", "national", "flag", "budget", "logistics", "transport", "port", "ports",
                          "fishing", "fertiliser", "fertilizer", "cost",  # ("low-cost carrier": "cost" hangs on it)
                          "media", "technology", "tech", "industrial", "engineering", "construction", "toy"})


def _company_appos(noun: Token) -> bool:
    """An apposition head that says its name is a company: a company noun, or a trade noun with
    a modifier of what it trades in."""
    w = noun.lemma_.lower()
    if w in _COMPANY_APPOS:
        return True
    return w in _TRADE_APPOS and any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _TRADE_WORDS
                                     for c in noun.children)


def hung_description(desc: Token, name: Token) -> bool:
    """Whether the word ``desc`` right before ``name`` is parsed as its description: hung on the name as
    its compound ("drugmaker Pfizer"), or with the name hung on it as its apposition (the parser reads
    "state logistics group Nyali" either way)."""
    return (desc.dep_ == "compound" and desc.head.i == name.i) or (name.dep_ == "appos" and name.head.i == desc.i)


def company_description(desc: Token, name: Token) -> bool:
    """Whether ``desc``, the noun right before ``name``, describes it as a company ("U.S. drugmaker
    Pfizer", "state logistics group Nyali"): a noun of :func:`_company_appos` that is its
    :func:`hung_description`."""
    return hung_description(desc, name) and desc.pos_ == "NOUN" and _company_appos(desc)


#: modifiers of a trade noun that make it a person's job ("veteran coal miner X")
_PERSON_MODS = frozenset({"veteran", "retired", "former", "young", "old", "striking", "unemployed", "fellow",
                          "local", "laid-off", "injured", "trapped"})
#: commodities traded by mining and producing companies rather than by the people who dig them
_COMMODITIES = frozenset({"copper", "iron", "lithium", "nickel", "uranium", "zinc", "diamond", "potash", "bauxite",
                          "oil", "gas", "steel", "aluminium", "aluminum", "cobalt", "mining"})
