"""A word-index shortcut for a helper the events stage asks of many words (issue 15, speed), exact
while the stage codes a Doc and None outside it (the caller then walks the Tokens as before):
:func:`condition_by_index` is ``component._under_condition`` walked up the word-index tree with the
table of "mark" children, when no word of the Doc can head a proviso ("provided", "providing",
"long": ``args.is_proviso`` is then False everywhere). (:func:`stancemap.nlp.events.tree.no_premodifier`
is the other shortcut of this pass: it lives in tree.py, which ``args`` can import.)

The tree and the tables live in the participants memo (tree.py, tables.py); the parse does not change
while the stage runs after its repairs.
"""

from __future__ import annotations

from spacy.tokens import Token

from .args import PROVISO_WORDS
from .match import doc_words
from .participants import current
from .tables import mark_words
from .tree import tree_of

__all__ = ["condition_by_index"]

#: the forms of a proviso's head (:func:`stancemap.nlp.events.args.is_proviso`: "provided", "providing",
#: "as long as")
_PROVISO_HEADS = frozenset(PROVISO_WORDS | {"long"})


def condition_by_index(tok: Token, marks: tuple[str, ...], proviso: bool) -> bool | None:
    """``_under_condition(tok, marks, proviso=proviso)`` on word indexes: whether a word at most eight
    steps up from ``tok`` has a "mark" child in ``marks``; None outside the stage, or where a proviso
    could count (``proviso``, "if" in ``marks`` and a proviso's head word in the Doc)."""
    doc = tok.doc
    parts = current(doc)
    if parts is None:
        return None
    if proviso and "if" in marks:
        memo = parts.memo
        may = memo.get("proviso_heads")
        if may is None:
            may = memo["proviso_heads"] = not _PROVISO_HEADS.isdisjoint(doc_words(doc).lower)
        if may:
            return None
    table = mark_words(doc)
    if table is None:
        return None
    heads = tree_of(doc).heads
    t = tok.i
    for _ in range(8):
        if any(m in marks for m in table.get(t, ())):
            return True
        head = heads[t]
        if head == t:
            return False
        t = head
    return False
