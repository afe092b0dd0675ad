"""The text of a Doc, and its lower-cased lemmas and word forms, built once per Doc.

spaCy rebuilds ``Doc.text`` from every token on each access (a Token object per token), and
every stage needs it: the first call builds it, later ones (any stage, the records) reuse it.
Likewise the stance and alignment rules read every sentence's lemmas and word forms several
times over; :func:`doc_words` reads them for the whole Doc at once (one array, each distinct
string decoded once). A parsed Doc's text and words never change, so the copies are kept for as
long as the Doc lives.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, NamedTuple, TypeVar
from weakref import WeakKeyDictionary

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

__all__ = ["DASHES", "WORD_HYPHENS", "Words", "doc_text", "doc_words", "forget_words", "phrases_starting"]

#: The tokens a news text writes a dash with: hyphen, en dash, em dash and the typed double hyphen
#: ("CAIRO --", "the talks - which failed - resumed", "Iran–Iraq"). Stages that want more (a
#: dateline's colon, a clause's comma) or fewer add or take away from this set, by name.
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})

#: The dashes that join two words written without spaces ("UN-backed", "Turkish–trained"):
#: a hyphen or an en dash (an em dash or a double hyphen sets off a phrase).
WORD_HYPHENS = frozenset({"-", "\u2013"})

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


def forget_words(doc: Doc) -> None:
    """Drop the words built for ``doc`` (after a repair rewrote its lemmas)."""
    _WORDS.pop(doc, None)


V = TypeVar("V")

#: phrase lexicon (by identity) -> (the lexicon, its entries by first word with their position)
_PHRASE_INDEX: dict[int, tuple[Mapping[Any, Any], dict[str, list[tuple[int, Any, Any]]]]] = {}


def phrases_starting(phrases: Mapping[tuple[str, ...], V], words: Collection[str]) -> list[tuple[tuple[str, ...], V]]:
    """The entries of a phrase lexicon (word tuple -> value) whose first word is one of ``words``,
    in the lexicon's order: a sentence's phrase cues are looked up through its own words instead
    of trying every phrase of the lexicon on every sentence. The index is built once per lexicon."""
    cached = _PHRASE_INDEX.get(id(phrases))
    if cached is None or cached[0] is not phrases:
        index: dict[str, list[tuple[int, Any, Any]]] = {}
        for k, (key, value) in enumerate(phrases.items()):
            index.setdefault(key[0], []).append((k, key, value))
        if len(_PHRASE_INDEX) >= 64:  # lexicons are few; bounded all the same
            _PHRASE_INDEX.clear()
        cached = _PHRASE_INDEX[id(phrases)] = (phrases, index)
    index = cached[1]
    found = [e for w in words if w in index for e in index[w]]
    if len(found) > 1:
        found.sort(key=lambda e: e[0])
    return [(key, value) for _, key, value in found]
