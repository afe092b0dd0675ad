"""Datelines at the head of a paragraph: "MOSCOW —", "KYIV, Ukraine —", "LIMA, March 3 (Agency) -".

A dateline says where a story was filed, not who acts: its place is no actor. This module finds the
place words of one (the city: a country or state after it stays, as the story's setting), read on
tokens at the start of the text or of a paragraph:

    PLACE [, REGION] [[,] MONTH DAY] [(AGENCY)] DASH-OR-COLON

PLACE is one to four words in capitals ("UNITED NATIONS", "KYIV"), REGION one to three capitalised
words ("Ukraine", "N.Y."). A bare "PLACE -" (no region, date or agency) counts only when the city
gazetteer knows the place: an acronym in capitals opening a paragraph ("NATO - ...") is a name. A
colon closes a dateline only after a date or an agency ("LIMA, May 3 (Agency):"): "NATO: Russia
must ..." and "IAEA: Iran must ..." are headlines that name their speaker. Only a place in capitals counts: a place in title case at the head of a
paragraph is as often a subject or the start of an aside ("Tehran, the capital, ...", "Iran - which
denies it - said ...") and, on the PolNeAR dev set, taking dated or credited title-case places
("Lima, March 3 -") for datelines cost speaker resolution; they stay.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actors.cities import city_candidates
from ...dates import MONTHS
from .text import DASHES

__all__ = ["dateline_places"]

_ENDS = DASHES | {":", "\u2015"}


def _paragraph_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_ or (
        prev.is_space and i == 1)


def _word(t: Token) -> bool:
    return t.text[:1].isupper() and (t.is_alpha or t.text.replace(".", "").replace("'", "").replace("-", "").isalpha())


def _place_words(doc: Doc, j: int, most: int) -> int:
    """The end of a run of up to ``most`` capitalised words from token ``j``."""
    k = j
    while k < len(doc) and k - j < most and _word(doc[k]):
        k += 1
    return k


def _dateline_at(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The token range of the place of a dateline starting at token ``i`` (empty: none there)."""
    end = _place_words(doc, i, 4)
    if end == i:
        return []
    if not all(t.is_upper and len(t.text.replace(".", "")) > 1 for t in doc[i:end] if t.is_alpha):
        return []  # (a place in title case: see above)
    j = end
    more = False  # a region, a date or an agency after the place
    if j + 1 < len(doc) and doc[j].text == ",":
        if doc[j + 1].lower_.rstrip(".") in MONTHS:
            j += 1
        else:
            k = _place_words(doc, j + 1, 3)
            if k > j + 1:
                j, more = k, True
                if j + 1 < len(doc) and doc[j].text == ",":
                    j += 1
    dated = False  # a date or an agency after the place
    if j + 1 < len(doc) and doc[j].lower_.rstrip(".") in MONTHS and doc[j + 1].like_num:
        j, more, dated = j + 2, True, True
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(len(doc), j + 8)) if doc[k].text in (")", "):")), None)
        if close is None:
            return []
        if doc[close].text == "):":  # ("(Agency):" is one token)
            return [(i, end)]
        j, more, dated = close + 1, True, True
    if j >= len(doc) or doc[j].text not in _ENDS:
        return []
    if doc[j].text == ":" and not dated:
        return []  # "NATO: Russia must ...", "MOSCOW: ...": a headline's speaker, not where it was filed
    name = doc[i:end].text
    if not more and not (city_candidates(name) or city_candidates(name.title())):
        return []  # "NATO - the alliance said ...": a name in capitals, no place
    return [(i, end)]


def dateline_places(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the place (city) words of every dateline of the Doc."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(doc):
        if t.is_space or not t.is_upper or not _paragraph_start(doc, i):
            continue
        out.extend(_dateline_at(doc, i))
    return out
