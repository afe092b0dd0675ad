"""The text of a Doc, built once per Doc.

spaCy rebuilds ``Doc.text`` from every token on each access (a Token object per token), and
every stage needs it: the first call builds it, later ones (any stage, the records) reuse it.
The Doc's text never changes, so the copy is kept for as long as the Doc lives.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

__all__ = ["doc_text"]

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = doc.text
        _TEXTS[doc] = text
    return text
