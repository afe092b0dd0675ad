"""Article dates: the one definition of the ISO dates stancemap stores, and the reading of the
other ways feeds write a date.

Windows, validity intervals and date filters read a date as ISO 8601: ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD`` (a time may follow the day). :func:`normalise_date` turns the other common forms
("Mon, 01 Mar 2021 09:30:00 GMT", "2021/03/01", "20210301", "1 March 2021", "March 1, 2021",
"May 2021") into that form, keeping the precision given; a date it cannot read is reported, and the
article that has it is undated. Every pattern below is built from the same year, month and day
parts, so the ingest checks, the windows (Python and the store's SQL) and the HTTP API agree.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

__all__ = ["ISO_DATE_PATTERN", "ISO_DATE_RE", "ISO_DATETIME", "DATED_PATTERN", "DATED", "date_problem",
           "normalise_date", "MONTHS"]

_YEAR = r"\d{4}"
_MONTH = r"(0[1-9]|1[0-2])"
_DAY = r"(0[1-9]|[12]\d|3[01])"

#: Exactly ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (month 01-12, day 01-31): the dates the HTTP API
#: and the command line take as parameters (a pattern string: pydantic and FastAPI take it as such).
ISO_DATE_PATTERN = rf"^{_YEAR}(-{_MONTH}(-{_DAY})?)?$"
ISO_DATE_RE = re.compile(ISO_DATE_PATTERN)

#: A date that can be placed in a window: an ISO year, or year and month, then the end or a non-digit
#: (the rest of the day, a time). The store's SQL (``stancemap.store.dyad``) uses the same pattern.
DATED_PATTERN = rf"^{_YEAR}($|-{_MONTH}($|[^0-9]))"
DATED = re.compile(DATED_PATTERN, re.ASCII)

#: An ISO 8601 date in form (the calendar is checked apart): a year, a month or a day, optionally
#: followed by a time ("2021-03-01T09:30:00Z"); groups: year, month, day.
ISO_DATETIME = re.compile(rf"({_YEAR})(?:-(\d{{2}})(?:-(\d{{2}})(?:[T ]\S.*)?)?)?", re.ASCII)


def date_problem(value: str) -> str | None:
    """Why ``value`` is no ISO 8601 calendar date (None when it is one): ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``, a time may follow the day."""
    m = ISO_DATETIME.fullmatch(value)
    if m is None:
        return "is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    year, month, day = m.groups()
    return _calendar_problem(int(year), int(month or 1), int(day or 1))


def _calendar_problem(year: int, month: int, day: int) -> str | None:
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        return f"is not a calendar date ({exc})"
    return None


#: Month names and their abbreviations ("Sept", "Mar"), lower case, -> month number: the one table of
#: them (feed dates here, datelines and event dates in the nlp stages).
MONTHS = {name: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")), 1) for name in names}
_MONTH_NAME = r"(?P<mon>[A-Za-z]{3,9})\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
#: written-out dates: "1 March 2021", "Monday, 1 March 2021", "March 1, 2021", "Mar 1st 2021", "May 2021"
_WORDS = [re.compile(rf"{_WEEKDAY}(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH_NAME},?\s+(?P<year>\d{{4}})", re.I | re.A),
          re.compile(rf"{_WEEKDAY}{_MONTH_NAME}\s+(?P<day>\d{{1,2}}){_ORD},?\s+(?P<year>\d{{4}})", re.I | re.A),
          re.compile(rf"{_MONTH_NAME},?\s+(?P<year>\d{{4}})", re.I | re.A)]
#: numbers: "2021/03/01", "2021.03.01", "2021/03", "20210301", "01/03/2021" (day and month told apart)
_SLASHED = re.compile(r"(?P<year>\d{4})[/.](?P<month>\d{1,2})(?:[/.](?P<day>\d{1,2}))?", re.A)
_COMPACT = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})", re.A)
_DMY = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})", re.A)
#: the time that may follow a date written in words or numbers ("1 March 2021 09:30", "2021/03/01 09:30 GMT")
_TIME = re.compile(r"(?:(?:\s+|T|,\s*|\s+at\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?"
                   r"\s*(?:Z|UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2})?)?", re.A)


def _iso(year: int, month: int | None, day: int | None) -> tuple[str | None, str | None]:
    problem = _calendar_problem(year, month or 1, day or 1)
    if problem is not None:
        return None, problem
    if month is None:
        return f"{year:04d}", None
    return (f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"), None


def normalise_date(value: str) -> tuple[str | None, str | None]:
    """``(iso_date, None)`` for a date stancemap can read, ``(None, reason)`` for one it cannot.

    An ISO date (a time may follow) is kept as given; the other forms become ``YYYY-MM-DD``, or
    ``YYYY-MM`` when only a month is given ("May 2021" -> "2021-05"): an RFC 2822 feed date
    ("Mon, 01 Mar 2021 09:30:00 GMT", the day as written, whatever the zone), "2021/03/01",
    "20210301", "1 March 2021", "March 1, 2021", and "05/03/2021" only when the day is over 12
    (otherwise day and month cannot be told apart)."""
    s = " ".join(value.split())
    if not s:
        return None, "is empty"
    if ISO_DATETIME.fullmatch(s):
        problem = date_problem(s)
        return (None, problem) if problem else (s, None)
    for rx in (_COMPACT, _SLASHED):
        m = rx.fullmatch(s) or _with_time(rx, s)
        if m is not None:
            g = m.groupdict()
            return _iso(int(g["year"]), int(g["month"]), int(g["day"]) if g.get("day") else None)
    m = _DMY.fullmatch(s) or _with_time(_DMY, s)
    if m is not None:
        a, b = int(m["a"]), int(m["b"])
        if a <= 12 and b <= 12 and a != b:
            return None, "is ambiguous (day and month cannot be told apart; use YYYY-MM-DD)"
        day, month = (a, b) if a > 12 or a == b else (b, a)
        return _iso(int(m["year"]), month, day)
    for rx in _WORDS:
        m = rx.fullmatch(s) or _with_time(rx, s)
        if m is not None and m["mon"].lower() in MONTHS:
            given_day = m.groupdict().get("day")
            return _iso(int(m["year"]), MONTHS[m["mon"].lower()], int(given_day) if given_day else None)
    parsed = email.utils.parsedate_tz(s)  # RFC 2822 ("Mon, 01 Mar 2021 09:30:00 GMT")
    if parsed is not None and re.search(r"[A-Za-z]{3}", s):
        year, month, day = parsed[:3]
        return _iso(year, month, day)
    return None, "is not a date stancemap can read (use YYYY, YYYY-MM or YYYY-MM-DD)"


def _with_time(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    """``rx`` at the start of ``s`` followed by nothing but a time of day."""
    m = rx.match(s)
    if m is None or not _TIME.fullmatch(s, m.end()):
        return None
    return m
