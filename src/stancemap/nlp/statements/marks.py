"""Quotation-mark spans of a text: pairing straight, curly and doubled marks robustly.

The scanner never raises on unbalanced or odd marks: a quote left open at the end of a
paragraph is closed there (``closed=False``), which is also the newspaper convention for a
quotation that runs on into the next paragraph (no closing mark, a new opening mark).
Apostrophes (``analysts'``, ``Americans’``, ``don’t``) are never quote marks; single
curly quotes are only used inside double quotes and are ignored here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quotes"]

# Double quote marks: curly, straight, LaTeX/PTB-style doubled backticks and apostrophes.
_MARK_RE = re.compile(r"``|''|[\"“”„«»]")
_OPENERS = frozenset({"“", "``", "„", "«"})
_CLOSERS = frozenset({"”", "»"})
_BEFORE_OPEN = frozenset(" \t\n\r([{—–-/\u00a0")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted stretch ``text[start:end]`` including its marks.

    ``closed`` is False when no closing mark was found (the span ends at the paragraph end);
    ``para_continues`` is True when the next paragraph re-opens the quotation.
    """

    start: int
    end: int
    closed: bool = True
    para_continues: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        return self.start, self.end


def _role(text: str, i: int, mark: str) -> str:
    """'open', 'close' or 'either' for the mark at text[i]."""
    j = i + len(mark)
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < len(text) else " "
    space_before = prev in _BEFORE_OPEN
    space_after = nxt.isspace() or nxt in ".,;:!?)]}—–-"
    if mark in _OPENERS:
        # a typo'd closing mark: 'fascist?“ he asked' (attached to the word before it)
        return "close" if space_after and not space_before else "open"
    if mark in _CLOSERS:
        return "open" if space_before and not space_after and prev not in "\u00a0" and prev != "(" \
            and nxt.isupper() else "close"
    if mark == "''" and prev.isalpha() and not space_after:
        return "none"  # a doubled apostrophe inside a word: ignore
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _para_end(text: str, i: int) -> int:
    """End of the paragraph containing position i (before the newline, trailing spaces trimmed)."""
    j = text.find("\n", i)
    if j < 0:
        j = len(text)
    while j > i and text[j - 1].isspace():
        j -= 1
    return j


def _next_para_opens(text: str, i: int) -> bool:
    """True when the paragraph after position i starts with an opening quote mark."""
    j = text.find("\n", i)
    if j < 0:
        return False
    m = re.compile(r"\s*").match(text, j)
    k = m.end() if m else j
    mk = _MARK_RE.match(text, k)
    return mk is not None and _role(text, k, mk.group()) in ("open", "either")


def find_quotes(text: str) -> list[QuoteSpan]:
    """All double-quoted spans of ``text`` in order, marks included; never raises."""
    out: list[QuoteSpan] = []
    open_at: int | None = None
    for m in _MARK_RE.finditer(text):
        i, mark = m.start(), m.group()
        role = _role(text, i, mark)
        if role == "none":
            continue
        if open_at is not None and "\n" in text[open_at:i]:
            # The open quote ran to the end of its paragraph without a closing mark.
            pe = _para_end(text, open_at)
            if pe > open_at + 1:
                out.append(QuoteSpan(open_at, pe, False, _next_para_opens(text, open_at)))
            open_at = None
        if open_at is None:
            if role in ("open", "either"):
                open_at = i
            continue
        if role in ("close", "either"):
            out.append(QuoteSpan(open_at, m.end()))
            open_at = None
        elif role == "open":
            # Two openers in a row: the first lost its closing mark; restart here.
            open_at = i
    if open_at is not None:
        pe = _para_end(text, open_at)
        if pe > open_at + 1:
            out.append(QuoteSpan(open_at, pe, False, False))
    return out
