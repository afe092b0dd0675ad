"""Nouns of courts and judges. Shared by the event rules (a court's order of a trial, an arrest or
a release is that act) and the stance rules (a court that "held that Y" rules; judicial decisions are
no positions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["COURT_NOUNS", "is_court"]

#: lemmas (lower case) of the nouns of courts and judges
COURT_NOUNS = frozenset({"court", "judge", "tribunal", "magistrate", "justice", "chamber", "bench"})
#: the nouns among them that name a court or judge by themselves ("chamber", "bench" and "justice"
#: also name legislatures or titles: "the Chamber of Deputies" votes, which is a position)
_COURTS = (COURT_NOUNS - {"chamber", "bench", "justice"}) | {"judiciary"}
#: modifiers that make a chamber a court's ("the appeals chamber", "a pre-trial chamber")
_COURT_CHAMBERS = frozenset({"appeals", "appeal", "trial", "pre-trial", "pretrial"})
#: role nouns that make a name with "Justice" in it no judge's ("Justice Minister X")
_NOT_JUDGES = frozenset({"minister", "ministry", "secretary", "department", "office", "spokesman", "spokeswoman"})


def is_court(tok: Token) -> bool:
    """Is a noun a court or a judge ("the Supreme Court", "the International Court of Justice", "the
    judges", "the appeals chamber", "Justice X"), not a legislative chamber ("the Chamber of Deputies")
    or a minister of justice ("Justice Minister X")?"""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = {tok.lemma_.lower(), tok.lower_}
    if tok.pos_ == "PROPN":
        names = {c.lower_ for c in tok.children if c.dep_ == "compound"}
        if (names | words) & _NOT_JUDGES:  # ("the Irish Justice Ministry" is no judge: the office itself)
            return False
        if "justice" in names:
            return True  # "Justice X": a judge's title
        words |= names
    if words & _COURTS:
        return True
    return "chamber" in words and any(c.dep_ in ("compound", "amod") and c.lower_ in _COURT_CHAMBERS
                                      for c in tok.children)
