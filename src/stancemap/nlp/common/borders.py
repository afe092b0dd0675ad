"""Borders in a noun phrase: a country that only says whose border a border is ("near the Thai
border", "its border with Syria") says which side a place near it is not on as often as which it
is on, so neither the actor stage nor the events stage places a party there by it."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["BORDER_NOUNS", "border_modifier", "near_border"]

#: Nouns of a border: a country that only modifies one ("near the Thai border", "its border with X")
#: says which side it is not on as often as which it is, so it places no party there.
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "border-line"})


def border_modifier(tok: Token) -> bool:
    """Whether ``tok`` only says whose border a border noun is: its modifier or possessor ("the
    Thai border", "Thailand's border", "the Thai-Cambodian frontier") or the object of its "with"
    ("its border with Syria")."""
    h = tok
    for _ in range(4):
        if h.dep_ not in ("amod", "compound", "poss", "nmod", "case") or h.head is h:
            break
        h = h.head
        if h.lower_ in BORDER_NOUNS:
            return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        return tok.head.head.lower_ in BORDER_NOUNS
    return False


def near_border(tok: Token) -> bool:
    """Whether ``tok`` is a border that only locates a place or party near it ("a town near the
    Thai border", "camps along the border with X"): the object of "near / along / by / close to"
    in the phrase of a noun, which is as often on the other side of it."""
    if tok.lower_ not in BORDER_NOUNS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "to" and prep.head.lower_ in ("close", "next"):
        prep = prep.head
    return prep.lower_ in ("near", "along", "by", "close", "next", "alongside") and prep.head.pos_ in ("NOUN", "PROPN")
