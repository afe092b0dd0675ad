"""Event dates from simple time expressions relative to the article date.

News leads date their events with a weekday ("on Tuesday"), a deictic word ("yesterday",
"today") or a month and day ("on March 3"). Only these simple forms are resolved; anything
else (or an article without a date) leaves the article date (or None) in place.

Weekdays refer to the most recent such day on or before the article date, unless the
trigger is in the future tense ("will meet on Friday": the next such day).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ...dates import MONTHS

__all__ = ["parse_date", "resolve_expression", "event_date"]

_WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?$")


def parse_date(value: str | None) -> date | None:
    """The date of an ISO string ("2012-01-18", or a timestamp starting with one)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def resolve_expression(text: str, anchor: date, *, future: bool = False) -> date | None:
    """The date a simple time expression refers to, relative to ``anchor`` (the article date).

    Args:
        text: the expression ("Tuesday", "yesterday", "March 3", "on Friday").
        anchor: the article date.
        future: the event is announced (weekdays then point forward).
    """
    t = text.lower().strip().removeprefix("on ").removeprefix("last ").strip(" ,.")
    if t in _DEICTIC:
        return anchor + timedelta(days=_DEICTIC[t])
    for suffix in (" morning", " afternoon", " evening", " night"):
        t = t.removesuffix(suffix)
    if t in _DEICTIC:
        return anchor + timedelta(days=_DEICTIC[t])
    if t in _WEEKDAYS:
        delta = (anchor.weekday() - _WEEKDAYS[t]) % 7
        if future:
            return anchor + timedelta(days=(_WEEKDAYS[t] - anchor.weekday()) % 7 or 7)
        return anchor - timedelta(days=delta)
    m = _MONTH_DAY.match(t)
    if m and m.group(1) in MONTHS:
        try:
            d = date(anchor.year, MONTHS[m.group(1)], int(m.group(2)))
        except ValueError:
            return None
        if not future and d > anchor + timedelta(days=1):
            d = d.replace(year=anchor.year - 1)  # "on December 30" in a January article
        return d
    return None


def _expression_tokens(sent: Span, trigger: Token) -> list[Span]:
    """Date entities of the sentence, those attached to the trigger's clause first."""
    ents = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    if not ents:
        # the small model misses some weekdays and "yesterday": take bare tokens too
        ents = [sent.doc[t.i:t.i + 1] for t in sent
                if t.lower_ in _WEEKDAYS or t.lower_ in _DEICTIC]
    near = [e for e in ents if any(t.head.i == trigger.i or t.head.head.i == trigger.i for t in e)]
    return near + [e for e in ents if e not in near]


def event_date(sent: Span, trigger: Token, article_date: str | None, *, future: bool = False) -> str | None:
    """The ISO date of an event: a simple time expression near the trigger resolved against
    the article date; else the article date (None without one)."""
    anchor = parse_date(article_date)
    if anchor is None:
        return article_date
    for ent in _expression_tokens(sent, trigger):
        d = resolve_expression(ent.text, anchor, future=future)
        if d is not None:
            return d.isoformat()
    return article_date
