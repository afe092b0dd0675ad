"""Idioms whose words look like actors but name none (issue 15, evfresh11)."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["joined_forces"]

#: verbs whose bare object "forces" is the idiom of acting together, no armed force
_FORCES_IDIOM = frozenset({"join", "combine", "pool", "unite", "merge"})


def joined_forces(doc: Doc, start: int, end: int) -> bool:
    """"X joined forces with Y", "pooled their forces": the idiom, not a military collective.

    Only the bare plural (nothing before it but a possessive) as the object of join / combine /
    pool / unite / merge; "joined Polish forces" and "joined the armed forces" keep their actor."""
    if end - start != 1 or doc[start].lower_ != "forces":
        return False
    t = doc[start]
    if t.dep_ != "dobj" or t.head.lemma_ not in _FORCES_IDIOM:
        return False
    return all(c.dep_ == "poss" for c in t.children if c.i < t.i)
