"""The text of a Doc, and its lower-cased lemmas and word forms, built once per Doc.

spaCy rebuilds ``Doc.text`` from every token on each access (a Token object per token), and
every stage needs it: the first call builds it, later ones (any stage, the records) reuse it.
Likewise the stance and alignment rules read every sentence's lemmas and word forms several
times over; :func:`doc_words` reads them for the whole Doc at once (one array, each distinct
string decoded once). A parsed Doc's text and words never change, so the copies are kept for as
long as the Doc lives.
"""

from __future__ import annotations

from typing import NamedTuple
from weakref import WeakKeyDictionary

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

__all__ = ["Words", "doc_text", "doc_words"]

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


class Words(NamedTuple):
    """Per token of a Doc: ``lemmas[i] == doc[i].lemma_.lower()``, ``forms[i] == doc[i].lower_``."""

    lemmas: list[str]
    forms: list[str]


_WORDS: WeakKeyDictionary[Doc, Words] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = doc.text
        _TEXTS[doc] = text
    return text


def doc_words(doc: Doc) -> Words:
    """The lower-cased lemma and word form of every token of ``doc``, built once per Doc."""
    words = _WORDS.get(doc)
    if words is None:
        strings = doc.vocab.strings
        lemma_of: dict[int, str] = {}
        form_of: dict[int, str] = {}
        lemmas: list[str] = []
        forms: list[str] = []
        for lem, low in doc.to_array([LEMMA, LOWER]).tolist():
            a = lemma_of.get(lem)
            if a is None:
                a = lemma_of[lem] = strings[lem].lower()
            b = form_of.get(low)
            if b is None:
                b = form_of[low] = strings[low]
            lemmas.append(a)
            forms.append(b)
        words = _WORDS[doc] = Words(lemmas, forms)
    return words
