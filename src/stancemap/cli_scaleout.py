"""Command-line pieces of the scale-out: the ``--workers`` / ``--scheduler`` flags, the analysed
stream with one progress bar across workers (count, rate, ETA) and the article count behind the
ETA. The work itself is in :mod:`stancemap.scaleout`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .ingest import RawArticle
from .ingest.readers import HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES
from .records import Article
from .settings import Settings

__all__ = ["add_flags", "analyzed", "count_articles", "progress", "FLAG_KEYS"]

#: Settings fields set by these flags (for the CLI's settings resolution).
FLAG_KEYS = ("workers", "scheduler")


def add_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("parallel runs (local worker processes or a Dask cluster)")
    g.add_argument("--workers", type=int, metavar="N",
                   help="worker processes on this machine, each loading the pipeline once (default: the "
                        "machine's cores; 1, in this process, for fewer than 64 articles)")
    g.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on a running dask.distributed cluster, e.g. tcp://10.0.0.5:8786 "
                        "(see the README: every worker needs stancemap and the model installed)")


def _jsonl_rows(path: Path) -> int:
    n = 0
    with path.open("rb") as fh:
        for line in fh:
            n += bool(line.strip())
    return max(n, 1)


def _count(path: Path) -> int:
    if path.is_dir():
        suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
        return max(1, sum(_count(f) for f in path.rglob("*") if f.is_file() and f.suffix.lower() in suffixes))
    if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
        return _jsonl_rows(path)
    return 1


def count_articles(inputs: Iterable[str]) -> int | None:
    """How many articles the inputs hold, for the progress bar (None with stdin or an unreadable file).

    Reads JSONL files once, line by line (memory stays flat); nothing is parsed.
    """
    paths = list(inputs)
    if "-" in paths:
        return None
    try:
        return sum(_count(Path(p)) for p in paths)
    except OSError:
        return None


def progress(items: Iterable[Any], enabled: bool, total: int | None = None, what: str = "analysing") -> Iterator[Any]:
    """Yield ``items``, with a progress bar on stderr when it is a terminal: count, rate, elapsed, ETA."""
    if not enabled or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed:.1f}/s" if task.speed else "")

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None),
                  TextColumn("{task.completed}/{task.total} articles" if total else "{task.completed} articles"),
                  Rate(), TimeElapsedColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as prog:
        task = prog.add_task(what, total=total)
        for x in items:
            yield x
            prog.advance(task)


def analyzed(inputs: Sequence[str], raws: Iterable[RawArticle], settings: Settings) -> Iterator[Article]:
    """The articles of ``raws`` in input order, analysed on ``settings.workers`` local processes or
    the cluster at ``settings.scheduler``, behind one progress bar."""
    from .scaleout import analyze_stream

    total = count_articles(inputs) if settings.progress and sys.stderr.isatty() else None
    return progress((art for _, art in analyze_stream(raws, settings)), settings.progress, total)
