"""Command-line pieces of the scale-out: the ``--workers`` / ``--scheduler`` flags and the
article count behind the progress bar's ETA. The work itself is in :mod:`stancemap.scaleout`."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from .ingest.readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES

__all__ = ["add_flags", "count_articles", "FLAG_KEYS"]

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
        suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
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
