"""The anonymity formula is no statement (branch spk5).

"An engineer at a rival yard, who asked not to be named, said that ...": "asked" is a speech cue,
and its infinitive ("not to be named") was read as a second statement of the same speaker, cut
out of the middle of the speaker's phrase. A cue of asking or declining whose infinitive is to be
named, identified or quoted (passive or active: "declined to be identified", "asked that his name
not be used" is left alone) only says the source is anonymous.
"""

from __future__ import annotations

from spacy.tokens import Token

_ASK = frozenset({"ask", "request", "decline", "refuse", "prefer", "want", "wish", "agree"})
_NAMED = frozenset({"name", "identify", "quote", "cite"})


def anonymity_formula(verb: Token) -> bool:
    """Whether the cue ``verb`` is "asked not to be named" and the like (module doc)."""
    if verb.lemma_.lower() not in _ASK:
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _NAMED and c.i > verb.i
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in verb.children)
