"""CLI for ``stancemap eval validity``: dyad scores against roll-call agreement (hooked into cli.py)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from .errors import StancemapError
from .settings import Settings

__all__ = ["add_validity_flags", "run_validity"]


def add_validity_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("validity (stancemap eval validity --speeches FILE --votes FILE)")
    g.add_argument("--speeches", metavar="FILE", help="one session's speeches (JSONL: id, text, author, country, ...)")
    g.add_argument("--votes", metavar="FILE", help="that session's roll-call agreement per country pair (CSV)")
    g.add_argument("--analyzed", metavar="FILE", help="stancemap analyze -f jsonl output of the speeches (skips analysis)")
    g.add_argument("--perms", type=int, default=1000, help="QAP permutations for the p-values (default 1000)")
    g.add_argument("--min-shared", type=int, default=10, help="least shared roll calls for a pair (default 10)")


def run_validity(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from .eval.validity import render, run

    if not args.speeches or not (args.votes or args.gold):
        raise StancemapError("eval validity needs --speeches FILE and --votes FILE", source="eval")
    result = run(Path(args.gold) if args.gold else None, speeches=args.speeches, votes=args.votes,
                 analyzed=args.analyzed, settings=settings, limit=args.limit, perms=args.perms,
                 min_shared=args.min_shared)
    if args.format == "json":
        out.write(json.dumps(result, indent=2) + "\n")
    else:
        out.write(render(result))
    return 0
