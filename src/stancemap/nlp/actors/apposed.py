"""Body nouns named by their own apposition (branch spk5).

"The carrier, Northwind Ferries, said ...": a definite body noun ("the carrier", "the ferry
company", "the charity") whose apposition, right after a comma, is a named body is that body. The
coreference rules would otherwise look for an antecedent in the sentences before and, finding
another body there ("the port authority"), give the noun to it; the body named in the apposition then
shares its sentence with that wrong one and a later "the company" finds two bodies and none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .state import DocActors

#: actor types a body noun's apposition may name
_BODY_TYPES = frozenset({"organisation", "igo", "media"})


def apposed_body(tok: Token, acts: DocActors) -> tuple[int, str] | None:
    """(start token, actor id) when ``tok``, a body noun with "the" and only modifiers before it,
    is followed by a comma and an apposition that names a body ("The carrier, Northwind
    Ferries,"); else None."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or tok.tag_ != "NN":
        return None
    lefts = [c for c in tok.children if c.i < tok.i]
    if not lefts or not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) \
            or any(c.dep_ not in ("det", "amod", "compound") for c in lefts):
        return None
    app = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i + 1), None)
    if app is None:
        return None
    m = acts.mention_at(app.i)
    if m is None or m.kind not in ("name", "acronym") or m.start != tok.i + 2:
        return None
    d = acts.drafts.get(m.actor)
    if d is None or d.type not in _BODY_TYPES or d.plural:
        return None
    return min(c.left_edge.i for c in lefts), m.actor
