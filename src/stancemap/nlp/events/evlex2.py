"""Two ASSAULT / COERCE boundaries of the PLOVER codebook (issue 15, evlex2 round).

- :func:`noun_harm_named`: a "crackdown" named by its noun is repression (PLOVER COERCE, as the verb
  "crack down" already is) unless the noun or the clause that carries it names physical harm ("a
  bloody crackdown", "launched a crackdown on the marchers, killing four"): violent repression (175) is
  ASSAULT in the 2021 table.
- :func:`armed_custody_code`: people detained, held or seized (173) by a named organisation the actor
  tables know as an armed group outside the state (sector REB or INS: "the Houthis detained four aid workers") are
  abducted (181, ASSAULT 'abduct'), as :mod:`conventions` already codes such acts when the armed group
  is named by a common noun ("militants detained two engineers"). Arrests (the word), the group's own police
  or courts, and suspects or fighters detained stay 173 (review round 2).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .typefeatures import HARM_WORDS

__all__ = ["ARMED_SECTORS", "COMBATANT_NOUNS", "CUSTODY_VERBS", "HARM_ADJECTIVES", "HARM_VERBS", "STATE_FORCE_SECTORS",
           "armed_custody_code", "noun_harm_named"]

#: Actor sectors of armed groups outside the state (the actor tables' CAMEO sector codes).
ARMED_SECTORS = frozenset({"REB", "INS"})
#: Sector codes of a state's (or a de-facto authority's) own forces and bodies: their detentions stay arrests.
STATE_FORCE_SECTORS = frozenset({"COP", "MIL", "JUD", "GOV", "SPY"})
#: Verbs of taking people into custody that, done by an armed group, are abduction (not "arrest").
CUSTODY_VERBS = frozenset({"detain", "hold", "seize", "capture", "take", "grab", "snatch", "round"})
#: People whose detention stays a detention whoever makes it (suspects, fighters of the other side).
COMBATANT_NOUNS = frozenset({"suspect", "militant", "fighter", "jihadist", "rebel", "insurgent", "member", "spy",
                             "collaborator", "informant", "smuggler"})
#: Verbs of harm an -ing clause may name a crackdown by ("beating several of them").
HARM_VERBS = frozenset({"beat", "shoot", "club", "stab", "whip", "flog", "torture", "kill", "wound", "injure"})
#: Adjectives by which a crackdown noun names violence.
HARM_ADJECTIVES = frozenset({"bloody", "violent", "deadly", "brutal", "lethal", "murderous"})
_MEANS = ("with", "using")


def _clause_root(tok: Token) -> Token:
    """The verb that heads the clause of ``tok``, climbing through objects, prepositions, xcomp and conj."""
    t = tok
    for _ in range(8):
        if t.head is t:
            return t
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep"):
            return t
        t = t.head
    return t


def noun_harm_named(noun: Token, code: str) -> bool:
    """Whether a crackdown noun (175) names the physical harm done: an adjective of violence on the noun, a
    phrase of means on it ("a crackdown with batons"), or an -ing clause or phrase of means anywhere in the
    clause that carries it ("launched a crackdown on X, killing three"; "began a crackdown on X, beating
    several of them", wherever the parser hangs the -ing clause)."""
    if code != "175" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in HARM_ADJECTIVES for c in noun.children):
        return True
    root = _clause_root(noun)
    parts = [t for t in root.subtree if t.dep_ in ("advcl", "conj", "acl", "xcomp") and t.tag_ == "VBG"
             or t.dep_ == "prep" and t.lower_ in _MEANS]
    return any(t.pos_ != "PROPN" and t.lemma_.lower() in HARM_WORDS | HARM_VERBS for c in parts for t in c.subtree)


def armed_custody_code(code: str, source: Any, verb: Token | None = None) -> str:
    """181 for people detained, held or captured (173) by a named armed group outside the state, else ``code``.

    ``source`` is the source actor (anything with ``type``, ``sector`` and ``code``), or None; ``verb`` the
    trigger. Left alone: arrests (the word names a legal act, as de-facto authorities make them: "the Taliban
    arrested two former officials"), an armed group's own police, army or courts (a code ending in a state
    sector: "Hamas police detained ..."), and suspects or fighters taken ("detained dozens of IS suspects")."""
    if code != "173" or source is None or getattr(source, "type", None) != "organisation":
        return code  # (fighters described by a common noun are conventions.py's; "fighters loyal to X" no group)
    if verb is None or verb.lemma_.lower() not in CUSTODY_VERBS:
        return code
    sector = getattr(source, "sector", None) or ""
    actor_code = getattr(source, "code", None) or ""
    if actor_code[-3:] in STATE_FORCE_SECTORS or sector in STATE_FORCE_SECTORS:
        return code
    if not (sector in ARMED_SECTORS or any(actor_code[3:].startswith(s) for s in ARMED_SECTORS)):
        return code
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(t.lemma_.lower() in COMBATANT_NOUNS for o in taken for t in o.subtree):  # ("dozens of IS suspects")
        return code
    return "181"
