"""A speaker phrase between a quotation and its cue that the parse hung inside the quotation
(branch spk5).

'"Investors like the plan the minister announced," the chamber's director, Ruth Oyelaran,
said.': the parse can read "the association's chairman" as the object of the quoted verb, so the
cue has no subject of its own and the fallback speaker (the noun before the cue) is no child of
it. The attribution clause then covered the cue alone, the quotation was not next to it, and the
content ran from the quotation over the speaker's phrase up to the cue. When the fallback
speaker's phrase starts right after a closing quotation mark and runs, up to commas, to the cue,
the clause starts at that phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

_CLOSING = frozenset({'"', "”", "''", "’", "'"})


def phrase_after_quote(verb: Token, subj: Token | None, quoted: Callable[[int], bool] | None) -> int | None:
    """The first token of ``subj``'s phrase when it sits between a closing quotation mark and the
    cue ``verb`` (module doc) and the parse did not hang it on the cue; else None."""
    if subj is None or subj.head.i == verb.i or subj.i >= verb.i:
        return None
    doc = verb.doc
    lo, hi = subj.left_edge.i, subj.right_edge.i
    if lo == 0 or hi >= verb.i or doc[lo - 1].text not in _CLOSING:
        return None
    if any(t.text != "," for t in doc[hi + 1 : verb.i]) \
            or any(t.text in _CLOSING and t.tag_ != "POS" for t in doc[lo:hi + 1]):  # ("the traders' leader")
        return None
    if quoted is not None and quoted(doc[lo].idx):
        return None
    return lo
