"""Exports of a store: one Parquet / CSV / JSONL file per table, or PLOVER JSON records for events.

No caps: every row is written, streamed by DuckDB (Parquet, CSV, JSONL) or in chunks (PLOVER).
Columns are those of the tables (``docs/store.md``); PLOVER records are described there too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .db import RECORD_TABLES, Store

__all__ = ["export", "EXPORT_TABLES", "FORMATS", "plover_record"]

EXPORT_TABLES = ("articles", *RECORD_TABLES, "actors", "actor_intervals", "skips", "runs")
FORMATS = ("parquet", "csv", "jsonl", "plover")
_COPY = {"parquet": ("parquet", "(FORMAT parquet)"), "csv": ("csv", "(FORMAT csv, HEADER)"),
         "jsonl": ("jsonl", "(FORMAT json)")}

_EVENT_SQL = """
    SELECT e.article_id, e.id, coalesce(e.date, a.date) AS event_date, e.plover, e.cameo, e.cameo_root, e.goldstein,
           e.source, sa.name AS source_name, e.source_owner, e.source_code, sa.country AS source_country,
           sa.sector AS source_sector,
           e.target, ta.name AS target_name, e.target_owner, e.target_code, ta.country AS target_country,
           ta.sector AS target_sector,
           e.evidence_text, e.evidence_start, e.evidence_end, e.place, e.negated, e.hypothetical, e.reported,
           e.statement, a.date AS story_date, a.source AS publisher, a.url, a.title, a.dup_group
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN article_actors sa ON sa.article_id = e.article_id AND sa.actor_id = e.source
    LEFT JOIN article_actors ta ON ta.article_id = e.article_id AND ta.actor_id = e.target
    ORDER BY a.seq, e.evidence_start"""


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER-style JSON record (POLECAT field names where they exist)."""
    def party(p: str) -> dict[str, Any]:
        return {"actor_id": row[p], "name": row[f"{p}_name"], "country": row[f"{p}_country"] or row[f"{p}_owner"],
                "sector": row[f"{p}_sector"], "code": row[f"{p}_code"]}

    return {
        "event_id": f"{row['article_id']}#{row['id']}",
        "event_date": row["event_date"],
        "event_type": row["plover"],
        "event_mode": None,
        "event_text": row["evidence_text"],
        "actor": party("source"),
        "recipient": party("target"),
        "cameo": row["cameo"], "cameo_root": row["cameo_root"], "goldstein": row["goldstein"],
        "negated": row["negated"], "hypothetical": row["hypothetical"], "reported": row["reported"],
        "place": row["place"],
        "story_id": row["article_id"], "story_date": row["story_date"], "story_group": row["dup_group"],
        "publisher": row["publisher"], "url": row["url"], "headline": row["title"],
        "evidence": {"start": row["evidence_start"], "end": row["evidence_end"], "statement": row["statement"]},
    }


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export(st: Store, fmt: str, out_dir: str | Path) -> dict[str, int]:
    """Write the store to ``out_dir``; returns file name -> rows written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    d = Path(out_dir)
    d.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    if fmt == "plover":
        path = d / "events.plover.jsonl"
        cur = st.con.execute(_EVENT_SQL)
        names = [c[0] for c in cur.description]
        n = 0
        with path.open("w", encoding="utf-8") as fh:
            while True:
                chunk = cur.fetchmany(2000)
                if not chunk:
                    break
                for r in chunk:
                    fh.write(json.dumps(plover_record(dict(zip(names, r))), ensure_ascii=False, default=str) + "\n")
                    n += 1
        written[path.name] = n
        return written
    ext, opts = _COPY[fmt]
    for table in EXPORT_TABLES:
        path = d / f"{table}.{ext}"
        order = " ORDER BY seq" if table == "articles" else ""
        st.con.execute(f"COPY (SELECT * FROM {table}{order}) TO {_quote(path)} {opts}")
        written[path.name] = int(st.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return written
