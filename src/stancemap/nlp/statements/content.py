"""Content spans of statements: clause spans, quote snapping and kinds.

A statement's content is a list of character spans. A clausal complement gives one span
(``that`` included, final punctuation excluded); quotation marks that the clause cuts are
absorbed whole, so a quotation running over several sentences is never cut; a content that
is nothing but quotations is ``direct``, one that contains some quoted words is ``mixed``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc

from .marks import QuoteSpan

__all__ = ["QuoteIndex", "trim_span", "kind_of"]

_TRIM_CHARS = " \t\r\n,;:.—–-"
_QUOTE_CHARS = "\"“”„«»'`"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace and outer punctuation (not quotation marks) from [start, end)."""
    while end > start and text[end - 1] in _TRIM_CHARS:
        end -= 1
    while start < end and text[start] in _TRIM_CHARS:
        start += 1
    return start, end


class QuoteIndex:
    """The quotation spans of one document, searchable by position."""

    def __init__(self, quotes: Sequence[QuoteSpan]) -> None:
        self.quotes = list(quotes)
        self.starts = [q.start for q in self.quotes]
        self.ends = [q.end for q in self.quotes]

    def __len__(self) -> int:
        return len(self.quotes)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of quotes overlapping [start, end)."""
        hi = bisect_left(self.starts, end)
        return [i for i in range(max(0, bisect_right(self.ends, start) - 1), hi)
                if self.quotes[i].end > start and self.quotes[i].start < end]

    def containing(self, pos: int) -> int | None:
        """Index of the quote strictly containing char ``pos`` (marks excluded)."""
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.quotes[i].start < pos < self.quotes[i].end - 1:
            return i
        return None

    def before(self, pos: int) -> int | None:
        """Index of the last quote ending at or before ``pos``."""
        i = bisect_right(self.ends, pos) - 1
        return i if i >= 0 else None

    def after(self, pos: int) -> int | None:
        """Index of the first quote starting at or after ``pos``."""
        i = bisect_left(self.starts, pos)
        return i if i < len(self.quotes) else None

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen [start, end) so that no quotation is cut by its boundary."""
        for i in self.overlapping(start, end):
            q = self.quotes[i]
            if q.start < start:
                start = q.start
            if q.end > end:
                end = q.end
        return start, end


def kind_of(text: str, spans: Sequence[tuple[int, int]], quotes: QuoteIndex) -> str:
    """direct, mixed or indirect, from the quotation marks inside the content."""
    covered = 0
    any_quote = False
    total = 0
    for s, e in spans:
        seg = text[s:e]
        total += sum(1 for ch in seg if ch.isalnum())
        for i in quotes.overlapping(s, e):
            q = quotes.quotes[i]
            any_quote = True
            a, b = max(s, q.start), min(e, q.end)
            covered += sum(1 for ch in text[a:b] if ch.isalnum())
    if not any_quote:
        return "indirect"
    return "direct" if total and covered >= total else "mixed"


def char_span_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token index range [i, j) covering chars [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0, 0
    return span.start, span.end
