"""Event dates from simple time expressions (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from stancemap.nlp.events.component import extract_events
from stancemap.nlp.events.dates import parse_date, resolve_expression

from .test_events import _doc

WED = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("yesterday", False, date(2024, 5, 14)),
    ("today", False, WED),
    ("on Monday", False, date(2024, 5, 13)),
    ("Wednesday", False, WED),
    ("Thursday", False, date(2024, 5, 9)),
    ("Friday", True, date(2024, 5, 17)),
    ("March 3", False, date(2024, 3, 3)),
    ("December 30", False, date(2023, 12, 30)),
    ("last night", False, None),
    ("next year", False, None),
])
def test_resolve_expression(text, future, expected):
    assert resolve_expression(text, WED, future=future) == expected


def test_parse_date_accepts_timestamps():
    assert parse_date("2024-05-15T08:00:00Z") == WED
    assert parse_date("spring") is None
    assert parse_date(None) is None


@pytest.mark.model
def test_event_takes_the_weekday_of_its_clause(nlp_base):
    doc = _doc(nlp_base, "Peruvian police arrested six opposition activists on Monday.",
               {"Peruvian police": "PERCOP"}, date="2024-05-15")
    events = extract_events(doc)
    assert events and events[0].date == "2024-05-13"


@pytest.mark.model
def test_event_without_time_expression_keeps_article_date(nlp_base):
    doc = _doc(nlp_base, "Peruvian police arrested six opposition activists.",
               {"Peruvian police": "PERCOP"}, date="2024-05-15")
    events = extract_events(doc)
    assert events and events[0].date == "2024-05-15"
