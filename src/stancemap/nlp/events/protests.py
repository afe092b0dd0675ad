"""Protests named only by a noun beside their repression (issue 15, evfresh11).

"Guards held a dozen dockers after a sit-in at the harbour office got out of hand", "rounded up
pensioners during a rally over cuts": the sentence states a protest only as the setting of the
act that answered it. The crowd the act was aimed at is the protest's crowd (CAMEO 141, no target
named: where the protest stood is a place, not whom it was against), as the own wire files code it.
Only an act done to people (arrest, detention, deportation, violent repression or unconventional
violence: 173, 174, 175, 18x) aimed at a crowd (a sector of people, not a state), and only a
protest noun in a time phrase of that act ("after / during / at / following / before a protest"),
or the subject of a clause of such a phrase ("after the sit-in got out of hand").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["PROTEST_NOUNS", "crowd_code", "protest_setting", "repression"]

#: nouns of a demonstration ("a protest", "a march", "a sit-in")
PROTEST_NOUNS = frozenset({"protest", "protests", "demonstration", "demonstrations", "march", "marches", "rally",
                           "rallies", "sit-in", "sit-ins", "vigil", "vigils"})
_TIME_PREPS = frozenset({"after", "during", "at", "following", "before", "amid", "ahead"})
#: repression codes whose target is people: arrests and detentions (173), deportations (174), violent
#: repression (175) and unconventional violence (18x); not curfews or bans on a place (1723: "imposed a
#: curfew on the town after a demonstration")
_REPRESSION = frozenset({"173", "1731", "174", "175"})
#: sectors of a crowd (no state body, no country alone: "imposed a curfew in X after a demonstration")
_CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "HLH", "BUS", "REL", "MED", "REF"})


def repression(code: str) -> bool:
    """Whether ``code`` is an act done to people that a protest may have met."""
    return code in _REPRESSION or code[:2] == "18"


def crowd_code(code: str | None) -> bool:
    """Whether an actor code names a crowd of people ("KENEDU", "CVL"), not a state or one of its bodies."""
    return bool(code) and (code or "")[-3:] in _CROWD_SECTORS


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
