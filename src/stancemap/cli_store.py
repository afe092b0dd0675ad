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
    from .scaleout import Pool

    settings = _settings(args)
    update, stop = _progress_bar(count_inputs(args.inputs) if settings.progress else None) \
        if settings.progress else ((lambda n, s: None), (lambda: None))

    def skipped(skip: Any) -> None:  # one line per input, as `stancemap analyze` prints it
        print(f"stancemap: skipped {skip.message}", file=sys.stderr, flush=True)

    def warned(raw: Any, warning: str) -> None:  # e.g. a date that cannot be read: the article is undated
        print(f"stancemap: warning: {raw.origin}: {warning}", file=sys.stderr, flush=True)

    def committed(batch: int, s: Any) -> None:
        if args.verbose_commits:
            print(f"committed batch {batch}: {s.seen} inputs", file=sys.stderr, flush=True)

    try:
        with Pool(settings, n_items=count_inputs(args.inputs)) as pool:  # --workers / --scheduler; only this process writes the store
            summary = ingest_paths(args.inputs, _db(args), settings=settings, batch_size=args.batch,
                                   analyzer_for=pool.analyzer_for if pool.parallel else None,
                                   on_progress=update, on_commit=committed, on_skip=skipped,
                                   on_warning=warned)
    finally:
        stop()
    if args.format == "json":
        out.write(json.dumps(summary.as_dict(), indent=1) + "\n")
    else:
        out.write(f"{_db(args)}: {summary.render()}\n")
    return summary.exit_code


def _date_arg(value: str) -> str:
    """A --from/--to date: YYYY, YYYY-MM or YYYY-MM-DD (a usage error otherwise)."""
    from .dates import ISO_DATETIME, date_problem

    # (the ISO form without a time: at most YYYY-MM-DD's 10 characters)
    why = date_problem(value) if ISO_DATETIME.fullmatch(value) and len(value) <= 10 else \
        "is not YYYY, YYYY-MM or YYYY-MM-DD"
    if why:
        raise argparse.ArgumentTypeError(f"{value!r} {why}")
    return value


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    from .errors import StoreError
    from .store import Store

    if not Path(_db(args)).exists():  # (opening it for writing would create an empty store)
        raise StoreError("no such database (create it with 'stancemap ingest')", source=_db(args))
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


def _cmd_actors_list(args: argparse.Namespace, out: TextIO) -> int:
    from .store import open_readonly
    from .store.queries import list_actors

    with open_readonly(_db(args)) as st:
        rows = list_actors(st, q=args.search, type=args.type, limit=args.limit)
    cols = ["id", "name", "type", "country", "role", "code", "articles", "first_seen", "last_seen", "statements",
            "events", "stances"]
    render_rows(rows, args.format, out, columns=cols if args.format == "table" else None)
    return 0


def _cmd_dyad(args: argparse.Namespace, out: TextIO) -> int:
    from .store import open_readonly
    from .store.dyad import dyad_series

    with open_readonly(_db(args)) as st:
        res = dyad_series(st, args.a, args.b, issue=args.issue, by=args.by, date_from=args.date_from,
                          date_to=args.date_to, independent=not args.all_copies)
    rows = res["rows"]
    if args.format == "json":
        out.write(json.dumps(res, ensure_ascii=False, indent=1, default=str) + "\n")
        return 0
    if args.format == "table":
        for r in rows:
            ev = [*r["stances"], *r["alignments"], *r["events"]]
            r["evidence"] = ", ".join(ev[:args.max_evidence]) + (f" +{len(ev) - args.max_evidence}"
                                                                if len(ev) > args.max_evidence else "")
        cols = ["window", "articles", "s_score", "n_joint", "alignment_balance", "n_alignments", "verdict", "delta_s",
                "events_ab", "events_ba", "cooperative", "conflictual", "goldstein_index", "evidence"]
        note = (f"{res['a']} – {res['b']}, issue: {res['issue'] or 'all issues pooled'}, by {res['by']}; "
                f"counted over {res['counted_over']}; goldstein_index = Goldstein sum / stories in the window")
        render_rows(rows, "table", out, columns=cols, note=note)
        return 0
    for r in rows:
        r.update(a=res["a"], b=res["b"], issue=res["issue"], counted_over=res["counted_over"])
    render_rows(rows, "csv", out)
    return 0


