"""Events as tab-separated rows, one per event, in the spirit of GDELT/ICEWS event tables."""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Article

__all__ = ["EVENT_COLUMNS", "event_rows", "events_tsv_header"]

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
    return " ".join(str(value).split())  # no tabs or newlines inside a cell


def events_tsv_header() -> str:
    return "\t".join(EVENT_COLUMNS)


def event_rows(article: Article) -> Iterable[str]:
    """TSV lines for the events of one article (none for a skipped article)."""
    names = {a.id: a.name for a in article.actors}
    for e in article.events:
        row = (
            article.id, e.id, e.date or article.date, e.source, names.get(e.source or ""), e.source_code,
            e.cameo, e.cameo_root, e.plover, e.goldstein, e.target, names.get(e.target or ""), e.target_code,
            e.negated, e.hypothetical, e.reported, e.evidence.start, e.evidence.end, e.evidence.text,
        )
        yield "\t".join(_cell(v) for v in row)
