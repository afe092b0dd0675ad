"""Rebuild the records analytics needs from the JSON output contract (JSONL files).

Lets convergence run over a corpus analysed earlier: ``stancemap analyze corpus/ -f jsonl -o
out.jsonl`` then :func:`corpus_convergence_jsonl` (``out.jsonl``) without re-analysing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Actor, Alignment, Article, Convergence, Stance, TextSpan
from .convergence import corpus_convergence

__all__ = ["article_from_dict", "articles_from_jsonl", "corpus_convergence_jsonl"]


def _span(d: Mapping[str, Any] | None) -> TextSpan | None:
    if not d:
        return None
    return TextSpan(str(d.get("text", "")), int(d.get("start", 0)), int(d.get("end", 0)))


def article_from_dict(d: Mapping[str, Any]) -> Article:
    """An Article with the fields analytics uses (actors, stances, alignments, date, the
    agenda of an authored text in ``meta["agenda"]``)."""
    actors = tuple(
        Actor(id=a["id"], name=a.get("name") or a["id"], type=a.get("type") or "other", country=a.get("country"),
              role=a.get("role"), code=a.get("code"), members=tuple(a.get("members") or ()),
              is_source=bool(a.get("is_source")), sector=a.get("sector"))
        for a in d.get("actors") or ())
    stances = tuple(
        Stance(id=s["id"], actor=s.get("actor"), issue=s.get("issue") or "unspecified",
               issue_label=s.get("issue_label") or "", proposition=s.get("proposition") or "",
               polarity=int(s.get("polarity") or 0), strength=float(s.get("strength") or 1.0),
               cue=_span(s.get("cue")), evidence=_span(s.get("evidence")) or TextSpan("", 0, 0),
               statement=s.get("statement"), target=s.get("target"), proposition_id=s.get("proposition_id"))
        for s in d.get("stances") or ())
    aligns = tuple(
        Alignment(id=a["id"], a=a.get("a"), b=a.get("b"), issue=a.get("issue"), polarity=int(a.get("polarity") or 0),
                  claimed_by=a.get("claimed_by"), cue=_span(a.get("cue")),
                  evidence=_span(a.get("evidence")) or TextSpan("", 0, 0), statement=a.get("statement"))
        for a in d.get("alignments") or ())
    return Article(id=str(d.get("id")), text=d.get("text") or "", title=d.get("title"), date=d.get("date"),
                   source=d.get("source"), url=d.get("url"),
                   author=d.get("author"), actors=actors, stances=stances, alignments=aligns,
                   meta={"agenda": list(agenda)} if (agenda := (d.get("meta") or {}).get("agenda")) else {})


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