def _cmd_stances(args: argparse.Namespace, out: TextIO) -> int:
    from .errors import StoreError
    from .store import open_readonly
    from .store.dyad import counted_over
    from .store.queries import list_stances, resolve_actor

    with open_readonly(_db(args)) as st:
        if args.actor and not resolve_actor(st, args.actor):
            raise StoreError(f"no actor {args.actor!r} in the store (see 'stancemap actors')", source=st.path)
        rows = list_stances(st, actor=args.actor, issue=args.issue, independent=not args.all_copies,
                            date_from=args.date_from, date_to=args.date_to, limit=args.limit)
        note = f"{len(rows)} stance(s); counted over {counted_over(st, not args.all_copies)}"
    cols = ["evidence_id", "date", "actor", "owner", "issue", "proposition", "polarity", "strength", "evidence"]
    render_rows(rows, args.format, out, columns=cols if args.format == "table" else None, note=note)
    return 0


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from .store import Store
    from .store.export import export

    with Store(_db(args), read_only=True) as st:
        written = export(st, args.to, args.dir)
    for name, n in written.items():
        out.write(f"{Path(args.dir) / name}: {n} rows\n")
    return 0


def _wrap_actors(original: Handler) -> Handler:
    def handler(args: argparse.Namespace, out: TextIO) -> int:
        if getattr(args, "actors_command", None) is None:
            return _cmd_actors_list(args, out)
        return original(args, out)
    return handler


def _wrap_convergence(original: Handler) -> Handler:
    def handler(args: argparse.Namespace, out: TextIO) -> int:
        if not _is_store_file(args.input):
            return original(args, out)
        from .analytics.report import render_report, report_from_articles
        from .store import open_readonly
        from .store.dyad import articles_from_store, counted_over

        actors = [a.strip() for a in args.actors.split(",") if a.strip()] if args.actors else None
        independent = not getattr(args, "all_copies", False)
        with open_readonly(args.input) as st:
            report = report_from_articles(articles_from_store(st, independent=independent), window=args.window,
                                          actors=actors, issue=args.issue, source=args.input)
            report["counted_over"] = counted_over(st, independent)
        if args.format == "json":
            out.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        else:
            out.write(f"counted over {report['counted_over']}\n")
            out.write(render_report(report, max_evidence=args.max_evidence).rstrip("\n") + "\n")
        return 0
    return handler


def _subparsers_action(p: argparse.ArgumentParser) -> Any:
    return next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))


