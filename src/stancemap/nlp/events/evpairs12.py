"""Pair recall on wire text (issue 15, evpairs12 round): constructions whose party the event stage missed.

- :func:`by_doer`: an event noun with a "by" doer ("the kidnapping of X by Y", "the arrest of X by Y")
  names its patient in its "of" complement, as a possessor-led noun ("Y's expulsion of X") already does:
  X is the target, not a place named later in the clause.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["by_doer"]


def by_doer(noun: Token) -> bool:
    """Whether an event noun names its doer in a "by" phrase of its own ("the seizure of X by Y")."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(o.dep_ == "pobj" for o in c.children)
        for c in noun.children)
