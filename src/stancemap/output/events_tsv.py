"""Events as tab-separated rows, one per event, in the spirit of GDELT/ICEWS event tables.

The file follows the CSV conventions of Python's ``csv`` module with a tab delimiter: a cell that
holds a quote mark, a tab or a line break is quoted and its quote marks doubled, so that ``csv``,
pandas and DuckDB read every cell back exactly. Line breaks inside a cell are written as spaces.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TextIO

from ..records import Article

__all__ = ["EVENT_COLUMNS", "event_cells", "event_rows", "events_tsv_header", "TsvWriter"]

EVENT_COLUMNS = (
    "article_id", "event_id", "date", "source_actor", "source_name", "source_code", "cameo", "cameo_root",
    "plover", "goldstein", "target_actor", "target_name", "target_code", "negated", "hypothetical",
    "reported", "evidence_start", "evidence_end", "evidence",
)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return " ".join(str(value).split())  # one line per event: line breaks and tabs become spaces


def event_cells(article: Article) -> Iterable[list[str]]:
    """The cells of each event row of one article (none for a skipped article)."""
    names = {a.id: a.name for a in article.actors}
    for e in article.events:
        row = (
            article.id, e.id, e.date or article.date, e.source, names.get(e.source or ""), e.source_code,
            e.cameo, e.cameo_root, e.plover, e.goldstein, e.target, names.get(e.target or ""), e.target_code,
            e.negated, e.hypothetical, e.reported, e.evidence.start, e.evidence.end, e.evidence.text,
        )
        yield [_cell(v) for v in row]


def _line(cells: Iterable[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="", quoting=csv.QUOTE_MINIMAL).writerow(cells)
    return buf.getvalue()


def events_tsv_header() -> str:
    return _line(EVENT_COLUMNS)


def event_rows(article: Article) -> Iterable[str]:
    """TSV lines (without line ends) for the events of one article."""
    for cells in event_cells(article):
        yield _line(cells)


class TsvWriter:
    """Writes the header once, then the event rows of each article as it comes."""

    def __init__(self, stream: TextIO) -> None:
        self._writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        self._writer.writerow(EVENT_COLUMNS)
        self._stream = stream

    def write_article(self, article: Article) -> None:
        self._writer.writerows(event_cells(article))
        self._stream.flush()
