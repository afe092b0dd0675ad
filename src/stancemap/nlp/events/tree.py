"""The parse tree of a Doc as word indexes (issue 15, speed): each word's head, children and
dependency label, read once per Doc from its arrays while the events stage codes it, so that the
helpers that walk a word's children to find one of a given relation make a Token only for the words
they keep.

The tree lives in the participants memo (:func:`stancemap.nlp.events.participants.current`), like
:func:`~stancemap.nlp.events.match.doc_words` and :func:`~stancemap.nlp.events.tables.mark_words`;
outside the events stage :func:`tree_of` reads it afresh at each call. The parse does not change
while the stage runs (its repairs run before the memo is made); code that changes a head or a label
while a memo may hold the tree calls :func:`forget_tree`. This module imports nothing of the
stage but the memo, so that :mod:`~stancemap.nlp.events.args` (which
:mod:`~stancemap.nlp.events.match` imports) can use it.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc

from .participants import current

__all__ = ["Tree", "forget_tree", "tree_of"]

#: dependency labels by id, for all Docs (string ids are the same in every vocabulary)
_LABELS: dict[int, str] = {}


class Tree(NamedTuple):
    """Per word index of a Doc: ``heads[i] == doc[i].head.i``, ``children[i] == [c.i for c in
    doc[i].children]`` (left to right) and ``deps[i] == doc[i].dep_``."""

    heads: list[int]
    children: list[list[int]]
    deps: list[str]


def tree_of(doc: Doc) -> Tree:
    """The word-index tree of ``doc``, made once per Doc while the events stage codes it."""
    parts = current(doc)
    if parts is not None and (hit := parts.memo.get("tree")) is not None:
        return hit  # type: ignore[no-any-return]
    n = len(doc)
    heads: list[int] = []
    dep_ids: list[int] = []
    if n:  # (HEAD holds offsets as uint64: read as int64, the negative ones come back)
        table = doc.to_array([HEAD, DEP])
        heads = (table[:, 0].view(numpy.int64) + numpy.arange(n)).tolist()
        dep_ids = table[:, 1].tolist()
    children: list[list[int]] = [[] for _ in range(n)]
    for i, head in enumerate(heads):
        if head != i:  # (a root's head is itself)
            children[head].append(i)
    strings = doc.vocab.strings
    for label_id in set(dep_ids) - _LABELS.keys():
        _LABELS[label_id] = strings[label_id]
    tree = Tree(heads, children, list(map(_LABELS.__getitem__, dep_ids)))
    if parts is not None:
        parts.memo["tree"] = tree
    return tree


def forget_tree(doc: Doc) -> None:
    """Drop the tree kept for ``doc`` in the events stage (after a repair changed its parse)."""
    parts = current(doc)
    if parts is not None:
        parts.memo.pop("tree", None)