def add_parsers(sub: Any, commands: MutableMapping[str, Handler]) -> None:
    """Add the store subcommands to the ``stancemap`` parser and their handlers to ``commands``."""
    from .cli import _add_settings_flags
    from .cli_scaleout import add_flags as add_scaleout_flags

    ing = sub.add_parser("ingest", help="analyse articles into a DuckDB store (idempotent, resumable)",
                         description="Analyse articles (.txt, .html, .jsonl, directories) into an embedded DuckDB "
                                     "store. Inputs already stored with the same content are skipped before parsing; "
                                     "a changed article replaces its old version; each batch is one transaction, so "
                                     "an interrupted run resumes where it stopped. Exit code 1 when anything was "
                                     "skipped. Dates are stored in ISO form (feed dates such as 'Mon, 01 Mar 2021 "
                                     "09:30:00 GMT' or 'May 2021' are read into it); a date that cannot be read "
                                     "leaves its article undated, with a warning on stderr and in its meta.")
    ing.add_argument("inputs", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    _db_flag(ing)
    ing.add_argument("--batch", type=_positive_int, default=32, help="articles per transaction (default 32)")
    ing.add_argument("--format", choices=("table", "json"), default="table", help="summary format")
    ing.add_argument("--no-progress", dest="progress", action="store_false", default=None, help="no progress bar")
    ing.add_argument("--log-commits", dest="verbose_commits", action="store_true",
                     help="print a line on stderr after each committed batch")
    add_scaleout_flags(ing)
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

    dy = sub.add_parser("dyad", help="a dyad's convergence, alignments and events per time window, from the store",
                        description="Signorino-Ritter S and n_joint, alignment balance, event counts and a Goldstein "
                                    "cooperation/conflict index normalised by coverage volume, per window, with the "
                                    "evidence ids behind each number. Counted over independent stories (one article "
                                    "per near-duplicate group) unless --all-copies.")
    dy.add_argument("a", metavar="A", help="actor: id, name or ISO3 code (officials count for their state)")
    dy.add_argument("b", metavar="B")
    dy.add_argument("--issue", help="issue id, root or label words (default: all issues pooled)")
    dy.add_argument("--by", choices=("month", "quarter", "year"), default="month", help="window (default month)")
    dy.add_argument("--from", dest="date_from", metavar="DATE", type=_date_arg,
                    help="first date (YYYY, YYYY-MM or YYYY-MM-DD)")
    dy.add_argument("--to", dest="date_to", metavar="DATE", type=_date_arg, help="last date, inclusive")
    dy.add_argument("--all-copies", action="store_true", help="count every copy of a syndicated story")
    dy.add_argument("--max-evidence", type=int, default=6, help="evidence ids shown per row in the table")
    _db_flag(dy)
    _fmt_flag(dy)
    commands["dyad"] = _cmd_dyad

    stc = sub.add_parser("stances", help="stances from the store, by actor and issue")
    stc.add_argument("--actor", help="actor id, name or ISO3 code (matches officials of a state too)")
    stc.add_argument("--issue", help="issue id, root or label words")
    stc.add_argument("--from", dest="date_from", metavar="DATE", type=_date_arg,
                     help="first date (YYYY, YYYY-MM or YYYY-MM-DD)")
    stc.add_argument("--to", dest="date_to", metavar="DATE", type=_date_arg, help="last date, inclusive")
    stc.add_argument("--all-copies", action="store_true", help="include every copy of a syndicated story")
    stc.add_argument("--limit", type=int, help="at most N rows")
    _db_flag(stc)
    _fmt_flag(stc)
    commands["stances"] = _cmd_stances

    ex = sub.add_parser("export", help="export the store: Parquet/CSV/JSONL per table, or PLOVER JSON events",
                        description="Write every row (no caps) of the store to DIR: one file per table "
                                    "(parquet, csv, jsonl) or events as PLOVER JSON records (plover). Columns: "
                                    "docs/store.md.")
    ex.add_argument("--to", required=True, choices=("parquet", "csv", "jsonl", "plover"))
    ex.add_argument("dir", metavar="DIR")
    _db_flag(ex)
    commands["export"] = _cmd_export

    # `stancemap actors` with no action lists the store's registry
    ac = sub.choices["actors"]
    _subparsers_action(ac).required = False
    ac.description = ("Without an action: the store's actor registry with counts. Actions: import and check "
                      "actor dictionaries.")
    ac.add_argument("--search", metavar="TEXT", help="registry: id or name containing TEXT, or an exact alias")
    ac.add_argument("--type", help="registry: only this actor type (state, person, igo, ...)")
    ac.add_argument("--limit", type=int, help="registry: at most N rows")
    _db_flag(ac)
    _fmt_flag(ac)
    commands["actors"] = _wrap_actors(commands["actors"])

    # `stancemap convergence` reads a store as well as JSONL
    cv = sub.choices["convergence"]
    for action in cv._actions:
        if action.dest == "input":
            action.metavar = "FILE"
            action.help = "a store (.duckdb) or the JSONL output of stancemap analyze --format jsonl"
    cv.add_argument("--all-copies", action="store_true",
                    help="store: count every copy of a syndicated story (default: independent stories)")
    commands["convergence"] = _wrap_convergence(commands["convergence"])


def _is_store_file(path: str) -> bool:
    p = Path(path)
    try:
        with p.open("rb") as fh:
            return fh.read(12)[8:12] == b"DUCK"
    except OSError:
        return False
