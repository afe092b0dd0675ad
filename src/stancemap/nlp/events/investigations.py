"""What an investigation is about, beside whom it investigates (issue 15, evfresh11).

"auditors launched a probe into the port authority about kickbacks from a foreign shipping line":
the "into" object is the party investigated (named or not); the matter, in an
"over / for / about / regarding" phrase on the investigation, names parties of the matter (who
paid, who gave), not the one investigated, and no target is taken from it.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["investigated_matter", "matter_spans"]

_MATTER_PREPS = frozenset({"over", "for", "about", "regarding", "concerning"})


def investigated_matter(*heads: Token) -> set[int]:
    """Token indices of the matter phrases on the investigation's noun or verb (``heads``), and of
    those on its "into" object ("into the mayor over gifts from X": the parser may hang it there)."""
    out: set[int] = set()
    seen: set[int] = set()
    todo = list(heads)
    todo += [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "into"
             for o in c.children if o.dep_ == "pobj"]
    todo += [o for h in heads for o in h.children if o.dep_ == "dobj" and h.pos_ == "VERB"]
    for h in todo:
        if h.i in seen:
            continue
        seen.add(h.i)
        for c in (h.subtree if h not in heads else h.children):
            if c.dep_ == "prep" and c.lower_ in _MATTER_PREPS and c.i not in out:
                out |= {t.i for t in c.subtree}
    return out


#: Prepositions of a party's own phrase that give a matter, never where the party is from (evfresh12).
_OWN_MATTER_PREPS = frozenset({"over", "about", "regarding", "concerning"})


def matter_spans(noun: Token) -> list[tuple[int, int]]:
    """Character spans of the matter phrases hung on a party's noun ("a probe into an ex-official about
    commissions from a foreign builder", parsed with "about" on "ex-official"): the countries in them
    are the matter's, not the party's own."""
    out = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _OWN_MATTER_PREPS and c.i > noun.i:
            last = c.right_edge
            out.append((c.idx, last.idx + len(last.text)))
    return out
