"""Store commands of the ``stancemap`` CLI: ingest, db info, actors, dyad, stances, sql, export, and
``convergence`` over a database. Thin shells over :mod:`stancemap.store` and :mod:`stancemap.corpus`.

Hooked into :mod:`stancemap.cli` by :func:`add_parsers`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any, TextIO

__all__ = ["add_parsers", "render_rows"]

Handler = Callable[[argparse.Namespace, TextIO], int]
FORMATS = ("table", "json", "csv")


def _default_db() -> str:
    return os.environ.get("STANCEMAP_DB") or "stancemap.duckdb"


def _db_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, metavar="FILE",
                   help="the store (DuckDB file; default $STANCEMAP_DB or ./stancemap.duckdb)")


def _fmt_flag(p: argparse.ArgumentParser, default: str = "table") -> None:
    p.add_argument("--format", choices=FORMATS, default=default, help=f"output format (default {default})")


def _db(args: argparse.Namespace) -> str:
    return args.db or _default_db()


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def render_rows(rows: Sequence[dict[str, Any]], fmt: str, out: TextIO, *, columns: Sequence[str] | None = None,
                note: str | None = None) -> None:
    """Print rows as a table (plain text), a JSON list of row objects, or CSV."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        out.write(json.dumps([{c: r.get(c) for c in cols} for r in rows], ensure_ascii=False, indent=1, default=str))
        out.write("\n")
        return
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
        return
    if note:
        out.write(note + "\n")
    if not rows:
        out.write("(no rows)\n")
        return
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [min(60, max(len(c), *(len(x[i]) for x in cells))) for i, c in enumerate(cols)]

    def line(vals: Sequence[str]) -> str:
        return "  ".join((v if len(v) <= w else v[:w - 1] + "…").ljust(w) for v, w in zip(vals, widths)).rstrip()

    out.write(line(cols) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for x in cells:
        out.write(line(x) + "\n")


# -- ingest ------------------------------------------------------------------------------------------
def _progress_bar(total: int | None) -> tuple[Callable[[int, Any], None], Callable[[], None]]:
    """A Rich progress bar with rate and ETA on a terminal (stderr); no-op otherwise."""
    if not sys.stderr.isatty():
        return (lambda n, s: None), (lambda: None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    prog = Progress(TextColumn("ingesting"), BarColumn(bar_width=None), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)
    task = prog.add_task("ingest", total=total, rate="")
    prog.start()

    def update(n: int, s: Any) -> None:
        rate = f"{s.seen / s.seconds:.1f} art/s" if s.seconds > 0 else ""
        prog.update(task, advance=n, rate=rate)

    return update, prog.stop


def _cmd_ingest(args: argparse.Namespace, out: TextIO) -> int:
    from .cli import _settings
    from .corpus import count_inputs, ingest_paths

    settings = _settings(args)
    update, stop = _progress_bar(count_inputs(args.inputs) if settings.progress else None) \
        if settings.progress else ((lambda n, s: None), (lambda: None))

    def committed(batch: int, s: Any) -> None:
        if args.verbose_commits:
            print(f"committed batch {batch}: {s.seen} inputs", file=sys.stderr, flush=True)

    try:
        summary = ingest_paths(args.inputs, _db(args), settings=settings, batch_size=args.batch,
                               on_progress=update, on_commit=committed)
    finally:
        stop()
    if args.format == "json":
        out.write(json.dumps(summary.as_dict(), indent=1) + "\n")
    else:
        out.write(f"{_db(args)}: {summary.render()}\n")
    return summary.exit_code


def _cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    from .store import Store

    with Store(_db(args), read_only=False) as st:
        info = st.info()
    if args.format == "json":
        out.write(json.dumps(info, indent=1, default=str) + "\n")
        return 0
    out.write(f"{info['path']}: {info['format']} schema version {info['schema_version']} "
              f"(latest {info['latest_version']})\n")
    for m in info["migrations"]:
        out.write(f"  migration {m['version']}: {m['name']} (applied {m['applied_at'][:19]})\n")
    rows = [{"table": t, "rows": n} for t, n in info["counts"].items()]
    render_rows(rows, "table", out)
    out.write(f"independent stories (near-duplicate groups): {info['independent_stories']}\n")
    if info["skips_by_reason"]:
        out.write("skips by reason: " + ", ".join(f"{r} {n}" for r, n in info["skips_by_reason"].items()) + "\n")
    if info["last_run"]:
        r = info["last_run"]
        out.write(f"last run {r['id']}: {r['status']}, started {r['started_at'][:19]}\n")
    return 0


def _cmd_sql(args: argparse.Namespace, out: TextIO) -> int:
    from .store.queries import run_sql

    render_rows(run_sql(_db(args), args.query), args.format, out)
    return 0


def add_parsers(sub: Any, commands: MutableMapping[str, Handler]) -> None:
    """Add the store subcommands to the ``stancemap`` parser and their handlers to ``commands``."""
    from .cli import _add_settings_flags

    ing = sub.add_parser("ingest", help="analyse articles into a DuckDB store (idempotent, resumable)",
                         description="Analyse articles (.txt, .html, .jsonl, directories) into an embedded DuckDB "
                                     "store. Inputs already stored with the same content are skipped before parsing; "
                                     "a changed article replaces its old version; each batch is one transaction, so "
                                     "an interrupted run resumes where it stopped. Exit code 1 when anything was "
                                     "skipped.")
    ing.add_argument("inputs", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    _db_flag(ing)
    ing.add_argument("--batch", type=int, default=32, help="articles per transaction (default 32)")
    ing.add_argument("--format", choices=("table", "json"), default="table", help="summary format")
    ing.add_argument("--no-progress", dest="progress", action="store_false", default=None, help="no progress bar")
    ing.add_argument("--log-commits", dest="verbose_commits", action="store_true",
                     help="print a line on stderr after each committed batch")
    _add_settings_flags(ing)
    commands["ingest"] = _cmd_ingest

    db = sub.add_parser("db", help="store information: schema version, migrations, row counts")
    dbs = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    info = dbs.add_parser("info", help="schema version, applied migrations and row counts")
    _db_flag(info)
    info.add_argument("--format", choices=("table", "json"), default="table")
    commands["db"] = _cmd_db

    sq = sub.add_parser("sql", help="run a read-only SQL query on the store",
                        description="Run one SQL query on a read-only connection to the store (tables: docs/store.md).")
    sq.add_argument("query", metavar="SQL")
    _db_flag(sq)
    _fmt_flag(sq)
    commands["sql"] = _cmd_sql


def _is_store_file(path: str) -> bool:
    p = Path(path)
    try:
        with p.open("rb") as fh:
            return fh.read(12)[8:12] == b"DUCK"
    except OSError:
        return False
