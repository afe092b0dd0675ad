"""Protests named only by a noun beside their repression (issue 15, evfresh11).

"Police arrested 30 people after a protest outside the central bank turned violent", "detained
dozens during a march against fuel prices": the sentence states a protest only as the setting of
the act that answered it. The crowd the act was aimed at is the protest's crowd (CAMEO 141, no
target named: "outside the embassy" is where it was, not whom it was against), as the own wire
files code it. Only a repression act (arrest, detention, dispersal, force: 17x, 175, 18x) with a
party as its target, and only a protest noun in a time phrase of that act ("after / during /
at / following / before a protest"), or the subject of a clause of such a phrase ("after a
protest turned violent").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["PROTEST_NOUNS", "protest_setting", "repression"]

#: nouns of a demonstration ("a protest", "a march", "a sit-in")
PROTEST_NOUNS = frozenset({"protest", "protests", "demonstration", "demonstrations", "march", "marches", "rally",
                           "rallies", "sit-in", "sit-ins", "vigil", "vigils"})
_TIME_PREPS = frozenset({"after", "during", "at", "following", "before", "amid", "ahead"})
#: repression codes whose target may be a crowd
_REPRESSION = ("17", "175", "18")


def repression(code: str) -> bool:
    return code[:2] in ("17", "18") or code == "175"


def protest_setting(verb: Token) -> Token | None:
    """The protest noun that is the setting of ``verb``'s act, else None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _TIME_PREPS:
            continue
        for o in prep.children:
            if o.dep_ == "pobj" and o.lower_ in PROTEST_NOUNS:
                return o
            # "after a protest ... turned violent": a clause whose subject is the noun
            if o.dep_ in ("pcomp",) or prep.dep_ == "mark":
                continue
        for o in prep.children:
            if o.dep_ == "pcomp" and o.pos_ in ("VERB", "AUX"):
                subj = next((s for s in o.children if s.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ in PROTEST_NOUNS:
                    return subj
    for c in verb.children:  # "after a protest turned violent" parsed as an adverbial clause
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _TIME_PREPS for m in c.children):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in PROTEST_NOUNS:
                return subj
    return None
