"""The other side of a border that forces are sent to (issue 15, evfresh12 round).

"X deployed troops along / on / near its border with Y": the forces are X's own and Y, the state
across the border, is the target of the show of force (154), whatever preposition places the
forces at the border. Only the border's own "with" complement counts; a border with no "with"
("along the border", "on the Libyan border") leaves the target to the usual paths.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..common.borders import BORDER_NOUNS

#: Prepositions that place forces at a border.
_AT = frozenset({"along", "on", "to", "near", "at", "by", "across", "towards", "toward", "alongside", "onto"})


def border_partners(verb: Token) -> list[Token]:
    """The "with" complements (with their conjuncts) of a border the verb's forces are placed at:
    "deployed troops along its border with Y" -> [Y]. Also a border hung on the verb's object by
    the parser ("massed [troops along the frontier with Y]")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    out: list[Token] = []
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in _AT:
                continue
            for border in prep.children:
                if border.dep_ != "pobj" or border.lower_ not in BORDER_NOUNS:
                    continue
                for w in border.children:
                    if w.dep_ == "prep" and w.lower_ == "with":
                        for o in w.children:
                            if o.dep_ == "pobj":
                                out.append(o)
                                out.extend(c for c in o.children if c.dep_ == "conj")
    return out
