"""The parse tree of a Doc as word indexes (issue 15, speed): each word's children, read once per Doc
from its HEAD array while the events stage codes it, so that the helpers that walk a word's children
to find one of a given relation make a Token only for the word they return.

The table lives in the participants memo (:func:`stancemap.nlp.events.participants.current`), like
:func:`~stancemap.nlp.events.match.doc_words` and :func:`~stancemap.nlp.events.tables.mark_words`;
outside the events stage :func:`child_indexes` reads the Token's children. The parse does not change
while the stage runs (its repairs run before the memo is made). This module imports nothing of the
stage but the memo, so that :mod:`~stancemap.nlp.events.args` (which :mod:`~stancemap.nlp.events.match`
imports) can use it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

from .participants import current

__all__ = ["child_indexes", "children_of", "children_table", "head_of", "heads_table"]


def heads_table(doc: Doc) -> list[int] | None:
    """Word index -> the index of its head (a root's is its own). None outside the events stage."""
    parts = current(doc)
    if parts is None:
        return None
    memo = parts.memo
    hit: list[int] | None = memo.get("heads")
    if hit is None:  # (relative offsets stored as uint64: read as int64, the negative ones come back)
        n = len(doc)
        hit = memo["heads"] = (doc.to_array(HEAD).view(numpy.int64) + numpy.arange(n)).tolist() if n else []
    return hit


def children_table(doc: Doc) -> list[list[int]] | None:
    """Word index -> the indexes of its children, left to right (as ``Token.children`` gives them:
    the words whose head it is). None outside the events stage."""
    heads = heads_table(doc)
    if heads is None:
        return None
    memo = current(doc).memo  # type: ignore[union-attr]
    hit: list[list[int]] | None = memo.get("children")
    if hit is not None:
        return hit
    table: list[list[int]] = [[] for _ in heads]
    for i, head in enumerate(heads):
        if head != i:  # (a root's head is itself)
            table[head].append(i)
    memo["children"] = table
    return table


def children_of(doc: Doc, i: int) -> Sequence[int]:
    """The indexes of the children of ``doc[i]``, left to right: from :func:`children_table` in the
    events stage (no Token made per child), else read from the Token."""
    table = children_table(doc)
    return table[i] if table is not None else [c.i for c in doc[i].children]


def child_indexes(tok: Token) -> Sequence[int]:
    """:func:`children_of` a Token."""
    return children_of(tok.doc, tok.i)


def head_of(doc: Doc, i: int) -> int:
    """The index of the head of ``doc[i]``: from :func:`heads_table` in the events stage, else read
    from the Token."""
    heads = heads_table(doc)
    return heads[i] if heads is not None else doc[i].head.i
