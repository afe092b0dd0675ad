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
from spacy.tokens import Doc, Token

from .participants import current

__all__ = ["Tree", "forget_tree", "no_left_child", "tree_of"]

#: the children of every word that has none: one list for all the leaves of all trees, so no
#: caller may change a list of :attr:`Tree.children` (none does: they only iterate)
_NO_CHILDREN: list[int] = []
#: dependency labels by id, for all Docs (string ids are the same in every vocabulary)
_LABELS: dict[int, str] = {}


class Tree(NamedTuple):
    """Per word index of a Doc: ``heads[i] == doc[i].head.i``, ``children[i] == [c.i for c in
    doc[i].children]`` (left to right) and ``deps[i] == doc[i].dep_``."""

    heads: list[int]
    children: list[list[int]]  # (read only: the words without children share one empty list)
    deps: list[str]


def tree_of(doc: Doc) -> Tree:
    """The word-index tree of ``doc``, made once per Doc while the events stage codes it."""
    parts = current(doc)
    if parts is not None and (hit := parts.memo.get("tree")) is not None:
        return hit  # type: ignore[no-any-return]
    n = len(doc)
    heads: list[int] = []
    dep_ids: list[int] = []
    children: list[list[int]] = [_NO_CHILDREN] * n  # (the leaves share one empty list)
    if n:  # (HEAD holds offsets as uint64: read as int64, the negative ones come back)
        table = doc.to_array([HEAD, DEP])
        index = numpy.arange(n)
        head_arr = table[:, 0].view(numpy.int64) + index
        heads = head_arr.tolist()
        dep_ids = table[:, 1].tolist()
        # children grouped by head with numpy, left to right (a stable sort of the non-roots by head):
        # a list is made only for each word that has children (evspeed4)
        kids = numpy.flatnonzero(head_arr != index)  # (a root's head is itself)
        kids = kids[numpy.argsort(head_arr[kids], kind="stable")]
        if len(kids):
            by_head = head_arr[kids]
            starts = numpy.flatnonzero(numpy.diff(by_head, prepend=-1))
            ordered = kids.tolist()
            ends = [*starts[1:].tolist(), len(ordered)]
            for head, start, end in zip(by_head[starts].tolist(), starts.tolist(), ends):
                children[head] = ordered[start:end]
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



def no_left_child(tok: Token, labels: frozenset[str]) -> bool:
    """True only in the events stage, for a word none of whose children to its left (``tok.lefts``) has
    a label in ``labels``: the helpers that look for such a modifier return at once, without a Token
    per child (evspeed4). False outside the stage, where the tree would be read afresh."""
    doc = tok.doc
    if current(doc) is None:
        return False
    tree = tree_of(doc)
    deps = tree.deps
    i = tok.i
    return not any(k < i and deps[k] in labels for k in tree.children[i])
