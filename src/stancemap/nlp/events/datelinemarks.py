"""Cheap exact prechecks for the dateline tests of :mod:`stancemap.nlp.common.datelines` (issue 15,
speed): the events stage asks :func:`~stancemap.nlp.common.datelines.is_dateline` of every subject it
resolves and :func:`~stancemap.nlp.common.datelines.agency_credit` of every proper-noun argument, and
each call makes several Tokens. Both can be true only next to a few punctuation marks, which one array
read per Doc finds:

- ``agency_credit(tok)`` needs "(" one or two words before ``tok`` ("KYIV (Reuters) -", "(AFP)");
- ``is_dateline(tok)`` needs that, or a word of :data:`~stancemap.nlp.common.datelines.DATELINE_ENDS`
  right after ``tok`` ("NAIROBI --"), or a comma at most four words before it ("ACCRA, Ghana --":
  the comma before the country, whose phrase starts at most three words before ``tok``).

So where these prechecks say False, the tests are False, and the callers skip them. The marks live in
the participants memo (:func:`stancemap.nlp.events.participants.current`) while the stage codes the
Doc; outside it the prechecks say True (the callers then ask the tests as before). The words do not
change in the stage (its repairs change heads and labels only).
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token

from ..common.datelines import DATELINE_ENDS
from .participants import current

__all__ = ["may_be_agency_credit", "may_be_dateline"]

_OPEN = hash_string("(")
_COMMA = hash_string(",")
_ENDS = numpy.array(sorted(hash_string(w) for w in DATELINE_ENDS), dtype=numpy.uint64)


def _marks(doc: Doc) -> tuple[frozenset[int], frozenset[int]] | None:
    """(the word indexes where ``agency_credit`` may be true, those where ``is_dateline`` may be), made
    once per Doc in the events stage; None outside it."""
    parts = current(doc)
    if parts is None:
        return None
    hit: tuple[frozenset[int], frozenset[int]] | None = parts.memo.get("dateline_marks")
    if hit is not None:
        return hit
    orth = doc.to_array(ORTH).reshape(-1)  # (the word forms' ids: the same as each Token.text's)
    opens = orth == _OPEN
    credit = numpy.zeros(len(orth), dtype=bool)
    credit[1:] |= opens[:-1]  # "(" just before the word
    credit[2:] |= opens[:-2]  # "(" two words before it
    maybe = credit.copy()
    maybe[:-1] |= numpy.isin(orth[1:], _ENDS)  # a dateline's end just after it
    commas = orth == _COMMA
    for k in range(1, 5):  # a comma one to four words before it
        maybe[k:] |= commas[:-k]
    hit = (frozenset(numpy.flatnonzero(credit).tolist()), frozenset(numpy.flatnonzero(maybe).tolist()))
    parts.memo["dateline_marks"] = hit
    return hit


def may_be_agency_credit(tok: Token) -> bool:
    """False only where ``agency_credit(tok)`` is False (no "(" one or two words before ``tok``)."""
    marks = _marks(tok.doc)
    return marks is None or tok.i in marks[0]


def may_be_dateline(tok: Token) -> bool:
    """False only where ``is_dateline(tok)`` is False (see the module's docstring)."""
    marks = _marks(tok.doc)
    return marks is None or tok.i in marks[1]
