"""Two ASSAULT / COERCE boundaries of the PLOVER codebook (issue 15, evlex2 round).

- :func:`noun_harm_named`: a "crackdown" named by its noun is repression (PLOVER COERCE, as the verb
  "crack down" already is) unless the noun or the light verb that carries it names physical harm ("a
  bloody crackdown", "launched a crackdown on the marchers, killing four"): violent repression (175) is
  ASSAULT in the 2021 table.
- :func:`armed_custody_code`: people detained, held or captured (173) by a named organisation the actor
  tables know as an armed group outside the state (sector REB or INS: "the Houthis detained four aid workers") are
  abducted (181, ASSAULT 'abduct'), as :mod:`conventions` already codes such acts when the armed group
  is named by a common noun ("militants detained two engineers"); arrests stay the authorities'.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .typefeatures import HARM_WORDS

__all__ = ["ARMED_SECTORS", "HARM_ADJECTIVES", "armed_custody_code", "noun_harm_named"]

#: Actor sectors of armed groups outside the state (the actor tables' CAMEO sector codes).
ARMED_SECTORS = frozenset({"REB", "INS"})
#: Adjectives by which a crackdown noun names violence.
HARM_ADJECTIVES = frozenset({"bloody", "violent", "deadly", "brutal", "lethal", "murderous"})
_LIGHT_DEPS = ("dobj", "nsubjpass", "pobj")
_MEANS = ("with", "using")


def _harm_in(tokens: list[Token]) -> bool:
    return any(t.pos_ != "PROPN" and t.lemma_.lower() in HARM_WORDS for c in tokens for t in c.subtree)


def noun_harm_named(noun: Token, code: str) -> bool:
    """Whether a crackdown noun (175) names the physical harm done: an adjective of violence on the noun,
    a phrase of means on it ("a crackdown with batons"), or an -ing clause or phrase of means on the
    verb that carries it ("launched a crackdown on X, killing three")."""
    if code != "175" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in HARM_ADJECTIVES for c in noun.children):
        return True
    parts = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _MEANS]
    head = noun.head
    if noun.dep_ in _LIGHT_DEPS and head.pos_ == "VERB":
        parts += [c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                  or c.dep_ == "prep" and c.lower_ in _MEANS]
    return _harm_in(parts)


def armed_custody_code(code: str, source: Any) -> str:
    """181 for a detention (173) by an actor whose sector is an armed group outside the state, else ``code``.

    ``source`` is the source actor (anything with ``sector`` and ``code``), or None."""
    if code != "173" or source is None or getattr(source, "type", None) != "organisation":
        return code  # (fighters described by a common noun are conventions.py's; "fighters loyal to X" no group)
    sector = getattr(source, "sector", None) or ""
    actor_code = getattr(source, "code", None) or ""
    if sector in ARMED_SECTORS or any(actor_code[3:].startswith(s) for s in ARMED_SECTORS):
        return "181"
    return code
