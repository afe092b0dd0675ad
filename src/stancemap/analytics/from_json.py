"""Rebuild the records analytics needs from the JSON output contract (JSONL files).

Lets convergence run over a corpus analysed earlier: ``stancemap analyze corpus/ -f jsonl -o
out.jsonl`` then :func:`corpus_convergence_jsonl` (``out.jsonl``) without re-analysing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Article, Convergence, article_from_dict
from .convergence import corpus_convergence

__all__ = ["article_from_dict", "articles_from_jsonl", "corpus_convergence_jsonl"]


def articles_from_jsonl(path: str | Path) -> Iterator[Article]:
    """Articles of a JSONL output file (one article per line); bad lines raise with file:line."""
    p = Path(path)
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield article_from_dict(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
                raise InputError(f"not an article record ({err})", source=f"{p}:{n}") from err


def corpus_convergence_jsonl(paths: Iterable[str | Path], *, granularity: str = "month") -> list[Convergence]:
    """Convergence per dyad x issue x window over analysed JSONL files."""
    def arts() -> Iterator[Article]:
        for p in paths:
            yield from articles_from_jsonl(p)

    return corpus_convergence(arts(), granularity=granularity)
