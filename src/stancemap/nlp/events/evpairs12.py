"""Pair recall on wire text (issue 15, evpairs12 round): constructions whose party the event stage missed.

- :func:`by_doer`: an event noun with a "by" doer ("the kidnapping of X by Y", "the arrest of X by Y")
  names its patient in its "of" complement, as a possessor-led noun ("Y's expulsion of X") already does:
  X is the target, not a place named later in the clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from .fronts import border_partners

__all__ = ["alert_border_partners", "by_doer", "light_verb_patients", "misparsed_protest_gerund",
           "misparsed_protesters", "protest_patients", "stoppage_against", "stoppage_by"]


def by_doer(noun: Token) -> bool:
    """Whether an event noun names its doer in a "by" phrase ("the seizure of X by Y"), on the noun or on its
    "of" object, where the parser often hangs it ("the arrest of [three journalists by police]")."""
    if noun.pos_ != "NOUN":
        return False
    heads = [noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj")]
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(o.dep_ == "pobj" for o in c.children)
               for h in heads for c in h.children)


#: Roots of acts of force and coercion whose light verb's "on / against / at" object is what the act is done to.
_AIMED_ROOTS = frozenset({"17", "18", "19", "20"})
_AIMED_PREPS = frozenset({"on", "against", "at"})


def light_verb_patients(token: Token, head: Token, code: str) -> set[int]:
    """"opened fire on a police convoy in X", "carried out a drone strike on a bus station in X": the
    "on / against / at" object that the parser hangs on the light verb rather than on the event noun is
    what the act of force is done to (before the place named after it); a noun trigger's own
    prepositions are read by ``_patients``."""
    if code[:2] not in _AIMED_ROOTS or token.i == head.i:
        return set()
    noun, verb = (token, head) if token.pos_ == "NOUN" else (head, token)
    if noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX") or noun.head.i != verb.i:
        return set()
    return {o.i for p in verb.children if p.dep_ == "prep" and p.lower_ in _AIMED_PREPS
            for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")}


#: Doers of a "strike" that is an act of force, not a stoppage of work ("a strike by drones against X").
_ARMED_DOERS = frozenset({"jet", "jets", "drone", "drones", "warplane", "warplanes", "aircraft", "plane", "planes",
                          "helicopter", "helicopters", "force", "forces", "army", "military", "troops", "navy",
                          "missile", "missiles", "artillery", "air force", "militants", "rebels", "fighters"})


def stoppage_by(noun: Token, doer: Token | None) -> bool:
    """"A week-long strike by copper miners against the state mining company halted output", "a walkout
    by doctors against the health ministry": a stoppage named by a noun with its doer ("by") and the party
    it is against, as the subject of another verb, is a protest of its own (the doer -> the "against"
    party); not a strike by armed forces or craft."""
    if doer is None or doer.lower_ in _ARMED_DOERS or doer.lemma_.lower() in _ARMED_DOERS:
        return False
    return bool(stoppage_against(noun, doer))


def stoppage_against(noun: Token, doer: Token) -> list[Token]:
    """The "against" objects of a stoppage noun, on the noun or on its doer, where the parser often hangs
    them ("a strike by miners against the company")."""
    return [o for h in (noun, doer) for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
            for o in c.children if o.dep_ == "pobj"]


#: Participles of taking part in a protest that name the people who do it ("striking teachers").
_PROTESTING = frozenset({"striking", "protesting", "demonstrating", "marching", "rioting"})


def misparsed_protesters(verb: Token) -> list[Token]:
    """"gave in to striking teachers and agreed to ...": the parser sometimes reads "striking teachers" as
    a gerund with its object under the preposition; the people are the preposition's object."""
    return [o for p in verb.children if p.dep_ == "prep" for g in p.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lower_ in _PROTESTING
            for o in g.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]


def protest_patients(token: Token, head: Token, code: str) -> set[int]:
    """"marched on the election commission in X", "rallied against the mining company in Y": the "on /
    against" object of a protest verb is whom the protest is aimed at, before the place named after it."""
    if code[:2] != "14":
        return set()
    return {o.i for v in dict.fromkeys((token, head)) if v.pos_ == "VERB" for p in v.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")}


def alert_border_partners(verb: Token) -> list[Token]:
    """"put its army on high alert along the border with X": the border hangs on the verb's prepositional
    object (the alert), not on the verb; its "with" complement is the state across it (as fronts.py reads a
    border on the verb or its object)."""
    return [x for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for x in border_partners(o)]


def misparsed_protest_gerund(tok: Token) -> bool:
    """"caved in to protesting nurses and ...": "protesting" read as a gerund under the preposition with the people as
    its object is no act of its own (no strike by the subject of the sentence, no force)."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.lower_ in _PROTESTING \
        and tok.head.dep_ == "prep" and any(o.dep_ == "dobj" and o.pos_ == "NOUN" for o in tok.children)

