"""One-word names that the parser tags PERSON where the sentence makes them a place: the object of
a visit ("the prime minister visited Naxos", "toured Gao") or the name in "the port / city / island
of X" ("the port of Split"). Used by ``roles.PersonRules._site_names`` next to its prepositions of
place, so that a later "He" is not resolved to the place."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["VISIT_VERBS", "PLACE_HEADS", "named_as_place"]

#: verbs whose object is a place visited
VISIT_VERBS = frozenset({"visit", "tour"})
#: nouns of places named by "of X"
PLACE_HEADS = frozenset({"port", "city", "town", "island", "village", "capital", "harbour", "harbor", "province",
                         "region", "district", "county", "islands", "coast", "valley", "resort"})


def named_as_place(root: Token) -> bool:
    """Is a one-word name a place by its position: the object of "visited / toured", or the object
    of "of" after a noun of place?"""
    head = root.head
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in VISIT_VERBS:
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_HEADS
